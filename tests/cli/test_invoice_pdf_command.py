"""``crmdesk invoice pdf``: one document by number, or every issued one into a folder."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from clirun import TODAY, run
from pypdf import PdfReader
from scenario import seed_draft

from crmdesk.services import invoices
from crmdesk.services.database import Database, open_database
from crmdesk.services.printing import pdf_file_name, write_all_pdfs



def text_of(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    text = " ".join(page.extract_text() for page in reader.pages)
    return re.sub(r"\s+", " ", text.replace("\u202f", " ").replace("\u00a0", " "))


def test_invoice_pdf_writes_the_seed_invoice(demo_file: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "facture-123.pdf"
    code, out, err = run(capsys, "invoice", "pdf", "123", "--db", str(demo_file), "-o", str(target))
    assert (code, err) == (0, "")
    assert "PDF écrit" in out and str(target) in out
    text = text_of(target)
    assert "FACTURE N° 123" in text and "SA Spirit" in text and "TOTAL TTC 2 895,48 €" in text
    assert [p.name for p in tmp_path.iterdir()] == ["facture-123.pdf"]  # no temporary left


@pytest.mark.parametrize(("argv", "message"), [
    (("999",), "Aucune facture n° 999"),
    (("123", "--avoir"), "Aucun avoir n° 123"),
    (("1", "--kind", "credit_note"), "Aucun avoir n° 1"),
    ((), "Indiquez soit le numéro"),
    (("123", "--all"), "Indiquez soit le numéro"),
])
def test_refusals_are_french_and_exit_1(demo_file: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str],
                                        argv: tuple[str, ...], message: str) -> None:
    code, out, err = run(capsys, "invoice", "pdf", *argv, "--db", str(demo_file),
                         "-o", str(tmp_path / "x.pdf"))
    assert code == 1 and out == ""
    assert err.startswith("crmdesk : ") and message in err
    assert not (tmp_path / "x.pdf").exists()


def test_missing_folder_is_refused(demo_file: Path, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "absent"
    code, _, err = run(capsys, "invoice", "pdf", "123", "--db", str(demo_file),
                       "-o", str(missing / "f.pdf"))
    assert code == 1 and f"Le dossier « {missing} » n'existe pas" in err
    code, _, err = run(capsys, "invoice", "pdf", "--all", "--db", str(demo_file), "-o", str(missing))
    assert code == 1 and f"Le dossier « {missing} » n'existe pas" in err
    assert not missing.exists()


@pytest.fixture
def three_issued(seeded: tuple[Database, int]) -> Database:
    """Invoices n° 1 to 3 issued, and one draft that must not be printed."""
    db, client_id = seeded
    for _ in range(3):
        invoices.issue_invoice(db, invoices.create_draft(db, seed_draft(client_id)))
    invoices.create_draft(db, seed_draft(client_id))
    return db


def test_invoice_pdf_all_writes_every_issued_invoice(three_issued: Database, db_path: Path,
                                                     tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "pdf"
    folder.mkdir()
    code, out, err = run(capsys, "invoice", "pdf", "--all", "--db", str(db_path), "-o", str(folder))
    assert (code, err) == (0, "")
    assert "3 PDF écrits" in out
    assert sorted(p.name for p in folder.iterdir()) == ["facture-1.pdf", "facture-2.pdf",
                                                        "facture-3.pdf"]
    assert "FACTURE N° 2" in text_of(folder / "facture-2.pdf")


def test_write_all_reports_progress_and_can_be_cancelled(three_issued: Database,
                                                         tmp_path: Path) -> None:
    folder = tmp_path / "pdf"
    folder.mkdir()
    steps: list[tuple[int, int]] = []
    written = write_all_pdfs(three_issued, folder, progress=lambda d, t: steps.append((d, t)),
                             cancelled=lambda: len(steps) > 2)
    assert steps == [(0, 3), (1, 3), (2, 3)]
    assert [p.name for p in written] == ["facture-1.pdf", "facture-2.pdf"]
    assert sorted(p.name for p in folder.iterdir()) == ["facture-1.pdf", "facture-2.pdf"]


def test_file_names_use_safe_characters_only() -> None:
    from crmdesk.domain.invoice import DocumentKind

    assert pdf_file_name(DocumentKind.INVOICE, "123") == "facture-123.pdf"
    assert pdf_file_name(DocumentKind.CREDIT_NOTE, "A2026/7") == "avoir-A2026-7.pdf"
    assert pdf_file_name(DocumentKind.INVOICE, "F+1_x") == "facture-F-1_x.pdf"
    assert pdf_file_name(DocumentKind.INVOICE, "../..") == "facture-sans-numero.pdf"
