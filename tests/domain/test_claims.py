"""Claims in the domain: the seed's vocabulary, the step rules, status, age and analysis helpers."""

from dataclasses import replace
from datetime import date
from decimal import Decimal as D

import pytest

from crmdesk.domain.claims import (CHECKLISTS, QUALITY_CHECKLIST, SUGGESTED_DEPARTMENTS, ClaimData,
                                   ClaimStatus, ClaimStep, ClaimType, Department, Gesture,
                                   InvoiceFacts, age_days, checklist_hint, claim_number,
                                   claim_sequence, closing_status, double_billing_candidates,
                                   double_billing_hint, event_date_gap, is_waiting_too_long,
                                   missing_quantities, price_gaps, price_hint, problems_before,
                                   status_after_save, validate_step)
from crmdesk.domain.errors import DomainError
from crmdesk.domain.totals import Line

SEED_LINES = (Line.parse("Main-d'œuvre", "25", "Heure", "60", "20"),
              Line.parse("Produit", "10", "Pièce", "103,99", "20"))


# ----------------------------------------------------------------------------- vocabulary

@pytest.mark.parametrize(("kind", "words"), [
    (ClaimType.QUALITE, "qualité des biens et/ou des services"),
    (ClaimType.PRIX, "entre celui facturé et celui négocié"),
    (ClaimType.ADMINISTRATIF, "documents manquants ou mal rédigés"),
    (ClaimType.DATE_EVENEMENT, "facture émise alors que le matériel n'a pas été envoyé"),
    (ClaimType.MATERIEL_MANQUANT, "ce qui a été facturé et ce qui a été réellement livré"),
    (ClaimType.DOUBLE_FACTURATION, "même livraison facturée deux fois"),
])
def test_each_type_has_the_seed_definition(kind: ClaimType, words: str) -> None:
    assert words in kind.definition
    assert kind.label.startswith("Litige")
    assert kind.definition.endswith(".")
    assert kind in SUGGESTED_DEPARTMENTS


def test_six_types_four_statuses_five_pages() -> None:
    assert len(ClaimType) == 6
    assert [s.label for s in ClaimStatus] == ["Ouverte", "En cours", "Résolue", "Rejetée"]
    assert [int(s) for s in ClaimStep] == [1, 2, 3, 4, 5]
    assert ClaimStep.ECOUTER.title == "Écouter le client"
    assert "sans l'interrompre" in ClaimStep.ECOUTER.help
    assert "type de litige" in ClaimStep.REFORMULER.help
    assert "fondée" in ClaimStep.SOLUTION.help and "services" in ClaimStep.SOLUTION.help
    assert "équivalent" in ClaimStep.GESTE.help and "bon de réduction" in ClaimStep.GESTE.help
    assert all(step.help and step.title for step in ClaimStep)
    assert {d.label for d in Department} == {"Logistique", "Comptabilité", "Qualité",
                                             "Administration des ventes"}
    assert len(Gesture) == 8 and all(g.label for g in Gesture)
    assert [g for g in Gesture if g.is_credit_note] == [Gesture.AVOIR_TOTAL, Gesture.AVOIR_LIGNES,
                                                         Gesture.AVOIR_MONTANT]


def test_checklists_for_quality_and_administrative_claims() -> None:
    assert set(CHECKLISTS) == {ClaimType.QUALITE, ClaimType.ADMINISTRATIF}
    for items in CHECKLISTS.values():
        assert len(items) >= 4
        assert all(item.question.endswith("?") for item in items)
        assert len({item.key for item in items}) == len(items)


def test_claim_numbers() -> None:
    assert claim_number(2026, 1) == "R-2026-0001"
    assert claim_sequence("R-2026-0042") == 42 and claim_sequence("R-2026-12345") == 12345
    with pytest.raises(DomainError):
        claim_number(2026, 0)


# ----------------------------------------------------------------------------- step rules

LISTENED = ClaimData(client_id=1, invoice_id=10, type=ClaimType.PRIX, client_words="Trop cher !")


