"""File names made from user text: no separator, no reserved name, no control character, bounded."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from crmdesk.domain.invoice import DocumentKind, NumberingRule
from crmdesk.services import clients, company, invoices
from crmdesk.services.database import Database
from crmdesk.services.files import MAX_STEM, safe_file_stem
from crmdesk.services.printing import pdf_file_name, write_all_pdfs
from crmdesk.services.privacy import data_file_name
from crmdesk.services.values import ClientInput
from crmdesk.ui.client_file_dialog import ClientFileDialog
from crmdesk.ui.invoice_editor import InvoiceEditor

from hostile.texts import HOSTILE
from scenario import seed_draft

SAFE = re.compile(r"[A-Za-z0-9_-]+(\.[a-z]+)?", re.ASCII)
RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)),
            *(f"LPT{i}" for i in range(10))}
NASTY = ["../../etc/passwd", "..\\..\\boot.ini", "C:\\x", "/", ".", "..", "CON", "nul", "Com1",
         "lpt9", "a\u202egpj.exe", "a\x00b", "   ", "", "é" * 300, "F/2026-1", "x" * 10_000,
         *HOSTILE.values()]


def assert_safe(name: str, limit: int) -> None:
    assert SAFE.fullmatch(name), name
    assert len(name) <= limit
    assert name.split(".")[0].upper() not in RESERVED


@pytest.mark.parametrize("text", NASTY)
def test_every_name_built_from_user_text_is_safe(text: str) -> None:
    assert_safe(safe_file_stem(text, "vide"), MAX_STEM)
    assert_safe(pdf_file_name(DocumentKind.INVOICE, text), MAX_STEM + 20)
    assert_safe(pdf_file_name(DocumentKind.CREDIT_NOTE, text), MAX_STEM + 20)
    assert_safe(data_file_name(text), MAX_STEM + 30)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_a_safe_stem(text: str) -> None:
    assert_safe(safe_file_stem(text, "vide"), MAX_STEM)


def test_ordinary_numbers_keep_their_readable_names() -> None:
    assert pdf_file_name(DocumentKind.INVOICE, "123") == "facture-123.pdf"
    assert pdf_file_name(DocumentKind.CREDIT_NOTE, "A2026-7") == "avoir-A2026-7.pdf"
    assert data_file_name("456") == "donnees-client-456.json"
    assert safe_file_stem("Café Crème", "x") == "Cafe-Creme"


@pytest.fixture
def slashed(seeded: tuple[Database, int]) -> tuple[Database, int]:
    """Invoices numbered ``F/2026-1``, ``F/2026-2``: a prefix with a slash is allowed."""
    db, client_id = seeded
    company.set_numbering(db, NumberingRule("F/2026-"), 1)
    for _ in range(2):
        invoices.issue_invoice(db, invoices.create_draft(db, seed_draft(client_id)))
    return db, client_id


def test_pdf_batch_writes_only_inside_its_folder(slashed: tuple[Database, int],
                                                 tmp_path: Path) -> None:
    db, _ = slashed
    folder = tmp_path / "sortie" / "pdf"
    folder.mkdir(parents=True)
    written = write_all_pdfs(db, folder)
    assert sorted(p.name for p in written) == ["facture-F-2026-1.pdf", "facture-F-2026-2.pdf"]
    assert sorted(p.name for p in (tmp_path / "sortie").rglob("*") if p.is_file()) == \
        ["facture-F-2026-1.pdf", "facture-F-2026-2.pdf"]


def test_save_pdf_proposes_a_file_name_not_a_path(qtbot: QtBot, slashed: tuple[Database, int],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    db, _ = slashed
    proposed: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName",
                        lambda parent, title, name, filters: (proposed.append(name), ("", ""))[1])
    editor = InvoiceEditor(db)
    qtbot.addWidget(editor)
    invoice_id = invoices.find_invoice(db, "F/2026-1")
    assert invoice_id is not None
    editor.open_invoice(invoice_id)
    editor.save_pdf()
    assert proposed == ["facture-F-2026-1.pdf"]


def test_client_data_export_proposes_a_safe_name(qtbot: QtBot, db: Database) -> None:
    client = clients.create_client(db, ClientInput(name="<b>x</b>", number="../CON/\u202e1"))
    dialog = ClientFileDialog(db, client.id)
    qtbot.addWidget(dialog)
    proposed: list[str] = []
    dialog.ask_export_path = lambda name: proposed.append(name)  # type: ignore[method-assign, func-returns-value]
    dialog.export_data()
    assert proposed == ["donnees-client-CON-1.json"]
