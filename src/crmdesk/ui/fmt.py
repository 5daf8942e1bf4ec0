"""Amounts and dates formatted for the interface's locale, without ever going through a float."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QLocale

from crmdesk.domain.money import round_cents


def money(value: Decimal, locale: QLocale | None = None, currency: bool = True) -> str:
    """``2 895,48 €`` in French, ``€2,895.48`` in English (``currency=False``: the number only)."""
    locale = locale or QLocale()
    rounded = round_cents(value)
    whole, _, cents = format(abs(rounded), "f").partition(".")
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    separator = "\u202f" if locale.language() == QLocale.Language.French else locale.groupSeparator()
    number = f"{separator.join(groups) or '0'}{locale.decimalPoint()}{(cents + '00')[:2]}"
    sign = "-" if rounded < 0 else ""
    if not currency:
        return f"{sign}{number}"
    if locale.language() == QLocale.Language.French:
        return f"{sign}{number}\u00a0€"
    return f"{sign}€{number}"


def day(value: date | datetime | None, locale: QLocale | None = None) -> str:
    """A date in the locale's short format (``08/01/2026`` in French)."""
    if value is None:
        return ""
    locale = locale or QLocale()
    from PySide6.QtCore import QDate

    as_date = value.date() if isinstance(value, datetime) else value
    return locale.toString(QDate(as_date.year, as_date.month, as_date.day),
                           QLocale.FormatType.ShortFormat)


def moment(value: datetime, locale: QLocale | None = None) -> str:
    """Date and time: ``10/03/2026 14:30``."""
    return f"{day(value, locale)} {value:%H:%M}"


def rate(value: Decimal, locale: QLocale | None = None) -> str:
    """A VAT or discount rate: ``5,5 %`` in French, ``5.5%`` in English."""
    locale = locale or QLocale()
    text = format(value.normalize(), "f").replace(".", locale.decimalPoint())
    return f"{text}\u00a0%" if locale.language() == QLocale.Language.French else f"{text}%"


def number(value: int, locale: QLocale | None = None) -> str:
    """A whole number with the locale's grouping: ``10 000`` / ``10,000``."""
    return (locale or QLocale()).toString(value)


_PLACEHOLDER = re.compile(r"%([1-9])")


def fill(template: str, *values: str) -> str:
    """``fill(self.tr("%1 (n° %2)"), name, number)``: every ``%N`` replaced in one pass.

    Chained ``.replace("%1", a).replace("%2", b)`` would also replace a ``%2`` that the
    user typed inside ``a``; here a value is never read again.
    """
    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return values[index] if index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)
