"""Impossible numbers in the invoice editor and the services: a French refusal, nothing stored."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from crmdesk.domain.errors import DomainError, InvalidAmount
from crmdesk.domain.money import parse_decimal
from crmdesk.domain.totals import Line, parse_discount, parse_vat_rate
from crmdesk.services import invoices
from crmdesk.services.company import get_seller
from crmdesk.services.database import Database
from crmdesk.storage.models import InvoiceLine, Payment
from crmdesk.ui.company_dialog import CompanyDialog
from crmdesk.ui.invoice_editor import InvoiceEditor

from scenario import seed_draft

IMPOSSIBLE = ("1e400", "1E+999999", "NaN", "nan", "Infinity", "-inf", "sNaN", "1e3", "10^15",
              "1000000000000000", "0x10", "1,2,3", "12.", "--1", "", "   ", "∞", "1/2", "½",
              "1 000 000 000", "9" * 400)


@pytest.mark.parametrize("text", IMPOSSIBLE)
def test_impossible_quantities_and_prices_are_refused_in_french(text: str) -> None:
    if text == "12.":  # "12." is 12: accepted on purpose (what a hurried typist means)
        assert Line.parse("x", text, "u", "1", "20").quantity == Decimal(12)
        return
    for column in (1, 3):
        cells = ["article", "1", "u", "10", "20"]
        cells[column] = text
        with pytest.raises(InvalidAmount) as refused:
            Line.parse(*cells)
        assert refused.value.field in ("quantité", "prix unitaire HT")
        assert any(word in str(refused.value) for word in
                   ("nombre", "valeur", "trop grande", "décimale", "négative"))


def test_minus_zero_is_zero_and_never_printed_as_minus_zero() -> None:
    for text in ("-0", "-0,00", "-0.0000"):
        value = parse_decimal(text, field="quantité", places=4)
        assert value == 0 and not value.is_signed() and format(value, "f").lstrip("0.,") == ""


@pytest.mark.parametrize("text", ["200", "100.01", "-5", "1e2", "NaN", "19,6", "7"])
def test_impossible_vat_rates_are_refused(text: str) -> None:
    with pytest.raises(InvalidAmount, match="taux de TVA"):
        parse_vat_rate(text)


@pytest.mark.parametrize("text", ["200", "100,01", "-1", "1e2", "inf", "5,12345"])
def test_impossible_discounts_are_refused(text: str) -> None:
    with pytest.raises(InvalidAmount, match="remise"):
        parse_discount(text)


@pytest.fixture
def issued(seeded: tuple[Database, int]) -> tuple[Database, int]:
    db, client_id = seeded
    invoice_id = invoices.create_draft(db, seed_draft(client_id))
    invoices.issue_invoice(db, invoice_id)
    return db, invoice_id


@pytest.mark.parametrize("amount", ["-10", "0", "-0", "1e400", "NaN", "1000000000000000",
                                    "2895.49", "12,345", 12.5, None, "abc"])
def test_impossible_payments_are_refused_and_nothing_is_stored(
        issued: tuple[Database, int], amount: object) -> None:
    db, invoice_id = issued
    with pytest.raises(DomainError) as refused:
        invoices.record_payment(db, invoice_id, date(2026, 1, 20), amount)
    assert str(refused.value)[:1].isupper() or "montant" in str(refused.value)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Payment)) == 0


@pytest.fixture
def editor(qtbot: QtBot, seeded: tuple[Database, int]) -> InvoiceEditor:
    db, client_id = seeded
    widget = InvoiceEditor(db)
    qtbot.addWidget(widget)
    widget.set_client(client_id)
    for row, cells in enumerate((("Main-d'œuvre", "25", "Heure", "60", "20"),
                                 ("Produit", "10", "Pièce", "103,99", "20"))):
        if row >= widget.lines.rowCount():
            widget.add_line()
        for column, text in enumerate(cells):
            widget.lines.setData(widget.lines.index(row, column), text)
    assert widget.save_draft()
    return widget


def stored_lines(db: Database) -> list[tuple[str, Decimal, Decimal]]:
    with db.read() as session:
        return [(x.description, x.quantity, x.unit_price) for x in session.scalars(
            select(InvoiceLine).order_by(InvoiceLine.position))]


@pytest.mark.parametrize(("column", "text"), [(1, "1e400"), (1, "NaN"), (1, "1000000000000000"),
                                              (3, "1000000000000000"), (3, "-5"), (3, "Infinity"),
                                              (4, "200"), (1, "0,00001")])
def test_editor_refuses_an_impossible_cell_and_keeps_the_stored_draft(
        editor: InvoiceEditor, seeded: tuple[Database, int], column: int, text: str) -> None:
    db, _ = seeded
    before = stored_lines(db)
    assert len(before) == 2
    editor.lines.setData(editor.lines.index(0, column), text)
    assert "Ligne 1" in editor.line_errors.text()
    assert not editor.save_draft()
    assert "Brouillon non enregistré" in editor.saved_label.text()
    assert stored_lines(db) == before  # the line was not dropped from the stored draft


@pytest.mark.parametrize("text", ["200", "-1", "1e2", "NaN", "12,34567"])
def test_editor_refuses_an_impossible_discount_and_stores_nothing(
        editor: InvoiceEditor, seeded: tuple[Database, int], text: str) -> None:
    db, _ = seeded
    editor.discount.setText(text)
    editor.discount.textEdited.emit(text)
    assert not editor.save_draft()
    assert "remise" in editor.saved_label.text()
    assert editor.invoice_id is not None
    assert invoices.get_invoice(db, editor.invoice_id).draft.discount_pct == 0


@pytest.mark.parametrize(("field", "text"), [
    ("share_capital", "1e400"), ("share_capital", "NaN"), ("share_capital", "-1000"),
    ("share_capital", "1000000000000000"), ("share_capital", "10,001"),
    ("late_penalty_rate", "200"), ("late_penalty_rate", "-3"), ("late_penalty_rate", "Infinity")])
def test_company_form_refuses_impossible_numbers_and_saves_nothing(
        qtbot: QtBot, seeded: tuple[Database, int], field: str, text: str) -> None:
    db, _ = seeded
    before = get_seller(db)
    dialog = CompanyDialog(db)
    qtbot.addWidget(dialog)
    dialog.fields[field].setText(text)
    assert not dialog.ok_button.isEnabled() and "À corriger avant d'enregistrer" in \
        dialog.summary_label.text()
    dialog.accept()
    assert get_seller(db) == before


@pytest.mark.parametrize("amount", ["-10", "1e400", "NaN", "1000000000000000", "0"])
def test_editor_payment_refused_in_french_and_not_recorded(
        qtbot: QtBot, issued: tuple[Database, int], amount: str) -> None:
    db, invoice_id = issued
    editor = InvoiceEditor(db)
    qtbot.addWidget(editor)
    editor.open_invoice(invoice_id)
    errors: list[str] = []
    editor.show_error = errors.append  # type: ignore[method-assign]
    editor.ask_payment = lambda: (date(2026, 1, 20), amount, "virement")  # type: ignore[method-assign]
    editor.record_payment()
    assert errors and ("montant" in errors[0] or "paiement" in errors[0])
    assert invoices.get_invoice(db, invoice_id).payments == ()
