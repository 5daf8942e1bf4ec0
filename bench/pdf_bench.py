"""Benchmark (not a test) of the invoice PDF (docs/pdf.md, "Performance").

Builds the demo database once in a temporary folder, takes the seed invoice n° 123 as a
``PrintableInvoice`` and reports, as medians over several runs:

a. the warm one-page render of ``render_invoice_pdf`` (fonts registered, modules
   imported, one render done before the clock starts; target < 15 ms);
b. the baseline: a bare reportlab document (``SimpleDocTemplate``, the same DejaVu font
   files as stock reportlab ``TTFont`` objects, embedded, ``invariant=1``) holding ONE ``Table`` of plain strings with the
   same content as the invoice (header blocks, dates, buyer, lines, totals, mentions,
   footer), no styling effort, built to bytes; and the ratio a/b (target < 1.5x): a and b
   are rendered in turn, one call each, and the ratio is the median of the per-run ratios,
   so that a change of load on the machine hits both sides alike;
c. throughput: the issued documents of the demo (234), cycled through to reach ``--count``
   PDFs (default 1 000), rendered in one process pinned to one core (target > 120/s), by
   the wall clock and by the CPU time of the thread;
d. informative: the time per PDF of a 200-line and a 2 000-line invoice.

Run from the repository root::

    .venv/bin/python bench/pdf_bench.py [--runs 7] [--count 1000]
    .venv/bin/python bench/pdf_bench.py --profile         # + cProfile of warm seed renders

Results are printed as a table and written to ``bench/.cache/pdf-results.json``
(``bench/.cache/`` is ignored by git). The building of the ``PrintableInvoice`` values
(database reads) is done before the clock starts: only rendering is timed.
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import io
import json
import os
import platform
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_CACHE = HERE / ".cache"
TODAY = date(2026, 12, 4)

TARGET_WARM_MS = 15.0
TARGET_RATIO = 1.5
TARGET_PER_SECOND = 120.0


# ----------------------------------------------------------------------------------------
# Inputs
# ----------------------------------------------------------------------------------------

def load_inputs(folder: Path) -> tuple[Any, list[Any]]:
    """The seed invoice n° 123 and every issued document of the demo, as PrintableInvoice."""
    from crmdesk.services.database import open_database
    from crmdesk.services.demo import load_demo
    from crmdesk.services.invoices import find_invoice, get_invoice, list_invoices
    from crmdesk.services.printing import printable

    db = open_database(folder / "demo.sqlite")
    try:
        load_demo(db, today=TODAY)
        seed_id = find_invoice(db, "123")
        assert seed_id is not None, "the demo has no invoice n° 123"
        seed = printable(get_invoice(db, seed_id, TODAY))
        issued = [printable(get_invoice(db, row.id, TODAY))
                  for row in list_invoices(db, TODAY) if row.number is not None]
    finally:
        db.dispose()
    return seed, issued


def with_many_lines(p: Any, count: int) -> Any:
    """The seed with ``count`` lines (three VAT rates, every ninth description wraps)."""
    from crmdesk.domain.totals import Line, compute_totals

    rates = (Decimal("20"), Decimal("10"), Decimal("5.5"))
    lines = tuple(Line(f"Article {i:04d} — maintenance" + (" détaillée" * 12 if i % 9 == 0 else ""),
                       Decimal(i % 4 + 1) / 2, "Pièce", Decimal("12.50") + i, rates[i % 3])
                  for i in range(1, count + 1))
    totals = compute_totals(lines, Decimal("5"))
    return dataclasses.replace(p, lines=lines, totals=totals, paid=Decimal("0.00"),
                               amount_due=totals.ttc)


# ----------------------------------------------------------------------------------------
# The baseline: one bare reportlab Table of the same content
# ----------------------------------------------------------------------------------------

def baseline_rows(p: Any) -> list[list[str]]:
    """The invoice's texts as plain strings in rows of 7 cells (multi-line blocks hold "\\n")."""
    from crmdesk.documents.invoice_pdf_layout import address_lines, fr_date, fr_number, money
    from crmdesk.domain.money import format_rate_fr

    s, b = p.seller, p.buyer
    seller = "\n".join([s.legal_name, *address_lines(s.street, s.postcode, s.city, s.country)])
    title = f"{p.heading}\nConditions de règlement : {p.terms_label} — échéance {fr_date(p.due_date)}"
    dates = "\n".join(f"{label} : {value}" for label, value in (
        ("Date de la facture", fr_date(p.issue_date)), ("Référence de la facture", p.number or ""),
        ("Numéro de client", p.client_number), ("Paiement dû", fr_date(p.due_date)),
        ("Modalité de paiement", p.terms_label), ("Émis par", p.issued_by),
        ("Contact client", p.client_contact), ("Date de la vente/prestation", fr_date(p.sale_date)),
        ("Votre référence", p.reference)) if value)
    buyer = "\n".join(["DESTINATAIRE", f"Acheteur : {b.name}", f"Contact : {p.client_contact}",
                       *address_lines(b.street, b.postcode, b.city, b.country)])
    rows = [[seller, "", "", title, "", "", ""], [dates, "", "", buyer, "", "", ""]]
    if p.additional_info:
        rows.append([f"Informations additionnelles\n{p.additional_info}", "", "", "", "", "", ""])
    rows.append(["Description", "Quantité", "Unité", "Prix unitaire HT", "Taux TVA",
                 "Montant TVA", "TOTAL TTC"])
    for line, computed in zip(p.lines, p.totals.lines, strict=True):
        rows.append([line.description, fr_number(line.quantity), line.unit,
                     fr_number(line.unit_price, 2), format_rate_fr(line.vat_rate),
                     money(computed.vat, currency=False), money(computed.ttc)])
    t = p.totals
    totals = [("TOTAL HT", t.total_ht), ("Net commercial", t.net)]
    if t.discount:
        totals.insert(1, (f"Remise {format_rate_fr(t.discount_pct)}", t.discount))
    totals += [(f"TVA {format_rate_fr(v.rate)} sur {money(v.base)}", v.vat) for v in t.vat_by_rate]
    totals.append(("TOTAL TTC", t.ttc))
    if p.paid:
        totals += [("Déjà réglé", p.paid), ("Reste à payer", p.amount_due)]
    rows += [["", "", "", label, "", "", money(amount)] for label, amount in totals]
    rows.append(["Pénalités de retard : 12,15 % par an\n"
                 "Indemnité forfaitaire pour frais de recouvrement : 40 €\n"
                 "Pas d'escompte pour paiement anticipé", "", "", "", "", "", ""])
    ident = "\n".join([s.legal_name, f"{s.legal_form} au capital de {money(s.share_capital or 0)}",
                       ", ".join(address_lines(s.street, s.postcode, s.city, s.country)),
                       f"SIREN {s.siren} — RCS {s.rcs_city}", f"SIRET {s.siret}",
                       f"N° TVA intracommunautaire : {s.vat_number}"])
    contact = "\n".join(["Contact", s.contact_name, f"Téléphone : {s.phone}", f"Mail : {s.email}",
                         s.website])
    bank = "\n".join(["Détails bancaires", f"Banque : {s.bank_name}",
                      f"Code banque : {s.bank_code}", f"N° de compte : {s.account_number}",
                      f"IBAN : {s.iban}", f"BIC : {s.bic}"])
    rows += [[ident, "", "", contact, "", bank, ""], [p.heading, "", "", "", "", "", "Page 1/1"]]
    return rows


