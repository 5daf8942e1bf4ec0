"""Drafting, issuing and paying invoices.

A draft is stored as typed and may change or be deleted. :func:`issue_invoice`
gives it the next number of its series inside one ``BEGIN IMMEDIATE`` transaction,
freezes the seller and buyer identities and the computed totals, seals it after the
previous document of its series (docs/integrity.md), and from then on
the service refuses any change (and the database triggers refuse raw SQL too).
A credit note (``services/credit_notes.py``) is issued the same way, after the check
that it never credits more than what remains of its invoice (``domain/credit.py``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, contains_eager, selectinload

from crmdesk.domain.credit import (CREDIT_NOTE_NUMBERING, Credit, CreditState, check_credit,
                                   credit_state)
from crmdesk.domain.errors import DomainError
from crmdesk.domain.invoice import (PAYMENT_METHODS, DocumentKind, DocumentState, NumberingRule,
                                    PaymentStatus, payment_status)
from crmdesk.domain.mentions import MissingMention, missing_mentions
from crmdesk.domain.money import ZERO, parse_decimal
from crmdesk.domain.parties import Buyer, Seller
from crmdesk.domain.text import fold
from crmdesk.domain.totals import Line, Totals, compute_totals
from crmdesk.services.chain import seal_in_session
from crmdesk.services.company import load_seller
from crmdesk.services.values import DraftInput, InvoiceRow, InvoiceView, PaymentValue
from crmdesk.storage.db import Database
from crmdesk.storage.models import Client, Invoice, InvoiceLine, NumberSeries, Payment
from crmdesk.storage.queries import contains, money_sum


class MissingMentionsError(DomainError):
    """Issuing was refused: mandatory mentions are missing (listed in ``missing``)."""

    def __init__(self, missing: list[MissingMention]) -> None:
        self.missing = missing
        listed = "\n".join(f"- {m.label} : {m.rule}" for m in missing)
        super().__init__(f"La facture ne peut pas être émise, il manque :\n{listed}")


def buyer_of(client: Client) -> Buyer:
    """The buyer identity of a client as it would be printed today."""
    return Buyer(number=client.number, kind=client.kind, name=client.name,
                 legal_form=client.legal_form, siren=client.siren, vat_number=client.vat_number,
                 street=client.billing_street, postcode=client.billing_postcode,
                 city=client.billing_city, country=client.billing_country,
                 delivery_street=client.delivery_street, delivery_postcode=client.delivery_postcode,
                 delivery_city=client.delivery_city, delivery_country=client.delivery_country)


def lines_of(row: Invoice) -> tuple[Line, ...]:
    return tuple(Line(x.description, x.quantity, x.unit, x.unit_price, x.vat_rate) for x in row.lines)


def draft_of(row: Invoice) -> DraftInput:
    return DraftInput(client_id=row.client_id, issue_date=row.issue_date, lines=lines_of(row),
                      sale_date=row.sale_date, due_date=row.due_date, terms_days=row.terms_days,
                      terms_end_of_month=row.terms_end_of_month, discount_pct=row.discount_pct,
                      issued_by=row.issued_by, client_contact=row.client_contact,
                      reference=row.reference, additional_info=row.additional_info)


def credit_of(row: Invoice) -> Credit:
    """A credit note as the domain checks it (its lines, totals and number)."""
    return Credit.of(row.number or "(brouillon)", lines_of(row), row.discount_pct)


def issued_credit_notes(session: Session, invoice_ids: Iterable[int]) -> dict[int, list[Invoice]]:
    """The issued credit notes of each invoice (key: the corrected invoice), in issue order."""
    wanted = set(invoice_ids)
    query = select(Invoice).where(Invoice.kind == DocumentKind.CREDIT_NOTE.value,
                                  Invoice.state == DocumentState.ISSUED.value)
    if len(wanted) <= 900:  # else one pass over every credit note (they are few) is cheaper
        query = query.where(Invoice.corrects_id.in_(sorted(wanted)))
    found: dict[int, list[Invoice]] = {}
    for note in session.scalars(query.options(selectinload(Invoice.lines))
                                .order_by(Invoice.issued_at, Invoice.id)):
        if note.corrects_id in wanted:
            found.setdefault(note.corrects_id, []).append(note)
    return found


def credit_states(session: Session, invoice_ids: Iterable[int]) -> dict[int, CreditState]:
    """How much of each invoice its issued credit notes cover (only invoices that have some)."""
    notes = issued_credit_notes(session, invoice_ids)
    ids = list(notes)
    states: dict[int, CreditState] = {}
    for chunk in range(0, len(ids), 900):
        for row in session.scalars(select(Invoice).where(Invoice.id.in_(ids[chunk:chunk + 900]))
                                   .options(selectinload(Invoice.lines))):
            lines = lines_of(row)
            states[row.id] = credit_state(lines, compute_totals(lines, row.discount_pct),
                                          [credit_of(note) for note in notes[row.id]])
    return states


def _write_draft(session: Session, row: Invoice, draft: DraftInput,
                 now: datetime | None = None) -> None:
    if session.get(Client, draft.client_id) is None:
        raise DomainError("Le client de cette facture n'existe pas.")
    compute_totals(draft.lines, draft.discount_pct)  # refuses an impossible discount
    for name in ("client_id", "issue_date", "sale_date", "due_date", "terms_days",
                 "terms_end_of_month", "discount_pct", "issued_by", "client_contact", "reference",
                 "additional_info"):
        setattr(row, name, getattr(draft, name))
    row.lines = [InvoiceLine(position=i, description=line.description, quantity=line.quantity,
                             unit=line.unit, unit_price=line.unit_price, vat_rate=line.vat_rate)
                 for i, line in enumerate(draft.lines)]
    row.updated_at = now or datetime.now()


def _draft_row(session: Session, invoice_id: int) -> Invoice:
    row = session.get(Invoice, invoice_id)
    if row is None:
        raise DomainError("Cette facture n'existe plus.")
    if row.state != DocumentState.DRAFT:
        raise DomainError(f"La facture n° {row.number} est émise : elle ne peut plus être modifiée "
                          "ni supprimée. Une erreur se corrige par un avoir.")
    return row


def create_draft(db: Database, draft: DraftInput,
                 kind: DocumentKind = DocumentKind.INVOICE) -> int:
    """Store a new draft (no number yet) and return its id."""
    with db.write() as session:
        return draft_in_session(session, draft, kind).id


def draft_in_session(session: Session, draft: DraftInput,
                     kind: DocumentKind = DocumentKind.INVOICE, now: datetime | None = None) -> Invoice:
    """Create a draft inside an open write unit of work (``now``: the creation time)."""
    now = now or datetime.now()
    row = Invoice(kind=kind.value, state=DocumentState.DRAFT.value, created_at=now)
    _write_draft(session, row, draft, now)
    session.add(row)
    session.flush()
    return row


def update_draft(db: Database, invoice_id: int, draft: DraftInput) -> None:
    """Replace a draft's content (the editor saves as the user types)."""
    with db.write() as session:
        _write_draft(session, _draft_row(session, invoice_id), draft)


