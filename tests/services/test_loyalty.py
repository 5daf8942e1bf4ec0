"""Loyalty use cases on a real SQLite file: know, inform, reward, involve."""

from __future__ import annotations

import csv
import dataclasses
import email
from datetime import date, datetime, timedelta
from decimal import Decimal as D
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from scenario import SA_SPIRIT, seed_draft

from crmdesk.domain.errors import DomainError
from crmdesk.domain.loyalty import ActionKind, ActionStatus, FileGap, Objective, Segment
from crmdesk.services import clients, company, invoices, loyalty
from crmdesk.services.client_file import (InteractionKind, cancel_appointment, load_client_file,
                                          plan_appointment)
from crmdesk.services.clients_csv import restore_cell
from crmdesk.services.database import Database
from crmdesk.services.loyalty import RewardSpec
from crmdesk.services.values import ClientInput, ContactValue
from crmdesk.storage.models import Interaction, LoyaltyAction, Mailing, Reward

TODAY = date(2026, 6, 30)  # a Tuesday: the week ends on Sunday 5 July
NOW = datetime(2026, 6, 30, 10, 0)


def person(number: str, name: str, **fields: str) -> ClientInput:
    return ClientInput(number=number, kind="individual", name=name,
                       billing_street="1 rue Haute", billing_postcode="13100",
                       billing_city="Aix-en-Provence", **fields)


def plain(text: str) -> str:
    """French numbers use narrow no-break spaces; the tests compare with plain ones."""
    return text.replace("\u202f", " ").replace("\xa0", " ")


def issue(db: Database, client_id: int, day: date) -> int:
    invoice_id = invoices.create_draft(db, dataclasses.replace(
        seed_draft(client_id), issue_date=day, sale_date=day, due_date=day + timedelta(days=30)))
    invoices.issue_invoice(db, invoice_id)
    return invoice_id


@pytest.fixture
def shop(seeded: tuple[Database, int]) -> tuple[Database, dict[str, int]]:
    """SA Spirit (4 seed invoices in 12 months: champion), Brun (one 60 days ago: new),
    Durand (invoiced in 2024 only: lost) and Éloi (never invoiced), by first name."""
    db, spirit = seeded
    ids = {"spirit": spirit}
    ids["brun"] = clients.create_client(db, person("457", "Alice Brun", email="alice@brun.fr",
                                                   phone="06 11 22 33 44")).id
    ids["durand"] = clients.create_client(db, person("458", "Marc Durand",
                                                     email="marc@durand.fr")).id
    ids["eloi"] = clients.create_client(db, person(
        "459", "Éloi Martin", contacts=(ContactValue("Éloi", phone="06 99 88 77 66"),))).id
    issue(db, ids["durand"], date(2024, 11, 4))
    for day in (date(2025, 9, 1), date(2025, 11, 3), date(2026, 2, 2)):
        issue(db, spirit, day)
    issue(db, ids["brun"], date(2026, 5, 1))
    issue(db, spirit, date(2026, 6, 1))
    return db, ids


# ----------------------------------------------------------------------------- connaître

def test_segments_from_issued_invoices(shop: tuple[Database, dict[str, int]]) -> None:
    db, ids = shop
    counts = {s.segment: s.count for s in loyalty.rfm_segments(db, TODAY)}
    assert counts == {Segment.CHAMPIONS: 1, Segment.FIDELES: 0, Segment.NOUVEAUX: 1,
                      Segment.A_RELANCER: 0, Segment.PERDUS: 1, Segment.SANS_ACHAT: 1}
    (champion,) = loyalty.segment_members(db, Segment.CHAMPIONS, TODAY)
    net = invoices.get_invoice(db, issue_id := invoices.list_invoices(db, TODAY,
                                                                      client_id=ids["spirit"])[0].id)
    assert issue_id and champion.client.id == ids["spirit"] and champion.rfm.frequency == 4
    assert champion.rfm.monetary == 4 * net.totals.net and champion.rfm.recency_days == 29
    assert [m.client.id for m in loyalty.segment_members(db, "sans_achat", TODAY)] == [ids["eloi"]]
    with pytest.raises(DomainError, match="Segment inconnu"):
        loyalty.segment_members(db, "vip", TODAY)


def test_segments_skip_archived_clients(shop: tuple[Database, dict[str, int]]) -> None:
    db, ids = shop
    clients.set_archived(db, ids["durand"])
    assert loyalty.segment_members(db, Segment.PERDUS, TODAY) == ()


