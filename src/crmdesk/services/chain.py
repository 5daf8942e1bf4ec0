"""Sealing issued documents into their series' chain, and verifying the chains.

:func:`seal_in_session` runs inside the unit of work that issues a document (or
imports it), under SQLite's write lock (``BEGIN IMMEDIATE``): the previous document
of the series it reads cannot change before the commit, so two processes issuing
at once still build one valid chain. :func:`chain_breaks` is what ``crmdesk check``
and the window's start-up check run. The canonical form is in
:mod:`crmdesk.domain.seal`; docs/integrity.md explains the design.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.domain.invoice import DocumentState
from crmdesk.domain.money import to_units
from crmdesk.domain.seal import (GENESIS, SEAL_VERSION, ChainBreak, SealContent, SealedDocument,
                                 SealedLine, first_break, seal_of)
from crmdesk.storage.models import Invoice

__all__ = ["chain_breaks", "content_of", "last_seals", "seal_in_session"]


def _cents(value: Decimal | None) -> int | None:
    return None if value is None else to_units(value, 2)


def content_of(row: Invoice, corrects: str | None) -> SealContent:
    """The frozen content of ``row`` in stored units (``corrects``: the corrected invoice's number)."""
    return SealContent(
        kind=row.kind, prefix=row.prefix, sequence=row.sequence, number=row.number,
        issue_date=row.issue_date.isoformat(),
        sale_date=row.sale_date.isoformat() if row.sale_date else None,
        due_date=row.due_date.isoformat() if row.due_date else None,
        terms_days=row.terms_days, terms_end_of_month=bool(row.terms_end_of_month),
        discount_pct=to_units(row.discount_pct, 4), issued_by=row.issued_by,
        client_contact=row.client_contact, reference=row.reference,
        additional_info=row.additional_info, seller=row.seller_snapshot, buyer=row.buyer_snapshot,
        corrects=corrects,
        lines=tuple(SealedLine(position=x.position, description=x.description,
                               quantity=to_units(x.quantity, 4), unit=x.unit,
                               unit_price=to_units(x.unit_price, 4), vat_rate=to_units(x.vat_rate, 2))
                    for x in sorted(row.lines, key=lambda x: x.position)),
        total_ht=_cents(row.total_ht), discount=_cents(row.discount), net=_cents(row.net),
        vat_total=_cents(row.vat_total), ttc=_cents(row.ttc))


def seal_in_session(session: Session, row: Invoice) -> None:
    """Seal ``row`` after the last issued document of its series; call it just before the
    row becomes ``issued`` (the triggers refuse any later UPDATE of an issued row)."""
    with session.no_autoflush:
        previous = session.scalar(
            select(Invoice.seal).where(Invoice.kind == row.kind, Invoice.prefix == row.prefix,
                                       Invoice.state == DocumentState.ISSUED.value,
                                       Invoice.id != row.id)
            .order_by(Invoice.sequence.desc()).limit(1))
        corrects = (session.scalar(select(Invoice.number).where(Invoice.id == row.corrects_id))
                    if row.corrects_id is not None else None)
    row.seal_version = SEAL_VERSION
    row.seal_previous = previous or GENESIS
    row.seal = seal_of(row.seal_previous, content_of(row, corrects))


def _series(issued: Iterable[Invoice]) -> list[list[Invoice]]:
    """The issued documents grouped by series (kind, prefix), each in number order."""
    series: dict[tuple[str, str], list[Invoice]] = defaultdict(list)
    for row in issued:
        series[(row.kind, row.prefix or "")].append(row)
    return [sorted(series[key], key=lambda r: (r.sequence or 0, r.id)) for key in sorted(series)]


def chain_breaks(issued: Iterable[Invoice], name: Callable[[Invoice], str]) -> list[ChainBreak]:
    """The first break of each series among ``issued`` (documents with their lines loaded);
    ``name`` says how to call a document in the messages."""
    rows = list(issued)
    numbers: Mapping[int, str | None] = {row.id: row.number for row in rows}
    breaks = []
    for series in _series(rows):
        found = first_break([SealedDocument(name(row), content_of(row, numbers.get(row.corrects_id or 0)),
                                            row.seal_version, row.seal_previous, row.seal)
                             for row in series])
        if found is not None:
            breaks.append(found)
    return breaks


def last_seals(issued: Iterable[Invoice], name: Callable[[Invoice], str]) -> list[tuple[str, str]]:
    """The last document of each series and its seal: noted elsewhere (a notebook, an e-mail
    to the accountant), it later proves the whole series up to it was not rewritten."""
    return [(name(series[-1]), series[-1].seal or "") for series in _series(issued)]
