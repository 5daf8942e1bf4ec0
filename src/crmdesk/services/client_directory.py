"""The client list: count, search and one page at a time, all in SQL.

The window never loads every client: it asks for the number of matches and then for
pages of rows in the chosen order. Search is case- and accent-insensitive on number,
name, city, postcode, e-mail, phone and SIREN/SIRET: the query is folded like the
stored ``search_text``. On SQLite, words of three characters or more are found anywhere
(FTS5 trigram index: "pont" finds "Dupont"); one or two characters match the start of
a word (FTS5 prefix index: "du" finds "Dupont" and "Durand", not "Produits") — both
through an index, never a scan. Other servers use ``LIKE`` on the folded text.

Counting stops at :data:`COUNT_CAP` (the list shows "10 000+"), and a page computes
the balance and last contact of its own rows only.
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


def _fts(term: str) -> tuple[str, str]:
    """The FTS5 table and MATCH expression for one folded search word."""
    phrase = '"' + term.replace('"', '""') + '"'
    return ("clients_fts", phrase) if len(term) >= 3 else ("clients_words", phrase + "*")


def _filtered(query: _Q, db: Database, search: str, include_archived: bool,
              walk_name_index: bool = False) -> _Q:
    if not include_archived:
        query = query.where(Client.archived.is_(False))
    terms = fold(search).split()
    # "id + 0" hides the primary key from the planner, which then walks the name index
    # and stops after one page instead of sorting every match (see _walk_name_index).
    column = Client.id + 0 if walk_name_index else Client.id
    for number, term in enumerate(terms):
        if not db.is_sqlite:
            query = query.where(contains(Client.search_text, term))
            continue
        table, phrase = _fts(term)
        query = query.where(column.in_(
            select(literal_column("rowid")).select_from(text(table))
            .where(text(f"{table} MATCH :p{number}").bindparams(**{f"p{number}": phrase}))))
    return query


COUNT_CAP = 10_000
WALK_THRESHOLD = 8_000


def _many_matches(db: Database, search: str) -> bool:
    """True for a one-word search that matches many clients: walking the name index then
    finds a page of matches at once, while sorting them all would cost tens of ms. (With
    several words the intersection is usually small, and sorting it is the faster plan.
    Measured on 100 000 clients: docs/performance.md.)"""
    terms = fold(search).split()
    if not db.is_sqlite or len(terms) != 1:
        return False
    with db.read() as session:
        for term in terms:
            table, phrase = _fts(term)
            probe = session.scalar(text(
                f"SELECT count(*) FROM (SELECT rowid FROM {table} WHERE {table} MATCH :p "
                f"LIMIT {WALK_THRESHOLD})").bindparams(p=phrase))
            if (probe or 0) < WALK_THRESHOLD:
                return False
    return True


def count_clients(db: Database, search: str = "", include_archived: bool = False,
                  cap: int | None = None) -> int:
    """How many clients match ``search`` (at most ``cap`` + 1 when a cap is given)."""
    with db.read() as session:
        if cap is None:
            query = _filtered(select(func.count(Client.id)), db, search, include_archived)
            return int(session.scalar(query) or 0)
        ids = _filtered(select(Client.id), db, search, include_archived).limit(cap + 1).subquery()
        return int(session.scalar(select(func.count()).select_from(ids)) or 0)


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
    # The page's ids first (sorted by index where possible), then the costly columns
    # for those rows only.
    walk = sort is ClientSort.NAME and _many_matches(db, search)
    page = (_filtered(select(Client.id), db, search, include_archived, walk).order_by(*order)
            .offset(offset).limit(limit).subquery())
    query = (select(Client.id, Client.number, Client.name, Client.billing_city, Client.phone,
                    Client.email, balance, last_contact, Client.archived)
             .join(page, page.c.id == Client.id).order_by(*order))
    with db.read() as session:
        rows = session.execute(query).all()
    return [ClientRow(r.id, r.number, r.name, r.billing_city, r.phone, r.email,
                      r.balance if r.balance is not None else ZERO, r.last_contact, r.archived)
            for r in rows]


__all__ = ["COUNT_CAP", "ClientRow", "ClientSort", "client_page", "count_clients"]