def test_file_quality(shop: tuple[Database, dict[str, int]]) -> None:
    db, ids = shop
    quality = loyalty.file_quality(db, TODAY, months_without_contact=6)
    assert quality.total == 4
    assert [r.client.id for r in quality.with_gap(FileGap.EMAIL)] == [ids["spirit"], ids["eloi"]]
    # Éloi's phone is his contact's; Durand has none
    assert [r.client.id for r in quality.with_gap(FileGap.PHONE)] == [ids["spirit"],
                                                                      ids["durand"]]
    assert quality.with_gap(FileGap.SIREN) == ()  # SA Spirit has its SIREN, the others are people
    # Durand's last contact is his invoice of 4/11/2024; Éloi was never contacted
    late = {r.client.id: r.last_contact for r in quality.with_gap(FileGap.NO_CONTACT)}
    assert late == {ids["durand"]: date(2024, 11, 4), ids["eloi"]: None}
    loyalty.record_survey(db, ids["eloi"], date(2026, 6, 1), 8, now=NOW)  # a journal line
    again = loyalty.file_quality(db, TODAY)
    assert {r.client.id for r in again.with_gap(FileGap.NO_CONTACT)} == {ids["durand"]}
    with pytest.raises(DomainError, match="1 à 120 mois"):
        loyalty.file_quality(db, TODAY, 0)


# ----------------------------------------------------------------------------- informer

def test_follow_up_for_a_segment_in_the_agenda(shop: tuple[Database, dict[str, int]]) -> None:
    db, ids = shop
    members = [m.client.id for m in loyalty.segment_members(db, Segment.PERDUS, TODAY)]
    batch = loyalty.plan_follow_up(db, members, "appel", "Prendre des nouvelles", date(2026, 7, 3),
                                   segment=Segment.PERDUS, now=NOW)
    late_batch = loyalty.plan_follow_up(db, [ids["brun"]], ActionKind.RENDEZ_VOUS,
                                        "Premier bilan", date(2026, 6, 25), now=NOW)
    loyalty.plan_follow_up(db, [ids["spirit"]], "appel", "Plus tard", date(2026, 7, 6), now=NOW)
    appointment = plan_appointment(db, ids["spirit"], datetime(2026, 7, 1, 14, 0),
                                   subject="Démonstration")
    cancelled = plan_appointment(db, ids["spirit"], datetime(2026, 7, 2, 9, 0), subject="Annulé")
    cancel_appointment(db, cancelled)

    week = loyalty.agenda(db, TODAY)
    assert week.week_end == date(2026, 7, 5)
    assert [(i.source, i.client_id, i.title) for i in week.this_week] == [
        ("rendez-vous", ids["spirit"], "Démonstration"),
        ("action", ids["durand"], "Prendre des nouvelles")]
    assert week.this_week[0].id == appointment and week.this_week[0].starts_at is not None
    assert [(i.client_id, i.due_on, i.late) for i in week.late] == [
        (ids["brun"], date(2026, 6, 25), True)]
    (planned,) = loyalty.list_actions(db, batch=batch)
    assert planned.objective is Objective.INFORMER and planned.segment == "perdus"
    assert planned.status is ActionStatus.PLANNED and planned.is_late(date(2026, 7, 4))

    (late,) = loyalty.list_actions(db, batch=late_batch)
    done = loyalty.complete_action(db, late.id, date(2026, 6, 30), "Très satisfaite", now=NOW)
    assert done.status is ActionStatus.DONE and done.details == "Résultat : Très satisfaite"
    journal = load_client_file(db, ids["brun"], TODAY).journal
    assert journal[0].kind is InteractionKind.APPOINTMENT
    assert journal[0].summary == ("Fidélisation — Rendez-vous : Premier bilan — Résultat : "
                                  "Très satisfaite")
    assert loyalty.agenda(db, TODAY).late == ()
    with pytest.raises(DomainError, match="déjà faite"):
        loyalty.cancel_action(db, late.id)
    assert loyalty.cancel_action(db, planned.id).status is ActionStatus.CANCELLED
    assert [i.source for i in loyalty.agenda(db, TODAY).this_week] == ["rendez-vous"]


