"""The invoice editor driven as a user would, on a real database (the textbook's invoice)."""

import dataclasses
from datetime import date
from decimal import Decimal as D

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot
from scenario import WORLD_COMPAGNIE

from crmdesk.domain.invoice import DocumentState
from crmdesk.services import company, invoices
from crmdesk.services.database import Database
from crmdesk.ui.invoice_editor import InvoiceEditor
from crmdesk.ui.invoices_tab import InvoicesTab

NBSP, NNBSP = "\u00a0", "\u202f"


def totals_table(editor: InvoiceEditor) -> dict[str, str]:
    return {editor.totals.item(r, 0).text(): editor.totals.item(r, 1).text()
            for r in range(editor.totals.rowCount())}


def type_seed(editor: InvoiceEditor, client_id: int) -> None:
    editor.set_client(client_id)
    editor.issue_date.setDate(QDate(2026, 1, 8))
    editor.sale_date.setDate(QDate(2026, 1, 2))
    editor.due_date.setDate(QDate(2026, 2, 8))
    model = editor.lines
    for row, cells in enumerate((("Main-d'œuvre", "25", "Heure", "60,00", "20"),
                                 ("Produit", "10", "Pièce", "103,99", "20"))):
        if row >= model.rowCount():
            editor.add_line()
        for column, text in enumerate(cells):
            model.setData(model.index(row, column), text)
            assert model.index(row, column).data(Qt.ItemDataRole.EditRole) == text
    editor.discount.setText("5")
    editor.discount.textEdited.emit("5")


@pytest.fixture
def editor(qtbot: QtBot, seeded: tuple[Database, int]) -> InvoiceEditor:
    db, _ = seeded
    widget = InvoiceEditor(db)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_seed_invoice_typed_line_by_line(editor: InvoiceEditor, seeded: tuple[Database, int]) -> None:
    db, client_id = seeded
    type_seed(editor, client_id)
    table = totals_table(editor)
    assert table["TOTAL TTC"] == f"2{NNBSP}895,48{NBSP}€"
    assert table[f"Remise 5{NBSP}%"] == f"127,00{NBSP}€"
    assert table["Net commercial"] == f"2{NNBSP}412,90{NBSP}€"
    assert table[f"TVA 20{NBSP}% sur 2{NNBSP}412,90{NBSP}€"] == f"482,58{NBSP}€"
    lines = editor.lines
    assert lines.index(0, 6).data() == f"1{NNBSP}800,00{NBSP}€" and lines.index(1, 5).data() == "207,98"


def test_undo_brings_the_totals_back(editor: InvoiceEditor, seeded: tuple[Database, int]) -> None:
    _, client_id = seeded
    type_seed(editor, client_id)
    model = editor.lines
    model.setData(model.index(1, 1), "11")
    assert totals_table(editor)["TOTAL TTC"] != f"2{NNBSP}895,48{NBSP}€"
    editor.undo.undo()
    assert model.index(1, 1).data() == "10"
    assert totals_table(editor)["TOTAL TTC"] == f"2{NNBSP}895,48{NBSP}€"
    editor.undo.redo()
    assert model.index(1, 1).data() == "11"


def test_bad_quantity_is_kept_and_explained(editor: InvoiceEditor, seeded: tuple[Database, int]) -> None:
    _, client_id = seeded
    type_seed(editor, client_id)
    model = editor.lines
    model.setData(model.index(0, 1), "2,123456")
    assert model.index(0, 1).data() == "2,123456"  # what was typed stays
    assert "Ligne 1" in editor.line_errors.text() and "4 décimales" in editor.line_errors.text()
    errors: list[str] = []
    editor.show_error = errors.append  # type: ignore[method-assign]
    editor.issue()
    assert errors and "Ligne 1" in errors[0]


def test_issue_refused_without_siren_then_issued_and_locked(
        editor: InvoiceEditor, seeded: tuple[Database, int]) -> None:
    db, client_id = seeded
    company.save_seller(db, dataclasses.replace(WORLD_COMPAGNIE, siren="", siret=""))
    editor.new_invoice()
    type_seed(editor, client_id)
    texts = [editor.mentions.item(i).text() for i in range(editor.mentions.count())]
    assert any("SIREN ou SIRET du vendeur" in t for t in texts)
    errors: list[str] = []
    editor.show_error = errors.append  # type: ignore[method-assign]
    editor.confirm_issue = lambda text: True  # type: ignore[method-assign]
    editor.issue()
    assert "SIREN" in errors[0]
    assert editor.invoice_id is not None
    assert invoices.get_invoice(db, editor.invoice_id).state is DocumentState.DRAFT  # saved as draft

    company.save_seller(db, WORLD_COMPAGNIE)
    editor._changed()
    editor.issue()
    view = invoices.get_invoice(db, editor.invoice_id)
    assert view.state is DocumentState.ISSUED and view.number == "1"
    assert view.totals.ttc == D("2895.48")
    assert "Facture n° 1 — émise" in editor.status.text()
    assert not editor.client.isEnabled() and not editor.discount.isEnabled()
    assert not editor.issue_button.isEnabled() and editor.pay_button.isEnabled()
    model = editor.lines
    assert not (model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable)
    assert not model.setData(model.index(0, 1), "99")

    editor.ask_payment = lambda: (date(2026, 1, 20), "1000", "virement")  # type: ignore[method-assign]
    editor.record_payment()
    assert totals_table(editor)["Reste à payer"] == f"1{NNBSP}895,48{NBSP}€"
    assert invoices.get_invoice(db, editor.invoice_id).amount_due == D("1895.48")
    assert invoices.client_balance(db, client_id) == D("1895.48")