def delete_draft(db: Database, invoice_id: int) -> None:
    """Delete a draft; an issued invoice can never be deleted."""
    from crmdesk.services.rewards import release_in_session  # rewards imports this module

    with db.write() as session:
        row = _draft_row(session, invoice_id)
        release_in_session(session, row.id)  # a reward it held is offered again
        session.delete(row)


def issue_invoice(db: Database, invoice_id: int) -> str:
    """Give a draft its number and freeze it; returns the number.

    The whole operation is one ``BEGIN IMMEDIATE`` transaction: a refusal or a crash
    leaves the draft as it was and the number unused.

    Raises:
        MissingMentionsError: a mandatory mention is missing.
        DomainError: the draft is dated before the last issued document of its series.
    """
    with db.write() as session:
        return issue_in_session(session, _draft_row(session, invoice_id))


def issue_in_session(session: Session, row: Invoice, now: datetime | None = None) -> str:
    """Issue ``row`` inside an open write unit of work (see :func:`issue_invoice`)."""
    if row.state != DocumentState.DRAFT:
        raise DomainError(f"Le document n° {row.number} est déjà émis.")
    kind = DocumentKind(row.kind)
    lines = lines_of(row)
    totals = compute_totals(lines, row.discount_pct)
    seller = load_seller(session)
    buyer = buyer_of(row.client)
    missing = missing_mentions(seller, buyer, lines, due_date=row.due_date,
                               total_ht=abs(totals.total_ht))
    if missing:
        raise MissingMentionsError(missing)
    if kind is DocumentKind.CREDIT_NOTE:
        check_credit_note(session, row, lines)
    series = session.scalar(select(NumberSeries).where(NumberSeries.kind == kind.value)
                            .with_for_update())
    if series is None:
        rule = CREDIT_NOTE_NUMBERING if kind is DocumentKind.CREDIT_NOTE else NumberingRule()
        series = NumberSeries(kind=kind.value, prefix=rule.prefix, width=rule.width, next_number=1)
        session.add(series)
    last = session.execute(
        select(Invoice.number, Invoice.issue_date)
        .where(Invoice.kind == kind.value, Invoice.state == DocumentState.ISSUED.value)
        .order_by(Invoice.issue_date.desc()).limit(1)).first()
    if last is not None and row.issue_date < last.issue_date:
        raise DomainError(f"La date {row.issue_date:%d/%m/%Y} est antérieure à celle du dernier "
                          f"document émis (n° {last.number} du {last.issue_date:%d/%m/%Y}) : "
                          "la numérotation doit rester chronologique.")
    sequence = series.next_number
    number = NumberingRule(series.prefix, series.width).format(sequence)
    series.next_number = sequence + 1
    row.prefix, row.sequence, row.number = series.prefix, sequence, number
    row.seller_snapshot = json.dumps(seller.to_json(), ensure_ascii=False, sort_keys=True)
    row.buyer_snapshot = json.dumps(buyer.to_json(), ensure_ascii=False, sort_keys=True)
    row.total_ht, row.discount, row.net = totals.total_ht, totals.discount, totals.net
    row.vat_total, row.ttc = totals.vat_total, totals.ttc
    row.issued_at = row.updated_at = now or datetime.now()
    from crmdesk.services.rewards import confirm_in_session  # rewards imports this module

    confirm_in_session(session, row, row.issued_at)  # the reward it holds is used, once
    seal_in_session(session, row)  # under the write lock: the chain stays one line
    row.state = DocumentState.ISSUED.value
    session.flush()
    return number