def test_follow_up_refusals(shop: tuple[Database, dict[str, int]]) -> None:
    db, ids = shop
    with pytest.raises(DomainError, match="Type de suivi inconnu"):
        loyalty.plan_follow_up(db, [ids["brun"]], "cadeau", "x", TODAY)
    with pytest.raises(DomainError, match="obligatoire"):
        loyalty.plan_follow_up(db, [ids["brun"]], "appel", "  ", TODAY)
    with pytest.raises(DomainError, match="au moins un client"):
        loyalty.plan_follow_up(db, [], "appel", "Appel", TODAY)
    with pytest.raises(DomainError, match="n'existe plus"):
        loyalty.plan_follow_up(db, [ids["brun"], 999], "appel", "Appel", TODAY)
    assert loyalty.list_actions(db) == ()  # all or nothing


def _read_eml(path: Path) -> EmailMessage:
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def test_mailing_writes_drafts_and_a_csv(shop: tuple[Database, dict[str, int]],
                                         tmp_path: Path) -> None:
    db, ids = shop
    clients.update_client(db, ids["durand"], dataclasses.replace(
        person("458", "Marc Durand", email="marc@durand.fr"), phone="+33 6 12 34 56 78"))
    body = "Bonjour,\nNos nouveautés de l'été : -10 % sur l'éclairage.\n— WORLD COMPAGNIE"
    result = loyalty.prepare_mailing(db, [ids["brun"], ids["durand"], ids["eloi"]],
                                     "Offre d'été : éclairage", body, tmp_path / "envois",
                                     segment="Clients du 13", now=NOW)
    assert result.folder == tmp_path / "envois" / "mailing-2026-06-30-100000"
    assert [p.name for p in result.eml_files] == ["457.eml", "458.eml"]
    assert [c.id for c in result.skipped] == [ids["eloi"]]  # no e-mail

    message = _read_eml(result.eml_files[0])
    assert message["From"] == "WORLD COMPAGNIE <pierre@worldcompagnie.fr>"
    assert message["To"] == "Alice Brun <alice@brun.fr>"
    assert message["Subject"] == "Offre d'été : éclairage" and message["X-Unsent"] == "1"
    assert message.get_content_charset() == "utf-8"
    assert message.get_content().replace("\r\n", "\n").rstrip("\n") == body
    raw = result.eml_files[0].read_bytes()
    assert raw.isascii() and b"\r\n" in raw  # headers and body encoded for any mail server

    data = result.csv_file.read_bytes()
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0] == list(loyalty.MAILING_CSV_HEADERS)
    assert rows[2][3] == "'+33 6 12 34 56 78"  # neutralised against formulas
    assert restore_cell(rows[2][3]) == "+33 6 12 34 56 78" and rows[1][6] == "457.eml"

    with db.read() as session:
        mailing = session.get(Mailing, result.mailing_id)
        assert mailing is not None and mailing.recipients == 2
        assert mailing.segment == "Clients du 13"
        actions = session.query(LoyaltyAction).filter_by(mailing_id=mailing.id).all()
        assert sorted(a.client_id for a in actions) == [ids["brun"], ids["durand"]]
        assert {a.status for a in actions} == {"done"}
        mails = session.query(Interaction).filter_by(kind="mail").all()
        assert sorted(m.client_id for m in mails) == [ids["brun"], ids["durand"]]

    second = loyalty.prepare_mailing(db, [ids["brun"]], "Rappel", "Bonjour", tmp_path / "envois",
                                     now=NOW)
    assert second.folder.name == "mailing-2026-06-30-100000-2"  # the first one is kept
    assert [m.subject for m in loyalty.list_mailings(db)] == ["Rappel", "Offre d'été : éclairage"]


def test_mailing_refusals(shop: tuple[Database, dict[str, int]], tmp_path: Path) -> None:
    db, ids = shop
    out = tmp_path / "envois"
    with pytest.raises(DomainError, match="Aucun des clients"):
        loyalty.prepare_mailing(db, [ids["eloi"]], "Objet", "Texte", out, now=NOW)
    with pytest.raises(DomainError, match="une ligne"):
        loyalty.prepare_mailing(db, [ids["brun"]], "Objet\nBcc: x@y.fr", "Texte", out)
    company.save_seller(db, dataclasses.replace(company.get_seller(db), email=""))
    with pytest.raises(DomainError, match="e-mail de l'entreprise"):
        loyalty.prepare_mailing(db, [ids["brun"]], "Objet", "Texte", out, now=NOW)
    assert not out.exists() and loyalty.list_mailings(db) == ()


def test_file_names_are_safe() -> None:
    taken: set[str] = set()
    assert loyalty._file_stem("C/12", 1, taken) == "C-12"
    assert loyalty._file_stem("C:12", 2, taken) == "C-12-2"
    assert loyalty._file_stem("..", 3, taken) == "client-3"
    assert loyalty._file_stem("CON", 4, taken) == "CON_"
    assert len(loyalty._file_stem("x" * 10_000, 5, taken)) < 100


