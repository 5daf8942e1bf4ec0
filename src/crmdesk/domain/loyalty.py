"""Loyalty rules (fidélisation): RFM segments, NPS, the quality of the client file.

Plain Python, no database: the services gather the facts (invoices, surveys, contacts)
and these functions decide. Every rule is written so that a trainee can redo the
sums by hand; docs/loyalty.md explains them with examples.

RFM, with fixed thresholds (scores 1 to 3, 3 is best), on a 12-month window:

- **R**écence: days since the client's last issued invoice — 3 up to 90 days,
  2 up to 365 days, 1 beyond;
- **F**réquence: issued invoices over the last 12 months — 3 for 4 or more, 2 for 2 or 3,
  1 for 0 or 1;
- **M**ontant: amount HT invoiced over the last 12 months, net of the credit notes issued
  in the same window — 3 from 5 000 €, 2 from 1 000 €, 1 below.

Fixed thresholds rather than quantiles: a client's score does not change because
another client bought, and "plus de 4 factures en 12 mois" can be explained at the counter.

NPS: answers 9–10 are promoters, 7–8 passives, 0–6 detractors; NPS = % promoters −
% detractors, rounded to a whole number (half away from zero), None without answers.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from crmdesk.domain.errors import DomainError
from crmdesk.domain.money import ZERO

# ----------------------------------------------------------------------------- objectives and kinds


class Objective(StrEnum):
    """The four objectives of the seed's loyalty table."""

    CONNAITRE = "connaitre"
    INFORMER = "informer"
    RECOMPENSER = "recompenser"
    IMPLIQUER = "impliquer"

    @property
    def label(self) -> str:
        return _OBJECTIVE_LABELS[self]


_OBJECTIVE_LABELS = {Objective.CONNAITRE: "Connaître", Objective.INFORMER: "Informer / nourrir",
                     Objective.RECOMPENSER: "Récompenser", Objective.IMPLIQUER: "Impliquer"}


class ActionKind(StrEnum):
    """What a loyalty action is; each kind belongs to one objective."""

    APPEL = "appel"
    RENDEZ_VOUS = "rendez-vous"
    MAILING = "mailing"
    REMISE = "remise"
    BON = "bon"
    CADEAU = "cadeau"
    INVITATION = "invitation"
    OFFRE = "offre"
    PARRAINAGE = "parrainage"
    SUGGESTION = "suggestion"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]

    @property
    def objective(self) -> Objective:
        return _KIND_OBJECTIVES[self]


_KIND_LABELS = {ActionKind.APPEL: "Appel", ActionKind.RENDEZ_VOUS: "Rendez-vous",
                ActionKind.MAILING: "Mailing", ActionKind.REMISE: "Remise",
                ActionKind.BON: "Bon de réduction", ActionKind.CADEAU: "Cadeau",
                ActionKind.INVITATION: "Invitation", ActionKind.OFFRE: "Offre promotionnelle",
                ActionKind.PARRAINAGE: "Parrainage", ActionKind.SUGGESTION: "Suggestion"}
_KIND_OBJECTIVES = {
    ActionKind.APPEL: Objective.INFORMER, ActionKind.RENDEZ_VOUS: Objective.INFORMER,
    ActionKind.MAILING: Objective.INFORMER, ActionKind.REMISE: Objective.RECOMPENSER,
    ActionKind.BON: Objective.RECOMPENSER, ActionKind.CADEAU: Objective.RECOMPENSER,
    ActionKind.INVITATION: Objective.RECOMPENSER, ActionKind.OFFRE: Objective.RECOMPENSER,
    ActionKind.PARRAINAGE: Objective.IMPLIQUER, ActionKind.SUGGESTION: Objective.IMPLIQUER}

#: Kinds a follow-up may be planned as.
FOLLOW_UP_KINDS = (ActionKind.APPEL, ActionKind.RENDEZ_VOUS)
#: Kinds of gift (a reward without a discount the invoice editor applies).
GIFT_KINDS = (ActionKind.CADEAU, ActionKind.INVITATION, ActionKind.OFFRE)
#: Kinds of reward the invoice editor applies: discount (percent) or voucher.
REWARD_KINDS = (ActionKind.REMISE, ActionKind.BON)


class ActionStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return {"planned": "Prévue", "done": "Faite", "cancelled": "Annulée"}[self.value]


# ----------------------------------------------------------------------------- RFM

#: Months of invoices counted for frequency and amount.
RFM_WINDOW_DAYS = 365
#: A client whose first invoice is this recent is « Nouveau ».
NEW_CLIENT_DAYS = 90


