"""Claims and disputes (réclamations, litiges): the four steps of the seed, as rules.

The seed (part III, DOMAIN.md §1.3) settles a dispute in four steps: *écouter* the
client and identify the type of dispute among six, *reformuler*, *trouver une
solution* (is the claim founded? acknowledge and contact the departments, or
explain), and *faire un geste commercial*. This module holds the vocabulary
(types with their definitions, statuses, steps with the help a trainee reads,
departments, gestures, checklists), the rules (what each step requires, how the
status moves, the age of a claim) and the analysis helpers the third step shows:
pure functions of plain values, with no database.

Everything a claim holds between two saves is a :class:`ClaimData`; the JSON kept
in ``analysis`` and ``gesture_details`` uses the keys named by the ``KEY_*`` and
``DETAIL_*`` constants below, with numbers written as strings ("8", "103.99")
and dates as ISO strings, so nothing is ever a float.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import IntEnum, StrEnum
from typing import Any

from crmdesk.domain.errors import DomainError
from crmdesk.domain.money import (ZERO, format_money_fr, format_plain, mul, parse_decimal,
                                  round_cents)
from crmdesk.domain.text import fold
from crmdesk.domain.totals import DISCOUNT_PLACES, QUANTITY_PLACES, Line


# ----------------------------------------------------------------------------- vocabulary

class ClaimType(StrEnum):
    """The six types of dispute of the seed."""

    QUALITE = "qualite"
    PRIX = "prix"
    ADMINISTRATIF = "administratif"
    DATE_EVENEMENT = "date_evenement"
    MATERIEL_MANQUANT = "materiel_manquant"
    DOUBLE_FACTURATION = "double_facturation"

    @property
    def label(self) -> str:
        return _TYPE_LABELS[self]

    @property
    def definition(self) -> str:
        """The seed's one-sentence definition, shown beside the choice at step 1."""
        return _TYPE_DEFINITIONS[self]

    @property
    def needs_invoice(self) -> bool:
        """True when the claim is about an invoice's content (its analysis reads the invoice)."""
        return self not in (ClaimType.QUALITE, ClaimType.ADMINISTRATIF)


_TYPE_LABELS = {
    ClaimType.QUALITE: "Litige qualité",
    ClaimType.PRIX: "Litige prix",
    ClaimType.ADMINISTRATIF: "Litige administratif",
    ClaimType.DATE_EVENEMENT: "Litige de date d'événement",
    ClaimType.MATERIEL_MANQUANT: "Litige matériel manquant",
    ClaimType.DOUBLE_FACTURATION: "Litige « double facturation »",
}

_TYPE_DEFINITIONS = {
    ClaimType.QUALITE: "Le litige qualité regroupe les contestations concernant la qualité des "
                       "biens et/ou des services réalisés.",
    ClaimType.PRIX: "Le litige prix concerne un différentiel de prix entre celui facturé et celui "
                    "négocié par le client.",
    ClaimType.ADMINISTRATIF: "Le litige administratif concerne les problèmes de documents "
                             "manquants ou mal rédigés (factures, bons de commande, liste de colisage...).",
    ClaimType.DATE_EVENEMENT: "Le litige de date d'événement porte sur une date qui ne correspond "
                              "pas à l'événement (par exemple, une facture émise alors que le "
                              "matériel n'a pas été envoyé au client).",
    ClaimType.MATERIEL_MANQUANT: "Le litige matériel manquant s'appuie sur des différences entre "
                                 "ce qui a été facturé et ce qui a été réellement livré.",
    ClaimType.DOUBLE_FACTURATION: "Le litige « double facturation » concerne une même livraison "
                                  "facturée deux fois.",
}


class ClaimStatus(StrEnum):
    OUVERTE = "ouverte"
    EN_COURS = "en_cours"
    RESOLUE = "resolue"
    REJETEE = "rejetee"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]

    @property
    def is_closed(self) -> bool:
        return self in (ClaimStatus.RESOLUE, ClaimStatus.REJETEE)


_STATUS_LABELS = {ClaimStatus.OUVERTE: "Ouverte", ClaimStatus.EN_COURS: "En cours",
                  ClaimStatus.RESOLUE: "Résolue", ClaimStatus.REJETEE: "Rejetée"}


class ClaimStep(IntEnum):
    """The pages of the claim wizard: the seed's four steps, then a summary."""

    ECOUTER = 1
    REFORMULER = 2
    SOLUTION = 3
    GESTE = 4
    RESUME = 5

    @property
    def title(self) -> str:
        return _STEP_TITLES[self]

    @property
    def help(self) -> str:
        """What a trainee reads at the top of the page (from the seed)."""
        return _STEP_HELP[self]


