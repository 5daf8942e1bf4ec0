"""``crmdesk invoice pdf AV-1 --avoir``, ``invoice list`` and ``check`` with a credit note."""

from __future__ import annotations

import io
import json
import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from scenario import seed_draft

from crmdesk.cli import main
from crmdesk.domain.invoice import NumberingRule
from crmdesk.services import company, credit_notes, invoices
from crmdesk.services.database import Database


@pytest.fixture
def credited(seeded: tuple[Database, int]) -> Path:
    """The seed invoice n° 123, cancelled by the credit note AV-1 of 01/02/2026."""
    db, client_id = seeded
    company.set_numbering(db, NumberingRule(), 123)
    invoice_id = invoices.create_draft(db, seed_draft(client_id))
    assert invoices.issue_invoice(db, invoice_id) == "123"
    assert credit_notes.credit_whole_invoice(db, invoice_id, reason="double facturation",
                                             issue_date=date(2026, 2, 1)) == "AV-1"
    assert db.path is not None
    return db.path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def text_of(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    text = " ".join(page.extract_text() for page in reader.pages)
    return re.sub(r"\s+", " ", text.replace("\u202f", " ").replace("\u00a0", " "))


def test_credit_note_pdf(credited: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "avoir-AV-1.pdf"
    code, out, err = run(capsys, "invoice", "pdf", "AV-1", "--avoir", "--db", str(credited),
                         "-o", str(target))
    assert (code, err) == (0, "") and "PDF écrit" in out
    text = text_of(target)
    assert "AVOIR N° AV-1" in text
    assert "Avoir sur la facture n° 123 du 08/01/2026" in text
    assert "Date de l'avoir 01/02/2026" in text and "Facture corrigée n° 123 du 08/01/2026" in text
    assert "Motif : double facturation" in text
    for figure in ("TOTAL HT -2 539,90 €", "Remise 5 % -127,00 €", "Net commercial -2 412,90 €",
                   "TVA 20 % sur -2 412,90 € -482,58 €", "TOTAL TTC -2 895,48 €"):
        assert figure in text, figure
    assert "-1 800,00 €" in text and "-1 247,88 €" in text  # the lines, negated
    assert "Reste à payer" not in text and "QR SEPA" not in text and "Pénalités" not in text
    code, _, err = run(capsys, "invoice", "pdf", "AV-1", "--db", str(credited),
                       "-o", str(tmp_path / "x.pdf"))
    assert code == 1 and "Aucune facture n° AV-1" in err


def test_invoice_list_and_check_show_the_credit_note(credited: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "invoice", "list", "--json", "--db", str(credited))
    assert code == 0
    rows = {(r["kind"], r["number"]): r for r in json.loads(out)}
    assert set(rows) == {("invoice", "123"), ("credit_note", "AV-1")}
    note, invoice = rows["credit_note", "AV-1"], rows["invoice", "123"]
    assert (note["status"], note["status_label"], note["ttc"], note["amount_due"]) == \
        ("credit", "avoir", "-2895.48", "0.00")
    assert (invoice["status"], invoice["status_label"], invoice["ttc"], invoice["amount_due"]) == \
        ("cancelled", "annulée par avoir", "2895.48", "0.00")
    code, out, _ = run(capsys, "invoice", "list", "--db", str(credited))
    assert code == 0 and "AV-1" in out and "annulée par avoir" in out
    code, out, _ = run(capsys, "check", "--db", str(credited))
    assert code == 0 and "2 document(s) émis vérifié(s)" in out and "(2 série(s))" in out