def test_draft_saved_as_you_type(qtbot: QtBot, editor: InvoiceEditor, seeded: tuple[Database, int]) -> None:
    db, client_id = seeded
    type_seed(editor, client_id)
    qtbot.waitUntil(lambda: editor.invoice_id is not None, timeout=5000)
    stored = invoices.get_invoice(db, editor.invoice_id)
    assert stored.totals.ttc == D("2895.48") and stored.number is None


def test_keyboard_tab_after_last_cell_opens_a_new_line(qtbot: QtBot, editor: InvoiceEditor) -> None:
    table = editor.table
    assert editor.lines.rowCount() == 1
    table.setCurrentIndex(editor.lines.index(0, 4))
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert editor.lines.rowCount() == 2
    assert table.currentIndex().row() == 1 and table.currentIndex().column() == 0


def test_catalogue_fills_unit_price_and_rate(editor: InvoiceEditor, seeded: tuple[Database, int]) -> None:
    db, _ = seeded
    from crmdesk.services.catalogue import add_product

    add_product(db, "Câble réseau", "Mètre", "1,2350", "20")
    fresh = InvoiceEditor(db)
    fresh.use_product(0, "Câble réseau")
    model = fresh.lines
    assert [model.index(0, c).data(Qt.ItemDataRole.EditRole) for c in range(5)] == \
        ["Câble réseau", "1", "Mètre", "1,235", "20"]
    fresh.undo.undo()
    assert model.index(0, 0).data() == ""


def test_lines_model_passes_modeltester(qtmodeltester, editor: InvoiceEditor,  # type: ignore[no-untyped-def]
                                        seeded: tuple[Database, int]) -> None:
    type_seed(editor, seeded[1])
    qtmodeltester.check(editor.lines)


def test_invoices_tab_lists_and_filters(qtbot: QtBot, qtmodeltester, seeded: tuple[Database, int]) -> None:  # type: ignore[no-untyped-def]
    db, client_id = seeded
    from scenario import seed_draft

    invoices.issue_invoice(db, invoices.create_draft(db, seed_draft(client_id, date.today().year)))
    tab = InvoicesTab(db)
    qtbot.addWidget(tab)
    assert tab.model.rowCount() == 1
    qtmodeltester.check(tab.model)
    tab.status_filter.setCurrentIndex(4)  # drafts only
    assert tab.model.rowCount() == 0
    tab.status_filter.setCurrentIndex(0)
    tab.client_filter.setText("spirit")
    assert tab.model.rowCount() == 1
    tab.open_invoice(tab.model.rows[0].id)
    assert tab.stack.currentIndex() == 1 and "Facture n° 1" in tab.editor.status.text()


def test_pdf_batch_runs_off_the_gui_thread_and_can_be_cancelled(
        qtbot: QtBot, seeded: tuple[Database, int], tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QThread
    from scenario import seed_draft

    db, client_id = seeded
    for _ in range(6):
        invoices.issue_invoice(db, invoices.create_draft(db, seed_draft(client_id, date.today().year)))
    tab = InvoicesTab(db)
    qtbot.addWidget(tab)
    out = tmp_path / "pdf"
    out.mkdir()
    batch = tab.print_all(out)
    assert batch is not None
    assert batch.worker.thread() is batch.thread is not QThread.currentThread()
    with qtbot.waitSignal(batch.done, timeout=60000) as blocker:
        pass
    assert batch.result == (6, False) and blocker.args == ["6 PDF écrits."]
    assert sorted(p.name for p in out.iterdir()) == [f"facture-{n}.pdf" for n in sorted(
        ("1", "2", "3", "4", "5", "6"))]
    assert (out / "facture-1.pdf").read_bytes().startswith(b"%PDF")

    again = tmp_path / "again"
    again.mkdir()
    cancelled = tab.print_all(again)
    assert cancelled is not None
    cancelled.worker.cancel()
    with qtbot.waitSignal(cancelled.done, timeout=60000):
        pass
    assert cancelled.result is not None and cancelled.result[1] is True
    assert len(list(again.iterdir())) < 6


def test_credit_note_from_the_editor(editor: InvoiceEditor, seeded: tuple[Database, int]) -> None:
    from crmdesk.ui.credit_note_dialog import CreditNoteDialog

    db, client_id = seeded
    from scenario import seed_draft

    invoice_id = invoices.create_draft(db, seed_draft(client_id, date.today().year))
    invoices.issue_invoice(db, invoice_id)
    editor.open_invoice(invoice_id)
    assert editor.credit_button.isEnabled()

    def dialog() -> str | None:
        assert editor.view is not None
        box = CreditNoteDialog(db, editor.view, editor)
        box.partial.setChecked(True)
        box.amount.setText("120,00")
        box.reason.setText("Geste commercial")
        box.issue()
        return box.number

    editor.open_credit_dialog = dialog  # type: ignore[method-assign]
    editor.create_credit_note()
    table = totals_table(editor)
    assert table["Avoirs"] == f"120,00{NBSP}€"
    assert table["Reste à payer"] == f"2{NNBSP}775,48{NBSP}€"
    assert invoices.get_invoice(db, invoice_id).amount_due == D("2775.48")
    assert invoices.client_balance(db, client_id) == D("2775.48")