_STEP_TITLES = {
    ClaimStep.ECOUTER: "Écouter le client",
    ClaimStep.REFORMULER: "Reformuler",
    ClaimStep.SOLUTION: "Trouver une solution",
    ClaimStep.GESTE: "Faire un geste commercial",
    ClaimStep.RESUME: "Résumé",
}

_STEP_HELP = {
    ClaimStep.ECOUTER: "Laissez le client décrire l'origine de la réclamation sans l'interrompre, "
                       "notez ses propres mots, puis identifiez le type de litige parmi les six.",
    ClaimStep.REFORMULER: "Reprenez les raisons du mécontentement du client avec vos mots et "
                          "vérifiez que vous avez bien identifié le type de litige.",
    ClaimStep.SOLUTION: "Vérifiez d'abord si la réclamation est fondée en posant des questions au "
                        "client afin d'identifier l'origine du problème. Si elle est recevable, "
                        "reconnaissez les erreurs commises et contactez rapidement les services "
                        "concernés. Sinon, expliquez au client qu'elle provient d'une "
                        "incompréhension, d'une erreur ou d'une mauvaise manipulation de sa part. "
                        "Dans les deux cas, trouvez une solution au problème.",
    ClaimStep.GESTE: "Pour vous excuser auprès du client mécontent, proposez de remplacer le "
                     "produit défectueux (ou le service) par un nouveau, un autre produit "
                     "équivalent, un avoir ou des avantages (remise, bon de réduction).",
    ClaimStep.RESUME: "Relisez la réclamation avant de la clore : ce que le client a dit, ce qui a "
                      "été vérifié et décidé, le geste commercial proposé.",
}


class Department(StrEnum):
    """The departments a founded claim is passed to."""

    LOGISTIQUE = "logistique"
    COMPTABILITE = "comptabilite"
    QUALITE = "qualite"
    ADMINISTRATION_DES_VENTES = "administration_des_ventes"

    @property
    def label(self) -> str:
        return _DEPARTMENT_LABELS[self]


_DEPARTMENT_LABELS = {Department.LOGISTIQUE: "Logistique", Department.COMPTABILITE: "Comptabilité",
                      Department.QUALITE: "Qualité",
                      Department.ADMINISTRATION_DES_VENTES: "Administration des ventes"}

#: The departments pre-selected for a founded claim of each type (the user may change them).
SUGGESTED_DEPARTMENTS: dict[ClaimType, tuple[Department, ...]] = {
    ClaimType.QUALITE: (Department.QUALITE,),
    ClaimType.PRIX: (Department.ADMINISTRATION_DES_VENTES, Department.COMPTABILITE),
    ClaimType.ADMINISTRATIF: (Department.ADMINISTRATION_DES_VENTES,),
    ClaimType.DATE_EVENEMENT: (Department.LOGISTIQUE, Department.COMPTABILITE),
    ClaimType.MATERIEL_MANQUANT: (Department.LOGISTIQUE,),
    ClaimType.DOUBLE_FACTURATION: (Department.COMPTABILITE,),
}


class Gesture(StrEnum):
    """The commercial gesture of step 4."""

    REMPLACEMENT = "remplacement"
    PRODUIT_EQUIVALENT = "produit_equivalent"
    AVOIR_TOTAL = "avoir_total"
    AVOIR_LIGNES = "avoir_lignes"
    AVOIR_MONTANT = "avoir_montant"
    REMISE_PROCHAINE_COMMANDE = "remise_prochaine_commande"
    BON_DE_REDUCTION = "bon_de_reduction"
    AUCUN = "aucun"

    @property
    def label(self) -> str:
        return _GESTURE_LABELS[self]

    @property
    def is_credit_note(self) -> bool:
        return self in (Gesture.AVOIR_TOTAL, Gesture.AVOIR_LIGNES, Gesture.AVOIR_MONTANT)

    @property
    def is_reward(self) -> bool:
        """Recorded as a reward the invoice editor offers on the client's next invoice."""
        return self in (Gesture.REMISE_PROCHAINE_COMMANDE, Gesture.BON_DE_REDUCTION)


_GESTURE_LABELS = {
    Gesture.REMPLACEMENT: "Remplacement du produit ou du service",
    Gesture.PRODUIT_EQUIVALENT: "Autre produit équivalent",
    Gesture.AVOIR_TOTAL: "Avoir sur toute la facture",
    Gesture.AVOIR_LIGNES: "Avoir sur des lignes choisies",
    Gesture.AVOIR_MONTANT: "Avoir d'un montant",
    Gesture.REMISE_PROCHAINE_COMMANDE: "Remise sur la prochaine commande",
    Gesture.BON_DE_REDUCTION: "Bon de réduction",
    Gesture.AUCUN: "Aucun geste",
}


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    """A question of a checklist; ``founded_if`` is the answer that supports the client."""

    key: str
    question: str
    founded_if: bool = True


