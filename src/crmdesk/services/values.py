"""Frozen values that services hand to the window and the commands (read models)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from crmdesk.domain.invoice import DocumentKind, DocumentState, PaymentStatus
from crmdesk.domain.parties import Buyer, Seller
from crmdesk.domain.totals import Line, Totals


@dataclass(frozen=True, slots=True)
class ContactValue:
    name: str
    role: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True, slots=True)
class ClientInput:
    """What a user types to create or edit a client (validated by the service)."""

    name: str
    kind: str = "company"
    number: str = ""  # empty: the next free number is given
    legal_form: str = ""
    siren: str = ""
    siret: str = ""
    vat_number: str = ""
    email: str = ""
    phone: str = ""
    billing_street: str = ""
    billing_postcode: str = ""
    billing_city: str = ""
    billing_country: str = "France"
    delivery_street: str = ""
    delivery_postcode: str = ""
    delivery_city: str = ""
    delivery_country: str = ""
    notes: str = ""
    contacts: tuple[ContactValue, ...] = ()


@dataclass(frozen=True, slots=True)
class ClientValue:
    id: int
    data: ClientInput
    archived: bool

    @property
    def number(self) -> str:
        return self.data.number

    @property
    def name(self) -> str:
        return self.data.name


@dataclass(frozen=True, slots=True)
class ProductValue:
    id: int
    description: str
    unit: str
    unit_price: Decimal
    vat_rate: Decimal


@dataclass(frozen=True, slots=True)
class DraftInput:
    """An invoice as typed in the editor; drafts are saved as they are."""

    client_id: int
    issue_date: date
    lines: tuple[Line, ...] = ()
    sale_date: date | None = None
    due_date: date | None = None
    terms_days: int = 30
    terms_end_of_month: bool = False
    discount_pct: Decimal = Decimal(0)
    issued_by: str = ""
    client_contact: str = ""
    reference: str = ""
    additional_info: str = ""


@dataclass(frozen=True, slots=True)
class PaymentValue:
    id: int
    paid_on: date
    amount: Decimal
    method: str
    reference: str = ""


@dataclass(frozen=True, slots=True)
class InvoiceView:
    """Everything about one document, as shown in the editor or printed."""

    id: int
    kind: DocumentKind
    state: DocumentState
    number: str | None
    draft: DraftInput
    seller: Seller
    buyer: Buyer
    client_number: str
    totals: Totals
    payments: tuple[PaymentValue, ...] = field(default=())
    status: PaymentStatus = PaymentStatus.DRAFT
    credited: Decimal = Decimal("0.00")  # what issued credit notes cover (positive)

    @property
    def paid(self) -> Decimal:
        return sum((p.amount for p in self.payments), Decimal("0.00"))

    @property
    def amount_due(self) -> Decimal:
        """TTC − payments − credit notes (nothing is due on a credit note itself)."""
        if self.kind is DocumentKind.CREDIT_NOTE:
            return Decimal("0.00")
        return self.totals.amount_due([*(p.amount for p in self.payments), self.credited])


@dataclass(frozen=True, slots=True)
class InvoiceRow:
    """One line of the invoice list (``crmdesk invoice list``, the Factures tab)."""

    id: int
    kind: DocumentKind
    number: str | None
    client_number: str
    client_name: str
    issue_date: date
    due_date: date | None
    status: PaymentStatus
    total_ht: Decimal
    discount: Decimal
    net: Decimal
    vat_total: Decimal
    ttc: Decimal
    paid: Decimal
    amount_due: Decimal
