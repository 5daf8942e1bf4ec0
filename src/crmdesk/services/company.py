"""The company profile (the seller) and the numbering of its documents."""

from __future__ import annotations

import dataclasses

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.domain.errors import DomainError
from crmdesk.domain.identifiers import (check_bic, check_iban, check_siren, check_siret,
                                        check_vat_fr)
from crmdesk.domain.invoice import DocumentKind, NumberingRule
from crmdesk.domain.parties import Seller
from crmdesk.storage.db import Database
from crmdesk.storage.models import Company, Invoice, NumberSeries
from crmdesk.storage.queries import holds_no_data

_SELLER_FIELDS = [f.name for f in dataclasses.fields(Seller)]


def validate_seller(seller: Seller) -> Seller:
    """Check and normalise the identifiers of a company profile (empty ones are allowed).

    Raises:
        InvalidIdentifier: the first identifier that fails, explained in French.
    """
    return dataclasses.replace(
        seller,
        siren=check_siren(seller.siren) if seller.siren.strip() else "",
        siret=check_siret(seller.siret) if seller.siret.strip() else "",
        vat_number=check_vat_fr(seller.vat_number) if seller.vat_number.strip() else "",
        iban=check_iban(seller.iban) if seller.iban.strip() else "",
        bic=check_bic(seller.bic) if seller.bic.strip() else "",
    )


def load_seller(session: Session) -> Seller:
    """The seller identity inside an open unit of work (empty if never entered)."""
    row = session.get(Company, 1)
    if row is None:
        return Seller()
    return Seller(**{name: getattr(row, name) for name in _SELLER_FIELDS})


def get_seller(db: Database) -> Seller:
    with db.read() as session:
        return load_seller(session)


def save_seller(db: Database, seller: Seller) -> Seller:
    """Validate and store the company profile; returns what was stored."""
    checked = validate_seller(seller)
    if checked.siret and checked.siren and not checked.siret.startswith(checked.siren):
        raise DomainError("Le SIRET doit commencer par les 9 chiffres du SIREN.")
    if checked.siret and not checked.siren:
        checked = dataclasses.replace(checked, siren=checked.siret[:9])
    with db.write() as session:
        row = session.get(Company, 1) or Company(id=1)
        for name in _SELLER_FIELDS:
            setattr(row, name, getattr(checked, name))
        session.add(row)
    return checked


def is_empty(db: Database) -> bool:
    """True for a database that holds no data yet (first run)."""
    with db.read() as session:
        return holds_no_data(session)


def get_numbering(db: Database, kind: DocumentKind = DocumentKind.INVOICE) -> tuple[NumberingRule, int]:
    """The numbering rule of a series and the number the next document will get."""
    with db.read() as session:
        row = session.get(NumberSeries, kind.value)
        if row is None:
            return NumberingRule(), 1
        return NumberingRule(row.prefix, row.width), row.next_number


def set_numbering(db: Database, rule: NumberingRule, next_number: int,
                  kind: DocumentKind = DocumentKind.INVOICE) -> None:
    """Choose the prefix and the next number (to continue another tool's sequence).

    Once a document has been issued with a prefix, its series can only go on:
    choosing a lower or skipping to a higher next number would break continuity.
    """
    if next_number < 1:
        raise DomainError("Le prochain numéro doit être au moins 1.")
    with db.write() as session:
        last = session.scalar(select(Invoice.sequence).where(
            Invoice.kind == kind.value, Invoice.prefix == rule.prefix, Invoice.state == "issued")
            .order_by(Invoice.sequence.desc()).limit(1))
        if last is not None and next_number != last + 1:
            raise DomainError(f"Des documents portent déjà le préfixe « {rule.prefix} » : la suite "
                              f"doit reprendre au n° {last + 1}, sans trou ni retour en arrière.")
        row = session.get(NumberSeries, kind.value) or NumberSeries(kind=kind.value)
        row.prefix, row.width, row.next_number = rule.prefix, rule.width, next_number
        session.add(row)