QUALITY_CHECKLIST: tuple[ChecklistItem, ...] = (
    ChecklistItem("defaut_constate", "Le défaut est-il constaté (photo, constat, retour du "
                                     "produit, compte rendu d'intervention) ?"),
    ChecklistItem("present_a_livraison", "Le défaut existait-il à la livraison ou à la fin de la "
                                         "prestation (et non après un mauvais stockage ou un "
                                         "transport par le client) ?"),
    ChecklistItem("usage_conforme", "Le produit a-t-il été utilisé conformément à la notice et à "
                                    "l'usage prévu ?"),
    ChecklistItem("sous_garantie", "Le produit ou le service est-il encore sous garantie ?"),
    ChecklistItem("non_conforme_commande", "Ce qui a été livré ou réalisé diffère-t-il de ce qui "
                                           "était prévu à la commande ?"),
)

ADMINISTRATIVE_CHECKLIST: tuple[ChecklistItem, ...] = (
    ChecklistItem("document_identifie", "Le document en cause est-il identifié (facture, bon de "
                                        "commande, bon de livraison, liste de colisage) ?"),
    ChecklistItem("non_recu", "Le client n'a-t-il pas reçu le document (aucune trace d'envoi, "
                              "adresse erronée) ?"),
    ChecklistItem("mentions_erronees", "Le document porte-t-il une mention erronée (adresse, "
                                       "références, quantités, conditions de paiement) ?"),
    ChecklistItem("mentions_manquantes", "Manque-t-il une mention obligatoire au document ?"),
    ChecklistItem("erreur_interne", "L'erreur vient-elle de notre saisie ou de notre envoi (et non "
                                    "d'informations fausses données par le client) ?"),
)

CHECKLISTS: dict[ClaimType, tuple[ChecklistItem, ...]] = {
    ClaimType.QUALITE: QUALITY_CHECKLIST,
    ClaimType.ADMINISTRATIF: ADMINISTRATIVE_CHECKLIST,
}

# Keys of the ``analysis`` JSON (step 3).
KEY_DELIVERED = "delivered"                  # {"0": "8", ...}: delivered quantity per line index
KEY_NEGOTIATED = "negotiated_prices"         # {"1": "95"}: the unit price HT the client negotiated
KEY_DELIVERY_DATE = "delivery_date"          # "2026-01-15": when the goods were really delivered
KEY_NOT_DELIVERED = "not_delivered"          # true: nothing delivered yet
KEY_CHECKLIST = "checklist"                  # {"defaut_constate": true, ...}
KEY_DUPLICATE_OF = "duplicate_of"            # id of the invoice already billing the same delivery
KEY_NOTES = "notes"                          # free notes of the questions asked
ANALYSIS_KEYS = frozenset({KEY_DELIVERED, KEY_NEGOTIATED, KEY_DELIVERY_DATE, KEY_NOT_DELIVERED,
                           KEY_CHECKLIST, KEY_DUPLICATE_OF, KEY_NOTES})

# Keys of the ``gesture_details`` JSON (step 4).
DETAIL_DESCRIPTION = "description"  # remplacement / produit équivalent: what is sent
DETAIL_PRODUCT_ID = "product_id"    # produit équivalent: a catalogue entry, optional
DETAIL_LINES = "lines"              # avoir sur lignes: {"1": "2"} line index → quantity credited
DETAIL_AMOUNTS = "amounts"          # avoir d'un montant: {"20": "120.00"} VAT rate → amount TTC
DETAIL_PERCENT = "percent"          # remise (and optionally bon): "5"
DETAIL_AMOUNT = "amount"            # bon de réduction: "50.00"
DETAIL_EXPIRES_ON = "expires_on"    # remise / bon: "2026-07-08"
DETAIL_KEYS = frozenset({DETAIL_DESCRIPTION, DETAIL_PRODUCT_ID, DETAIL_LINES, DETAIL_AMOUNTS,
                         DETAIL_PERCENT, DETAIL_AMOUNT, DETAIL_EXPIRES_ON})

#: How long a discount or voucher stays valid when no expiry date is given.
DEFAULT_REWARD_VALIDITY_DAYS = 180


# ----------------------------------------------------------------------------- the claim's data

@dataclass(frozen=True, slots=True)
class ClaimData:
    """What the wizard has gathered so far; any field may still be empty."""

    client_id: int | None = None
    invoice_id: int | None = None
    type: ClaimType | None = None
    client_words: str = ""
    reformulation: str = ""
    founded: bool | None = None
    analysis: Mapping[str, Any] = field(default_factory=dict)
    departments: tuple[Department, ...] = ()
    explanation: str = ""
    gesture: Gesture | None = None
    gesture_details: Mapping[str, Any] = field(default_factory=dict)


def claim_number(year: int, sequence: int) -> str:
    """``claim_number(2026, 1)`` → ``"R-2026-0001"`` (a sequence per year, unique, gaps allowed)."""
    if sequence < 1:
        raise DomainError("Un numéro de réclamation commence à 1.")
    return f"R-{year}-{sequence:04d}"


