"""Money is stored as integer cents: exact, and never silently rounded."""

from decimal import Decimal as D

import pytest
from sqlalchemy import text
from sqlalchemy.exc import StatementError

from crmdesk.domain.errors import InvalidAmount
from crmdesk.storage.db import Database
from crmdesk.storage.models import Product


def test_prices_stored_as_integers(db: Database) -> None:
    with db.write() as session:
        session.add(Product(description="Câble", unit="Mètre", unit_price=D("1.2350"),
                            vat_rate=D("5.5"), archived=False))
    with db.read_engine.connect() as conn:
        row = conn.execute(text("SELECT unit_price, typeof(unit_price), vat_rate FROM products")).one()
    assert tuple(row) == (12350, "integer", 550)
    with db.read() as session:
        product = session.query(Product).one()
        assert product.unit_price == D("1.2350") and product.vat_rate == D("5.50")


def test_unrounded_value_is_refused(db: Database) -> None:
    with pytest.raises(StatementError) as info, db.write() as session:
        session.add(Product(description="x", unit="u", unit_price=D("1.23456"), vat_rate=D("20"),
                            archived=False))
    assert isinstance(info.value.orig, InvalidAmount)
    assert "plus de 4 décimales" in str(info.value.orig)
    with db.read() as session:
        assert session.query(Product).count() == 0