def check_credit_note(session: Session, row: Invoice, lines: tuple[Line, ...]) -> None:
    """A credit note corrects an issued invoice of its client, is not dated before it, and
    never credits more than what remains of it (checked inside the issuing transaction)."""
    original = session.get(Invoice, row.corrects_id) if row.corrects_id is not None else None
    if (original is None or original.kind != DocumentKind.INVOICE
            or original.state != DocumentState.ISSUED):
        raise DomainError("Un avoir corrige une facture émise : la facture de cet avoir est "
                          "introuvable ou n'est pas émise.")
    if original.client_id != row.client_id:
        raise DomainError(f"Un avoir s'adresse au client de la facture n° {original.number}.")
    if row.issue_date < original.issue_date:
        raise DomainError(f"Un avoir ne peut pas être daté du {row.issue_date:%d/%m/%Y}, avant la "
                          f"facture n° {original.number} qu'il corrige "
                          f"({original.issue_date:%d/%m/%Y}).")
    invoice_lines = lines_of(original)
    previous = issued_credit_notes(session, [original.id]).get(original.id, [])
    check_credit(original.number or "", invoice_lines,
                 compute_totals(invoice_lines, original.discount_pct),
                 [credit_of(note) for note in previous], Credit.of("", lines, row.discount_pct))


def record_payment(db: Database, invoice_id: int, paid_on: date, amount: object,
                   method: str = "virement", reference: str = "") -> int:
    """Record money received on an issued invoice; refuses more than what is due."""
    value = parse_decimal(amount, field="montant du paiement", places=2)
    if value <= 0:
        raise DomainError("Le montant d'un paiement doit être positif.")
    if method not in PAYMENT_METHODS:
        raise DomainError(f"Mode de paiement inconnu : {method}.")
    with db.write() as session:
        return pay_in_session(session, invoice_id, paid_on, value, method, reference)


