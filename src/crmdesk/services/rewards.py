"""Using a reward (discount or voucher) on an invoice, exactly once.

A reward moves through three states, each in one unit of work:

- *available*: ``used_invoice_id`` is empty and the expiry date is not passed;
- *reserved* by a draft (:func:`reserve_reward`): ``used_invoice_id`` points to the draft.
  Another draft can no longer take it; :func:`release_reward` (the user removes it) and
  deleting the draft (:func:`release_in_session`) make it available again;
- *used* when the draft is issued (:func:`confirm_in_session`, called inside the issuing
  transaction): ``used_at`` is set and the row never changes again.

A percent reward becomes the invoice's document discount (Remise %). A voucher of an
amount becomes the document discount percent whose per-rate allowances add up to the
amount (:func:`voucher_discount_pct`): a price reduction granted at the sale lowers the
VAT base of each rate (docs/loyalty-ui.md explains why).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import false, or_, select
from sqlalchemy.orm import Session, aliased

from crmdesk.domain.errors import DomainError
from crmdesk.domain.invoice import DocumentKind, DocumentState
from crmdesk.domain.money import format_money_fr
from crmdesk.domain.totals import DISCOUNT_PLACES, Line, compute_totals
from crmdesk.services.claims import RewardValue, reward_value
from crmdesk.services.invoices import lines_of
from crmdesk.storage.db import Database
from crmdesk.storage.models import Claim, Client, Invoice, Referral, Reward

STEP = Decimal(1).scaleb(-DISCOUNT_PLACES)  # the finest discount percent (0,0001 %)
HUNDRED = Decimal(100)


@dataclass(frozen=True, slots=True)
class RewardOffers:
    """What the invoice editor shows for one draft: the reward it holds and the others."""

    applied: RewardValue | None
    available: tuple[RewardValue, ...]


class RewardStatus(StrEnum):
    """Where a reward stands on a given day (the module docstring tells the moves)."""

    AVAILABLE = "disponible"
    RESERVED = "reservee"
    USED = "utilisee"
    EXPIRED = "expiree"


def reward_status(reward: RewardValue, today: date) -> RewardStatus:
    """Used and reserved first: a reward held by an invoice keeps that state even once its
    expiry date is passed (issuing then refuses it, releasing it shows it expired)."""
    if reward.used_at is not None:
        return RewardStatus.USED
    if reward.used_invoice_id is not None:
        return RewardStatus.RESERVED
    return RewardStatus.AVAILABLE if today <= reward.expires_on else RewardStatus.EXPIRED


@dataclass(frozen=True, slots=True)
class RewardRow:
    """One reward of the Récompenser page, with what the list shows beside it: its client,
    the invoice that used or holds it (``invoice_number`` is None on a draft), the claim or
    the referral it was given for."""

    reward: RewardValue
    status: RewardStatus
    client_number: str
    client_name: str
    invoice_number: str | None
    claim_number: str | None
    referred_name: str | None


def voucher_discount_pct(lines: Sequence[Line], amount: Decimal) -> Decimal:
    """The discount percent whose allowance is ``amount`` (or the nearest below it).

    The allowance of a document discount is split per VAT rate and rounded per rate
    (DOMAIN.md §3), so ``amount / total HT`` may miss by a cent: the percents around it
    are tried, to the 0,0001 %, and the exact one nearest the ratio (else the largest
    below) wins.

    Raises:
        DomainError: no line yet, or the voucher is worth more than the invoice.
    """
    total_ht = compute_totals(lines).total_ht
    if total_ht <= 0:
        raise DomainError("Saisissez d'abord les lignes de la facture : le bon de réduction "
                          "s'applique à son total HT.")
    if amount > total_ht:
        raise DomainError(f"Le bon de réduction ({format_money_fr(amount)}) dépasse le total HT "
                          f"de la facture ({format_money_fr(total_ht)}) : il ne peut servir qu'une "
                          "fois, gardez-le pour une facture plus importante.")
    guess = (amount * HUNDRED / total_ht).quantize(STEP)
    best = Decimal(0)
    for step in sorted(range(-20, 21), key=abs):  # the nearest to the plain ratio first
        pct = guess + step * STEP
        if not 0 <= pct <= HUNDRED:
            continue
        discount = compute_totals(lines, pct).discount
        if discount == amount:
            return pct
        if discount < amount and pct > best:
            best = pct
    return best


def discount_pct_for(reward: RewardValue, lines: Sequence[Line]) -> Decimal:
    """The document discount percent that applies ``reward`` to these lines."""
    if reward.percent is not None:
        return reward.percent
    if reward.amount is None:
        raise DomainError("Cette récompense n'a ni pourcentage ni montant.")
    return voucher_discount_pct(lines, reward.amount)


def offers_for(db: Database, client_id: int, invoice_id: int | None = None,
               today: date | None = None) -> RewardOffers:
    """The reward held by draft ``invoice_id`` (even another client's, when the draft changed
    client) and the client's usable rewards, soonest expiry first."""
    today = today or date.today()
    held = Reward.used_invoice_id == invoice_id if invoice_id is not None else false()
    with db.read() as session:
        rows = session.scalars(select(Reward).where(or_(Reward.client_id == client_id, held))
                               .order_by(Reward.expires_on, Reward.id)).all()
        values = [reward_value(r) for r in rows]
    applied = next((r for r in values
                    if invoice_id is not None and r.used_invoice_id == invoice_id), None)
    return RewardOffers(applied, tuple(r for r in values
                                       if r.client_id == client_id and r.available(today)))


