"""A reward is reserved by one draft, used once at issue, released when the draft goes."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from decimal import Decimal as D

import pytest
from scenario import SEED_LINES, seed_draft

from crmdesk.domain.errors import DomainError
from crmdesk.domain.totals import Line, compute_totals
from crmdesk.services import invoices, rewards
from crmdesk.services.database import Database
from crmdesk.storage.models import Reward


def give(db: Database, client_id: int, *, percent: str | None = None, amount: str | None = None,
         expires_on: date = date(2099, 12, 31)) -> int:
    with db.write() as session:
        row = Reward(client_id=client_id, kind="remise" if percent else "bon",
                     percent=D(percent) if percent else None, amount=D(amount) if amount else None,
                     expires_on=expires_on, source="fidelisation", created_at=datetime(2026, 1, 1),
                     note="")
        session.add(row)
        session.flush()
        return row.id


def draft(db: Database, client_id: int, pct: str = "0") -> int:
    return invoices.create_draft(db, dataclasses.replace(seed_draft(client_id), discount_pct=D(pct)))


def test_reserved_then_used_once_at_issue(seeded: tuple[Database, int]) -> None:
    db, client_id = seeded
    reward_id = give(db, client_id, percent="5")
    first = draft(db, client_id, "5")
    assert [r.id for r in rewards.offers_for(db, client_id, first).available] == [reward_id]
    rewards.reserve_reward(db, reward_id, first)
    offers = rewards.offers_for(db, client_id, first)
    assert offers.applied is not None and offers.applied.id == reward_id and offers.available == ()
    second = draft(db, client_id, "5")
    with pytest.raises(DomainError, match="déjà été utilisée"):
        rewards.reserve_reward(db, reward_id, second)
    invoices.issue_invoice(db, first)
    used = rewards.reward_of_invoice(db, first)
    assert used is not None and used.used_at is not None and used.used_invoice_id == first
    assert rewards.offers_for(db, client_id, second).available == ()
    with pytest.raises(DomainError, match="émise"):
        rewards.release_reward(db, first)


def test_deleting_or_releasing_the_draft_offers_it_again(seeded: tuple[Database, int]) -> None:
    db, client_id = seeded
    reward_id = give(db, client_id, percent="5")
    first = draft(db, client_id, "5")
    rewards.reserve_reward(db, reward_id, first)
    invoices.delete_draft(db, first)
    assert [r.id for r in rewards.offers_for(db, client_id).available] == [reward_id]
    second = draft(db, client_id, "5")
    rewards.reserve_reward(db, reward_id, second)
    rewards.release_reward(db, second)
    assert rewards.reward_of_invoice(db, second) is None


def test_issue_refused_when_the_discount_no_longer_matches(seeded: tuple[Database, int]) -> None:
    db, client_id = seeded
    reward_id = give(db, client_id, percent="5")
    invoice_id = draft(db, client_id, "2")
    rewards.reserve_reward(db, reward_id, invoice_id)
    with pytest.raises(DomainError, match="ne lui correspond plus"):
        invoices.issue_invoice(db, invoice_id)
    assert invoices.get_invoice(db, invoice_id).number is None  # still a draft, no number used


def test_other_client_expired_and_one_per_draft_refused(seeded: tuple[Database, int]) -> None:
    db, client_id = seeded
    first = give(db, client_id, percent="5")
    expired = give(db, client_id, percent="10", expires_on=date(2020, 1, 1))
    invoice_id = draft(db, client_id, "5")
    with pytest.raises(DomainError, match="expiré le 01/01/2020"):
        rewards.reserve_reward(db, expired, invoice_id)
    rewards.reserve_reward(db, first, invoice_id)
    again = give(db, client_id, percent="3")
    with pytest.raises(DomainError, match="déjà une récompense"):
        rewards.reserve_reward(db, again, invoice_id)


def test_voucher_becomes_the_discount_of_its_amount(seeded: tuple[Database, int]) -> None:
    # The seed invoice: 2 539,90 € HT; a 50 € voucher is 1,9686 % → 50,00 € exactly.
    pct = rewards.voucher_discount_pct(SEED_LINES, D("50.00"))
    assert compute_totals(SEED_LINES, pct).discount == D("50.00")
    mixed = SEED_LINES + (Line.parse("Livre", "3", "Pièce", "12,37", "5,5"),)
    for amount in ("0.01", "33.33", "127.00", "999.99"):
        assert compute_totals(mixed, rewards.voucher_discount_pct(mixed, D(amount))).discount == D(amount)
    with pytest.raises(DomainError, match="dépasse le total HT"):
        rewards.voucher_discount_pct(SEED_LINES, D("3000"))
    db, client_id = seeded
    reward_id = give(db, client_id, amount="50.00")
    invoice_id = invoices.create_draft(db, dataclasses.replace(seed_draft(client_id), discount_pct=pct))
    rewards.reserve_reward(db, reward_id, invoice_id)
    invoices.issue_invoice(db, invoice_id)
    assert invoices.get_invoice(db, invoice_id).totals.discount == D("50.00")


def test_list_rewards_gives_state_invoice_origin_newest_first(seeded: tuple[Database, int]) -> None:
    from scenario import SA_SPIRIT

    from crmdesk.services import claims, clients, loyalty

    db, client_id = seeded
    today = date(2026, 6, 15)
    used = give(db, client_id, percent="5")
    reserved = give(db, client_id, percent="3")
    expired = give(db, client_id, amount="50.00", expires_on=date(2026, 6, 14))
    claim_id = claims.open_claim(db, client_id, None, "prix", "Trop cher", "Vendeur")
    with db.write() as session:
        for days, reward_id in enumerate((used, reserved, expired)):  # given on 1, 2, 3 January
            row = session.get(Reward, reward_id)
            assert row is not None
            row.created_at = datetime(2026, 1, 1 + days)
            if reward_id == expired:  # a claim's commercial gesture
                row.claim_id = claim_id
    other = clients.create_client(db, dataclasses.replace(
        SA_SPIRIT, number="457", name="Boulangerie Martin", siren="", vat_number="")).id
    loyalty.record_referral(db, client_id, other, today, now=datetime(2026, 6, 15, 9),
                            reward=loyalty.RewardSpec("bon", amount=D("30")))
    invoice_id = draft(db, client_id, "5")
    rewards.reserve_reward(db, used, invoice_id)
    invoices.issue_invoice(db, invoice_id)
    rewards.reserve_reward(db, reserved, draft(db, client_id, "3"))

    listed = rewards.list_rewards(db, today)
    number = invoices.get_invoice(db, invoice_id).number
    claim_number = claims.get_claim(db, claim_id).number
    assert [(r.reward.id, r.status) for r in listed][1:] == [
        (expired, rewards.RewardStatus.EXPIRED), (reserved, rewards.RewardStatus.RESERVED),
        (used, rewards.RewardStatus.USED)]
    referral = listed[0]
    assert (referral.status, referral.reward.amount, referral.referred_name, referral.claim_number) \
        == (rewards.RewardStatus.AVAILABLE, D("30.00"), "Boulangerie Martin", None)
    assert (referral.client_number, referral.client_name) == ("456", "SA Spirit")
    assert number and listed[3].invoice_number == number
    assert listed[2].invoice_number is None  # a draft has no number yet
    assert listed[1].claim_number == claim_number and listed[1].referred_name is None
    assert rewards.list_rewards(db, date(2026, 6, 14))[1].status is rewards.RewardStatus.AVAILABLE
