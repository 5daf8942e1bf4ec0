"""Invoice editor: time from a keystroke in the lines table to the repainted totals.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/editor_bench.py [--runs 7]``

For 200 and 2 000 lines, each edit changes one quantity through the model (what
the cell editor does on commit), which recomputes every total with the domain
function, refills the totals table and the mandatory-mentions panel; the clock
stops after the totals table and the lines viewport have repainted. Baseline: the
bare domain computation (``compute_totals``) of the same lines.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--edits", type=int, default=20)
    args = parser.parse_args()

    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    from crmdesk.domain.totals import Line, compute_totals
    from crmdesk.services.database import open_database
    from crmdesk.services.demo import load_demo
    from crmdesk.ui.invoice_editor import InvoiceEditor
    from crmdesk.ui.lines_model import LineText

    folder = Path(tempfile.mkdtemp(prefix="crmdesk-bench-"))
    db = open_database(folder / "bench.sqlite")
    load_demo(db)
    editor = InvoiceEditor(db)
    editor.resize(1280, 800)
    editor.show()
    editor.set_client(1)
    editor._autosave.setInterval(10**9)  # measure the editing path, not the save
    rates = ("20", "10", "5,5", "2,1", "0")
    print(f"{'lines':>6} {'edit→repaint median':>20} {'p95':>8} {'bare compute_totals':>20} {'ratio':>6}")
    for count in (200, 2000):
        texts = [LineText(f"Article {i}", str(1 + i % 7), "Pièce", f"{10 + i % 90},{i % 100:02d}",
                          rates[i % 5]) for i in range(count)]
        editor.lines.load(texts)
        lines = [Line.parse(t.description, t.quantity, t.unit, t.unit_price, t.vat_rate) for t in texts]
        medians, p95s, bare = [], [], []
        for run in range(args.runs):
            samples = []
            for edit in range(args.edits):
                index = editor.lines.index(edit % count, 1)
                started = time.perf_counter()
                editor.lines.setData(index, str(2 + (run + edit) % 5))
                editor.totals.viewport().repaint()
                editor.table.viewport().repaint()
                samples.append((time.perf_counter() - started) * 1000)
            samples.sort()
            medians.append(statistics.median(samples))
            p95s.append(samples[int(len(samples) * 0.95) - 1])
            started = time.perf_counter()
            compute_totals(lines)
            bare.append((time.perf_counter() - started) * 1000)
        m, b = statistics.median(medians), statistics.median(bare)
        print(f"{count:>6} {m:>17.2f} ms {statistics.median(p95s):>5.2f} ms {b:>17.2f} ms {m / b:>6.1f}")
    db.dispose()
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
