"""Small SQL building blocks shared by the services."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import func
from sqlalchemy.sql.elements import ColumnElement

from crmdesk.storage.types import Money


def money_sum(column: Any) -> ColumnElement[Decimal]:
    """``SUM`` of a cents column, read back as a Decimal amount (0.00 when no row)."""
    return func.coalesce(func.sum(column), 0, type_=Money())
