"""The catalogue of products and services the invoice editor proposes."""

from __future__ import annotations

from sqlalchemy import select

from crmdesk.domain.errors import DomainError
from crmdesk.domain.totals import PRICE_PLACES, parse_vat_rate
from crmdesk.domain.money import parse_decimal
from crmdesk.services.values import ProductValue
from crmdesk.storage.db import Database
from crmdesk.storage.models import Product


def add_product(db: Database, description: str, unit: str, unit_price: object, vat_rate: object) -> int:
    """Add a catalogue entry; prices have up to 4 decimals."""
    if not description.strip():
        raise DomainError("La désignation du produit est obligatoire.")
    price = parse_decimal(unit_price, field="prix unitaire HT", places=PRICE_PLACES)
    rate = parse_vat_rate(vat_rate)
    with db.write() as session:
        row = Product(description=description.strip(), unit=unit.strip(), unit_price=price,
                      vat_rate=rate, archived=False)
        session.add(row)
        session.flush()
        return row.id


def list_products(db: Database, prefix: str = "") -> list[ProductValue]:
    """Active products, alphabetically; ``prefix`` filters on the start of the description."""
    query = select(Product).where(Product.archived.is_(False)).order_by(Product.description)
    if prefix:
        query = query.where(Product.description.ilike(prefix.replace("%", r"\%") + "%", escape="\\"))
    with db.read() as session:
        return [ProductValue(p.id, p.description, p.unit, p.unit_price, p.vat_rate)
                for p in session.scalars(query)]