def claim_sequence(number: str) -> int:
    """The sequence part of a claim number (0 when the number is not of the ``R-YYYY-n`` form)."""
    tail = number.rsplit("-", 1)[-1]
    return int(tail) if tail.isdigit() else 0


# ----------------------------------------------------------------------------- reading the JSON

def _decimal(value: object, what: str, places: int) -> Decimal:
    return parse_decimal(value if not isinstance(value, str) else value.strip(), field=what,
                         places=places)


def _index_map(raw: object, what: str, places: int) -> dict[int, Decimal]:
    if raw is None:
        return {}
    if not isinstance(raw, Mapping):
        raise DomainError(f"{what} : un tableau « ligne → valeur » est attendu.")
    out: dict[int, Decimal] = {}
    for key, value in raw.items():
        if value is None or (isinstance(value, str) and not value.strip()):
            continue  # a field left blank
        try:
            index = int(key)
        except (TypeError, ValueError):
            raise DomainError(f"{what} : « {key} » n'est pas un numéro de ligne.") from None
        if index < 0:
            raise DomainError(f"{what} : « {key} » n'est pas un numéro de ligne.")
        out[index] = _decimal(value, what, places)
    return out


def delivered_quantities(analysis: Mapping[str, Any]) -> dict[int, Decimal]:
    """The delivered quantities typed at step 3, by invoice line index (0-based)."""
    return _index_map(analysis.get(KEY_DELIVERED), "quantité livrée", QUANTITY_PLACES)


def negotiated_prices(analysis: Mapping[str, Any]) -> dict[int, Decimal]:
    """The unit prices HT the client says were negotiated, by invoice line index."""
    return _index_map(analysis.get(KEY_NEGOTIATED), "prix négocié", QUANTITY_PLACES)


def delivery_date(analysis: Mapping[str, Any]) -> date | None:
    raw = analysis.get(KEY_DELIVERY_DATE)
    if raw is None or raw == "":
        return None
    if isinstance(raw, date):
        return raw
    try:
        return date.fromisoformat(str(raw))
    except ValueError:
        raise DomainError(f"Date de livraison « {raw} » illisible (attendu AAAA-MM-JJ).") from None


def checklist_answers(analysis: Mapping[str, Any]) -> dict[str, bool]:
    raw = analysis.get(KEY_CHECKLIST) or {}
    if not isinstance(raw, Mapping):
        raise DomainError("La liste de vérification doit associer chaque question à oui ou non.")
    return {str(k): bool(v) for k, v in raw.items() if v is not None}


def duplicate_of(analysis: Mapping[str, Any]) -> int | None:
    raw = analysis.get(KEY_DUPLICATE_OF)
    if raw is None or raw == "":
        return None
    if isinstance(raw, bool) or not isinstance(raw, int | str):
        raise DomainError("La facture en double doit être désignée par son identifiant.")
    try:
        return int(raw)
    except ValueError:
        raise DomainError("La facture en double doit être désignée par son identifiant.") from None


def credited_lines(details: Mapping[str, Any]) -> dict[int, Decimal]:
    """``{line index: quantity}`` of an *avoir sur lignes*."""
    return _index_map(details.get(DETAIL_LINES), "quantité à créditer", QUANTITY_PLACES)


def credited_amounts(details: Mapping[str, Any]) -> dict[Decimal, Decimal]:
    """``{VAT rate: amount TTC}`` of an *avoir d'un montant*."""
    raw = details.get(DETAIL_AMOUNTS)
    if raw is None:
        return {}
    if not isinstance(raw, Mapping):
        raise DomainError("Montant de l'avoir : un tableau « taux de TVA → montant TTC » est "
                          "attendu.")
    out: dict[Decimal, Decimal] = {}
    for rate, amount in raw.items():
        if amount is None or (isinstance(amount, str) and not amount.strip()):
            continue
        out[_decimal(rate, "taux de TVA", 2)] = _decimal(amount, "montant TTC de l'avoir", 2)
    return out


def reward_percent(details: Mapping[str, Any]) -> Decimal | None:
    raw = details.get(DETAIL_PERCENT)
    return None if raw in (None, "") else _decimal(raw, "pourcentage de remise", DISCOUNT_PLACES)


def reward_amount(details: Mapping[str, Any]) -> Decimal | None:
    raw = details.get(DETAIL_AMOUNT)
    return None if raw in (None, "") else _decimal(raw, "montant du bon", 2)


def reward_expiry(details: Mapping[str, Any]) -> date | None:
    raw = details.get(DETAIL_EXPIRES_ON)
    if raw in (None, ""):
        return None
    if isinstance(raw, date):
        return raw
    try:
        return date.fromisoformat(str(raw))
    except ValueError:
        raise DomainError(f"Date de fin de validité « {raw} » illisible "
                          "(attendu AAAA-MM-JJ).") from None


