"""The tables of a crmdesk database, as SQLAlchemy 2 typed models.

Rows of these classes never leave the unit of work that loaded them: services
turn them into frozen values before returning (see docs/architecture.md).
Money columns are integer cents (:mod:`crmdesk.storage.types`).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (Boolean, CheckConstraint, Date, DateTime, ForeignKey, Index, Integer, LargeBinary, MetaData,
                        String, Text, UniqueConstraint, event, text)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from crmdesk.domain.text import search_text

from crmdesk.storage.types import Money, Quantity, Rate, Scaled

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Company(Base):
    """The seller: the identity printed on every invoice (a single row, id 1)."""

    __tablename__ = "company"

    id: Mapped[int] = mapped_column(primary_key=True)
    legal_name: Mapped[str] = mapped_column(String(200), default="")
    legal_form: Mapped[str] = mapped_column(String(40), default="")
    share_capital: Mapped[Decimal | None] = mapped_column(Money())
    street: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(60), default="France")
    siren: Mapped[str] = mapped_column(String(9), default="")
    siret: Mapped[str] = mapped_column(String(14), default="")
    rcs_city: Mapped[str] = mapped_column(String(100), default="")
    vat_number: Mapped[str] = mapped_column(String(20), default="")
    contact_name: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    website: Mapped[str] = mapped_column(String(200), default="")
    bank_name: Mapped[str] = mapped_column(String(120), default="")
    bank_code: Mapped[str] = mapped_column(String(20), default="")
    account_number: Mapped[str] = mapped_column(String(40), default="")
    iban: Mapped[str] = mapped_column(String(34), default="")
    bic: Mapped[str] = mapped_column(String(11), default="")
    default_terms_days: Mapped[int] = mapped_column(Integer, default=30)
    default_terms_end_of_month: Mapped[bool] = mapped_column(Boolean, default=False)
    late_penalty_rate: Mapped[Decimal | None] = mapped_column(Scaled(4))
    early_payment_discount: Mapped[str] = mapped_column(Text, default="")
    after_sales_text: Mapped[str] = mapped_column(Text, default="")
    vat_on_debits: Mapped[bool] = mapped_column(Boolean, default=False)
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)


class NumberSeries(Base):
    """Where the next number of a kind of document comes from.

    Continuity is per (kind, prefix): a business may start a new prefix each year.
    """

    __tablename__ = "number_series"

    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    prefix: Mapped[str] = mapped_column(String(20), default="")
    width: Mapped[int] = mapped_column(Integer, default=0)
    next_number: Mapped[int] = mapped_column(Integer, default=1)


class Client(Base):
    """A company or an individual we sell to."""

    __tablename__ = "clients"
    __table_args__ = (Index("ix_clients_name_nocase", text("name COLLATE NOCASE")),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    kind: Mapped[str] = mapped_column(String(12), default="company")
    name: Mapped[str] = mapped_column(String(200), index=True)
    legal_form: Mapped[str] = mapped_column(String(40), default="")
    siren: Mapped[str] = mapped_column(String(9), default="", index=True)
    siret: Mapped[str] = mapped_column(String(14), default="")
    vat_number: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    billing_street: Mapped[str] = mapped_column(String(200), default="")
    billing_postcode: Mapped[str] = mapped_column(String(20), default="")
    billing_city: Mapped[str] = mapped_column(String(100), default="", index=True)
    billing_country: Mapped[str] = mapped_column(String(60), default="France")
    delivery_street: Mapped[str] = mapped_column(String(200), default="")
    delivery_postcode: Mapped[str] = mapped_column(String(20), default="")
    delivery_city: Mapped[str] = mapped_column(String(100), default="")
    delivery_country: Mapped[str] = mapped_column(String(60), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    search_text: Mapped[str] = mapped_column(Text, default="", server_default="")
    anonymised_at: Mapped[datetime | None] = mapped_column(DateTime)

    contacts: Mapped[list[Contact]] = relationship(
        back_populates="client", cascade="all, delete-orphan", order_by="Contact.position")


class Contact(Base):
    """A person at a client: name, role, phone, email."""

    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(80), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")

    client: Mapped[Client] = relationship(back_populates="contacts")


class Appointment(Base):
    """A rendez-vous with a client: planned, then recorded with its outcome (or cancelled)."""

    __tablename__ = "appointments"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    starts_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    duration_min: Mapped[int] = mapped_column(Integer, default=60)
    place: Mapped[str] = mapped_column(String(200), default="")
    subject: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(12), default="planned")
    outcome: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Interaction(Base):
    """One dated entry of a client's journal: a call, a visit, a mail, a note."""

    __tablename__ = "interactions"
    __table_args__ = (Index("ix_interactions_client_occurred", "client_id", "occurred_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    occurred_at: Mapped[datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(20))
    summary: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Product(Base):
    """A catalogue entry: what the editor proposes when a description is typed."""

    __tablename__ = "products"

    id: Mapped[int] = mapped_column(primary_key=True)
    description: Mapped[str] = mapped_column(String(300))
    unit: Mapped[str] = mapped_column(String(30), default="")
    unit_price: Mapped[Decimal] = mapped_column(Quantity())
    vat_rate: Mapped[Decimal] = mapped_column(Rate())
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class Invoice(Base):
    """An invoice or a credit note; once ``state == 'issued'`` the row and its lines are frozen.

    The snapshot columns hold, as JSON, the seller and buyer identities as printed,
    so a later change of address never alters a past invoice. The total columns
    hold what was computed at issue; ``crmdesk check`` recomputes them.
    """

    __tablename__ = "invoices"
    __table_args__ = (
        UniqueConstraint("kind", "number", name="uq_invoices_kind_number"),
        UniqueConstraint("kind", "prefix", "sequence", name="uq_invoices_kind_prefix_sequence"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), default="invoice")
    state: Mapped[str] = mapped_column(String(10), default="draft", index=True)
    prefix: Mapped[str | None] = mapped_column(String(20))
    sequence: Mapped[int | None] = mapped_column(Integer)
    number: Mapped[str | None] = mapped_column(String(35))
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("invoices.id"))
    issue_date: Mapped[date] = mapped_column(Date)
    sale_date: Mapped[date | None] = mapped_column(Date)
    due_date: Mapped[date | None] = mapped_column(Date)
    terms_days: Mapped[int] = mapped_column(Integer, default=30)
    terms_end_of_month: Mapped[bool] = mapped_column(Boolean, default=False)
    discount_pct: Mapped[Decimal] = mapped_column(Scaled(4), default=Decimal(0))
    issued_by: Mapped[str] = mapped_column(String(120), default="")
    client_contact: Mapped[str] = mapped_column(String(120), default="")
    reference: Mapped[str] = mapped_column(String(80), default="")
    additional_info: Mapped[str] = mapped_column(Text, default="")
    seller_snapshot: Mapped[str | None] = mapped_column(Text)
    buyer_snapshot: Mapped[str | None] = mapped_column(Text)
    total_ht: Mapped[Decimal | None] = mapped_column(Money())
    discount: Mapped[Decimal | None] = mapped_column(Money())
    net: Mapped[Decimal | None] = mapped_column(Money())
    vat_total: Mapped[Decimal | None] = mapped_column(Money())
    ttc: Mapped[Decimal | None] = mapped_column(Money())
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    issued_at: Mapped[datetime | None] = mapped_column(DateTime)
    # Tamper evidence (domain/seal.py, docs/integrity.md): written with state = 'issued'.
    seal_version: Mapped[int | None] = mapped_column(Integer)
    seal_previous: Mapped[str | None] = mapped_column(String(64))
    seal: Mapped[str | None] = mapped_column(String(64))

    client: Mapped[Client] = relationship()
    lines: Mapped[list[InvoiceLine]] = relationship(
        back_populates="invoice", cascade="all, delete-orphan", order_by="InvoiceLine.position")
    payments: Mapped[list[Payment]] = relationship(
        back_populates="invoice", order_by="Payment.paid_on")


class InvoiceLine(Base):
    """One line as printed: it carries its own description, unit and price (no catalogue link)."""

    __tablename__ = "invoice_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text)
    quantity: Mapped[Decimal] = mapped_column(Quantity())
    unit: Mapped[str] = mapped_column(String(30), default="")
    unit_price: Mapped[Decimal] = mapped_column(Quantity())
    vat_rate: Mapped[Decimal] = mapped_column(Rate())

    invoice: Mapped[Invoice] = relationship(back_populates="lines")


class Payment(Base):
    """Money received against an issued invoice."""

    __tablename__ = "payments"

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id"), index=True)
    paid_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money())
    method: Mapped[str] = mapped_column(String(20), default="virement")
    reference: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)

    invoice: Mapped[Invoice] = relationship(back_populates="payments")