BARE_FONT = "DejaVuSans-bare"
BARE_FONT_BOLD = "DejaVuSans-Bold-bare"


def register_bare_fonts() -> None:
    """The same two DejaVu files, registered as stock reportlab ``TTFont`` objects.

    The invoice's fonts reuse their embedded subsets from one PDF to the next
    (``documents/pdf_fonts.py``); the baseline is bare reportlab, so it gets reportlab's
    own font class, which cuts and compresses its subsets again for every document.
    """
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from crmdesk.documents.invoice_pdf_layout import FONTS_DIR

    if BARE_FONT in pdfmetrics.getRegisteredFontNames():
        return
    for name, file in ((BARE_FONT, "DejaVuSans.ttf"), (BARE_FONT_BOLD, "DejaVuSans-Bold.ttf")):
        font = TTFont(name, str(FONTS_DIR / file))
        # reportlab registers a second font of an already registered face as the first
        # one's object (pdfmetrics.registerFont): under its own face name, the baseline
        # really gets a stock TTFont, whichever of the two is rendered first.
        font.face.name += b"-bare"
        pdfmetrics.registerFont(font)


def render_baseline(p: Any) -> bytes:
    """A bare SimpleDocTemplate with one Table of plain strings, DejaVu embedded, invariant."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    register_bare_fonts()
    FONT, FONT_BOLD = BARE_FONT, BARE_FONT_BOLD  # noqa: N806 - as the invoice's names
    rows = baseline_rows(p)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=14 * mm, bottomMargin=14 * mm, invariant=1,
                            initialFontName=FONT)
    # Both fonts are used (so both are embedded, as in the invoice); no other styling.
    style = TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 0), (-1, -1), 8),
                        ("FONTNAME", (0, 0), (0, 0), FONT_BOLD)])
    widths = [62 * mm, 17 * mm, 17 * mm, 23 * mm, 15 * mm, 22 * mm, 26 * mm]  # the invoice's
    doc.build([Table(rows, colWidths=widths, style=style)])
    return buffer.getvalue()


# ----------------------------------------------------------------------------------------
# Measures
# ----------------------------------------------------------------------------------------

def time_calls(fn: Callable[[], Any], reps: int) -> list[float]:
    """Wall times in seconds of ``reps`` calls."""
    times = []
    for _ in range(reps):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def paired_medians(a: Callable[[], Any], b: Callable[[], Any], runs: int,
                   reps: int) -> tuple[list[float], list[float], list[float]]:
    """Per run, the median (ms) of ``reps`` calls of ``a`` and of ``b``, called in turn (a, b,
    a, b…) so that a change of load hits both alike; and the ratio of the two per run."""
    a()
    b()
    a_runs, b_runs, ratios = [], [], []
    for _ in range(runs):
        a_times, b_times = [], []
        for _ in range(reps):
            a_times += time_calls(a, 1)
            b_times += time_calls(b, 1)
        a_runs.append(statistics.median(a_times) * 1000)
        b_runs.append(statistics.median(b_times) * 1000)
        ratios.append(a_runs[-1] / b_runs[-1])
    return a_runs, b_runs, ratios


def throughput(render: Callable[[Any], bytes], documents: list[Any],
               count: int) -> tuple[float, float]:
    """PDFs per second over ``count`` renders cycling through ``documents``: by the wall
    clock, and by the CPU time of this thread (what the core spent on them, whatever else
    the machine runs)."""
    start, cpu_start = time.perf_counter(), time.thread_time()
    for i in range(count):
        render(documents[i % len(documents)])
    return (count / (time.perf_counter() - start), count / (time.thread_time() - cpu_start))


def load() -> tuple[float, float, float]:
    return os.getloadavg()


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _idle_ticks() -> dict[int, int]:
    ticks = {}
    for line in Path("/proc/stat").read_text().splitlines():
        name, *fields = line.split()
        if name.startswith("cpu") and name[3:].isdigit():
            ticks[int(name[3:])] = int(fields[3]) + int(fields[4])  # idle + iowait
    return ticks


def pin_one_core() -> int | None:
    """Pin this process to one core, the idlest over half a second; None where unsupported."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    allowed = os.sched_getaffinity(0)
    core = max(allowed)
    try:
        before = _idle_ticks()
        time.sleep(0.5)
        after = _idle_ticks()
        core = max(allowed, key=lambda c: (after.get(c, 0) - before.get(c, 0), c))
    except (OSError, ValueError, IndexError):
        pass
    os.sched_setaffinity(0, {core})
    return core


