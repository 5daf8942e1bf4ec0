"""Translatable labels for values that come from the domain and services (statuses, kinds)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from crmdesk.domain.invoice import PaymentStatus

_STATUS = {
    PaymentStatus.DRAFT: QT_TRANSLATE_NOOP("Labels", "brouillon"),
    PaymentStatus.UNPAID: QT_TRANSLATE_NOOP("Labels", "impayée"),
    PaymentStatus.PARTLY_PAID: QT_TRANSLATE_NOOP("Labels", "partiellement payée"),
    PaymentStatus.PAID: QT_TRANSLATE_NOOP("Labels", "payée"),
    PaymentStatus.OVERDUE: QT_TRANSLATE_NOOP("Labels", "en retard"),
    PaymentStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "annulée par avoir"),
    PaymentStatus.CREDIT: QT_TRANSLATE_NOOP("Labels", "avoir"),
}
_INTERACTIONS = {
    "appel": QT_TRANSLATE_NOOP("Labels", "Appel"),
    "visite": QT_TRANSLATE_NOOP("Labels", "Visite"),
    "mail": QT_TRANSLATE_NOOP("Labels", "Mail"),
    "note": QT_TRANSLATE_NOOP("Labels", "Note"),
    "rendez-vous": QT_TRANSLATE_NOOP("Labels", "Rendez-vous"),
}
_APPOINTMENTS = {
    "planned": QT_TRANSLATE_NOOP("Labels", "prévu"),
    "done": QT_TRANSLATE_NOOP("Labels", "effectué"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "annulé"),
}
_METHODS = {
    "virement": QT_TRANSLATE_NOOP("Labels", "Virement"),
    "cheque": QT_TRANSLATE_NOOP("Labels", "Chèque"),
    "carte": QT_TRANSLATE_NOOP("Labels", "Carte bancaire"),
    "especes": QT_TRANSLATE_NOOP("Labels", "Espèces"),
    "prelevement": QT_TRANSLATE_NOOP("Labels", "Prélèvement"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def payment_status(status: PaymentStatus) -> str:
    return _tr(_STATUS[status])


def interaction(kind: str) -> str:
    return _tr(_INTERACTIONS.get(kind, kind))


def appointment_status(status: str) -> str:
    return _tr(_APPOINTMENTS.get(status, status))


def payment_method(code: str) -> str:
    return _tr(_METHODS.get(code, code))
