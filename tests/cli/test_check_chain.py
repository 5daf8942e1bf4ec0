"""``crmdesk check`` run as the user runs it (a child process) on files forged with raw SQL."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest
from forgery import forge, rewrite_consistently

from crmdesk.services import credit_notes, invoices
from crmdesk.services.database import open_database

EXIT_CHECK_FAILED = 2


def check(path: Path) -> tuple[int, str]:
    """``python -m crmdesk check --db path``: exit status and everything printed."""
    result = subprocess.run([sys.executable, "-m", "crmdesk", "check", "--db", str(path)],
                            capture_output=True, text=True, timeout=120)
    return result.returncode, result.stdout + result.stderr


@pytest.fixture
def copy(demo_file: Path, tmp_path: Path) -> Path:
    """A private copy of the demo file (the module's file stays untouched)."""
    assert not demo_file.with_name(demo_file.name + "-wal").exists()
    return Path(shutil.copy(demo_file, tmp_path / "copie.sqlite"))


def test_untouched_demo_passes(copy: Path) -> None:
    code, out = check(copy)
    assert code == 0, out
    first, last = out.splitlines()
    assert first.startswith("Base saine") and first.endswith("scellements intacts.")
    assert re.fullmatch(r"Dernier scellement : facture n° 234 — [0-9a-f]{64}", last)


def test_consistent_rewrite_of_a_line_and_the_totals_is_named(copy: Path) -> None:
    rewrite_consistently(copy, "42", "40")
    code, out = check(copy)
    assert code == EXIT_CHECK_FAILED
    assert "facture n° 42 : contenu modifié hors de l'application (scellement invalide)" in out
    assert "recalculé" not in out  # the totals add up: only the seal tells
    assert "n° 41" not in out and "n° 43" not in out


def test_document_deleted_in_the_middle_is_reported(copy: Path) -> None:
    forge(copy, "DELETE FROM payments WHERE invoice_id = (SELECT id FROM invoices WHERE number = '100')",
          "DELETE FROM invoice_lines WHERE invoice_id = (SELECT id FROM invoices WHERE number = '100')",
          "DELETE FROM invoices WHERE number = '100'")
    code, out = check(copy)
    assert code == EXIT_CHECK_FAILED
    assert "facture n° 101 : chaîne des scellements rompue (ne suit plus facture n° 99)" in out


def test_altered_credit_note_is_named(copy: Path) -> None:
    db = open_database(copy)
    invoice_id = invoices.find_invoice(db, "42")
    assert invoice_id is not None
    number = credit_notes.issue_credit_note(db, credit_notes.draft_credit_note(
        db, invoice_id, amounts={D("20"): D("12.00")}, issue_date=date(2026, 12, 4)))
    db.dispose()
    assert check(copy)[0] == 0
    rewrite_consistently(copy, number, "20", kind="credit_note")
    code, out = check(copy)
    assert code == EXIT_CHECK_FAILED
    assert f"avoir n° {number} : contenu modifié hors de l'application (scellement invalide)" in out


def test_document_moved_to_another_client_is_named(copy: Path) -> None:
    forge(copy, "UPDATE invoices SET client_id = (SELECT id FROM clients WHERE id <> invoices.client_id "
                "ORDER BY id LIMIT 1) WHERE number = '77' AND kind = 'invoice'")
    code, out = check(copy)
    assert code == EXIT_CHECK_FAILED
    assert re.search(r"facture n° 77 : émis pour le client n° \S+, rattaché maintenant au client "
                     r"n° \S+ \(modifié hors de l'application\)", out), out
    assert "n° 76 " not in out and "n° 78 " not in out


def test_json_report_names_the_same_document(copy: Path) -> None:
    import json

    rewrite_consistently(copy, "42", "40")
    result = subprocess.run([sys.executable, "-m", "crmdesk", "check", "--json", "--db", str(copy)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == EXIT_CHECK_FAILED
    report = json.loads(result.stdout)
    assert report["ok"] is False
    assert {"where": "facture n° 42",
            "what": "contenu modifié hors de l'application (scellement invalide)"} in report["problems"]
    assert report["summary"].startswith("1 problème(s) trouvé(s)")
