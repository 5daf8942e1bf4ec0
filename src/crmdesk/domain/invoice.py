"""The life of an invoice: payment terms, due dates, numbering and payment status.

An invoice is a *draft* (no number, freely edited) until it is *issued*: it then
gets the next number of its series, and its content is frozen for ever. What is
paid on it is recorded beside it (payments, later credit notes), never in it, so
its payment status is computed, never stored.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from crmdesk.domain.errors import DomainError
from crmdesk.domain.money import ZERO


class DocumentKind(StrEnum):
    """What a numbered document is; each kind has its own continuous series."""

    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"


class DocumentState(StrEnum):
    """Stored state: a draft can change, an issued document never does."""

    DRAFT = "draft"
    ISSUED = "issued"


class PaymentStatus(StrEnum):
    """Computed from TTC, payments, credit notes, due date and today."""

    DRAFT = "brouillon"
    UNPAID = "impayée"
    PARTLY_PAID = "partiellement payée"
    PAID = "payée"
    OVERDUE = "en retard"
    CANCELLED = "annulée par avoir"  # an invoice its credit notes cover entirely
    CREDIT = "avoir"  # an issued credit note (it is imputed on the invoice it corrects)


PAYMENT_METHODS: dict[str, str] = {
    "virement": "Virement",
    "cheque": "Chèque",
    "carte": "Carte bancaire",
    "especes": "Espèces",
    "prelevement": "Prélèvement",
}


@dataclass(frozen=True, slots=True)
class PaymentTerms:
    """How long the buyer has to pay: ``days`` after the invoice date, optionally to month end.

    French law (Code de commerce L441-10) caps B2B terms at 60 days from the invoice
    date, or 45 days end of month.
    """

    days: int
    end_of_month: bool = False

    def __post_init__(self) -> None:
        if not 0 <= self.days <= 365:
            raise DomainError("Le délai de paiement doit être compris entre 0 et 365 jours.")

    @classmethod
    def parse(cls, text: str) -> PaymentTerms:
        """Read "à réception", "30 jours", "45 jours fin de mois", "60" …"""
        cleaned = text.strip().lower()
        if cleaned in {"", "a reception", "à réception", "à reception", "comptant", "0"}:
            return cls(0)
        match = re.fullmatch(r"(\d{1,3})\s*(?:j|jours?)?\s*(fin de mois|fdm)?", cleaned)
        if not match:
            raise DomainError(f"Délai de paiement « {text.strip()} » non compris : écrivez par "
                              "exemple « à réception », « 30 jours » ou « 45 jours fin de mois ».")
        return cls(int(match.group(1)), bool(match.group(2)))

    @property
    def label(self) -> str:
        """French wording printed on the invoice."""
        if self.days == 0:
            return "À réception"
        return f"{self.days} jours" + (" fin de mois" if self.end_of_month else "")

    def due_date(self, issued_on: date) -> date:
        """The payment due date for an invoice dated ``issued_on``."""
        due = issued_on + timedelta(days=self.days)
        if self.end_of_month:
            due = due.replace(day=calendar.monthrange(due.year, due.month)[1])
        return due


#: The choices offered in the editor (any number of days is also accepted).
STANDARD_TERMS: tuple[PaymentTerms, ...] = (PaymentTerms(0), PaymentTerms(30),
                                            PaymentTerms(45, end_of_month=True), PaymentTerms(60))

_NUMBER_CHARS = re.compile(r"^[A-Za-z0-9+\-_/]*$")


@dataclass(frozen=True, slots=True)
class NumberingRule:
    """How a series writes its numbers: a prefix, then the sequence padded to ``width``.

    A business coming from another tool sets its prefix and the next number so its
    own sequence continues without a gap.
    """

    prefix: str = ""
    width: int = 0

    def __post_init__(self) -> None:
        if not _NUMBER_CHARS.match(self.prefix) or len(self.prefix) > 20:
            raise DomainError("Le préfixe de numérotation ne peut contenir que des lettres, des "
                              "chiffres et + - _ / (20 caractères au plus), comme l'exige la "
                              "facture électronique.")
        if not 0 <= self.width <= 12:
            raise DomainError("La largeur du numéro doit être comprise entre 0 et 12 chiffres.")

    def format(self, sequence: int) -> str:
        """``NumberingRule("F2026-", 4).format(7)`` → ``"F2026-0007"``."""
        if sequence < 1:
            raise DomainError("Un numéro de facture commence à 1.")
        return f"{self.prefix}{sequence:0{self.width}d}"


def payment_status(*, state: DocumentState, ttc: Decimal, paid: Iterable[Decimal], due_on: date | None,
                   today: date) -> PaymentStatus:
    """The status a user sees in the invoice list."""
    if state is DocumentState.DRAFT:
        return PaymentStatus.DRAFT
    received = sum(paid, ZERO)
    if received >= ttc:
        return PaymentStatus.PAID
    if due_on is not None and today > due_on:
        return PaymentStatus.OVERDUE
    return PaymentStatus.PARTLY_PAID if received > 0 else PaymentStatus.UNPAID
