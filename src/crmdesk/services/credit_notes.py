"""Credit notes (factures d'avoir): drafting one from an issued invoice, issuing it.

A credit note is an :class:`~crmdesk.storage.models.Invoice` row of kind
``credit_note`` whose ``corrects_id`` names the corrected invoice and whose lines
carry negative quantities (docs/credit-notes.md). It is drafted from the invoice
(the whole of it, some lines, or an amount TTC per VAT rate), then issued like an
invoice by :func:`crmdesk.services.invoices.issue_in_session`: its own continuous
series (``AV-1``, ``AV-2``… by default), frozen identities and totals, its seal in
the credit-note chain (docs/integrity.md), every mandatory mention — and, in the same ``BEGIN IMMEDIATE`` transaction, the check
that it never credits more than what remains of the invoice, so two credit notes
issued at the same moment cannot together exceed it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.domain.credit import credit_lines_for, credit_lines_for_amounts, credit_lines_for_whole
from crmdesk.domain.errors import DomainError
from crmdesk.domain.invoice import DocumentKind, DocumentState
from crmdesk.domain.money import ZERO
from crmdesk.services.invoices import (check_credit_note, credit_states, draft_in_session,
                                       issue_in_session, lines_of, list_invoices)
from crmdesk.services.values import DraftInput, InvoiceRow
from crmdesk.storage.db import Database
from crmdesk.storage.models import Invoice

__all__ = ["corrected_mention", "credit_notes_of", "credit_whole_invoice", "credited_amount",
           "draft_credit_note", "issue_credit_note"]


def corrected_mention(number: str, issued_on: date) -> str:
    """``Avoir sur la facture n° 123 du 08/01/2026``: the mention every credit note carries."""
    return f"Avoir sur la facture n° {number} du {issued_on:%d/%m/%Y}"


def _issued_invoice(session: Session, invoice_id: int) -> Invoice:
    row = session.get(Invoice, invoice_id)
    if row is None:
        raise DomainError("Cette facture n'existe plus.")
    if row.kind != DocumentKind.INVOICE:
        raise DomainError(f"L'avoir n° {row.number or '(brouillon)'} ne peut pas lui-même être "
                          "crédité : un avoir corrige une facture.")
    if row.state != DocumentState.ISSUED or row.number is None:
        raise DomainError("Seule une facture émise se corrige par un avoir : un brouillon se "
                          "modifie ou se supprime.")
    return row


def _draft_in_session(session: Session, invoice_id: int, *, whole: bool,
                      lines: Mapping[int, Decimal] | None, amounts: Mapping[Decimal, Decimal] | None,
                      issue_date: date | None, reason: str, now: datetime | None = None) -> Invoice:
    if whole + (lines is not None) + (amounts is not None) > 1:
        raise DomainError("Un avoir crédite soit toute la facture, soit des lignes, soit des "
                          "montants : choisissez un seul de ces modes.")
    original = _issued_invoice(session, invoice_id)
    assert original.number is not None
    invoice_lines = lines_of(original)
    if amounts is not None:
        credit_lines, discount_pct = credit_lines_for_amounts(amounts), ZERO
    elif lines is not None:
        credit_lines, discount_pct = credit_lines_for(invoice_lines, lines), original.discount_pct
    else:
        credit_lines, discount_pct = credit_lines_for_whole(invoice_lines), original.discount_pct
    issued_on = issue_date or date.today()
    mention = corrected_mention(original.number, original.issue_date)
    info = mention + (f"\nMotif : {reason.strip()}" if reason.strip() else "")
    draft = DraftInput(client_id=original.client_id, issue_date=issued_on, lines=credit_lines,
                       sale_date=original.sale_date, due_date=issued_on, terms_days=0,
                       discount_pct=discount_pct, issued_by=original.issued_by,
                       client_contact=original.client_contact, reference=original.reference,
                       additional_info=info)
    row = draft_in_session(session, draft, DocumentKind.CREDIT_NOTE, now)
    row.corrects_id = original.id
    session.flush()
    check_credit_note(session, row, credit_lines)  # refused now rather than at issue
    return row


def draft_credit_note(db: Database, invoice_id: int, *, whole: bool = False,
                      lines: Mapping[int, Decimal] | None = None,
                      amounts: Mapping[Decimal, Decimal] | None = None,
                      issue_date: date | None = None, reason: str = "") -> int:
    """Draft a credit note on the issued invoice ``invoice_id``; returns the draft's id.

    Choose one mode (the whole invoice when none is given):

    - ``whole=True``: every line, negated, at the invoice's discount;
    - ``lines={index: quantity}``: line ``index`` (0 = the first) for ``quantity``;
    - ``amounts={rate: ttc}``: a commercial gesture of ``ttc`` euros TTC at VAT ``rate`` %.

    ``issue_date`` defaults to today; ``reason`` (the claim, "double facturation"…) is
    written after the mention "Avoir sur la facture n° X du JJ/MM/AAAA" in the
    additional information. The draft is refused at once if it would credit more than
    what remains (and checked again at issue).

    Raises:
        DomainError: a French message (not an issued invoice, too much credited…).
    """
    with db.write() as session:
        return _draft_in_session(session, invoice_id, whole=whole, lines=lines, amounts=amounts,
                                 issue_date=issue_date, reason=reason).id


def issue_credit_note(db: Database, credit_id: int) -> str:
    """Issue a credit-note draft: the next number of the credit-note series; returns it.

    One ``BEGIN IMMEDIATE`` transaction: the remainder of the invoice is read and
    checked in it, so a credit note issued meanwhile by another user is counted.

    Raises:
        MissingMentionsError: a mandatory mention is missing.
        DomainError: not a credit-note draft, dated before the invoice or the last credit
            note, or crediting more than what remains of the invoice.
    """
    with db.write() as session:
        row = session.get(Invoice, credit_id)
        if row is None or row.kind != DocumentKind.CREDIT_NOTE:
            raise DomainError("Ce document n'est pas un avoir.")
        return issue_in_session(session, row)


def credit_whole_invoice(db: Database, invoice_id: int, reason: str = "",
                         issue_date: date | None = None) -> str:
    """Cancel an invoice by the credit note of all of it, drafted and issued in one step.

    The action for a double billing: the invoice issued twice is cancelled by the full
    credit note, in one transaction (nothing is written if it is refused). Returns the
    credit note's number.
    """
    with db.write() as session:
        row = _draft_in_session(session, invoice_id, whole=True, lines=None, amounts=None,
                                issue_date=issue_date, reason=reason)
        return issue_in_session(session, row)


def credited_amount(db: Database, invoice_id: int) -> Decimal:
    """The TTC the issued credit notes take off the invoice (positive, at most its TTC)."""
    with db.read() as session:
        state = credit_states(session, [invoice_id]).get(invoice_id)
        return state.covered if state is not None else ZERO


def credit_notes_of(db: Database, invoice_id: int) -> list[InvoiceRow]:
    """The credit notes of an invoice (issued ones in number order, then drafts)."""
    with db.read() as session:
        client_id = session.scalar(select(Invoice.client_id).where(Invoice.id == invoice_id))
        ids = set(session.scalars(select(Invoice.id).where(
            Invoice.kind == DocumentKind.CREDIT_NOTE.value, Invoice.corrects_id == invoice_id)))
    if client_id is None or not ids:
        return []
    return [row for row in list_invoices(db, client_id=client_id) if row.id in ids]
