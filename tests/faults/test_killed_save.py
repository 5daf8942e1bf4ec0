"""The program killed (SIGKILL) while saving drafts: on reopening, the file is sound, no
invoice is half-written, and the last draft whose save had returned is there.

A child process saves drafts in a loop (each save replaces every line of the draft, and
every fifth one creates a new draft) and prints the generation after each commit; the
test kills it at once, three times, then looks at what reached the disk.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from scenario import seed_draft

from crmdesk.services import invoices
from crmdesk.services.database import Database, open_database
from crmdesk.services.integrity import check_database

CHILD = r"""
import dataclasses, sys
from crmdesk.domain.totals import Line
from crmdesk.services import invoices
from crmdesk.services.database import open_database
from scenario import seed_draft

db = open_database(sys.argv[1])
client_id, draft_id, generation = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
base = seed_draft(client_id)
while True:
    generation += 1
    lines = tuple(Line.parse(f"génération {generation} ligne {i} " + "x" * 300, "2", "Pièce",
                             "1,50", "20") for i in range(1 + generation % 9))
    draft = dataclasses.replace(base, lines=lines, reference=f"gen-{generation}")
    if generation % 5 == 0:
        invoices.create_draft(db, draft)
    else:
        invoices.update_draft(db, draft_id, draft)
    print(generation, flush=True)
"""


def saved_until_killed(db_path: Path, client_id: int, draft_id: int, start: int, stop_at: int) -> int:
    """Run the saving loop, SIGKILL it once generation ``stop_at`` is reported; the last reported."""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(db_path), str(client_id),
                              str(draft_id), str(start)], stdout=subprocess.PIPE, text=True, env=env)
    assert child.stdout is not None
    last = start
    for line in child.stdout:
        last = int(line)
        if last >= stop_at:
            child.send_signal(signal.SIGKILL)
            break
    child.wait()
    last = max([last, *(int(rest) for rest in child.stdout.read().split())])
    assert child.returncode == -signal.SIGKILL
    return last


def drafts_on_disk(db_path: Path) -> dict[int, tuple[str, list[str]]]:
    """Each draft's reference and line descriptions, read straight from the file."""
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        found: dict[int, tuple[str, list[str]]] = {}
        for invoice_id, reference in conn.execute("SELECT id, reference FROM invoices"):
            lines = [d for (d,) in conn.execute("SELECT description FROM invoice_lines WHERE "
                                                "invoice_id = ? ORDER BY position", (invoice_id,))]
            found[invoice_id] = (reference, lines)
        return found


def assert_whole(reference: str, lines: list[str]) -> int:
    """Every line of the draft belongs to the generation it names, and none is missing."""
    generation = int(reference.removeprefix("gen-"))
    assert len(lines) == 1 + generation % 9, reference
    assert all(d.startswith(f"génération {generation} ligne {i} ") for i, d in enumerate(lines))
    return generation


def test_killed_in_the_middle_of_saving_drafts(seeded: tuple[Database, int], db_path: Path) -> None:
    db, client_id = seeded
    draft_id = invoices.create_draft(db, seed_draft(client_id))
    db.dispose()
    generation = 0
    for stop_at in (12, 31, 47):
        reported = saved_until_killed(db_path, client_id, draft_id, generation, stop_at)
        drafts = drafts_on_disk(db_path)
        generations = [assert_whole(ref, lines) for ref, lines in drafts.values()]
        # the save that was running when the process died is all there or not at all
        newest = max(generations)
        assert reported <= newest <= reported + 1
        # the first draft holds the newest generation that updated it (every fifth created one)
        assert assert_whole(*drafts[draft_id]) == (newest if newest % 5 else newest - 1)
        generation = newest
    reopened = open_database(db_path)  # what the window does at the next start
    try:
        assert check_database(reopened).ok
        view = invoices.get_invoice(reopened, draft_id)
        assert view.draft.reference == drafts[draft_id][0]
        assert len(view.draft.lines) == len(drafts[draft_id][1])
    finally:
        reopened.dispose()