def profile(render: Callable[[Any], bytes], p: Any, reps: int = 30) -> None:
    render(p)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(reps):
        render(p)
    profiler.disable()
    print(f"\ncProfile of {reps} warm renders of the seed invoice (cumulative, top 30):")
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
    pstats.Stats(profiler).sort_stats("tottime").print_stats(20)


def save_share(render: Callable[[Any], bytes], p: Any, reps: int) -> float:
    """Median time (ms) of the PDF write (``Canvas.save``: font subsetting, compression, PDF
    objects) within a render; measured in a separate pass, with the method wrapped."""
    from reportlab.pdfgen.canvas import Canvas

    original = Canvas.save
    spent: list[float] = []

    def timed_save(self: Any) -> None:
        start = time.perf_counter()
        original(self)
        spent.append(time.perf_counter() - start)

    Canvas.save = timed_save
    try:
        for _ in range(reps):
            render(p)
    finally:
        Canvas.save = original
    return statistics.median(spent) * 1000


def pages(data: bytes) -> int:
    return data.count(b"/Type /Page\n") or data.count(b"/Type /Page ")


# ----------------------------------------------------------------------------------------
# Main
# ----------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=7, help="runs of the warm measures (a, b)")
    parser.add_argument("--reps", type=int, default=20, help="renders per warm run")
    parser.add_argument("--count", type=int, default=1000, help="PDFs per throughput run (c)")
    parser.add_argument("--throughput-runs", type=int, default=3, help="throughput runs (c)")
    parser.add_argument("--big-runs", type=int, default=3, help="runs of the 200/2 000 lines (d)")
    parser.add_argument("--skip-big", action="store_true", help="skip the long invoices (d)")
    parser.add_argument("--profile", action="store_true", help="cProfile of warm seed renders")
    parser.add_argument("--json", type=Path, default=DEFAULT_CACHE / "pdf-results.json")
    parser.add_argument("--label", default="", help="a name for this run, kept in the JSON")
    args = parser.parse_args(argv)

    try:
        from crmdesk.documents.invoice_pdf import render_invoice_pdf
    except ImportError:  # not installed: the source tree
        sys.path.insert(0, str(ROOT / "src"))
        from crmdesk.documents.invoice_pdf import render_invoice_pdf

    core = pin_one_core()  # every measure on one core, throughput included
    load_start = load()
    results: dict[str, Any] = {
        "machine": {"nproc": os.cpu_count(), "cpu": cpu_model(), "pinned_core": core,
                    "python": platform.python_version(), "load_at_start": load_start},
        "settings": vars(args) | {"json": str(args.json)},
        "label": args.label,
    }
    try:
        import reportlab
        from reportlab.lib import rl_accel

        results["machine"]["reportlab"] = reportlab.Version
        results["machine"]["rl_accel_c_extension"] = bool(rl_accel._c_funcs)
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                                capture_output=True, text=True, check=False).stdout.strip()
        results["machine"]["commit"] = commit
    except (ImportError, OSError):
        pass
    if load_start[0] > 0.8:
        print(f"warning: load average {load_start[0]:.2f} (`uptime`): another process is "
              "running, figures will be inflated; run again on a quiet machine", flush=True)

    with tempfile.TemporaryDirectory(prefix="crmdesk-pdf-bench-") as folder:
        seed, issued = load_inputs(Path(folder))

    seed_pdf = render_invoice_pdf(seed)
    base_pdf = render_baseline(seed)
    warm, base, ratios = paired_medians(lambda: render_invoice_pdf(seed),
                                        lambda: render_baseline(seed), args.runs, args.reps)
    warm_ms, base_ms = statistics.median(warm), statistics.median(base)
    ratio = statistics.median(ratios)
    save_ms = save_share(render_invoice_pdf, seed, args.reps)
    results["warm"] = {"median_ms": warm_ms, "runs_ms": warm, "bytes": len(seed_pdf),
                       "save_median_ms": save_ms}
    results["baseline"] = {"median_ms": base_ms, "runs_ms": base, "bytes": len(base_pdf)}
    results["ratio"] = {"median": ratio, "runs": ratios}

    for p in issued:  # warm every document once (first-seen glyphs, QR code paths)
        render_invoice_pdf(p)
    measured = [throughput(render_invoice_pdf, issued, args.count)
                for _ in range(args.throughput_runs)]
    rates, cpu_rates = [wall for wall, _ in measured], [cpu for _, cpu in measured]
    per_second, cpu_per_second = statistics.median(rates), statistics.median(cpu_rates)
    results["throughput"] = {"documents": len(issued), "count": args.count,
                             "median_per_second": per_second, "runs_per_second": rates,
                             "median_per_cpu_second": cpu_per_second,
                             "runs_per_cpu_second": cpu_rates}

    big: dict[str, Any] = {}
    if not args.skip_big:
        for lines in (200, 2000):
            long_invoice = with_many_lines(seed, lines)
            data = render_invoice_pdf(long_invoice)
            times = [t * 1000 for t in time_calls(
                lambda: render_invoice_pdf(long_invoice), args.big_runs)]  # noqa: B023
            big[str(lines)] = {"median_ms": statistics.median(times), "runs_ms": times,
                               "pages": pages(data), "bytes": len(data)}
    results["long"] = big
    results["machine"]["load_at_end"] = load()

    def mark(ok: bool) -> str:
        return "met" if ok else "MISSED"

    accel = "with" if results["machine"].get("rl_accel_c_extension") else "without"
    print(f"machine: {results['machine']['nproc']} cores, {results['machine']['cpu']}, "
          f"pinned to core {core}, Python {results['machine']['python']}, "
          f"reportlab {results['machine'].get('reportlab', '?')} ({accel} the rl_accel C "
          f"extension){' — ' + args.label if args.label else ''}")
    print(f"load average: start {load_start[0]:.2f}, end {results['machine']['load_at_end'][0]:.2f}")
    print(f"{'measure':<44}{'median':>12}  {'target':>10}  result")
    print(f"{'(a) seed invoice, warm one-page render':<44}{warm_ms:>9.2f} ms  {'< 15 ms':>10}  "
          f"{mark(warm_ms < TARGET_WARM_MS)}")
    print(f"{'    of which PDF write (Canvas.save)':<44}{save_ms:>9.2f} ms  {'':>10}")
    print(f"{'(b) bare reportlab table, same content':<44}{base_ms:>9.2f} ms  {'':>10}")
    print(f"{'    ratio (a)/(b)':<44}{ratio:>10.2f} x  {'< 1.5 x':>10}  {mark(ratio < TARGET_RATIO)}")
    print(f"{f'(c) throughput, {args.count} PDFs, one core':<44}{per_second:>8.1f} /s  "
          f"{'> 120 /s':>10}  {mark(per_second > TARGET_PER_SECOND)}")
    print(f"{'    by CPU time of the thread':<44}{cpu_per_second:>8.1f} /s  {'':>10}")
    for lines_text, entry in big.items():
        name = f"(d) {int(lines_text):,} lines ({entry['pages']} pages)".replace(",", " ")
        print(f"{name:<44}{entry['median_ms']:>9.0f} ms  {'':>10}  "
              f"{entry['median_ms'] / int(lines_text):.2f} ms/line")
    print(f"runs: (a)/(b) {len(warm)} x {args.reps} renders, (c) {args.throughput_runs}, "
          f"(d) {args.big_runs}; seed PDF {len(seed_pdf)} bytes, baseline {len(base_pdf)} bytes")

    args.json.parent.mkdir(parents=True, exist_ok=True)
    ignore = args.json.parent / ".gitignore"
    if args.json.parent == DEFAULT_CACHE and not ignore.exists():
        ignore.write_text("# generated by the benchmarks: nothing here goes to git\n*\n")
    args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False, default=str) + "\n")
    print(f"results: {args.json}")

    if args.profile:
        profile(render_invoice_pdf, seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