def test_step_1_requires_client_type_words_and_an_invoice_for_invoice_types() -> None:
    assert validate_step(ClaimData(), 1) == ["Choisissez le client.", "Choisissez le type de litige.",
                                             "Notez les propres mots du client."]
    assert validate_step(LISTENED, 1) == []
    assert validate_step(replace(LISTENED, invoice_id=None), 1) == [
        "Un litige prix porte sur une facture : choisissez la facture concernée."]
    quality = replace(LISTENED, type=ClaimType.QUALITE, invoice_id=None)
    assert validate_step(quality, 1) == []  # a quality claim may concern no invoice


def test_step_2_requires_a_reformulation() -> None:
    assert validate_step(LISTENED, 2) == ["Reformulez la réclamation avec vos mots."]
    assert validate_step(replace(LISTENED, reformulation="Le prix facturé dépasse le devis."), 2) == []


def test_step_3_founded_or_explained() -> None:
    data = replace(LISTENED, reformulation="…")
    assert validate_step(data, 3) == ["Indiquez si la réclamation est fondée."]
    assert validate_step(replace(data, founded=True), 3) == [
        "Choisissez au moins un service à contacter."]
    assert validate_step(replace(data, founded=True, departments=(Department.COMPTABILITE,)), 3) == []
    assert validate_step(replace(data, founded=False), 3) == [
        "Notez l'explication donnée au client (incompréhension, erreur ou mauvaise manipulation "
        "de sa part)."]
    assert validate_step(replace(data, founded=False, explanation="Le devis était HT."), 3) == []


def test_step_3_evidence_for_double_billing_and_missing_material() -> None:
    founded = replace(LISTENED, founded=True, departments=(Department.COMPTABILITE,))
    double = replace(founded, type=ClaimType.DOUBLE_FACTURATION)
    assert validate_step(double, 3) == ["Désignez la facture qui facturait déjà la même livraison."]
    assert validate_step(replace(double, analysis={"duplicate_of": 9}), 3) == []
    assert validate_step(replace(double, analysis={"duplicate_of": 10}), 3) == [
        "La facture en double ne peut pas être la facture de la réclamation."]
    missing = replace(founded, type=ClaimType.MATERIEL_MANQUANT)
    assert validate_step(missing, 3) == ["Indiquez les quantités réellement livrées."]
    assert validate_step(replace(missing, analysis={"delivered": {"1": "8"}}), 3,
                         invoice_lines=SEED_LINES) == []
    assert validate_step(replace(missing, analysis={"delivered": {"5": "8"}}), 3,
                         invoice_lines=SEED_LINES) == [
        "Quantité livrée : la facture n'a pas de ligne 6."]
    assert validate_step(replace(missing, analysis={"delivered": {"1": "huit"}}), 3)[0].startswith(
        "quantité livrée : « huit » n'est pas un nombre")
    assert validate_step(replace(founded, analysis={"bogus": 1}), 3) == [
        "Analyse : champ inconnu « bogus »."]


