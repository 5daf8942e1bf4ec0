"""The life of an invoice: draft, issue with the next number, frozen for ever, paid."""

import dataclasses
import sqlite3
from datetime import date
from decimal import Decimal as D

import pytest

from crmdesk.domain.errors import DomainError
from crmdesk.domain.invoice import DocumentState, NumberingRule, PaymentStatus
from crmdesk.services import company, invoices
from crmdesk.services.database import Database

from scenario import SEED_LINES, WORLD_COMPAGNIE, seed_draft


def test_seed_invoice_issued_as_in_the_textbook(seeded: tuple[Database, int]) -> None:
    db, client_id = seeded
    company.set_numbering(db, NumberingRule(), 123)
    invoice_id = invoices.create_draft(db, seed_draft(client_id))
    assert invoices.get_invoice(db, invoice_id).number is None  # a draft has no number
    assert invoices.issue_invoice(db, invoice_id) == "123"
    view = invoices.get_invoice(db, invoice_id, today=date(2026, 1, 20))
    assert view.state is DocumentState.ISSUED and view.status is PaymentStatus.UNPAID
    assert (view.totals.total_ht, view.totals.discount, view.totals.net, view.totals.vat_total,
            view.totals.ttc) == (D("2539.90"), D("127.00"), D("2412.90"), D("482.58"), D("2895.48"))
    assert view.seller.legal_name == "WORLD COMPAGNIE" and view.buyer.name == "SA Spirit"
    assert company.get_numbering(db)[1] == 124


def test_issued_invoice_keeps_its_frozen_identities(seeded: tuple[Database, int]) -> None:
    db, client_id = seeded
    invoice_id = invoices.create_draft(db, seed_draft(client_id))
    invoices.issue_invoice(db, invoice_id)
    company.save_seller(db, dataclasses.replace(WORLD_COMPAGNIE, street="1 place Neuve"))
    assert invoices.get_invoice(db, invoice_id).seller.street == "22 avenue Voltaire"


def test_service_refuses_to_change_or_delete_issued(seeded: tuple[Database, int]) -> None:
    db, client_id = seeded
    invoice_id = invoices.create_draft(db, seed_draft(client_id))
    number = invoices.issue_invoice(db, invoice_id)
    with pytest.raises(DomainError, match="avoir"):
        invoices.update_draft(db, invoice_id, seed_draft(client_id))
    with pytest.raises(DomainError, match="émise"):
        invoices.delete_draft(db, invoice_id)
    with pytest.raises(DomainError):
        invoices.issue_invoice(db, invoice_id)
    assert invoices.get_invoice(db, invoice_id).number == number


@pytest.mark.parametrize("statement", [
    "UPDATE invoices SET ttc = 1 WHERE state = 'issued'",
    "UPDATE invoices SET state = 'draft' WHERE state = 'issued'",
    "DELETE FROM invoices WHERE state = 'issued'",
    "UPDATE invoice_lines SET quantity = 1",
    "DELETE FROM invoice_lines",
    "INSERT INTO invoice_lines (invoice_id, position, description, quantity, unit, unit_price, "
    "vat_rate) SELECT id, 9, 'ajout', 1, 'u', 1, 2000 FROM invoices",
    "UPDATE number_series SET next_number = 1",
])
def test_triggers_refuse_raw_sql(seeded: tuple[Database, int], statement: str) -> None:
    db, client_id = seeded
    invoices.issue_invoice(db, invoices.create_draft(db, seed_draft(client_id)))
    path = db.path
    assert path is not None
    with sqlite3.connect(path) as conn, pytest.raises(sqlite3.IntegrityError, match="crmdesk"):
        conn.execute(statement)
    (view,) = invoices.list_invoices(db)
    assert view.number == "1" and view.ttc == D("2895.48")


def test_drafts_are_free(seeded: tuple[Database, int]) -> None:
    db, client_id = seeded
    invoice_id = invoices.create_draft(db, seed_draft(client_id))
    shorter = dataclasses.replace(seed_draft(client_id), lines=SEED_LINES[:1])
    invoices.update_draft(db, invoice_id, shorter)
    assert invoices.get_invoice(db, invoice_id).totals.total_ht == D("1500.00")
    invoices.delete_draft(db, invoice_id)
    assert invoices.list_invoices(db) == []


def test_missing_mention_refuses_issue_and_uses_no_number(seeded: tuple[Database, int]) -> None:
    db, client_id = seeded
    company.save_seller(db, dataclasses.replace(WORLD_COMPAGNIE, siren="", siret=""))
    invoice_id = invoices.create_draft(db, seed_draft(client_id))
    with pytest.raises(invoices.MissingMentionsError) as info:
        invoices.issue_invoice(db, invoice_id)
    assert [m.code for m in info.value.missing] == ["seller_siren"]
    assert "SIREN" in str(info.value)
    assert invoices.get_invoice(db, invoice_id).state is DocumentState.DRAFT
    company.save_seller(db, WORLD_COMPAGNIE)
    assert invoices.issue_invoice(db, invoice_id) == "1"  # the refused attempt used no number


def test_numbering_is_chronological(seeded: tuple[Database, int]) -> None:
    db, client_id = seeded
    invoices.issue_invoice(db, invoices.create_draft(db, seed_draft(client_id)))
    earlier = dataclasses.replace(seed_draft(client_id), issue_date=date(2026, 1, 5))
    with pytest.raises(DomainError, match="chronologique"):
        invoices.issue_invoice(db, invoices.create_draft(db, earlier))


def test_numbering_prefix_continues_another_tool(seeded: tuple[Database, int]) -> None:
    db, client_id = seeded
    company.set_numbering(db, NumberingRule("F2026-", 4), 57)
    first = invoices.issue_invoice(db, invoices.create_draft(db, seed_draft(client_id)))
    second = invoices.issue_invoice(db, invoices.create_draft(db, seed_draft(client_id)))
    assert (first, second) == ("F2026-0057", "F2026-0058")
    with pytest.raises(DomainError, match="n° 59"):
        company.set_numbering(db, NumberingRule("F2026-", 4), 70)


def test_payments_and_status(seeded: tuple[Database, int]) -> None:
    db, client_id = seeded
    invoice_id = invoices.create_draft(db, seed_draft(client_id))
    with pytest.raises(DomainError, match="facture émise"):
        invoices.record_payment(db, invoice_id, date(2026, 1, 10), "100")
    invoices.issue_invoice(db, invoice_id)
    invoices.record_payment(db, invoice_id, date(2026, 1, 20), "1000,00", "cheque")
    view = invoices.get_invoice(db, invoice_id, today=date(2026, 1, 25))
    assert view.status is PaymentStatus.PARTLY_PAID and view.amount_due == D("1895.48")
    assert invoices.get_invoice(db, invoice_id, today=date(2026, 2, 9)).status is PaymentStatus.OVERDUE
    assert invoices.client_balance(db, client_id) == D("1895.48")
    with pytest.raises(DomainError, match="dépasse le reste à payer"):
        invoices.record_payment(db, invoice_id, date(2026, 1, 21), "1895.49")
    with pytest.raises(DomainError, match="décimales"):
        invoices.record_payment(db, invoice_id, date(2026, 1, 21), "10.001")
    invoices.record_payment(db, invoice_id, date(2026, 1, 21), "1895.48")
    assert invoices.get_invoice(db, invoice_id).status is PaymentStatus.PAID
    assert invoices.client_balance(db, client_id) == D("0.00")
