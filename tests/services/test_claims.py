"""Claims on a real SQLite file: the four steps, resuming, history, list, analysis, gestures."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta
from decimal import Decimal as D
from typing import Any

import pytest

from crmdesk.domain.claims import ClaimStatus, ClaimStep, ClaimType, Department, Gesture
from crmdesk.domain.errors import DomainError
from crmdesk.domain.invoice import DocumentKind
from crmdesk.services import catalogue, claims, clients, invoices
from crmdesk.services.client_file import InteractionKind, load_client_file
from crmdesk.services.database import Database
from crmdesk.services.values import ClientInput

from scenario import seed_draft

WHO = "Pierre Legrand"


def issue(db: Database, client_id: int, day: date = date(2026, 1, 8)) -> int:
    invoice_id = invoices.create_draft(db, dataclasses.replace(seed_draft(client_id), issue_date=day))
    invoices.issue_invoice(db, invoice_id)
    return invoice_id


@pytest.fixture
def spirit(seeded: tuple[Database, int]) -> tuple[Database, int, int]:
    """(db, SA Spirit's id, the seed invoice issued on 8 January 2026)."""
    db, client_id = seeded
    return db, client_id, issue(db, client_id)


def walk(db: Database, claim_id: int, step3: dict[str, Any], at: datetime | None = None) -> None:
    claims.save_step(db, claim_id, 1, {"client_words": "Ça ne va pas du tout !"}, WHO, now=at)
    claims.save_step(db, claim_id, 2, {"reformulation": "Si je vous comprends bien…"}, WHO, now=at)
    claims.save_step(db, claim_id, 3, step3, WHO, now=at)


# ----------------------------------------------------------------------------- steps and resuming

def test_open_save_steps_and_resume_where_left(spirit: tuple[Database, int, int]) -> None:
    db, client_id, invoice_id = spirit
    t0 = datetime(2026, 1, 12, 9, 0)
    claim_id = claims.open_claim(db, client_id, invoice_id, ClaimType.PRIX, "", WHO, now=t0)
    opened = claims.resume(db, claim_id)
    assert opened.number == "R-2026-0001" and opened.status is ClaimStatus.OUVERTE
    assert opened.step is ClaimStep.ECOUTER
    assert opened.problems[ClaimStep.ECOUTER] == ("Notez les propres mots du client.",)

    value = claims.save_step(db, claim_id, 1, {"client_words": "Le produit est facturé trop cher."},
                             "Léa Martin", now=t0 + timedelta(minutes=5))
    assert value.status is ClaimStatus.OUVERTE and ClaimStep.ECOUTER not in value.problems
    value = claims.save_step(db, claim_id, 2, {"reformulation": "Vous contestez le prix du produit.",
                                               "type": "prix"}, WHO, now=t0 + timedelta(minutes=9))
    assert value.status is ClaimStatus.EN_COURS

    resumed = claims.resume(db, claim_id)
    assert resumed.step is ClaimStep.REFORMULER and resumed.reached is ClaimStep.REFORMULER
    assert resumed.client_words == "Le produit est facturé trop cher."
    assert resumed.reformulation == "Vous contestez le prix du produit."
    assert (resumed.client_name, resumed.invoice_number, resumed.type) == ("SA Spirit", "1",
                                                                          ClaimType.PRIX)
    assert [(e.at, e.who) for e in resumed.history] == [
        (t0, WHO), (t0 + timedelta(minutes=5), "Léa Martin"), (t0 + timedelta(minutes=9), WHO)]
    assert [e.what for e in resumed.history] == [
        "Réclamation ouverte : Litige prix, facture n° 1",
        "Étape 1 « Écouter le client » enregistrée : mots du client notés",
        "Étape 2 « Reformuler » enregistrée : reformulation notée ; type confirmé (Litige prix)"]


def test_a_later_step_needs_the_earlier_ones(spirit: tuple[Database, int, int]) -> None:
    db, client_id, invoice_id = spirit
    claim_id = claims.open_claim(db, client_id, invoice_id, ClaimType.QUALITE, "", WHO)
    with pytest.raises(DomainError, match="Complétez d'abord l'étape 1 « Écouter le client » : "
                                          "Notez les propres mots du client."):
        claims.save_step(db, claim_id, 2, {"reformulation": "…"}, WHO)
    claims.save_step(db, claim_id, 1, {"client_words": "La pièce est cassée."}, WHO)
    with pytest.raises(DomainError, match="étape 2 « Reformuler »"):
        claims.save_step(db, claim_id, 3, {"founded": True}, WHO)
    # saving the current step incomplete is allowed, and the history says so
    value = claims.save_step(db, claim_id, 2, {"reformulation": ""}, WHO)
    assert value.history[-1].what.endswith("(incomplète : Reformulez la réclamation avec vos mots.)")
    with pytest.raises(DomainError, match="n'enregistre pas « founded »"):
        claims.save_step(db, claim_id, 2, {"founded": True}, WHO)
    with pytest.raises(DomainError, match="Indiquez qui enregistre"):
        claims.save_step(db, claim_id, 2, {"reformulation": "x"}, " ")


def test_going_back_to_an_earlier_step_resumes_there(spirit: tuple[Database, int, int]) -> None:
    db, client_id, invoice_id = spirit
    claim_id = claims.open_claim(db, client_id, invoice_id, ClaimType.PRIX, "Trop cher.", WHO)
    walk(db, claim_id, {"founded": None})
    assert claims.resume(db, claim_id).step is ClaimStep.SOLUTION
    claims.save_step(db, claim_id, 1, {"client_words": ""}, WHO)  # step 1 emptied
    value = claims.resume(db, claim_id)
    assert value.reached is ClaimStep.SOLUTION and value.step is ClaimStep.ECOUTER


def test_claim_refuses_an_invoice_of_another_client_or_a_draft(
        spirit: tuple[Database, int, int]) -> None:
    db, client_id, invoice_id = spirit
    other = clients.create_client(db, ClientInput(name="Durand SARL", billing_city="Nice")).id
    with pytest.raises(DomainError, match="n'est pas une facture de ce client"):
        claims.open_claim(db, other, invoice_id, ClaimType.PRIX, "…", WHO)
    draft = invoices.create_draft(db, seed_draft(client_id))
    with pytest.raises(DomainError, match="facture émise"):
        claims.open_claim(db, client_id, draft, ClaimType.PRIX, "…", WHO)
    with pytest.raises(DomainError, match="Type de litige inconnu"):
        claims.open_claim(db, client_id, invoice_id, "retard", "…", WHO)
    assert claims.list_claims(db) == []


# ----------------------------------------------------------------------------- list

def test_list_filters_and_claims_waiting_too_long(spirit: tuple[Database, int, int]) -> None:
    db, client_id, invoice_id = spirit
    other = clients.create_client(db, ClientInput(name="Durand SARL", billing_city="Nice")).id
    today = date(2026, 3, 1)
    old = claims.open_claim(db, client_id, invoice_id, ClaimType.PRIX, "Trop cher.", WHO,
                            now=datetime(2026, 2, 1, 10))               # 28 days
    recent = claims.open_claim(db, client_id, None, ClaimType.QUALITE, "Cassé.", WHO,
                               now=datetime(2026, 2, 20, 10))           # 9 days
    elsewhere = claims.open_claim(db, other, None, ClaimType.ADMINISTRATIF, "Pas de BL.", WHO,
                                  now=datetime(2026, 2, 10, 10))        # 19 days
    closed = claims.open_claim(db, client_id, None, ClaimType.QUALITE, "Rayé.", WHO,
                               now=datetime(2026, 1, 5, 10))
    walk(db, closed, {"founded": False, "explanation": "Rayure faite au montage."},
         at=datetime(2026, 1, 6, 10))
    claims.apply_gesture(db, closed, Gesture.AUCUN, {}, WHO, today=date(2026, 1, 7),
                         now=datetime(2026, 1, 7, 16))
    claims.save_step(db, elsewhere, 2, {"reformulation": "Il manque le bon de livraison."}, WHO)

    rows = claims.list_claims(db, today)
    assert [r.id for r in rows] == [recent, elsewhere, old, closed]  # newest first
    by_id = {r.id: r for r in rows}
    assert by_id[old].age_days == 28 and by_id[old].waiting_too_long
    assert by_id[elsewhere].age_days == 19 and by_id[elsewhere].waiting_too_long
    assert by_id[recent].age_days == 9 and not by_id[recent].waiting_too_long
    assert by_id[closed].age_days == 2 and not by_id[closed].waiting_too_long  # age until closed
    assert by_id[closed].status is ClaimStatus.REJETEE and by_id[closed].closed_on == date(2026, 1, 7)
    assert by_id[old].invoice_number == "1" and by_id[elsewhere].client_name == "Durand SARL"
    assert by_id[old].number == "R-2026-0001" and by_id[closed].number == "R-2026-0004"

    assert [r.id for r in claims.list_claims(db, today, waiting_limit_days=20)
            if r.waiting_too_long] == [old]
    assert [r.id for r in claims.list_claims(db, today, waiting_only=True)] == [elsewhere, old]
    assert [r.id for r in claims.list_claims(db, today, status=ClaimStatus.EN_COURS)] == [elsewhere]
    assert [r.id for r in claims.list_claims(db, today, status="ouverte")] == [recent, old]
    assert [r.id for r in claims.list_claims(db, today, type=ClaimType.QUALITE)] == [recent, closed]
    assert [r.id for r in claims.list_claims(db, today, client_id=other)] == [elsewhere]
    assert [r.id for r in claims.list_claims(db, today, invoice_id=invoice_id)] == [old]
    assert [r.id for r in claims.claims_of_client(db, client_id, today)] == [recent, old, closed]
    assert [r.id for r in claims.claims_of_invoice(db, invoice_id, today)] == [old]


# ----------------------------------------------------------------------------- the six types

def _step3_for(kind: ClaimType, founded: bool, duplicate: int) -> dict[str, Any]:
    if not founded:
        return {"founded": False, "departments": [],
                "explanation": "Après vérification, la facture correspond à la commande signée."}
    analysis: dict[str, Any] = {
        ClaimType.DOUBLE_FACTURATION: {"duplicate_of": duplicate},
        ClaimType.MATERIEL_MANQUANT: {"delivered": {0: D("25"), 1: D("8")}},
        ClaimType.DATE_EVENEMENT: {"delivery_date": date(2026, 1, 15)},
        ClaimType.QUALITE: {"checklist": {"defaut_constate": True, "usage_conforme": True}},
        ClaimType.ADMINISTRATIF: {"checklist": {"non_recu": True}},
        ClaimType.PRIX: {"negotiated_prices": {1: D("99.99")}},
    }[kind]
    departments = [d.value for d in {
        ClaimType.DOUBLE_FACTURATION: (Department.COMPTABILITE,),
        ClaimType.MATERIEL_MANQUANT: (Department.LOGISTIQUE,),
        ClaimType.DATE_EVENEMENT: (Department.LOGISTIQUE, Department.COMPTABILITE),
        ClaimType.QUALITE: (Department.QUALITE,),
        ClaimType.ADMINISTRATIF: (Department.ADMINISTRATION_DES_VENTES,),
        ClaimType.PRIX: (Department.ADMINISTRATION_DES_VENTES,),
    }[kind]]
    return {"founded": True, "analysis": analysis, "departments": departments,
            "explanation": "Nous reconnaissons l'erreur et vous prions de nous en excuser."}


_GESTURES: dict[ClaimType, tuple[Gesture, dict[str, Any]]] = {
    ClaimType.QUALITE: (Gesture.REMPLACEMENT, {"description": "Produit neuf, livré sous 48 h"}),
    ClaimType.PRIX: (Gesture.BON_DE_REDUCTION, {"amount": "40.00"}),
    ClaimType.ADMINISTRATIF: (Gesture.AUCUN, {}),
    ClaimType.DATE_EVENEMENT: (Gesture.REMISE_PROCHAINE_COMMANDE, {"percent": "3"}),
    ClaimType.MATERIEL_MANQUANT: (Gesture.PRODUIT_EQUIVALENT, {"description": "Produit Plus"}),
    ClaimType.DOUBLE_FACTURATION: (Gesture.AUCUN, {}),
}


@pytest.mark.parametrize("founded", [True, False], ids=["fondee", "non-fondee"])
@pytest.mark.parametrize("kind", list(ClaimType), ids=[k.value for k in ClaimType])
def test_each_type_walked_to_the_end(spirit: tuple[Database, int, int], kind: ClaimType,
                                     founded: bool) -> None:
    db, client_id, first = spirit
    invoice_id = issue(db, client_id, date(2026, 1, 9))
    claim_id = claims.open_claim(db, client_id, invoice_id, kind, "Je ne suis pas d'accord.", WHO)
    walk(db, claim_id, _step3_for(kind, founded, first))
    gesture, details = _GESTURES[kind] if founded else (Gesture.AUCUN, {})
    claims.save_step(db, claim_id, 4, {"gesture": gesture, "gesture_details": details}, WHO)
    assert claims.resume(db, claim_id).step is ClaimStep.GESTE
    assert claims.resume(db, claim_id).problems == {}

    value = claims.apply_gesture(db, claim_id, gesture, details, WHO, today=date(2026, 1, 20))
    assert value.status is (ClaimStatus.RESOLUE if founded else ClaimStatus.REJETEE)
    assert value.closed_at is not None and value.step is ClaimStep.RESUME
    assert value.gesture is gesture and value.founded is founded
    assert value.history[-1].what.endswith("réclamation résolue" if founded else "réclamation rejetée")
    journal = load_client_file(db, client_id).journal
    assert journal[0].kind is InteractionKind.NOTE
    if founded:
        assert journal[0].summary.startswith(f"Réclamation {value.number} résolue : ")
    else:
        assert journal[0].summary == (f"Réclamation {value.number} rejetée : Après vérification, "
                                      "la facture correspond à la commande signée.")
        assert value.explanation.startswith("Après vérification")
    with pytest.raises(DomainError, match="ne peut plus être modifiée"):
        claims.save_step(db, claim_id, 2, {"reformulation": "…"}, WHO)
    with pytest.raises(DomainError, match="déjà close"):
        claims.apply_gesture(db, claim_id, Gesture.AUCUN, {}, WHO)


def test_gesture_refused_before_step_3_is_complete(spirit: tuple[Database, int, int]) -> None:
    db, client_id, invoice_id = spirit
    claim_id = claims.open_claim(db, client_id, invoice_id, ClaimType.PRIX, "Trop cher.", WHO)
    walk(db, claim_id, {"founded": True})
    with pytest.raises(DomainError, match="étape 3 « Trouver une solution » : Choisissez au moins "
                                          "un service à contacter."):
        claims.apply_gesture(db, claim_id, Gesture.AUCUN, {}, WHO)
    assert claims.resume(db, claim_id).status is ClaimStatus.EN_COURS


# ----------------------------------------------------------------------------- analysis

def test_analysis_for_price_missing_material_date_and_checklist(
        spirit: tuple[Database, int, int]) -> None:
    db, client_id, invoice_id = spirit
    catalogue.add_product(db, "Produit", "Pièce", "99,99", "20")
    catalogue.add_product(db, "Main-d'œuvre", "Heure", "60", "20")
    price = claims.open_claim(db, client_id, invoice_id, ClaimType.PRIX, "Trop cher.", WHO)
    found = claims.analysis_for(db, price)
    assert found["type"] is ClaimType.PRIX and found["invoice"].number == "1"
    assert [(g.description, g.unit_gap, g.amount_ht) for g in found["price_gaps"]] == [
        ("Main-d'œuvre", D("0.0000"), D("0.00")), ("Produit", D("4.0000"), D("40.00"))]
    assert found["hint"].founded is True
    assert found["suggested_departments"] == (Department.ADMINISTRATION_DES_VENTES,
                                              Department.COMPTABILITE)

    missing = claims.open_claim(db, client_id, invoice_id, ClaimType.MATERIEL_MANQUANT, "Il manque "
                                "deux pièces.", WHO)
    assert claims.analysis_for(db, missing)["missing"].lines == ()
    walk(db, missing, {"founded": None, "analysis": {"delivered": {"1": "8"}}})
    found = claims.analysis_for(db, missing)
    assert [line.quantity for line in found["lines"]] == [D("25"), D("10")]
    assert found["delivered"] == {1: D("8")}
    assert found["missing"].total_ht == D("207.98") and found["missing"].credit_lines == {1: D("2")}

    when = claims.open_claim(db, client_id, invoice_id, ClaimType.DATE_EVENEMENT, "Facturé avant "
                             "d'être livré.", WHO)
    found = claims.analysis_for(db, when)
    assert (found["invoice_date"], found["sale_date"]) == (date(2026, 1, 8), date(2026, 1, 2))
    assert found["date_gap"].invoiced_before_delivery is False  # against the printed sale date
    walk(db, when, {"analysis": {"delivery_date": "2026-01-15"}})
    found = claims.analysis_for(db, when)
    assert found["date_gap"].days == 7 and found["hint"].founded is True

    quality = claims.open_claim(db, client_id, None, ClaimType.QUALITE, "Rayé.", WHO)
    walk(db, quality, {"analysis": {"checklist": {"defaut_constate": True}}})
    found = claims.analysis_for(db, quality)
    assert found["invoice"] is None
    assert [(item.key, answer) for item, answer in found["checklist"]][:2] == [
        ("defaut_constate", True), ("present_a_livraison", None)]


# ----------------------------------------------------------------------------- gestures

def test_discount_gesture_records_a_reward(spirit: tuple[Database, int, int]) -> None:
    db, client_id, invoice_id = spirit
    claim_id = claims.open_claim(db, client_id, invoice_id, ClaimType.DATE_EVENEMENT,
                                 "Facturé avant la livraison.", WHO)
    walk(db, claim_id, {"founded": True, "departments": ["logistique"],
                        "analysis": {"not_delivered": True}})
    value = claims.apply_gesture(db, claim_id, "remise_prochaine_commande", {"percent": D("5")}, WHO,
                                 today=date(2026, 1, 12))
    assert value.status is ClaimStatus.RESOLUE
    [reward] = value.rewards
    assert (reward.kind, reward.percent, reward.amount, reward.source) == ("remise", D("5"), None,
                                                                           "reclamation")
    assert reward.expires_on == date(2026, 1, 12) + timedelta(days=180)
    assert reward.claim_id == claim_id and reward.used_invoice_id is None
    assert value.gesture_details["expires_on"] == reward.expires_on.isoformat()
    assert claims.rewards_of_client(db, client_id, date(2026, 2, 1), available_only=True) == [reward]
    assert claims.rewards_of_client(db, client_id, date(2027, 1, 1), available_only=True) == []
    summary = load_client_file(db, client_id).journal[0].summary
    assert summary == (f"Réclamation {value.number} résolue : remise de 5\u00a0% sur la prochaine "
                       "commande (valable jusqu'au 11/07/2026)")


def test_voucher_with_explicit_expiry(spirit: tuple[Database, int, int]) -> None:
    db, client_id, invoice_id = spirit
    claim_id = claims.open_claim(db, client_id, invoice_id, ClaimType.PRIX, "Trop cher.", WHO)
    walk(db, claim_id, {"founded": False, "explanation": "Le tarif négocié était hors remise."})
    value = claims.apply_gesture(db, claim_id, Gesture.BON_DE_REDUCTION,
                                 {"amount": "50", "expires_on": date(2026, 6, 30)}, WHO,
                                 today=date(2026, 1, 12))
    assert value.status is ClaimStatus.REJETEE  # a goodwill gesture on an unfounded claim
    [reward] = value.rewards
    assert (reward.kind, reward.amount, reward.percent, reward.expires_on) == (
        "bon", D("50.00"), None, date(2026, 6, 30))
    assert load_client_file(db, client_id).journal[0].summary.endswith(
        "; geste commercial : bon de réduction de 50,00\u00a0€ sur la prochaine commande "
        "(valable jusqu'au 30/06/2026)")


def test_double_billing_cancelled_by_a_whole_credit_note(seeded: tuple[Database, int]) -> None:
    db, client_id = seeded
    first = issue(db, client_id, date(2026, 1, 8))
    second = issue(db, client_id, date(2026, 1, 9))
    assert invoices.client_balance(db, client_id) == D("5790.96")
    claim_id = claims.open_claim(db, client_id, second, ClaimType.DOUBLE_FACTURATION,
                                 "Vous m'avez facturé deux fois la même livraison !", WHO,
                                 now=datetime(2026, 1, 12, 10))
    claims.save_step(db, claim_id, 2, {"reformulation": "La facture n° 2 reprend la facture n° 1."},
                     WHO)

    found = claims.analysis_for(db, claim_id)
    [candidate] = found["candidates"]
    assert candidate.invoice_id == first and candidate.number == "1"
    assert (candidate.same_ttc, candidate.same_lines, candidate.days_apart) == (True, True, 1)
    assert candidate.ttc == D("2895.48") and found["hint"].founded is True

    claims.save_step(db, claim_id, 3, {"founded": True, "departments": [Department.COMPTABILITE],
                                       "analysis": {"duplicate_of": candidate.invoice_id}}, WHO)
    value = claims.apply_gesture(db, claim_id, Gesture.AVOIR_TOTAL, {}, WHO,
                                 today=date(2026, 1, 12))
    assert value.status is ClaimStatus.RESOLUE and value.credit_note_id is not None
    credit = invoices.get_invoice(db, value.credit_note_id)
    assert credit.kind is DocumentKind.CREDIT_NOTE and credit.number == value.credit_note_number
    assert credit.totals.ttc == -D("2895.48")
    assert credit.totals.negated() == invoices.get_invoice(db, second).totals
    assert f"Réclamation {value.number}" in credit.draft.additional_info
    assert invoices.client_balance(db, client_id) == D("2895.48")
    assert load_client_file(db, client_id).journal[0].summary == (
        f"Réclamation {value.number} résolue : avoir {credit.number}")
    assert [r.id for r in claims.claims_of_invoice(db, value.credit_note_id)] == [claim_id]


def test_missing_material_credited_line_by_line(spirit: tuple[Database, int, int]) -> None:
    db, client_id, invoice_id = spirit
    claim_id = claims.open_claim(db, client_id, invoice_id, ClaimType.MATERIEL_MANQUANT,
                                 "Il manque deux pièces.", WHO)
    walk(db, claim_id, {"founded": True, "departments": ["logistique"],
                        "analysis": {"delivered": {"1": "8"}}})
    credit_lines = claims.analysis_for(db, claim_id)["missing"].credit_lines
    with pytest.raises(DomainError, match="plus que la quantité facturée"):
        claims.apply_gesture(db, claim_id, Gesture.AVOIR_LIGNES, {"lines": {1: D("11")}}, WHO)
    value = claims.apply_gesture(db, claim_id, Gesture.AVOIR_LIGNES, {"lines": credit_lines}, WHO,
                                 today=date(2026, 1, 12))
    assert value.gesture_details == {"lines": {"1": "2"}}
    credit = invoices.get_invoice(db, value.credit_note_id or 0)
    assert [(line.description, line.quantity) for line in credit.draft.lines] == [("Produit", D("-2"))]
    assert credit.totals.net == -D("197.58")  # 207,98 less the invoice's 5 % discount
