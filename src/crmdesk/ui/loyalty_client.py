"""The client file's « Fidélisation » page: one client's actions, surveys, referrals, rewards.

Everything is shown in one dated list, newest first, so a trainee sees the history of
the relationship at a glance; the line above it gives the client's RFM segment.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from crmdesk.domain.loyalty import REWARD_KINDS, ActionKind, Objective
from crmdesk.services.claims import RewardValue
from crmdesk.services.loyalty import ClientLoyalty
from crmdesk.services.rewards import RewardStatus, reward_status
from crmdesk.ui import fmt

HEADERS = (QT_TRANSLATE_NOOP("ClientLoyalty", "Date"), QT_TRANSLATE_NOOP("ClientLoyalty", "Objectif"),
           QT_TRANSLATE_NOOP("ClientLoyalty", "Quoi"), QT_TRANSLATE_NOOP("ClientLoyalty", "Détail"),
           QT_TRANSLATE_NOOP("ClientLoyalty", "Statut"))


def headers() -> list[str]:
    return [QCoreApplication.translate("ClientLoyalty", h) for h in HEADERS]


def summary(loyalty: ClientLoyalty) -> str:
    """``Segment RFM : Fidèles (R3 F2 M2) — 2 factures en 12 mois, 1 800,00 € HT``."""
    rfm = loyalty.rfm
    text = QCoreApplication.translate("ClientLoyalty",
                                      "Segment RFM : %1 (%2) — %3 facture(s) en 12 mois, %4 HT")
    return (text.replace("%1", rfm.segment.label).replace("%2", rfm.code)
            .replace("%3", str(rfm.frequency)).replace("%4", fmt.money(rfm.monetary)))


REWARD_STATES = {RewardStatus.USED: QT_TRANSLATE_NOOP("ClientLoyalty", "Utilisée"),
                 RewardStatus.RESERVED: QT_TRANSLATE_NOOP("ClientLoyalty",
                                                          "Réservée sur un brouillon"),
                 RewardStatus.AVAILABLE: QT_TRANSLATE_NOOP("ClientLoyalty", "Disponible"),
                 RewardStatus.EXPIRED: QT_TRANSLATE_NOOP("ClientLoyalty", "Expirée")}


def _reward_state(reward: RewardValue) -> str:
    return QCoreApplication.translate("ClientLoyalty",
                                      REWARD_STATES[reward_status(reward, date.today())])


def rows(loyalty: ClientLoyalty) -> list[list[str]]:
    """The client's loyalty history, newest first: one row per action, answer, referral, reward."""
    involve, reward_label = Objective.IMPLIQUER.label, Objective.RECOMPENSER.label
    referral_kind = QCoreApplication.translate("ClientLoyalty", "Parrainage")
    dated: list[tuple[date, list[str]]] = []
    for action in loyalty.actions:
        if action.kind in REWARD_KINDS:
            continue  # shown once, below, with the reward's state (available, used…)
        value = f" — {fmt.money(action.value)}" if action.value is not None else ""
        detail = action.title + value + (f" ({action.details})" if action.details else "")
        dated.append((action.on or action.created_at.date(),
                      [fmt.day(action.on), action.objective.label, action.kind.label, detail,
                       action.status.label]))
    for survey in loyalty.surveys:
        score = QCoreApplication.translate("ClientLoyalty", "Note %1/10 (%2)") \
            .replace("%1", str(survey.score)).replace("%2", str(survey.category))
        dated.append((survey.answered_on, [
            fmt.day(survey.answered_on), involve,
            QCoreApplication.translate("ClientLoyalty", "Enquête de satisfaction"),
            score + (f" — {survey.comment}" if survey.comment else ""), ""]))
    for referral in loyalty.referrals_given:
        reward = referral.reward.label if referral.reward is not None else \
            QCoreApplication.translate("ClientLoyalty", "aucune")
        text = QCoreApplication.translate("ClientLoyalty", "A parrainé %1 ; récompense : %2")
        dated.append((referral.referred_on, [
            fmt.day(referral.referred_on), involve, referral_kind,
            text.replace("%1", referral.referred_name).replace("%2", reward), ""]))
    if loyalty.referred_by is not None:
        referral = loyalty.referred_by
        text = QCoreApplication.translate("ClientLoyalty", "Parrainé par %1")
        dated.append((referral.referred_on, [fmt.day(referral.referred_on), involve, referral_kind,
                                             text.replace("%1", referral.sponsor_name), ""]))
    for reward_value in loyalty.rewards:
        dated.append((reward_value.created_at.date(), [
            fmt.day(reward_value.created_at), reward_label,
            ActionKind(reward_value.kind).label if reward_value.kind in REWARD_KINDS
            else reward_value.kind,
            reward_value.label + (f" — {reward_value.note}" if reward_value.note else ""),
            _reward_state(reward_value)]))
    dated.sort(key=lambda item: item[0], reverse=True)
    return [cells for _, cells in dated]


__all__ = ["headers", "rows", "summary"]
