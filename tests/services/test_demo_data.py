"""The demo database's content: valid identifiers, the textbook invoice, a believable history."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from stdnum.fr import siren, siret, tva

from crmdesk.services.demo_data import (SEED_CLIENT_NUMBER, DemoClient, DemoContact, DemoInvoice,
                                        DemoLine, DemoPayment, demo_catalogue, demo_clients,
                                        demo_invoices, seed_invoice)

TODAY = date(2026, 12, 4)
VAT_RATES = {Decimal("20"), Decimal("10"), Decimal("5.5"), Decimal("2.1"), Decimal("0")}
METHODS = {"virement", "cheque", "carte", "especes", "prelevement"}


def paid_share(invoice: DemoInvoice) -> Decimal:
    return sum((payment.share for payment in invoice.payments), Decimal(0))


def due_date(invoice: DemoInvoice) -> date:
    return invoice.issue_date + timedelta(days=invoice.terms_days)


def issued(invoices: list[DemoInvoice]) -> list[DemoInvoice]:
    return [invoice for invoice in invoices if invoice.issued]


def without_payments(invoices: list[DemoInvoice]) -> list[DemoInvoice]:
    return [dataclasses.replace(invoice, payments=()) for invoice in invoices]


# ----------------------------------------------------------------------------- clients

def test_company_identifiers_are_valid() -> None:
    companies = [c for c in demo_clients() if c.kind == "company"]
    assert len(companies) >= 25
    for client in companies:
        assert client.siren is not None and client.siret is not None
        assert client.vat_number is not None and client.legal_form
        assert siren.validate(client.siren) == client.siren
        assert siret.validate(client.siret) == client.siret
        assert tva.validate(client.vat_number) == client.vat_number[2:]
        assert client.siret.startswith(client.siren)
        key = (12 + 3 * (int(client.siren) % 97)) % 97
        assert client.vat_number == f"FR{key:02d}{client.siren}"


def test_individuals_have_no_company_data() -> None:
    individuals = [c for c in demo_clients() if c.kind == "individual"]
    assert len(individuals) >= 3
    for client in individuals:
        assert (client.legal_form, client.siren, client.siret, client.vat_number) == (
            None, None, None, None)


def test_clients_are_unique_and_complete() -> None:
    clients = demo_clients()
    assert 30 <= len(clients) <= 40
    assert len({c.number for c in clients}) == len(clients)
    sirens = [c.siren for c in clients if c.siren]
    assert len(set(sirens)) == len(sirens)
    assert {c.kind for c in clients} == {"company", "individual"}
    for client in clients:
        assert client.name and "@" in client.email and client.phone.startswith("+33 ")
        assert len(client.billing_postcode) == 5 and client.billing_postcode.isdigit()
        assert client.billing_street and client.billing_city and client.notes
        delivery = (client.delivery_street, client.delivery_postcode, client.delivery_city)
        assert delivery == (None, None, None) or all(delivery)
        if client.kind == "company":
            assert 1 <= len(client.contacts) <= 3
        for contact in client.contacts:
            assert contact.name and contact.role and "@" in contact.email
    assert any(c.delivery_street for c in clients)
    assert any("'" in c.name for c in clients)
    assert any(not c.billing_city.isascii() for c in clients)


def test_sa_spirit_comes_first() -> None:
    spirit = demo_clients()[0]
    assert spirit.number == SEED_CLIENT_NUMBER == "456"
    assert (spirit.kind, spirit.name, spirit.legal_form) == ("company", "SA Spirit", "SA")
    assert (spirit.billing_street, spirit.billing_postcode, spirit.billing_city) == (
        "31 rue de la Forêt", "13100", "Aix-en-Provence")
    assert spirit.contacts[0].name == "Michel ALI"
    assert spirit.contacts[0].role == "Acheteur"


def test_clients_are_the_same_on_every_call() -> None:
    assert demo_clients() == demo_clients()


# ----------------------------------------------------------------------------- catalogue

def test_catalogue_starts_with_the_textbook_products() -> None:
    catalogue = demo_catalogue()
    assert 18 <= len(catalogue) <= 25
    first, second = catalogue[:2]
    assert (first.description, first.unit, first.unit_price, first.vat_rate) == (
        "Main-d'œuvre", "Heure", Decimal("60.00"), Decimal("20"))
    assert (second.description, second.unit, second.unit_price, second.vat_rate) == (
        "Produit", "Pièce", Decimal("103.99"), Decimal("20"))
    assert {p.vat_rate for p in catalogue} == VAT_RATES
    assert len({p.description for p in catalogue}) == len(catalogue)
    assert any(p.unit_price.as_tuple().exponent == -4 for p in catalogue)


# ----------------------------------------------------------------------------- seed invoice

@pytest.mark.parametrize(("today", "paid"), [(date(2026, 2, 5), False), (date(2026, 2, 6), True)])
def test_seed_invoice_is_the_textbook_one(today: date, paid: bool) -> None:
    invoice = seed_invoice(today)
    assert invoice.client_number == "456"
    assert (invoice.issue_date, invoice.sale_date) == (date(2026, 1, 8), date(2026, 1, 2))
    assert (invoice.terms_days, invoice.discount_pct) == (30, Decimal("5"))
    assert invoice.lines == (
        DemoLine("Main-d'œuvre", Decimal("25"), "Heure", Decimal("60.00"), Decimal("20")),
        DemoLine("Produit", Decimal("10"), "Pièce", Decimal("103.99"), Decimal("20")))
    assert invoice.issued
    assert (invoice.issued_by, invoice.client_contact, invoice.reference) == (
        "Pierre Legrand", "Michel ALI", None)
    assert invoice.additional_info == "Service après-vente : Garantie 1 an"
    expected = (DemoPayment(date(2026, 2, 6), Decimal("1"), "virement"),) if paid else ()
    assert invoice.payments == expected


# ----------------------------------------------------------------------------- invoices

def test_invoices_are_deterministic() -> None:
    assert demo_invoices(TODAY) == demo_invoices(TODAY)


def test_previous_year_does_not_depend_on_the_day() -> None:
    june, december = demo_invoices(date(2026, 6, 1)), demo_invoices(TODAY)
    assert june[:122] == december[:122]
    # Early in the year only payments not made yet differ.
    january = demo_invoices(date(2026, 1, 10))
    assert without_payments(january[:122]) == without_payments(december[:122])


def test_current_year_is_a_schedule_cut_at_today() -> None:
    june, december = issued(demo_invoices(date(2026, 6, 1))), issued(demo_invoices(TODAY))
    assert without_payments(june) == without_payments(december[:len(june)])
    assert all(i.issue_date <= date(2026, 6, 1) for i in june)


def test_chronology_and_counts() -> None:
    invoices = demo_invoices(TODAY)
    done = issued(invoices)
    previous = done[:122]
    assert all(i.issue_date.year == 2025 for i in previous)
    assert previous[0].issue_date == date(2025, 1, 8)
    assert previous[-1].issue_date == date(2025, 12, 31)
    assert len({i.issue_date.month for i in previous}) == 12
    assert done[122] == seed_invoice(TODAY)
    current = done[123:]
    assert all(date(2026, 1, 9) <= i.issue_date <= TODAY for i in current)
    assert 90 <= len(current) <= 130  # about ten a month
    dates = [i.issue_date for i in done]
    assert dates == sorted(dates)
    assert [i.issued for i in invoices] == [True] * len(done) + [False] * 4
    assert all(i.issue_date == TODAY and not i.payments for i in invoices[-4:])


def test_nothing_after_the_seed_before_the_ninth_of_january() -> None:
    invoices = demo_invoices(date(2026, 1, 8))
    assert len(issued(invoices)) == 123
    assert issued(invoices)[-1] == seed_invoice(date(2026, 1, 8))


@pytest.mark.parametrize("today", [date(2026, 1, 10), date(2026, 6, 1), TODAY, date(2027, 3, 1)])
def test_invoice_contents_make_sense(today: date) -> None:
    clients = {c.number: c for c in demo_clients()}
    for invoice in demo_invoices(today):
        client = clients[invoice.client_number]
        assert 1 <= len(invoice.lines) <= 6
        assert invoice.sale_date <= invoice.issue_date
        assert invoice.terms_days in {0, 30, 45, 60}
        assert invoice.discount_pct in {Decimal("0"), Decimal("2.5"), Decimal("5"), Decimal("10")}
        if client.kind == "individual":
            assert invoice.terms_days == 0
        assert invoice.client_contact in {None, *(c.name for c in client.contacts)}
        for line in invoice.lines:
            assert line.quantity > 0 and line.unit_price > 0 and line.vat_rate in VAT_RATES
        for payment in invoice.payments:
            assert payment.paid_on <= today
            assert invoice.issue_date <= payment.paid_on
            assert payment.method in METHODS
            assert Decimal(0) < payment.share <= Decimal(1)
        assert paid_share(invoice) <= Decimal(1)


def test_every_payment_status_is_represented() -> None:
    done = issued(demo_invoices(TODAY))
    old = [i for i in done if due_date(i) < TODAY - timedelta(days=45)]
    overdue_unpaid = [i for i in old if not i.payments]
    partly_paid = [i for i in done if Decimal(0) < paid_share(i) < Decimal(1)]
    assert 3 <= len(overdue_unpaid) <= 5
    assert 3 <= len(partly_paid) <= 5
    assert sum(paid_share(i) == 1 for i in old) >= 0.9 * len(old)
    recent = [i for i in done if due_date(i) >= TODAY]
    assert recent
    assert sum(not i.payments for i in recent) > len(recent) / 2


def test_even_early_in_the_year_there_are_arrears() -> None:
    today = date(2026, 1, 12)
    done = issued(demo_invoices(today))
    assert sum(not i.payments and due_date(i) < today - timedelta(days=45) for i in done) >= 3
    assert sum(Decimal(0) < paid_share(i) < Decimal(1) for i in done) >= 3


def _values(value: Any) -> list[Any]:
    """Every leaf value inside dataclasses, lists and tuples."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [leaf for field in dataclasses.fields(value)
                for leaf in _values(getattr(value, field.name))]
    if isinstance(value, (list, tuple)):
        return [leaf for item in value for leaf in _values(item)]
    return [value]


def test_no_float_anywhere_and_money_is_decimal() -> None:
    everything: list[Any] = [demo_clients(), demo_catalogue(), demo_invoices(TODAY)]
    assert not any(isinstance(leaf, float) for leaf in _values(everything))
    for product in demo_catalogue():
        assert isinstance(product.unit_price, Decimal) and isinstance(product.vat_rate, Decimal)
    for invoice in demo_invoices(TODAY):
        assert isinstance(invoice.discount_pct, Decimal)
        for line in invoice.lines:
            assert all(isinstance(v, Decimal)
                       for v in (line.quantity, line.unit_price, line.vat_rate))
        assert all(isinstance(p.share, Decimal) for p in invoice.payments)


def test_values_are_frozen() -> None:
    client: DemoClient = demo_clients()[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        client.name = "Autre"  # type: ignore[misc]
    assert isinstance(client.contacts, tuple) and isinstance(client.contacts[0], DemoContact)