def pay_in_session(session: Session, invoice_id: int, paid_on: date, value: Decimal, method: str,
                   reference: str = "", now: datetime | None = None) -> int:
    """Record a payment inside an open write unit of work (see :func:`record_payment`)."""
    row = session.get(Invoice, invoice_id)
    if (row is None or row.state != DocumentState.ISSUED or row.ttc is None
            or row.kind != DocumentKind.INVOICE):
        raise DomainError("Un paiement s'enregistre sur une facture émise.")
    paid = session.scalar(select(money_sum(Payment.amount)).where(Payment.invoice_id == invoice_id))
    credit = credit_states(session, [invoice_id]).get(invoice_id)
    due = row.ttc - (paid or ZERO) - (credit.covered if credit else ZERO)
    if value > due:
        raise DomainError(f"Le paiement ({value} €) dépasse le reste à payer ({due} €).")
    payment = Payment(invoice_id=invoice_id, paid_on=paid_on, amount=value, method=method,
                      reference=reference.strip(), created_at=now or datetime.now())
    session.add(payment)
    session.flush()
    return payment.id


def _status(row: Invoice, ttc: Decimal, paid: Decimal, credit: CreditState | None,
            today: date) -> PaymentStatus:
    """The payment status, credit notes counted: an issued credit note is "avoir"; an invoice
    its credit notes cover entirely is "annulée par avoir" (even if it was paid: what was
    paid is then owed back to the client); otherwise they lower what is due."""
    if row.state == DocumentState.ISSUED and row.kind == DocumentKind.CREDIT_NOTE:
        return PaymentStatus.CREDIT
    if row.state == DocumentState.ISSUED and credit is not None and credit.cancelled:
        return PaymentStatus.CANCELLED
    covered = credit.covered if credit is not None else ZERO
    return payment_status(state=DocumentState(row.state), ttc=ttc - covered, paid=[paid],
                          due_on=row.due_date, today=today)


def _view(row: Invoice, today: date, current_seller: Seller,
          credit: CreditState | None = None) -> InvoiceView:
    draft = draft_of(row)
    totals = compute_totals(draft.lines, draft.discount_pct)
    state = DocumentState(row.state)
    if state is DocumentState.ISSUED and row.seller_snapshot and row.buyer_snapshot:
        seller = Seller.from_json(json.loads(row.seller_snapshot))
        buyer = Buyer.from_json(json.loads(row.buyer_snapshot))
    else:
        seller, buyer = current_seller, buyer_of(row.client)
    payments = tuple(PaymentValue(p.id, p.paid_on, p.amount, p.method, p.reference)
                     for p in row.payments)
    status = _status(row, totals.ttc, paid_amounts(payments), credit, today)
    return InvoiceView(id=row.id, kind=DocumentKind(row.kind), state=state, number=row.number,
                       draft=draft, seller=seller, buyer=buyer, client_number=row.client.number,
                       totals=totals, payments=payments, status=status,
                       credited=credit.covered if credit is not None else Decimal("0.00"))


def get_invoice(db: Database, invoice_id: int, today: date | None = None) -> InvoiceView:
    """One document with its lines, totals, payments and status."""
    with db.read() as session:
        row = session.get(Invoice, invoice_id)
        if row is None:
            raise DomainError("Cette facture n'existe plus.")
        return _view(row, today or date.today(), load_seller(session),
                     credit_states(session, [row.id]).get(row.id))


def find_invoice(db: Database, number: str, kind: DocumentKind = DocumentKind.INVOICE) -> int | None:
    """The id of the issued document with this number."""
    with db.read() as session:
        return session.scalar(select(Invoice.id).where(Invoice.kind == kind.value,
                                                       Invoice.number == number))