def test_step_4_gesture_and_its_details() -> None:
    data = replace(LISTENED, reformulation="…", founded=True, departments=(Department.QUALITE,))
    assert validate_step(data, 4) == ["Choisissez un geste commercial (ou « Aucun geste »)."]
    assert validate_step(replace(data, gesture=Gesture.AUCUN), 4) == []
    assert validate_step(replace(data, gesture=Gesture.PRODUIT_EQUIVALENT), 4) == [
        "Indiquez le produit équivalent proposé."]
    lines = replace(data, gesture=Gesture.AVOIR_LIGNES, gesture_details={"lines": {"1": "11"}})
    assert validate_step(lines, 4, invoice_lines=SEED_LINES) == [
        "Ligne 2 : on ne peut créditer plus que la quantité facturée (10)."]
    assert validate_step(replace(lines, gesture_details={"lines": {"1": "2"}}), 4,
                         invoice_lines=SEED_LINES) == []
    assert validate_step(replace(data, gesture=Gesture.AVOIR_MONTANT,
                                 gesture_details={"amounts": {"10": "50"}}), 4,
                         invoice_lines=SEED_LINES) == [
        "La facture n'a pas de ligne au taux de TVA de 10 %."]
    no_invoice = replace(data, invoice_id=None, gesture=Gesture.AVOIR_TOTAL)
    assert validate_step(no_invoice, 4) == [
        "Un avoir corrige une facture : choisissez d'abord la facture concernée (étape 1)."]
    remise = replace(data, gesture=Gesture.REMISE_PROCHAINE_COMMANDE)
    assert validate_step(remise, 4) == ["Indiquez le pourcentage de remise."]
    assert validate_step(replace(remise, gesture_details={"percent": "5"}), 4) == []
    assert validate_step(replace(remise, gesture_details={"percent": "150"}), 4) == [
        "Le pourcentage doit être compris entre 0 et 100 %."]
    assert validate_step(replace(remise, gesture_details={"percent": "5", "expires_on": "2026-01-01"}),
                         4, today=date(2026, 2, 1)) == [
        "La date de fin de validité (01/01/2026) est déjà passée."]
    bon = replace(data, gesture=Gesture.BON_DE_REDUCTION)
    assert validate_step(bon, 4) == ["Indiquez la valeur du bon : un montant ou un pourcentage."]
    assert validate_step(replace(bon, gesture_details={"amount": "50"}), 4) == []


def test_a_step_is_reached_only_past_complete_ones() -> None:
    assert problems_before(LISTENED, 2) == {}
    assert problems_before(LISTENED, 4) == {
        ClaimStep.REFORMULER: ["Reformulez la réclamation avec vos mots."],
        ClaimStep.SOLUTION: ["Indiquez si la réclamation est fondée."]}
    with pytest.raises(DomainError, match="Étape 7 inconnue"):
        validate_step(LISTENED, 7)


# ----------------------------------------------------------------------------- status and age

def test_status_transitions() -> None:
    assert status_after_save(ClaimStatus.OUVERTE, 1) is ClaimStatus.OUVERTE
    assert status_after_save(ClaimStatus.OUVERTE, 2) is ClaimStatus.EN_COURS
    assert status_after_save(ClaimStatus.EN_COURS, 1) is ClaimStatus.EN_COURS
    for closed in (ClaimStatus.RESOLUE, ClaimStatus.REJETEE):
        with pytest.raises(DomainError, match="ne peut plus être modifiée"):
            status_after_save(closed, 3)
    assert closing_status(replace(LISTENED, founded=True)) is ClaimStatus.RESOLUE
    assert closing_status(replace(LISTENED, founded=False)) is ClaimStatus.REJETEE
    with pytest.raises(DomainError):
        closing_status(LISTENED)


def test_age_and_waiting_too_long() -> None:
    opened = date(2026, 1, 10)
    assert age_days(opened, opened) == 0
    assert age_days(opened, date(2026, 1, 25)) == 15
    assert age_days(opened, date(2026, 1, 1)) == 0
    assert not is_waiting_too_long(opened, date(2026, 1, 25), 15)
    assert is_waiting_too_long(opened, date(2026, 1, 26), 15)


# ----------------------------------------------------------------------------- analysis helpers

def _facts(id: int, day: date, ttc: str, lines: tuple[Line, ...] = SEED_LINES, client_id: int = 1,
           sale: date | None = date(2026, 1, 2)) -> InvoiceFacts:
    return InvoiceFacts(id=id, number=str(100 + id), client_id=client_id, issue_date=day,
                        ttc=D(ttc), lines=lines, sale_date=sale)


