"""Export and import of the loyalty sections: exact round trip, links kept, broken records named."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from crmdesk.services import clients, exchange, loyalty
from crmdesk.services.database import Database, open_database
from crmdesk.services.exchange import ImportRefused
from crmdesk.services.loyalty import RewardSpec
from crmdesk.services.values import ClientInput
from crmdesk.storage.models import Base

TODAY = date(2026, 6, 30)
NOW = datetime(2026, 6, 30, 10, 0)
Doc = dict[str, Any]


@pytest.fixture
def source(seeded: tuple[Database, int], tmp_path: Path) -> Doc:
    """SA Spirit sponsors Alice Brun; a mailing, a follow-up done and one planned, a discount,
    a gift, two surveys, a suggestion: the export of all that."""
    db, spirit = seeded
    brun = clients.create_client(db, ClientInput(number="457", kind="individual",
                                                 name="Alice Brun", email="alice@brun.fr")).id
    loyalty.record_referral(db, spirit, brun, date(2026, 4, 20), now=NOW,
                            reward=RewardSpec("bon", amount=D("50"), expires_on=date(2026, 12, 31)))
    loyalty.give_reward(db, [brun], RewardSpec("remise", percent=D("5")), today=TODAY, now=NOW)
    loyalty.prepare_mailing(db, [spirit, brun], "Nouveautés", "Bonjour", tmp_path / "out",
                            segment="champions", now=NOW)
    batch = loyalty.plan_follow_up(db, [spirit, brun], "appel", "Bilan", date(2026, 7, 2), now=NOW)
    first = loyalty.list_actions(db, batch=batch)[-1]
    loyalty.complete_action(db, first.id, TODAY, "Content", now=NOW)
    loyalty.give_gift(db, [spirit], "cadeau", "Agenda 2027", TODAY, value=D("12.5"), now=NOW)
    loyalty.record_survey(db, spirit, date(2026, 5, 3), 9, "Réactifs", now=NOW)
    loyalty.record_survey(db, brun, date(2026, 6, 3), 6, now=NOW)
    loyalty.record_suggestion(db, brun, date(2026, 6, 4), "Ouvrir le samedi", now=NOW)
    return exchange.export_document(db)


def row_counts(db: Database) -> dict[str, int]:
    with db.read() as session:
        return {table.name: session.scalar(select(func.count()).select_from(table)) or 0
                for table in Base.metadata.sorted_tables}


def test_round_trip_keeps_every_link(source: Doc, tmp_path: Path) -> None:
    assert [len(source[k]) for k in ("mailings", "loyalty_actions", "surveys", "referrals")] == \
        [1, 8, 2, 1]  # 2 referral sides, discount, mailing (SA Spirit has no e-mail),
    # 2 follow-ups, gift, suggestion
    (referral,) = source["referrals"]
    assert referral["sponsor_number"] == "456" and referral["referred_number"] == "457"
    assert source["rewards"][referral["reward_index"]]["amount"] == "50.00"
    mailing_actions = [a for a in source["loyalty_actions"] if a["kind"] == "mailing"]
    assert [a["mailing_index"] for a in mailing_actions] == [0]
    target = open_database(tmp_path / "target.sqlite")
    try:
        assert exchange.import_document(target, copy.deepcopy(source)) == \
            exchange.count_records(source)
        assert exchange.export_document(target) == source
        spirit = clients.find_client_by_number(target, "456")
        assert spirit is not None
        file = loyalty.loyalty_of_client(target, spirit.id, TODAY)
        assert file.referrals_given[0].reward is not None
        assert file.referrals_given[0].reward.amount == D("50.00")
        assert loyalty.nps(target, date(2026, 5, 1), TODAY).score == 0  # 1 promoter, 1 detractor
        assert [i.title for i in loyalty.agenda(target, TODAY).this_week] == ["Bilan"]
    finally:
        target.dispose()


def test_an_older_file_without_loyalty_sections_imports(source: Doc, tmp_path: Path) -> None:
    older = {k: v for k, v in source.items()
             if k not in ("mailings", "loyalty_actions", "surveys", "referrals")}
    target = open_database(tmp_path / "target.sqlite")
    try:
        exchange.import_document(target, older)
        counts = row_counts(target)
        assert counts["loyalty_actions"] == 0 and counts["clients"] == 2 and counts["rewards"] == 2
    finally:
        target.dispose()


def _action(doc: Doc, kind: str) -> dict[str, Any]:
    return next(a for a in doc["loyalty_actions"] if a["kind"] == kind)


BROKEN: dict[str, tuple[Callable[[Doc], None], str, str, str]] = {
    "score": (lambda d: d["surveys"][1].update(score=11), "surveys[1]", "score", "de 0 à 10"),
    "kind": (lambda d: d["loyalty_actions"][0].update(kind="pot-de-vin"), "loyalty_actions[0]",
             "kind", "inconnu"),
    "objective": (lambda d: _action(d, "cadeau").update(objective="informer"),
                  "loyalty_actions[", "objective", "relève de l'objectif « recompenser »"),
    "done_on": (lambda d: _action(d, "suggestion").update(done_on=None), "loyalty_actions[",
                "done_on", "une action faite a une date"),
    "mailing": (lambda d: _action(d, "mailing").update(mailing_index=1), "loyalty_actions[",
                "mailing_index", "n'a que 1 élément"),
    "client": (lambda d: d["surveys"][0].update(client_number="999"), "surveys[0]",
               "client_number", "aucun client n° 999"),
    "self": (lambda d: d["referrals"][0].update(referred_number="456"), "referrals[0]",
             "referred_number", "lui-même"),
    "reward": (lambda d: d["referrals"][0].update(reward_index=1), "referrals[0]",
               "reward_index", "pas du parrain"),
    "twice": (lambda d: d["referrals"].append(copy.deepcopy(d["referrals"][0])), "referrals[1]",
              "referred_number", "déjà parrainé dans referrals[0]"),
    "money": (lambda d: _action(d, "cadeau").update(value=12.5), "loyalty_actions[", "value",
              "nombre JSON refusé"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_broken_loyalty_record_changes_nothing(case: str, source: Doc, tmp_path: Path) -> None:
    breaks, record, field, reason = BROKEN[case]
    document = copy.deepcopy(source)
    breaks(document)
    target = open_database(tmp_path / "target.sqlite")
    try:
        with pytest.raises(ImportRefused) as refused:
            exchange.import_document(target, document)
        assert refused.value.record.startswith(record) and refused.value.field == field
        assert reason in str(refused.value) and "Rien n'a été importé" in str(refused.value)
        assert set(row_counts(target).values()) == {0}
    finally:
        target.dispose()

