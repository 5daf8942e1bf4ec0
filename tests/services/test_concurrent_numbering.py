"""Two processes issuing invoices on one file at the same moment get exactly 1..N, one chain."""

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from crmdesk.services import invoices
from crmdesk.services.database import Database
from crmdesk.services.integrity import check_database

WORKER = textwrap.dedent("""
    import sys, time
    from datetime import date
    from pathlib import Path
    from crmdesk.services import invoices
    from crmdesk.services.database import open_database
    from crmdesk.services.values import DraftInput
    from crmdesk.domain.totals import Line

    db_path, client_id, count, go = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4])
    db = open_database(db_path)
    line = Line.parse("Main-d'œuvre", "1", "Heure", "60", "20")
    while not go.exists():
        time.sleep(0.001)
    for _ in range(count):
        draft = DraftInput(client_id=client_id, issue_date=date(2026, 3, 1), lines=(line,),
                           due_date=date(2026, 3, 31))
        invoices.issue_invoice(db, invoices.create_draft(db, draft))
""")

PER_PROCESS = 200


@pytest.mark.slow
def test_two_processes_issue_continuous_numbers(seeded: tuple[Database, int], tmp_path: Path) -> None:
    db, client_id = seeded
    assert db.path is not None
    go = tmp_path / "go"
    workers = [subprocess.Popen([sys.executable, "-c", WORKER, str(db.path), str(client_id),
                                 str(PER_PROCESS), str(go)], stderr=subprocess.PIPE, text=True)
               for _ in range(2)]
    time.sleep(1.0)  # both have opened the database and wait for the signal
    go.touch()
    for worker in workers:
        _, err = worker.communicate(timeout=300)
        assert worker.returncode == 0, err
    numbers = sorted(int(row.number or 0) for row in invoices.list_invoices(db))
    assert numbers == list(range(1, 2 * PER_PROCESS + 1))
    # each seal was chained to the last document under the write lock: one unbroken chain
    report = check_database(db)
    assert report.ok, report.summary()