@event.listens_for(Client, "before_insert")
@event.listens_for(Client, "before_update")
def _fill_search_text(_mapper: object, _conn: object, client: Client) -> None:
    """Whatever path writes a client (form, CSV, import), its search text follows."""
    client.search_text = search_text(client.number, client.name, client.billing_city,
                                     client.billing_postcode, client.email, client.phone,
                                     client.siren, client.siret)


class Claim(Base):
    """A claim or dispute (réclamation, litige), walked through the four steps of the seed.

    ``analysis`` and ``gesture_details`` hold JSON objects and ``departments`` a JSON
    list (keys in :mod:`crmdesk.domain.claims`); ``step`` is the furthest step saved.
    """

    __tablename__ = "claims"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoices.id"), index=True)
    type: Mapped[str] = mapped_column(String(30))
    status: Mapped[str] = mapped_column(String(12), index=True)
    step: Mapped[int] = mapped_column(Integer, default=1)
    opened_at: Mapped[datetime] = mapped_column(DateTime)
    client_words: Mapped[str] = mapped_column(Text, default="")
    reformulation: Mapped[str] = mapped_column(Text, default="")
    founded: Mapped[bool | None] = mapped_column(Boolean)
    analysis: Mapped[str] = mapped_column(Text, default="{}")
    departments: Mapped[str] = mapped_column(Text, default="[]")
    explanation: Mapped[str] = mapped_column(Text, default="")
    gesture: Mapped[str | None] = mapped_column(String(30))
    gesture_details: Mapped[str] = mapped_column(Text, default="{}")
    credit_note_id: Mapped[int | None] = mapped_column(ForeignKey("invoices.id"))
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    events: Mapped[list[ClaimEvent]] = relationship(
        back_populates="claim", cascade="all, delete-orphan", order_by="ClaimEvent.id")