@dataclass(frozen=True, slots=True)
class RfmThresholds:
    """Where each score starts (see the module doc); the defaults are the documented ones."""

    recent_days: int = 90          # R = 3 up to this many days since the last invoice
    lapsed_days: int = 365         # R = 2 up to this many days, R = 1 beyond
    frequent: int = 4              # F = 3 from this many invoices in the window
    regular: int = 2               # F = 2 from this many
    high_amount: Decimal = Decimal("5000")  # M = 3 from this amount HT
    mid_amount: Decimal = Decimal("1000")   # M = 2 from this amount HT


DEFAULT_THRESHOLDS = RfmThresholds()


@dataclass(frozen=True, slots=True)
class Sale:
    """One issued document for RFM: an invoice (positive amount HT) or a credit note (negative)."""

    on: date
    amount_ht: Decimal
    is_credit_note: bool = False


class Segment(StrEnum):
    """RFM segments, in the order their rules are tried (the first that matches wins)."""

    SANS_ACHAT = "sans_achat"
    NOUVEAUX = "nouveaux"
    CHAMPIONS = "champions"
    FIDELES = "fideles"
    PERDUS = "perdus"
    A_RELANCER = "a_relancer"

    @property
    def label(self) -> str:
        return _SEGMENT_TEXT[self][0]

    @property
    def explanation(self) -> str:
        """One French line saying who is in the segment and what to do with them."""
        return _SEGMENT_TEXT[self][1]


_SEGMENT_TEXT = {
    Segment.CHAMPIONS: ("Champions", "Achètent souvent, beaucoup et récemment (R3 F3 M3) : "
                                     "à remercier et à impliquer (parrainage, avis)."),
    Segment.FIDELES: ("Fidèles", "Achètent régulièrement (au moins 2 factures en 12 mois, la "
                                 "dernière il y a moins d'un an) : à entretenir."),
    Segment.NOUVEAUX: ("Nouveaux", "Première facture il y a moins de 3 mois : à accueillir pour "
                                   "qu'ils reviennent."),
    Segment.A_RELANCER: ("À relancer", "Achat isolé ou en recul (une facture en 12 mois) : une "
                                       "relance peut les faire revenir."),
    Segment.PERDUS: ("Perdus", "Plus aucune facture depuis plus d'un an : à reconquérir ou à "
                               "laisser partir."),
    Segment.SANS_ACHAT: ("Sans achat", "Aucune facture émise : prospects ou clients à activer."),
}

#: The segments in the order the tab lists them (best clients first).
SEGMENT_ORDER = (Segment.CHAMPIONS, Segment.FIDELES, Segment.NOUVEAUX, Segment.A_RELANCER,
                 Segment.PERDUS, Segment.SANS_ACHAT)


@dataclass(frozen=True, slots=True)
class Rfm:
    """A client's RFM facts, scores and segment at a given day.

    ``recency_days`` and ``last_invoice`` are None for a client never invoiced; the
    scores are then 1 and the segment « Sans achat ».
    """

    recency_days: int | None
    frequency: int
    monetary: Decimal
    r: int
    f: int
    m: int
    segment: Segment
    first_invoice: date | None
    last_invoice: date | None

    @property
    def code(self) -> str:
        """``"R3 F2 M1"``: the three scores, as the tab shows them."""
        return f"R{self.r} F{self.f} M{self.m}"


def recency_score(days: int | None, t: RfmThresholds = DEFAULT_THRESHOLDS) -> int:
    if days is None or days > t.lapsed_days:
        return 1
    return 3 if days <= t.recent_days else 2


def frequency_score(count: int, t: RfmThresholds = DEFAULT_THRESHOLDS) -> int:
    return 3 if count >= t.frequent else 2 if count >= t.regular else 1


def monetary_score(amount: Decimal, t: RfmThresholds = DEFAULT_THRESHOLDS) -> int:
    return 3 if amount >= t.high_amount else 2 if amount >= t.mid_amount else 1


def segment_of(r: int, f: int, m: int, *, first_invoice: date | None, today: date,
               new_days: int = NEW_CLIENT_DAYS) -> Segment:
    """The segment of scores ``r``, ``f``, ``m`` (rules tried in :class:`Segment` order)."""
    if first_invoice is None:
        return Segment.SANS_ACHAT
    if (today - first_invoice).days <= new_days:
        return Segment.NOUVEAUX
    if r == 3 and f == 3 and m == 3:
        return Segment.CHAMPIONS
    if r >= 2 and f >= 2:
        return Segment.FIDELES
    if r == 1:
        return Segment.PERDUS
    return Segment.A_RELANCER