# ----------------------------------------------------------------------------- step rules

def _qty(quantity: Decimal) -> str:
    """A quantity in French without trailing zeros: ``Decimal("2.5000")`` → ``2,5``."""
    return format_plain(quantity.normalize()).replace(".", ",")


def validate_step(data: ClaimData, step: int, *, invoice_lines: Sequence[Line] | None = None,
                  today: date | None = None) -> list[str]:
    """What is still missing or wrong before the wizard may leave ``step``, in French.

    ``invoice_lines`` (the lines of the claim's invoice) lets the rules check line
    numbers and quantities; ``today`` lets them refuse an expiry date in the past.
    The summary (step 5) requires nothing of its own.
    """
    try:
        rule = _RULES[ClaimStep(step)]
    except ValueError:
        raise DomainError(f"Étape {step} inconnue : les étapes vont de 1 à 5.") from None
    try:
        return rule(data, invoice_lines, today)
    except DomainError as exc:  # a value that cannot even be read is a problem of the step
        return [str(exc)]


def _step1(data: ClaimData, _lines: Sequence[Line] | None, _today: date | None) -> list[str]:
    problems = []
    if data.client_id is None:
        problems.append("Choisissez le client.")
    if data.type is None:
        problems.append("Choisissez le type de litige.")
    elif data.type.needs_invoice and data.invoice_id is None:
        problems.append(f"Un {data.type.label.lower()} porte sur une facture : choisissez la "
                        "facture concernée.")
    if not data.client_words.strip():
        problems.append("Notez les propres mots du client.")
    return problems


def _step2(data: ClaimData, _lines: Sequence[Line] | None, _today: date | None) -> list[str]:
    problems = []
    if not data.reformulation.strip():
        problems.append("Reformulez la réclamation avec vos mots.")
    if data.type is None:
        problems.append("Confirmez ou changez le type de litige.")
    return problems


def _step3(data: ClaimData, lines: Sequence[Line] | None, _today: date | None) -> list[str]:
    problems: list[str] = []
    unknown = set(data.analysis) - ANALYSIS_KEYS
    if unknown:
        problems.append(f"Analyse : champ inconnu « {sorted(unknown)[0]} ».")
    delivered = delivered_quantities(data.analysis)
    negotiated_prices(data.analysis)
    delivery_date(data.analysis)
    duplicate = duplicate_of(data.analysis)
    if lines is not None:
        for index in delivered:
            if index >= len(lines):
                problems.append(f"Quantité livrée : la facture n'a pas de ligne {index + 1}.")
    if data.type in CHECKLISTS:
        known = {item.key for item in CHECKLISTS[data.type]}
        extra = set(checklist_answers(data.analysis)) - known
        if extra:
            problems.append(f"Liste de vérification : question inconnue « {sorted(extra)[0]} ».")
    if data.founded is None:
        problems.append("Indiquez si la réclamation est fondée.")
    elif data.founded:
        if not data.departments:
            problems.append("Choisissez au moins un service à contacter.")
        if data.type is ClaimType.DOUBLE_FACTURATION and duplicate is None:
            problems.append("Désignez la facture qui facturait déjà la même livraison.")
        if data.type is ClaimType.DOUBLE_FACTURATION and duplicate == data.invoice_id:
            problems.append("La facture en double ne peut pas être la facture de la réclamation.")
        if data.type is ClaimType.MATERIEL_MANQUANT and not delivered:
            problems.append("Indiquez les quantités réellement livrées.")
    elif not data.explanation.strip():
        problems.append("Notez l'explication donnée au client (incompréhension, erreur ou mauvaise "
                        "manipulation de sa part).")
    return problems