# ----------------------------------------------------------------------------- récompenser

def test_reward_is_offered_to_the_client(shop: tuple[Database, dict[str, int]]) -> None:
    db, ids = shop
    (reward_id,) = loyalty.give_reward(db, [ids["brun"]], RewardSpec("remise", percent=D("5")),
                                       today=TODAY, now=NOW)
    with db.read() as session:
        row = session.get(Reward, reward_id)
        assert row is not None and row.source == "fidelisation" and row.percent == D("5")
        assert row.expires_on == date(2026, 12, 27)  # 180 days later
    file = loyalty.loyalty_of_client(db, ids["brun"], TODAY)
    assert [r.id for r in file.rewards] == [reward_id]
    (action,) = file.actions
    assert action.objective is Objective.RECOMPENSER and action.kind is ActionKind.REMISE
    assert plain(action.title) == "Remise de 5 % (valable jusqu'au 27/12/2026)"
    assert plain(load_client_file(db, ids["brun"], TODAY).journal[0].summary).startswith(
        "Fidélisation — Remise : Remise de 5 %")

    for spec, message in ((RewardSpec("remise", amount=D("20")), "pourcentage"),
                          (RewardSpec("bon"), "montant ou un pourcentage"),
                          (RewardSpec("remise", percent=D("120")), "entre 0 et 100"),
                          (RewardSpec("bon", amount=D("20"), expires_on=date(2026, 6, 1)),
                           "déjà passée"),
                          (RewardSpec("cadeau", amount=D("20")), "Type de récompense inconnu")):
        with pytest.raises(DomainError, match=message):
            loyalty.give_reward(db, [ids["spirit"]], spec, today=TODAY)
    assert loyalty.loyalty_of_client(db, ids["spirit"], TODAY).rewards == ()


def test_gifts(shop: tuple[Database, dict[str, int]]) -> None:
    db, ids = shop
    batch = loyalty.give_gift(db, [ids["spirit"], ids["brun"]], "invitation",
                              "Salon de l'habitat", date(2026, 9, 12), value=D("35"), now=NOW)
    actions = loyalty.list_actions(db, batch=batch)
    assert sorted(a.client_id for a in actions) == [ids["spirit"], ids["brun"]]
    assert {(a.kind, a.status, a.value, a.done_on) for a in actions} == {
        (ActionKind.INVITATION, ActionStatus.DONE, D("35.00"), date(2026, 9, 12))}
    with pytest.raises(DomainError, match="Type de récompense inconnu"):
        loyalty.give_gift(db, [ids["brun"]], "remise", "x", TODAY)
    with pytest.raises(DomainError, match="négative"):
        loyalty.give_gift(db, [ids["brun"]], "cadeau", "Stylo", TODAY, value=D("-1"))


# ----------------------------------------------------------------------------- impliquer

def test_referral_rewards_the_sponsor(shop: tuple[Database, dict[str, int]]) -> None:
    db, ids = shop
    referral = loyalty.record_referral(
        db, ids["spirit"], ids["brun"], date(2026, 4, 20),
        reward=RewardSpec("bon", amount=D("50"), expires_on=date(2026, 12, 31)),
        note="Rencontre au salon", now=NOW)
    assert referral.reward is not None and referral.reward.client_id == ids["spirit"]
    assert referral.reward.amount == D("50.00") and referral.reward.source == "fidelisation"
    sponsor = loyalty.loyalty_of_client(db, ids["spirit"], TODAY)
    assert [r.referred_id for r in sponsor.referrals_given] == [ids["brun"]]
    assert [r.id for r in sponsor.rewards] == [referral.reward.id]
    assert plain(sponsor.actions[0].title) == ("A parrainé Alice Brun (n° 457) ; récompense : Bon de "
                                        "réduction de 50,00 € (valable jusqu'au 31/12/2026)")
    referred = loyalty.loyalty_of_client(db, ids["brun"], TODAY)
    assert referred.referred_by == referral and referred.actions[0].objective is Objective.IMPLIQUER
    assert loyalty.list_referrals(db) == (referral,)

    with pytest.raises(DomainError, match="déjà été parrainé par SA Spirit"):
        loyalty.record_referral(db, ids["durand"], ids["brun"], TODAY)
    with pytest.raises(DomainError, match="lui-même"):
        loyalty.record_referral(db, ids["durand"], ids["durand"], TODAY)
    without = loyalty.record_referral(db, ids["durand"], ids["eloi"], TODAY)
    assert without.reward is None