def list_invoices(db: Database, today: date | None = None, client_id: int | None = None, *,
                  client_search: str = "", period: tuple[date, date] | None = None,
                  statuses: frozenset[PaymentStatus] | None = None) -> list[InvoiceRow]:
    """Documents with amounts and status: issued ones by number, then drafts.

    Issued documents show the totals frozen at issue (``crmdesk check`` proves they
    equal the recomputed ones); drafts are computed from their lines. Filters: one
    client, a folded search on the client, an issue-date period, a set of statuses.
    """
    today = today or date.today()
    with db.read() as session:
        query = (select(Invoice).join(Invoice.client).options(contains_eager(Invoice.client))
                 .order_by(Invoice.state.desc(), Invoice.kind, Invoice.issue_date, Invoice.sequence,
                           Invoice.id))
        if client_id is not None:
            query = query.where(Invoice.client_id == client_id)
        for term in fold(client_search).split():
            query = query.where(contains(Client.search_text, term))
        if period is not None:
            query = query.where(Invoice.issue_date.between(*period))
        rows = session.scalars(query).all()
        ids = [row.id for row in rows]
        paid_by_invoice: dict[int, Decimal] = {}
        drafts: dict[int, Totals] = {}
        for chunk in range(0, len(ids), 900):
            part = ids[chunk:chunk + 900]
            paid_by_invoice.update({invoice_id: paid for invoice_id, paid in session.execute(
                select(Payment.invoice_id, money_sum(Payment.amount))
                .where(Payment.invoice_id.in_(part)).group_by(Payment.invoice_id))})
        for row in session.scalars(select(Invoice).where(Invoice.id.in_(
                [r.id for r in rows if r.state == DocumentState.DRAFT]))
                .options(selectinload(Invoice.lines))):
            drafts[row.id] = compute_totals(lines_of(row), row.discount_pct)
        credits = credit_states(session, [r.id for r in rows if r.kind == DocumentKind.INVOICE
                                          and r.state == DocumentState.ISSUED])
        out = []
        for row in rows:
            paid = paid_by_invoice.get(row.id, ZERO)
            state = DocumentState(row.state)
            if state is DocumentState.DRAFT or row.ttc is None:
                t = drafts.get(row.id) or compute_totals(lines_of(row), row.discount_pct)
                amounts = (t.total_ht, t.discount, t.net, t.vat_total, t.ttc)
            else:
                amounts = (row.total_ht or ZERO, row.discount or ZERO, row.net or ZERO,
                           row.vat_total or ZERO, row.ttc)
            credit = credits.get(row.id)
            status = _status(row, amounts[4], paid, credit, today)
            if statuses is not None and status not in statuses:
                continue
            # An invoice's credit notes lower what it still owes; a credit note owes nothing itself.
            due = ZERO if row.kind == DocumentKind.CREDIT_NOTE else \
                amounts[4] - paid - (credit.covered if credit is not None else ZERO)
            out.append(InvoiceRow(
                id=row.id, kind=DocumentKind(row.kind), number=row.number,
                client_number=row.client.number, client_name=row.client.name,
                issue_date=row.issue_date, due_date=row.due_date, status=status,
                total_ht=amounts[0], discount=amounts[1], net=amounts[2], vat_total=amounts[3],
                ttc=amounts[4], paid=paid, amount_due=due))
        return out


def buyer_for_client(db: Database, client_id: int) -> Buyer:
    """The buyer identity a new invoice for this client would print."""
    with db.read() as session:
        client = session.get(Client, client_id)
        if client is None:
            raise DomainError("Ce client n'existe plus.")
        return buyer_of(client)


def draft_mentions(db: Database, draft: DraftInput) -> list[MissingMention]:
    """What is still missing before this draft may be issued (for the mentions panel)."""
    with db.read() as session:
        client = session.get(Client, draft.client_id)
        buyer = buyer_of(client) if client is not None else Buyer()
        totals = compute_totals(draft.lines, draft.discount_pct)
        return missing_mentions(load_seller(session), buyer, draft.lines, due_date=draft.due_date,
                                total_ht=totals.total_ht)


def client_balance(db: Database, client_id: int) -> Decimal:
    """What a client still owes: issued invoices, minus issued credit notes (their TTC is
    negative), minus payments. Refunds are not recorded (docs/credit-notes.md)."""
    with db.read() as session:
        ttc = session.scalar(select(money_sum(Invoice.ttc)).where(
            Invoice.client_id == client_id, Invoice.state == DocumentState.ISSUED.value))
        paid = session.scalar(select(money_sum(Payment.amount)).join(Invoice).where(
            Invoice.client_id == client_id))
        return (ttc or ZERO) - (paid or ZERO)


def paid_amounts(payments: Iterable[PaymentValue]) -> Decimal:
    return sum((p.amount for p in payments), ZERO)


__all__ = ["MissingMentionsError", "PaymentStatus", "client_balance", "create_draft",
           "delete_draft", "find_invoice", "get_invoice", "issue_invoice", "list_invoices",
           "record_payment", "update_draft"]