def _step4(data: ClaimData, lines: Sequence[Line] | None, today: date | None) -> list[str]:
    gesture, details = data.gesture, data.gesture_details
    if gesture is None:
        return ["Choisissez un geste commercial (ou « Aucun geste »)."]
    problems: list[str] = []
    unknown = set(details) - DETAIL_KEYS
    if unknown:
        problems.append(f"Geste commercial : champ inconnu « {sorted(unknown)[0]} ».")
    if gesture.is_credit_note and data.invoice_id is None:
        problems.append("Un avoir corrige une facture : choisissez d'abord la facture concernée "
                        "(étape 1).")
    if gesture in (Gesture.REMPLACEMENT, Gesture.PRODUIT_EQUIVALENT):
        if not str(details.get(DETAIL_DESCRIPTION) or "").strip():
            problems.append("Indiquez le produit ou le service remplacé." if gesture is
                            Gesture.REMPLACEMENT else "Indiquez le produit équivalent proposé.")
    elif gesture is Gesture.AVOIR_LIGNES:
        chosen = credited_lines(details)
        if not chosen:
            problems.append("Choisissez les lignes à créditer et leurs quantités.")
        for index, quantity in sorted(chosen.items()):
            if quantity <= 0:
                problems.append(f"Ligne {index + 1} : la quantité créditée doit être positive.")
            elif lines is not None and index >= len(lines):
                problems.append(f"La facture n'a pas de ligne {index + 1}.")
            elif lines is not None and quantity > lines[index].quantity:
                problems.append(f"Ligne {index + 1} : on ne peut créditer plus que la quantité "
                                f"facturée ({_qty(lines[index].quantity)}).")
    elif gesture is Gesture.AVOIR_MONTANT:
        amounts = credited_amounts(details)
        if not amounts or all(v == 0 for v in amounts.values()):
            problems.append("Indiquez le montant TTC de l'avoir.")
        for rate in amounts:
            if lines is not None and rate not in {line.vat_rate for line in lines}:
                problems.append(f"La facture n'a pas de ligne au taux de TVA de "
                                f"{_qty(rate)} %.")
    elif gesture.is_reward:
        problems += reward_problems(
            "remise" if gesture is Gesture.REMISE_PROCHAINE_COMMANDE else "bon",
            reward_percent(details), reward_amount(details), reward_expiry(details), today)
    return problems


def reward_problems(kind: str, percent: Decimal | None, amount: Decimal | None,
                    expires: date | None, today: date | None) -> list[str]:
    """What is wrong with a discount (``'remise'``: a percent) or a voucher (``'bon'``: an
    amount or a percent), whether a claim's gesture or a loyalty reward gives it."""
    problems = [what for _field, what in reward_value_problems(kind, percent, amount)]
    if expires is not None and today is not None and expires < today:
        problems.append(f"La date de fin de validité ({expires:%d/%m/%Y}) est déjà passée.")
    return problems


def reward_value_problems(kind: str, percent: Decimal | None,
                          amount: Decimal | None) -> list[tuple[str, str]]:
    """The rules of a reward's value, each with the field at fault (``kind``, ``percent``
    or ``amount``): one set of rules for the forms and for the import of a file."""
    problems: list[tuple[str, str]] = []
    if kind == "remise":
        if percent is None:
            problems.append(("percent", "Indiquez le pourcentage de remise."))
        if amount is not None:
            problems.append(("amount", "Une remise se donne en pourcentage ; un montant est un "
                                       "bon de réduction."))
    elif kind != "bon":
        problems.append(("kind", f"Récompense inconnue : « {kind} » (remise ou bon)."))
    elif (percent is None) == (amount is None):
        problems.append(("amount", "Indiquez la valeur du bon : un montant ou un pourcentage."))
    if percent is not None and not ZERO < percent <= 100:
        problems.append(("percent", "Le pourcentage doit être compris entre 0 et 100 %."))
    if amount is not None and amount <= 0:
        problems.append(("amount", "Le montant du bon doit être positif."))
    return problems


def _step5(_data: ClaimData, _lines: Sequence[Line] | None, _today: date | None) -> list[str]:
    return []


_RULES = {ClaimStep.ECOUTER: _step1, ClaimStep.REFORMULER: _step2, ClaimStep.SOLUTION: _step3,
          ClaimStep.GESTE: _step4, ClaimStep.RESUME: _step5}


def problems_before(data: ClaimData, step: int, *, invoice_lines: Sequence[Line] | None = None,
                    today: date | None = None) -> dict[ClaimStep, list[str]]:
    """The problems of every step before ``step`` (the wizard may not go past them)."""
    out: dict[ClaimStep, list[str]] = {}
    for earlier in range(ClaimStep.ECOUTER, step):
        problems = validate_step(data, earlier, invoice_lines=invoice_lines, today=today)
        if problems:
            out[ClaimStep(earlier)] = problems
    return out


# ----------------------------------------------------------------------------- status and age

def status_after_save(current: ClaimStatus, step: int) -> ClaimStatus:
    """A claim is *ouverte* at creation and *en cours* once step 2 (or later) has been saved."""
    if current.is_closed:
        raise DomainError(f"Cette réclamation est {current.label.lower()} : elle ne peut plus être "
                          "modifiée.")
    return ClaimStatus.EN_COURS if step >= ClaimStep.REFORMULER else current


def closing_status(data: ClaimData) -> ClaimStatus:
    """The status a claim takes when its step 4 is done: *résolue* if founded, else *rejetée*."""
    if data.founded is None:
        raise DomainError("Indiquez d'abord si la réclamation est fondée (étape 3).")
    return ClaimStatus.RESOLUE if data.founded else ClaimStatus.REJETEE


def age_days(opened_on: date, today: date) -> int:
    """Whole days since the claim was opened (0 on the day it was opened)."""
    return max(0, (today - opened_on).days)


