"""Column types that keep exact decimals in SQLite integers.

SQLite has no decimal type and SQLAlchemy's ``Numeric`` goes through REAL there,
so every amount, quantity and rate is stored as an integer count of its smallest
unit: cents for money, 1/10 000 for quantities and unit prices, 1/100 of a percent
for VAT rates. Writing a value with more decimals than its column holds raises
instead of rounding.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, Dialect
from sqlalchemy.types import TypeDecorator

from crmdesk.domain.money import from_units, to_units


class Scaled(TypeDecorator[Decimal]):
    """A Decimal with ``places`` decimals stored as ``BIGINT`` (value × 10**places)."""

    impl = BigInteger
    cache_ok = True

    def __init__(self, places: int, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.places = places

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if not isinstance(value, Decimal):
            raise TypeError(f"Decimal attendu, reçu {type(value).__name__}")
        return to_units(value, self.places)

    def process_result_value(self, value: int | None, dialect: Dialect) -> Decimal | None:
        return None if value is None else from_units(int(value), self.places)


def Money() -> Scaled:  # noqa: N802 - reads like a type in the models
    """Euros and cents, stored as integer cents."""
    return Scaled(2)


def Quantity() -> Scaled:  # noqa: N802
    """Quantities and unit prices: up to 4 decimals."""
    return Scaled(4)


def Rate() -> Scaled:  # noqa: N802
    """Percentages with 2 decimals (VAT 5.5 → 550)."""
    return Scaled(2)