def reserve_reward(db: Database, reward_id: int, invoice_id: int,
                   today: date | None = None) -> RewardValue:
    """Reserve a reward for a draft of its client (one unit of work, so two drafts never
    both get it); a draft holds one reward at most."""
    today = today or date.today()
    with db.write() as session:
        reward = session.get(Reward, reward_id)
        invoice = session.get(Invoice, invoice_id)
        if reward is None:
            raise DomainError("Cette récompense n'existe plus.")
        if invoice is None or invoice.state != DocumentState.DRAFT \
                or invoice.kind != DocumentKind.INVOICE:
            raise DomainError("Une récompense s'applique à une facture en brouillon.")
        if invoice.client_id != reward.client_id:
            raise DomainError("Cette récompense appartient à un autre client.")
        if reward.used_invoice_id == invoice_id:
            return reward_value(reward)
        if reward.used_invoice_id is not None:
            raise DomainError("Cette récompense a déjà été utilisée sur une autre facture.")
        if reward.expires_on < today:
            raise DomainError(f"Cette récompense a expiré le {reward.expires_on:%d/%m/%Y}.")
        held = session.scalar(select(Reward.id).where(Reward.used_invoice_id == invoice_id))
        if held is not None:
            raise DomainError("Cette facture utilise déjà une récompense : retirez-la d'abord.")
        reward.used_invoice_id = invoice_id
        session.flush()
        return reward_value(reward)


def release_reward(db: Database, invoice_id: int) -> None:
    """Make the reward a draft holds available again (the user removed it)."""
    with db.write() as session:
        invoice = session.get(Invoice, invoice_id)
        if invoice is not None and invoice.state != DocumentState.DRAFT:
            raise DomainError("La facture est émise : sa récompense est utilisée.")
        release_in_session(session, invoice_id)


def release_in_session(session: Session, invoice_id: int) -> None:
    """Inside an open write unit of work: free the rewards held by a draft (before it is
    deleted, or when it is cleared)."""
    for reward in session.scalars(select(Reward).where(Reward.used_invoice_id == invoice_id,
                                                       Reward.used_at.is_(None))):
        reward.used_invoice_id = None


def confirm_in_session(session: Session, row: Invoice, now: datetime) -> None:
    """Inside the issuing transaction: the reward held by ``row`` becomes used, after the
    check that the invoice really carries it (same client, not expired, the discount)."""
    for reward in session.scalars(select(Reward).where(Reward.used_invoice_id == row.id,
                                                       Reward.used_at.is_(None))):
        value = reward_value(reward)
        if reward.client_id != row.client_id:
            raise DomainError("La récompense de cette facture appartient à un autre client : "
                              "retirez-la.")
        if reward.expires_on < row.issue_date:
            raise DomainError(f"{value.label} : elle a expiré avant la date de la facture.")
        if row.discount_pct != discount_pct_for(value, lines_of(row)):
            raise DomainError(f"{value.label} : la remise de la facture ne lui correspond plus. "
                              "Retirez-la ou appliquez-la de nouveau.")
        reward.used_at = now


def reward_of_invoice(db: Database, invoice_id: int) -> RewardValue | None:
    """The reward an invoice holds (reserved) or used."""
    with db.read() as session:
        row = session.scalar(select(Reward).where(Reward.used_invoice_id == invoice_id))
        return reward_value(row) if row is not None else None


def list_rewards(db: Database, today: date | None = None) -> tuple[RewardRow, ...]:
    """Every client's discounts and vouchers, newest given first, in one query."""
    today = today or date.today()
    referred = aliased(Client)
    query = (select(Reward, Client.number, Client.name, Invoice.number, Claim.number,
                    referred.name)
             .join(Client, Client.id == Reward.client_id)
             .outerjoin(Invoice, Invoice.id == Reward.used_invoice_id)
             .outerjoin(Claim, Claim.id == Reward.claim_id)
             .outerjoin(Referral, Referral.reward_id == Reward.id)
             .outerjoin(referred, referred.id == Referral.referred_id)
             .order_by(Reward.created_at.desc(), Reward.id.desc()))
    found: list[RewardRow] = []
    with db.read() as session:
        for reward, number, name, invoice, claim, referred_name in session.execute(query):
            value = reward_value(reward)
            found.append(RewardRow(value, reward_status(value, today), number, name, invoice,
                                   claim, referred_name))
    return tuple(found)


__all__ = ["RewardOffers", "RewardRow", "RewardStatus", "confirm_in_session", "discount_pct_for",
           "list_rewards", "offers_for", "release_in_session", "release_reward", "reserve_reward",
           "reward_of_invoice", "reward_status", "voucher_discount_pct"]