def is_waiting_too_long(opened_on: date, today: date, limit_days: int) -> bool:
    """True when an open claim has waited more than ``limit_days`` days."""
    return age_days(opened_on, today) > limit_days


# ----------------------------------------------------------------------------- analysis helpers

@dataclass(frozen=True, slots=True)
class Hint:
    """What the figures suggest at step 3; ``founded`` None when they cannot tell."""

    founded: bool | None
    reason: str


@dataclass(frozen=True, slots=True)
class InvoiceFacts:
    """What the analysis needs to know of an issued invoice."""

    id: int
    number: str
    client_id: int
    issue_date: date
    ttc: Decimal
    lines: tuple[Line, ...] = ()
    sale_date: date | None = None


@dataclass(frozen=True, slots=True)
class DuplicateCandidate:
    """An invoice that may bill the same delivery as the claim's invoice, and why."""

    invoice_id: int
    number: str
    issue_date: date
    ttc: Decimal
    days_apart: int
    same_ttc: bool
    same_lines: bool
    same_sale_date: bool
    reason: str


def _line_key(line: Line) -> tuple[str, Decimal, str, Decimal, Decimal]:
    return (fold(line.description), line.quantity, fold(line.unit), line.unit_price, line.vat_rate)


def same_lines(a: Sequence[Line], b: Sequence[Line]) -> bool:
    """The same lines in any order (description and unit compared folded)."""
    return bool(a) and Counter(map(_line_key, a)) == Counter(map(_line_key, b))


def _days(n: int) -> str:
    return f"{n} jour{'s' if n > 1 else ''}"


def double_billing_candidates(invoice: InvoiceFacts, others: Iterable[InvoiceFacts],
                              window_days: int = 30) -> list[DuplicateCandidate]:
    """The same client's invoices with the same TTC or the same lines, issued within the window.

    Ranked best first: same lines before same amount alone, a same sale date adds
    weight, then the closest in time.
    """
    found: list[tuple[int, DuplicateCandidate]] = []
    for other in others:
        if other.id == invoice.id or other.client_id != invoice.client_id:
            continue
        apart = abs((other.issue_date - invoice.issue_date).days)
        if apart > window_days:
            continue
        ttc, lines = other.ttc == invoice.ttc, same_lines(other.lines, invoice.lines)
        if not (ttc or lines):
            continue
        sale = invoice.sale_date is not None and other.sale_date == invoice.sale_date
        reasons = []
        if ttc:
            reasons.append(f"même montant TTC ({format_money_fr(other.ttc)})")
        if lines:
            reasons.append("mêmes lignes")
        if sale:
            reasons.append(f"même date de vente ({other.sale_date:%d/%m/%Y})")
        reasons.append("émise le même jour" if apart == 0 else f"{_days(apart)} d'écart")
        candidate = DuplicateCandidate(other.id, other.number, other.issue_date, other.ttc, apart,
                                       ttc, lines, sale, ", ".join(reasons))
        found.append((2 * lines + ttc + sale, candidate))
    found.sort(key=lambda x: (-x[0], x[1].days_apart, x[1].issue_date, x[1].invoice_id))
    return [c for _, c in found]


def double_billing_hint(candidates: Sequence[DuplicateCandidate]) -> Hint:
    if not candidates:
        return Hint(False, "Aucune autre facture de ce client n'a le même montant ni les mêmes "
                           "lignes à une date proche.")
    best = candidates[0]
    return Hint(True if best.same_lines or best.same_sale_date else None,
                f"Facture n° {best.number} du {best.issue_date:%d/%m/%Y} : {best.reason}.")


@dataclass(frozen=True, slots=True)
class PriceGap:
    """One invoice line's unit price beside the reference price (catalogue or negotiated)."""

    index: int
    description: str
    quantity: Decimal
    invoiced_price: Decimal
    reference_price: Decimal | None
    reference: str  # "catalogue", "négocié" or "" when there is none
    unit_gap: Decimal | None  # invoiced − reference (positive: invoiced too high)
    amount_ht: Decimal | None  # unit gap × quantity, to the cent, before the document discount


def price_gaps(lines: Sequence[Line], catalogue_prices: Mapping[str, Decimal], *,
               negotiated: Mapping[int, Decimal] | None = None) -> list[PriceGap]:
    """Each line's invoiced unit price against its catalogue price (matched by description).

    ``catalogue_prices`` maps descriptions (compared folded) to unit prices HT;
    ``negotiated`` (line index → price) takes precedence where the client gave one.
    """
    by_description = {fold(k): v for k, v in catalogue_prices.items()}
    negotiated = negotiated or {}
    out = []
    for index, line in enumerate(lines):
        reference: Decimal | None = negotiated.get(index)
        source = "négocié"
        if reference is None:
            reference, source = by_description.get(fold(line.description)), "catalogue"
        if reference is None:
            out.append(PriceGap(index, line.description, line.quantity, line.unit_price, None, "",
                                None, None))
            continue
        gap = line.unit_price - reference
        out.append(PriceGap(index, line.description, line.quantity, line.unit_price, reference,
                            source, gap, round_cents(mul(gap, line.quantity))))
    return out