class ClaimEvent(Base):
    """One line of a claim's history: who did what, when."""

    __tablename__ = "claim_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    who: Mapped[str] = mapped_column(String(120), default="")
    what: Mapped[str] = mapped_column(Text)

    claim: Mapped[Claim] = relationship(back_populates="events")


class Reward(Base):
    """A discount (percent) or a voucher (amount or percent) the client may use on a next invoice.

    Given as a claim's commercial gesture (``source == 'reclamation'``) or for loyalty;
    the invoice editor offers the unused, unexpired ones and records where one was used.
    """

    __tablename__ = "rewards"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    percent: Mapped[Decimal | None] = mapped_column(Scaled(4))
    amount: Mapped[Decimal | None] = mapped_column(Money())
    expires_on: Mapped[date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(20))
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("claims.id"), index=True)
    used_invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoices.id"))
    used_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(Text, default="")


class Mailing(Base):
    """A message prepared for a segment: one .eml per client and a CSV, sent later from any mailer."""

    __tablename__ = "mailings"

    id: Mapped[int] = mapped_column(primary_key=True)
    segment: Mapped[str] = mapped_column(String(80), default="")
    subject: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text, default="")
    recipients: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class LoyaltyAction(Base):
    """One dated loyalty action for one client, under one of the seed's four objectives.

    ``objective`` is connaitre, informer, recompenser or impliquer; ``status`` planned,
    done or cancelled; actions planned together for a segment share a ``batch``.
    """

    __tablename__ = "loyalty_actions"
    __table_args__ = (Index("ix_loyalty_actions_status_due", "status", "due_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    objective: Mapped[str] = mapped_column(String(12))
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(200), default="")
    details: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), default="planned")
    due_on: Mapped[date | None] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)
    value: Mapped[Decimal | None] = mapped_column(Money())
    segment: Mapped[str] = mapped_column(String(80), default="")
    batch: Mapped[str] = mapped_column(String(40), default="")
    mailing_id: Mapped[int | None] = mapped_column(ForeignKey("mailings.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Survey(Base):
    """A satisfaction survey answer: a score from 0 to 10 and a comment (for the NPS)."""

    __tablename__ = "surveys"
    __table_args__ = (CheckConstraint("score BETWEEN 0 AND 10", name="score_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    answered_on: Mapped[date] = mapped_column(Date, index=True)
    score: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Referral(Base):
    """A client brought by another (parrainage), and the reward given to the sponsor."""

    __tablename__ = "referrals"
    __table_args__ = (CheckConstraint("sponsor_id <> referred_id", name="not_self"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    sponsor_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    referred_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), unique=True)
    referred_on: Mapped[date] = mapped_column(Date)
    reward_id: Mapped[int | None] = mapped_column(ForeignKey("rewards.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