def test_double_billing_finds_the_duplicate_among_others() -> None:
    claimed = _facts(2, date(2026, 1, 9), "2895.48")
    other_lines = (Line.parse("Conseil", "1", "Forfait", "2412,90", "20"),)
    reordered = tuple(reversed(SEED_LINES))
    others = [
        _facts(1, date(2026, 1, 8), "2895.48"),                                   # the duplicate
        _facts(3, date(2026, 1, 29), "2895.48", other_lines, sale=None),          # same amount only
        _facts(4, date(2026, 1, 9), "2895.48", client_id=2),                      # another client
        _facts(5, date(2026, 2, 20), "2895.48"),                                  # too far
        _facts(6, date(2026, 1, 12), "100.00", (SEED_LINES[0],)),                 # nothing alike
        _facts(7, date(2026, 1, 2), "2740.00", reordered, sale=date(2026, 1, 1)),  # same lines
        claimed,                                                                  # itself
    ]
    found = double_billing_candidates(claimed, others, window_days=30)
    assert [c.invoice_id for c in found] == [1, 7, 3]
    best = found[0]
    assert (best.same_ttc, best.same_lines, best.same_sale_date) == (True, True, True)
    assert best.days_apart == 1
    assert best.reason == ("même montant TTC (2\u202f895,48\u00a0€), mêmes lignes, même date de vente "
                           "(02/01/2026), 1 jour d'écart")
    assert (found[1].same_ttc, found[1].same_lines) == (False, True)
    assert found[2].reason.endswith("20 jours d'écart")
    assert double_billing_hint(found).founded is True
    assert double_billing_hint([]).founded is False


def test_price_gaps_against_catalogue_and_negotiated_prices() -> None:
    gaps = price_gaps(SEED_LINES, {"produit": D("99.99"), "Main-d'oeuvre": D("60")})
    assert [(g.index, g.reference_price, g.unit_gap, g.amount_ht) for g in gaps] == [
        (0, D("60"), D("0.0000"), D("0.00")), (1, D("99.99"), D("4.0000"), D("40.00"))]
    assert gaps[1].reference == "catalogue"
    hint = price_hint(gaps)
    assert hint.founded is True and "40,00" in hint.reason
    negotiated = price_gaps(SEED_LINES, {}, negotiated={0: D("55")})
    assert negotiated[0].amount_ht == D("125.00") and negotiated[0].reference == "négocié"
    assert negotiated[1].reference_price is None and negotiated[1].amount_ht is None
    assert price_hint(price_gaps(SEED_LINES, {})).founded is None
    assert price_hint(price_gaps(SEED_LINES, {"Produit": D("103.99")})).founded is False


def test_missing_quantities_and_their_amount() -> None:
    report = missing_quantities(SEED_LINES, {1: D("8")})
    assert len(report.lines) == 1
    line = report.lines[0]
    assert (line.invoiced, line.delivered, line.missing, line.amount_ht) == (
        D("10"), D("8"), D("2"), D("207.98"))
    assert report.total_ht == D("207.98")
    assert report.credit_lines == {1: D("2")}
    assert report.hint.founded is True
    complete = missing_quantities(SEED_LINES, {0: D("25"), 1: D("12")})
    assert complete.total_ht == D("0.00") and complete.credit_lines == {}
    assert complete.hint.founded is False
    assert missing_quantities(SEED_LINES, {}).hint.founded is None
    with pytest.raises(DomainError):
        missing_quantities(SEED_LINES, {0: D("-1")})


def test_event_date_gap() -> None:
    early = event_date_gap(date(2026, 1, 8), date(2026, 1, 15))
    assert (early.days, early.invoiced_before_delivery, early.hint.founded) == (7, True, True)
    assert "7 jours avant la livraison du 15/01/2026" in early.hint.reason
    late = event_date_gap(date(2026, 1, 8), date(2026, 1, 2))
    assert (late.days, late.invoiced_before_delivery, late.hint.founded) == (-6, False, False)
    never = event_date_gap(date(2026, 1, 8), None)
    assert never.invoiced_before_delivery and never.hint.founded is True and never.days is None


def test_checklist_hint() -> None:
    assert checklist_hint(QUALITY_CHECKLIST, {}).founded is None
    assert checklist_hint(QUALITY_CHECKLIST, {"defaut_constate": True, "usage_conforme": True,
                                              "sous_garantie": False}).founded is True
    assert checklist_hint(QUALITY_CHECKLIST, {"defaut_constate": False,
                                              "usage_conforme": False}).founded is False