def price_hint(gaps: Sequence[PriceGap]) -> Hint:
    over = [g for g in gaps if g.unit_gap is not None and g.unit_gap > 0]
    if over:
        total = sum((g.amount_ht or ZERO for g in over), ZERO)
        listed = ", ".join(f"ligne {g.index + 1} ({g.description})" for g in over)
        return Hint(True, f"Prix facturé supérieur au prix de référence : {listed} ; "
                          f"{format_money_fr(total)} HT avant remise.")
    if any(g.reference_price is not None for g in gaps):
        return Hint(False, "Les prix facturés ne dépassent pas les prix de référence.")
    return Hint(None, "Aucun prix de référence connu pour les lignes de cette facture.")


@dataclass(frozen=True, slots=True)
class MissingLine:
    index: int
    description: str
    unit: str
    invoiced: Decimal
    delivered: Decimal
    missing: Decimal  # invoiced − delivered (negative: more delivered than invoiced)
    amount_ht: Decimal  # missing × unit price, to the cent, before the document discount


@dataclass(frozen=True, slots=True)
class MissingReport:
    lines: tuple[MissingLine, ...]
    total_ht: Decimal  # the amount HT of what is missing (shortfalls only)

    @property
    def credit_lines(self) -> dict[int, Decimal]:
        """``{line index: missing quantity}``, ready for an *avoir sur lignes*."""
        return {x.index: x.missing for x in self.lines if x.missing > 0}

    @property
    def hint(self) -> Hint:
        if self.credit_lines:
            return Hint(True, f"Il manque {format_money_fr(self.total_ht)} HT de matériel "
                              "(avant remise).")
        if self.lines:
            return Hint(False, "Les quantités livrées couvrent les quantités facturées.")
        return Hint(None, "Saisissez les quantités réellement livrées.")


def missing_quantities(invoiced: Sequence[Line], delivered: Mapping[int, Decimal]) -> MissingReport:
    """Per line with a delivered quantity typed: the difference and its amount HT."""
    out = []
    for index, line in enumerate(invoiced):
        if index not in delivered:
            continue
        got = delivered[index]
        if got < 0:
            raise DomainError(f"Ligne {index + 1} : une quantité livrée ne peut pas être négative.")
        missing = line.quantity - got
        out.append(MissingLine(index, line.description, line.unit, line.quantity, got, missing,
                               round_cents(mul(missing, line.unit_price))))
    total = sum((x.amount_ht for x in out if x.missing > 0), ZERO)
    return MissingReport(tuple(out), total)


@dataclass(frozen=True, slots=True)
class DateGap:
    invoice_date: date
    delivery_date: date | None
    days: int | None  # delivery − invoice; positive: the invoice came first
    invoiced_before_delivery: bool
    hint: Hint


def event_date_gap(invoice_date: date, delivery_date: date | None) -> DateGap:
    """The invoice date against the delivery date (None: not delivered yet).

    An invoice issued before the goods were delivered (or while nothing has been
    delivered) supports the client's claim.
    """
    if delivery_date is None:
        return DateGap(invoice_date, None, None, True,
                       Hint(True, f"Facture émise le {invoice_date:%d/%m/%Y} alors que rien n'a "
                                  "encore été livré."))
    days = (delivery_date - invoice_date).days
    if days > 0:
        hint = Hint(True, f"Facture émise le {invoice_date:%d/%m/%Y}, {_days(days)} avant la "
                          f"livraison du {delivery_date:%d/%m/%Y}.")
    else:
        hint = Hint(False, f"Facture émise le {invoice_date:%d/%m/%Y}, après la livraison du "
                           f"{delivery_date:%d/%m/%Y}." if days else
                           f"Facture émise le jour de la livraison ({delivery_date:%d/%m/%Y}).")
    return DateGap(invoice_date, delivery_date, days, days > 0, hint)


def checklist_hint(items: Sequence[ChecklistItem], answers: Mapping[str, bool]) -> Hint:
    """How many answered questions support the client (founded if most of them do)."""
    answered = [item for item in items if item.key in answers]
    if not answered:
        return Hint(None, "Répondez aux questions de la liste de vérification.")
    support = sum(answers[item.key] == item.founded_if for item in answered)
    text = f"{support} réponse{'s' if support > 1 else ''} sur {len(answered)} en faveur du client"
    if len(answered) < len(items):
        text += f" ({len(items) - len(answered)} question(s) sans réponse)"
    return Hint(support * 2 > len(answered) if support * 2 != len(answered) else None, text + ".")
