"""Payment terms, due dates, numbering and payment status."""

from datetime import date
from decimal import Decimal as D

import pytest

from crmdesk.domain.errors import DomainError
from crmdesk.domain.invoice import (DocumentState, NumberingRule, PaymentStatus, PaymentTerms,
                                    payment_status)


def test_seed_due_date_thirty_days() -> None:
    assert PaymentTerms.parse("30 jours").due_date(date(2026, 1, 8)) == date(2026, 2, 7)
    # the textbook prints 08/02 for "30 jours": the due date is stored and editable (docs/domain.md)


@pytest.mark.parametrize(("text", "terms", "label"), [
    ("à réception", PaymentTerms(0), "À réception"),
    ("45 jours fin de mois", PaymentTerms(45, True), "45 jours fin de mois"),
    ("60", PaymentTerms(60), "60 jours"),
    ("10 j", PaymentTerms(10), "10 jours"),
])
def test_terms_parse_and_label(text: str, terms: PaymentTerms, label: str) -> None:
    assert PaymentTerms.parse(text) == terms
    assert terms.label == label


def test_end_of_month() -> None:
    assert PaymentTerms(45, True).due_date(date(2026, 1, 20)) == date(2026, 3, 31)


def test_bad_terms_explained() -> None:
    with pytest.raises(DomainError, match="non compris"):
        PaymentTerms.parse("bientôt")
    with pytest.raises(DomainError):
        PaymentTerms(400)


def test_numbering_rule() -> None:
    assert NumberingRule().format(123) == "123"
    assert NumberingRule("F2026-", 4).format(7) == "F2026-0007"
    with pytest.raises(DomainError, match="préfixe"):
        NumberingRule("F 2026")
    with pytest.raises(DomainError):
        NumberingRule().format(0)


def test_payment_status() -> None:
    common = dict(state=DocumentState.ISSUED, ttc=D("100.00"), due_on=date(2026, 2, 1))
    assert payment_status(paid=[], today=date(2026, 1, 15), **common) is PaymentStatus.UNPAID
    assert payment_status(paid=[D("40")], today=date(2026, 1, 15), **common) is PaymentStatus.PARTLY_PAID
    assert payment_status(paid=[D("40")], today=date(2026, 2, 2), **common) is PaymentStatus.OVERDUE
    assert payment_status(paid=[D("100")], today=date(2026, 3, 1), **common) is PaymentStatus.PAID
    assert payment_status(state=DocumentState.DRAFT, ttc=D(1), paid=[], due_on=None,
                          today=date(2026, 1, 1)) is PaymentStatus.DRAFT