def rfm(sales: Iterable[Sale], today: date, t: RfmThresholds = DEFAULT_THRESHOLDS) -> Rfm:
    """RFM of one client from their issued invoices and credit notes (dated on or before today).

    Recency and the first invoice look at invoices only (a credit note is not a purchase);
    frequency counts the invoices of the last 12 months (``today`` − 365 days to ``today``);
    the amount is their HT minus the HT of the credit notes issued in that window.
    Documents dated after ``today`` are ignored.
    """
    start = date.fromordinal(today.toordinal() - RFM_WINDOW_DAYS)
    invoices = sorted(s.on for s in sales if not s.is_credit_note and s.on <= today)
    window = [s for s in sales if start <= s.on <= today]
    frequency = sum(1 for s in window if not s.is_credit_note)
    monetary = sum((-abs(s.amount_ht) if s.is_credit_note else s.amount_ht for s in window), ZERO)
    first, last = (invoices[0], invoices[-1]) if invoices else (None, None)
    days = (today - last).days if last is not None else None
    r, f, m = recency_score(days, t), frequency_score(frequency, t), monetary_score(monetary, t)
    return Rfm(days, frequency, monetary, r, f, m,
               segment_of(r, f, m, first_invoice=first, today=today), first, last)


# ----------------------------------------------------------------------------- NPS

PROMOTER_MIN = 9
DETRACTOR_MAX = 6


class NpsCategory(StrEnum):
    PROMOTER = "promoteur"
    PASSIVE = "passif"
    DETRACTOR = "détracteur"


def check_score(score: object) -> int:
    """A survey score: a whole number from 0 to 10, else a French error."""
    if isinstance(score, bool) or not isinstance(score, int):
        raise DomainError("La note de satisfaction est un nombre entier de 0 à 10.")
    if not 0 <= score <= 10:
        raise DomainError(f"La note de satisfaction va de 0 à 10 (saisie : {score}).")
    return score


def nps_category(score: int) -> NpsCategory:
    check_score(score)
    if score >= PROMOTER_MIN:
        return NpsCategory.PROMOTER
    return NpsCategory.DETRACTOR if score <= DETRACTOR_MAX else NpsCategory.PASSIVE


@dataclass(frozen=True, slots=True)
class NpsResult:
    """Counts of answers and the NPS (``score`` None when nobody answered)."""

    answers: int
    promoters: int
    passives: int
    detractors: int
    score: int | None


def nps(scores: Iterable[int]) -> NpsResult:
    """NPS of the answers: round(100 × (promoters − detractors) / answers), half away from zero."""
    categories = [nps_category(s) for s in scores]
    promoters = categories.count(NpsCategory.PROMOTER)
    detractors = categories.count(NpsCategory.DETRACTOR)
    answers = len(categories)
    if not answers:
        return NpsResult(0, 0, 0, 0, None)
    value = (Decimal(100) * (promoters - detractors) / answers).quantize(Decimal(1), ROUND_HALF_UP)
    return NpsResult(answers, promoters, answers - promoters - detractors, detractors, int(value))


# ----------------------------------------------------------------------------- quality of the file

class FileGap(StrEnum):
    """What a client's record lacks (« Connaître son client »)."""

    EMAIL = "email"
    PHONE = "telephone"
    SIREN = "siren"
    NO_CONTACT = "sans_contact"

    @property
    def label(self) -> str:
        return {"email": "Sans e-mail", "telephone": "Sans téléphone",
                "siren": "Entreprise sans SIREN",
                "sans_contact": "Sans contact récent"}[self.value]


def months_before(day: date, months: int) -> date:
    """The same day ``months`` calendar months earlier (the 31st becomes the month's last day)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    for last in (day.day, 30, 29, 28):
        try:
            return date(year, month + 1, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def file_gaps(*, kind: str, email: str, phone: str, siren: str, last_contact: date | None,
              today: date, months_without_contact: int) -> tuple[FileGap, ...]:
    """What the record of one client lacks.

    The phone counts if the client or one of its contacts has one (the service passes
    the first found); SIREN is required of companies only; "no contact" means no
    journal entry, held appointment, done loyalty action or issued invoice since
    ``months_without_contact`` months before ``today`` (never contacted counts too).
    """
    gaps: list[FileGap] = []
    if not email.strip():
        gaps.append(FileGap.EMAIL)
    if not phone.strip():
        gaps.append(FileGap.PHONE)
    if kind == "company" and not siren.strip():
        gaps.append(FileGap.SIREN)
    if last_contact is None or last_contact < months_before(today, months_without_contact):
        gaps.append(FileGap.NO_CONTACT)
    return tuple(gaps)


__all__ = ["DEFAULT_THRESHOLDS", "DETRACTOR_MAX", "FOLLOW_UP_KINDS", "GIFT_KINDS",
           "NEW_CLIENT_DAYS", "PROMOTER_MIN", "REWARD_KINDS", "RFM_WINDOW_DAYS", "SEGMENT_ORDER",
           "ActionKind", "ActionStatus", "FileGap", "NpsCategory", "NpsResult", "Objective", "Rfm",
           "RfmThresholds", "Sale", "Segment", "check_score", "file_gaps",
           "frequency_score", "monetary_score", "months_before", "nps", "nps_category", "recency_score",
           "rfm", "segment_of"]
