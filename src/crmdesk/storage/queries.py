"""Small SQL building blocks shared by the services."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from crmdesk.storage.models import Client, Company, Invoice, Product
from crmdesk.storage.types import Money


def money_sum(column: Any) -> ColumnElement[Decimal]:
    """``SUM`` of a cents column, read back as a Decimal amount (0.00 when no row)."""
    return func.coalesce(func.sum(column), 0, type_=Money())


def holds_no_data(session: Session) -> bool:
    """True when no company profile, client, product or invoice has been stored yet."""
    return all(session.scalar(select(model).limit(1)) is None
               for model in (Company, Client, Product, Invoice))


def like_pattern(term: str) -> str:
    """The ``LIKE`` pattern (escape ``\\``) that finds ``term`` anywhere, its ``%``, ``_`` and
    ``\\`` taken literally; for a statement that binds the pattern as a parameter."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def contains(column: Any, term: str) -> ColumnElement[bool]:
    """``column LIKE '%term%'`` with ``%``, ``_`` and ``\\`` in ``term`` taken literally."""
    return column.like(like_pattern(term), escape="\\")  # type: ignore[no-any-return]
