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

The list runs these statements on every keystroke, so they are built once per shape
(sort, order, kinds of search words…) with bound parameters for the words, the limit
and the offset, and run as Core statements on the session's connection: no ORM
objects, and no SQL built or compiled again while the user types.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache
from typing import Any, Unpack

from sqlalchemy import (Connection, Select, bindparam, func, literal_column, select, text,
                        type_coerce)
from sqlalchemy.sql.elements import ColumnElement

from crmdesk.domain.invoice import DocumentState
from crmdesk.domain.money import ZERO
from crmdesk.domain.text import fold
from crmdesk.storage.db import Database
from crmdesk.storage.models import Client, Interaction, Invoice, Payment
from crmdesk.storage.queries import like_pattern, money_sum
from crmdesk.storage.types import Money


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


COUNT_CAP = 10_000
WALK_THRESHOLD = 8_000

#: How the search words are matched: through one of the two FTS5 tables (all the words
#: of one table in a single ``MATCH … AND …``, so that FTS5 intersects its own lists), or
#: one word at a time with ``LIKE`` on the folded ``search_text``.
TRIGRAMS, WORD_PREFIXES, LIKE = "clients_fts", "clients_words", "like"

_Terms = tuple[tuple[str, str], ...]  # (kind, bound value): one MATCH per table, one LIKE per word


def _terms(db: Database, search: str, walk: bool = False) -> _Terms:
    """How the folded words of ``search`` are matched, and the values bound for them.

    A word of three characters or more is a plain substring of ``search_text`` for the
    trigram index, so ``LIKE`` finds exactly the same clients. While walking the name
    index (see :func:`_many_matches`) ``LIKE`` tests each row as it comes, where the FTS5
    table would first list every match.
    """
    likes: list[str] = []
    phrases: dict[str, list[str]] = {TRIGRAMS: [], WORD_PREFIXES: []}
    for term in fold(search).split():
        if not db.is_sqlite or (walk and len(term) >= 3):
            likes.append(like_pattern(term))
        else:
            phrase = '"' + term.replace('"', '""') + '"'
            if len(term) >= 3:
                phrases[TRIGRAMS].append(phrase)
            else:
                phrases[WORD_PREFIXES].append(phrase + "*")
    return (tuple((table, " AND ".join(found)) for table, found in phrases.items() if found)
            + tuple((LIKE, pattern) for pattern in likes))


def _where(kinds: Sequence[str], include_archived: bool, walk: bool) -> list[ColumnElement[bool]]:
    """The search conditions; the value of ``kinds[n]`` is the parameter ``p{n}``."""
    conditions: list[ColumnElement[bool]] = [] if include_archived else [Client.archived.is_(False)]
    # "id + 0" hides the primary key from the planner, which then walks the name index
    # and stops after one page instead of sorting every match (see _many_matches).
    column = Client.id + 0 if walk else Client.id
    for number, kind in enumerate(kinds):
        name = f"p{number}"
        if kind == LIKE:
            conditions.append(Client.search_text.like(bindparam(name), escape="\\"))
        else:
            conditions.append(column.in_(
                select(literal_column("rowid")).select_from(text(kind))
                .where(text(f"{kind} MATCH :{name}").bindparams(bindparam(name)))))
    return conditions


def _params(terms: _Terms, **more: int) -> dict[str, Any]:
    return {f"p{number}": value for number, (_, value) in enumerate(terms)} | more


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


def _many_matches(db: Database, connection: Connection, terms: _Terms) -> bool:
    """True for a search, through one FTS5 table, that matches many clients: walking the
    name index then finds a page of matches at once, while sorting them all would cost
    tens of ms. (Measured on 100 000 clients: docs/performance.md.)"""
    if not db.is_sqlite or len(terms) != 1 or terms[0][0] == LIKE:
        return False
    table, phrase = terms[0]
    probe = connection.execute(_probe_statement(table), {"p": phrase}).scalar()
    return (probe or 0) >= WALK_THRESHOLD


@lru_cache(maxsize=4)
def _probe_statement(table: str) -> Select[int]:
    return select(func.count()).select_from(text(
        f"(SELECT rowid FROM {table} WHERE {table} MATCH :p LIMIT {WALK_THRESHOLD})"))


@lru_cache(maxsize=32)
def _count_statement(kinds: tuple[str, ...], include_archived: bool,
                     capped: bool) -> Select[int]:
    where = _where(kinds, include_archived, walk=False)
    if not capped:
        return select(func.count(Client.id)).where(*where)
    ids = select(Client.id).where(*where).limit(bindparam("cap")).subquery()
    return select(func.count()).select_from(ids)


def count_clients(db: Database, search: str = "", include_archived: bool = False,
                  cap: int | None = None) -> int:
    """How many clients match ``search`` (at most ``cap`` + 1 when a cap is given)."""
    terms = _terms(db, search)
    statement = _count_statement(tuple(kind for kind, _ in terms), include_archived, cap is not None)
    params = _params(terms) if cap is None else _params(terms, cap=cap + 1)
    with db.read() as session:
        return int(session.connection().execute(statement, params).scalar() or 0)


@lru_cache(maxsize=128)
def _page_statement(is_sqlite: bool, kinds: tuple[str, ...], include_archived: bool, walk: bool,
                    sort: ClientSort, descending: bool) -> Select[Unpack[tuple[Any, ...]]]:
    """One page of the list: the page's ids first (sorted by index where possible), then
    the costly columns for those rows only. Limit and offset are parameters."""
    balance, last_contact = _balance(), _last_contact()
    keys: dict[ClientSort, Any] = {
        ClientSort.NUMBER: (func.length(Client.number), Client.number),
        ClientSort.NAME: (Client.name.collate("NOCASE") if is_sqlite else Client.name,),
        ClientSort.CITY: (Client.billing_city, Client.name),
        ClientSort.PHONE: (Client.phone,),
        ClientSort.EMAIL: (Client.email,),
        ClientSort.BALANCE: (balance,),
        ClientSort.LAST_CONTACT: (last_contact,),
    }
    order = [k.desc() if descending else k.asc() for k in keys[sort]] + [Client.id]
    page = (select(Client.id).where(*_where(kinds, include_archived, walk)).order_by(*order)
            .offset(bindparam("offset")).limit(bindparam("limit")).subquery())
    return (select(Client.id, Client.number, Client.name, Client.billing_city, Client.phone,
                   Client.email, balance, last_contact, Client.archived)
            .join(page, page.c.id == Client.id).order_by(*order))


def client_page(db: Database, search: str = "", *, sort: ClientSort = ClientSort.NAME,
                descending: bool = False, offset: int = 0, limit: int = 200,
                include_archived: bool = False) -> list[ClientRow]:
    """Rows ``offset`` to ``offset + limit`` of the matching clients in the chosen order."""
    terms = _terms(db, search)
    with db.read() as session:
        connection = session.connection()
        walk = sort is ClientSort.NAME and _many_matches(db, connection, terms)
        if walk:
            terms = _terms(db, search, walk=True)
        statement = _page_statement(db.is_sqlite, tuple(kind for kind, _ in terms), include_archived,
                                    walk, sort, descending)
        rows = connection.execute(statement, _params(terms, offset=offset, limit=limit)).all()
    return [ClientRow(r.id, r.number, r.name, r.billing_city, r.phone, r.email,
                      r.balance if r.balance is not None else ZERO, r.last_contact, r.archived)
            for r in rows]


__all__ = ["COUNT_CAP", "ClientRow", "ClientSort", "client_page", "count_clients"]