def test_surveys_and_nps(shop: tuple[Database, dict[str, int]]) -> None:
    db, ids = shop
    loyalty.record_survey(db, ids["spirit"], date(2026, 5, 10), 10, "Parfait", now=NOW)
    loyalty.record_survey(db, ids["brun"], date(2026, 5, 20), 6, now=NOW)
    loyalty.record_survey(db, ids["durand"], date(2026, 6, 2), 9, now=NOW)
    loyalty.record_survey(db, ids["brun"], date(2026, 6, 15), 8, now=NOW)
    # May: 1 promoter, 1 detractor of 2 → 0; June: 1 promoter, 1 passive of 2 → 50
    # May and June: 2 promoters, 1 detractor of 4 → 100 × 1 / 4 = 25
    assert loyalty.nps(db, date(2026, 5, 1), date(2026, 5, 31)).score == 0
    june = loyalty.nps(db, date(2026, 6, 1), date(2026, 6, 30))
    assert (june.answers, june.promoters, june.passives, june.detractors, june.score) == \
        (2, 1, 1, 0, 50)
    assert loyalty.nps(db, date(2026, 5, 1), TODAY).score == 25
    # new clients at 30/06: Alice Brun only → 6 and 8: 1 detractor of 2 → −50
    assert loyalty.nps(db, date(2026, 5, 1), TODAY, Segment.NOUVEAUX).score == -50
    assert loyalty.nps(db, date(2026, 1, 1), date(2026, 1, 31)).score is None

    points = loyalty.nps_by_month(db, 3, TODAY)
    assert [(p.label, p.result.score) for p in points] == [("04/2026", None), ("05/2026", 0),
                                                           ("06/2026", 50)]
    surveys = loyalty.list_surveys(db, client_id=ids["brun"])
    assert [(s.score, s.category.value) for s in surveys] == [(8, "passif"), (6, "détracteur")]
    journal = load_client_file(db, ids["spirit"], TODAY).journal
    assert journal[0].summary == "Enquête de satisfaction : 10/10 (promoteur) — Parfait"

    for wrong in (11, -1):
        with pytest.raises(DomainError, match="de 0 à 10"):
            loyalty.record_survey(db, ids["brun"], TODAY, wrong)
    with pytest.raises(DomainError, match="précède"):
        loyalty.nps(db, TODAY, date(2026, 1, 1))


def test_suggestion(shop: tuple[Database, dict[str, int]]) -> None:
    db, ids = shop
    text = "Proposer la prise de rendez-vous en ligne\nCe serait plus simple le soir."
    action_id = loyalty.record_suggestion(db, ids["brun"], date(2026, 6, 3), text, now=NOW)
    (action,) = loyalty.list_actions(db, client_id=ids["brun"], objective="impliquer")
    assert action.id == action_id and action.kind is ActionKind.SUGGESTION
    assert action.title == "Proposer la prise de rendez-vous en ligne" and action.details == text
    with pytest.raises(DomainError, match="vide"):
        loyalty.record_suggestion(db, ids["brun"], TODAY, "  ")


def test_client_file_carries_loyalty(shop: tuple[Database, dict[str, int]]) -> None:
    db, ids = shop
    loyalty.record_survey(db, ids["spirit"], date(2026, 6, 10), 9, now=NOW)
    file = load_client_file(db, ids["spirit"], TODAY)
    assert file.loyalty.rfm.segment is Segment.CHAMPIONS
    assert [s.score for s in file.loyalty.surveys] == [9]


def test_anonymised_client_gets_no_new_action(shop: tuple[Database, dict[str, int]]) -> None:
    db, ids = shop
    with db.write() as session:
        from crmdesk.storage.models import Client
        row = session.get(Client, ids["durand"])
        assert row is not None
        row.anonymised_at = NOW
    with pytest.raises(DomainError, match="anonymisé"):
        loyalty.record_survey(db, ids["durand"], TODAY, 5)
    assert loyalty.file_quality(db, TODAY).total == 3


def test_sa_spirit_is_a_company_for_the_siren_rule(shop: tuple[Database, dict[str, int]]) -> None:
    db, ids = shop
    clients.update_client(db, ids["spirit"], dataclasses.replace(SA_SPIRIT, siren="",
                                                                  vat_number=""))
    rows = loyalty.file_quality(db, TODAY).with_gap(FileGap.SIREN)
    assert [r.client.id for r in rows] == [ids["spirit"]]
