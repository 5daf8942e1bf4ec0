"""The client list: count, search and one page at a time, all in SQL.

The window never loads every client: it asks for the number of matches and then for
pages of rows in the chosen order. Search is case- and accent-insensitive on number,
name, city, postcode, e-mail, phone and SIREN/SIRET: the query is folded like the
stored ``search_text``; terms of three characters or more use the FTS5 trigram index
(SQLite), shorter ones a ``LIKE`` on the folded text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, TypeVar, Unpack

from sqlalchemy import Select, func, literal_column, select, text, type_coerce
from sqlalchemy.sql.elements import ColumnElement

from crmdesk.domain.invoice import DocumentState
from crmdesk.domain.money import ZERO
from crmdesk.domain.text import fold
from crmdesk.storage.db import Database
from crmdesk.storage.models import Client, Interaction, Invoice, Payment
from crmdesk.storage.queries import contains, money_sum
from crmdesk.storage.types import Money


_Q = TypeVar("_Q", bound=Select[Unpack[tuple[Any, ...]]])


class ClientSort(StrEnum):
    NUMBER = "number"
    NAME = "name"
    CITY = "city"
    PHONE = "phone"
    EMAIL = "email"
    BALANCE = "balance"
    LAST_CONTACT = "last_contact"


@dataclass(frozen=True, slots=True)
class ClientRow:
    """One line of the client list."""

    id: int
    number: str
    name: str
    city: str
    phone: str
    email: str
    balance: Decimal
    last_contact: datetime | None
    archived: bool


def _balance() -> ColumnElement[Decimal]:
    ttc = (select(money_sum(Invoice.ttc))
           .where(Invoice.client_id == Client.id, Invoice.state == DocumentState.ISSUED.value)
           .scalar_subquery())
    paid = (select(money_sum(Payment.amount)).join(Invoice, Payment.invoice_id == Invoice.id)
            .where(Invoice.client_id == Client.id).scalar_subquery())
    return type_coerce(ttc - paid, Money()).label("balance")


def _last_contact() -> ColumnElement[datetime]:
    return (select(func.max(Interaction.occurred_at)).where(Interaction.client_id == Client.id)
            .scalar_subquery().label("last_contact"))


def _filtered(query: _Q, db: Database, search: str, include_archived: bool) -> _Q:
    if not include_archived:
        query = query.where(Client.archived.is_(False))
    terms = fold(search).split()
    for term in terms:
        if db.is_sqlite and len(term) >= 3:
            phrase = '"' + term.replace('"', '""') + '"'
            query = query.where(Client.id.in_(
                select(literal_column("rowid")).select_from(text("clients_fts"))
                .where(text("clients_fts MATCH :p").bindparams(p=phrase))))
        else:
            query = query.where(contains(Client.search_text, term))
    return query


def count_clients(db: Database, search: str = "", include_archived: bool = False) -> int:
    """How many clients match ``search``."""
    with db.read() as session:
        query = _filtered(select(func.count(Client.id)), db, search, include_archived)
        return int(session.scalar(query) or 0)


def client_page(db: Database, search: str = "", *, sort: ClientSort = ClientSort.NAME,
                descending: bool = False, offset: int = 0, limit: int = 200,
                include_archived: bool = False) -> list[ClientRow]:
    """Rows ``offset`` to ``offset + limit`` of the matching clients in the chosen order."""
    balance, last_contact = _balance(), _last_contact()
    keys: dict[ClientSort, Any] = {
        ClientSort.NUMBER: (func.length(Client.number), Client.number),
        ClientSort.NAME: (Client.name.collate("NOCASE") if db.is_sqlite else Client.name,),
        ClientSort.CITY: (Client.billing_city, Client.name),
        ClientSort.PHONE: (Client.phone,),
        ClientSort.EMAIL: (Client.email,),
        ClientSort.BALANCE: (balance,),
        ClientSort.LAST_CONTACT: (last_contact,),
    }
    order = [k.desc() if descending else k.asc() for k in keys[sort]] + [Client.id]
    query = select(Client.id, Client.number, Client.name, Client.billing_city, Client.phone,
                   Client.email, balance, last_contact, Client.archived)
    query = _filtered(query, db, search, include_archived).order_by(*order)
    with db.read() as session:
        rows = session.execute(query.offset(offset).limit(limit)).all()
    return [ClientRow(r.id, r.number, r.name, r.billing_city, r.phone, r.email,
                      r.balance if r.balance is not None else ZERO, r.last_contact, r.archived)
            for r in rows]


__all__ = ["ClientRow", "ClientSort", "client_page", "count_clients"]
