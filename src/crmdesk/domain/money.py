"""Exact decimal numbers for money, quantities and rates.

Every amount in crmdesk is a :class:`~decimal.Decimal` built from a string or an
int, never from a float (``round(2.675, 2) == 2.67`` in binary floating point).
Rounding happens only through :func:`round_cents`, half-up (ties away from zero,
which keeps a credit note the exact opposite of its invoice), and only at the
points listed in DOMAIN.md §3. Converters to stored integers refuse a value that
would need rounding instead of rounding it silently.
"""

from __future__ import annotations

import decimal
import re
from decimal import ROUND_HALF_UP, Decimal

from crmdesk.domain.errors import InvalidAmount

CENT = Decimal("0.01")
ZERO = Decimal("0.00")

# A local context: no global state is touched, and huge exponents are trapped.
_CTX = decimal.Context(prec=40, rounding=ROUND_HALF_UP, Emax=999, Emin=-999,
                       traps=[decimal.InvalidOperation, decimal.Overflow, decimal.DivisionByZero])

_TEXT = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)$")

# Largest magnitude accepted for any typed number: a billion euros is not a typo we want to keep.
MAX_MAGNITUDE = Decimal("999999999.9999")


def round_cents(value: Decimal) -> Decimal:
    """Round to the cent, half-up (0.005 -> 0.01, -0.005 -> -0.01)."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP, context=_CTX)


def mul(a: Decimal, b: Decimal) -> Decimal:
    """Exact product (40 significant digits is far beyond any invoice)."""
    return _CTX.multiply(a, b)


def parse_decimal(value: object, *, field: str, places: int, allow_negative: bool = False,
                  maximum: Decimal = MAX_MAGNITUDE) -> Decimal:
    """Read a number typed by a user or found in a file, refusing anything doubtful.

    Accepts a Decimal, an int, or a string in French or English notation
    ("1 800,50", "1800.50", "1 800,50 €"). Refuses floats, NaN, infinities,
    exponents, more than ``places`` decimals (never rounds), negatives unless
    ``allow_negative``, and magnitudes above ``maximum``.

    Raises:
        InvalidAmount: with a French message naming ``field``.
    """
    if isinstance(value, bool) or isinstance(value, float):
        raise InvalidAmount(field, "nombre à virgule flottante refusé : saisissez le montant en texte")
    if isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, Decimal):
        if not value.is_finite():
            raise InvalidAmount(field, "valeur non numérique ou infinie")
        number = value
    elif isinstance(value, str):
        text = value.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("€", "").strip()
        if not text:
            raise InvalidAmount(field, "valeur manquante")
        if not _TEXT.match(text):
            raise InvalidAmount(field, f"« {value.strip()[:40]} » n'est pas un nombre "
                                       "(exemple attendu : 1 800,50)")
        number = Decimal(text.replace(",", "."))
    else:
        raise InvalidAmount(field, f"type de valeur inattendu ({type(value).__name__})")
    if abs(number) > maximum:
        raise InvalidAmount(field, f"valeur trop grande (au plus {format_plain(maximum)})")
    exponent = number.as_tuple().exponent
    assert isinstance(exponent, int)
    if -exponent > places and number != number.quantize(Decimal(1).scaleb(-places), context=_CTX):
        raise InvalidAmount(field, f"au plus {places} décimale{'s' if places > 1 else ''} "
                                   f"(« {format_plain(number)} » ne sera pas arrondi)")
    if number < 0 and not allow_negative:
        raise InvalidAmount(field, "une valeur négative n'est pas permise ici")
    if number == 0:
        number = abs(number)  # no "-0"
    return number


def to_units(value: Decimal, places: int, *, field: str = "montant") -> int:
    """Convert to an integer count of 10**-places (cents for 2); refuses to round."""
    scaled = value.scaleb(places, context=_CTX)
    if scaled != scaled.to_integral_value(context=_CTX):
        raise InvalidAmount(field, f"{format_plain(value)} a plus de {places} décimales")
    return int(scaled)


def from_units(units: int, places: int) -> Decimal:
    """Inverse of :func:`to_units`: 289548 with places=2 gives Decimal('2895.48')."""
    return Decimal(units).scaleb(-places, context=_CTX).quantize(Decimal(1).scaleb(-places), context=_CTX)


def to_cents(value: Decimal) -> int:
    """Integer cents of a rounded amount (raises if it is not whole cents)."""
    return to_units(value, 2)


def from_cents(cents: int) -> Decimal:
    """Decimal amount from integer cents."""
    return from_units(cents, 2)


def format_plain(value: Decimal) -> str:
    """Plain notation without exponent ("1E+2" becomes "100")."""
    text = format(value, "f")
    return text


def format_money_fr(value: Decimal, *, currency: bool = True) -> str:
    """French notation: ``format_money_fr(Decimal('2895.48'))`` → ``'2 895,48 €'``.

    The thousands separator is a narrow no-break space (U+202F) as in French
    typography, so an amount never splits across two lines.
    """
    rounded = round_cents(value)
    sign = "-" if rounded < 0 else ""
    whole, _, frac = format(abs(rounded), "f").partition(".")
    groups: list[str] = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    text = f"{sign}{chr(0x202F).join(groups) or '0'},{(frac + '00')[:2]}"
    return f"{text}\u00a0€" if currency else text


def format_rate_fr(rate: Decimal) -> str:
    """A VAT or discount rate in French: Decimal('5.5') → '5,5 %', Decimal('20.00') → '20 %'."""
    text = format(rate.normalize(_CTX), "f").replace(".", ",")
    return f"{text}\u00a0%"
