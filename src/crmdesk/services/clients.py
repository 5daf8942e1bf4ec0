"""Creating, editing and archiving clients and their contacts."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crmdesk.domain.errors import DomainError
from crmdesk.domain.identifiers import check_siren, check_siret, check_vat_fr
from crmdesk.domain.text import plain_text
from crmdesk.services.values import ClientInput, ClientValue, ContactValue
from crmdesk.storage.db import Database
from crmdesk.storage.models import Client, Contact

_SCALAR_FIELDS = [f.name for f in dataclasses.fields(ClientInput) if f.name != "contacts"]


def validate_client(data: ClientInput) -> ClientInput:
    """Normalise and check a client as typed; raises a French :class:`DomainError`."""
    stripped: dict[str, Any] = {name: plain_text(str(getattr(data, name))).strip()
                                for name in _SCALAR_FIELDS}
    contacts = tuple(ContactValue(*(plain_text(text).strip() for text in dataclasses.astuple(c)))
                     for c in data.contacts)
    data = dataclasses.replace(data, **stripped, contacts=contacts)
    if not data.name:
        raise DomainError("Le nom du client est obligatoire.")
    if data.kind not in ("company", "individual"):
        raise DomainError("Un client est une entreprise ou un particulier.")
    siren = check_siren(data.siren) if data.siren else ""
    siret = check_siret(data.siret) if data.siret else ""
    if siret and siren and not siret.startswith(siren):
        raise DomainError("Le SIRET doit commencer par les 9 chiffres du SIREN.")
    siren = siren or siret[:9]
    vat = check_vat_fr(data.vat_number) if data.vat_number else ""
    if vat and siren and vat[4:] != siren:
        raise DomainError(f"Le n° de TVA {vat} ne correspond pas au SIREN {siren}.")
    for contact in data.contacts:
        if not contact.name.strip():
            raise DomainError("Chaque contact doit avoir un nom.")
    return dataclasses.replace(data, siren=siren, siret=siret, vat_number=vat)


def next_client_number(session: Session) -> str:
    """The next free numeric client number (after the highest numeric one)."""
    numbers = session.scalars(select(Client.number)).all()
    highest = max((int(n) for n in numbers if n.isascii() and n.isdigit()), default=0)
    return str(highest + 1)


def _apply(row: Client, data: ClientInput) -> None:
    for name in _SCALAR_FIELDS:
        setattr(row, name, getattr(data, name))
    row.contacts = [Contact(position=i, name=c.name.strip(), role=c.role.strip(),
                            phone=c.phone.strip(), email=c.email.strip())
                    for i, c in enumerate(data.contacts)]


def to_value(row: Client) -> ClientValue:
    data = ClientInput(**{name: getattr(row, name) for name in _SCALAR_FIELDS},
                       contacts=tuple(ContactValue(c.name, c.role, c.phone, c.email)
                                      for c in row.contacts))
    return ClientValue(id=row.id, data=data, archived=row.archived)


def create_client(db: Database, data: ClientInput) -> ClientValue:
    """Store a new client; the next free number is given when ``number`` is empty."""
    with db.write() as session:
        return to_value(client_in_session(session, data))


def client_in_session(session: Session, data: ClientInput, now: datetime | None = None) -> Client:
    """Validate and add a client inside an open write unit of work."""
    data = validate_client(data)
    number = data.number or next_client_number(session)
    if session.scalar(select(func.count()).where(Client.number == number)):
        raise DomainError(f"Le numéro de client {number} est déjà pris.")
    row = Client(created_at=now or datetime.now(), archived=False)
    _apply(row, dataclasses.replace(data, number=number))
    session.add(row)
    session.flush()
    return row


def update_client(db: Database, client_id: int, data: ClientInput) -> ClientValue:
    """Replace a client's data; issued invoices keep the identity they were issued with."""
    data = validate_client(data)
    with db.write() as session:
        row = session.get(Client, client_id)
        if row is None:
            raise DomainError("Ce client n'existe plus.")
        clash = session.scalar(select(Client.id).where(Client.number == data.number,
                                                       Client.id != client_id))
        if not data.number or clash is not None:
            raise DomainError(f"Le numéro de client « {data.number} » est vide ou déjà pris.")
        _apply(row, data)
        return to_value(row)


def set_archived(db: Database, client_id: int, archived: bool = True) -> None:
    """Archive (hide from everyday lists) or restore a client; nothing is deleted."""
    with db.write() as session:
        row = session.get(Client, client_id)
        if row is None:
            raise DomainError("Ce client n'existe plus.")
        row.archived = archived


def get_client(db: Database, client_id: int) -> ClientValue:
    with db.read() as session:
        row = session.get(Client, client_id)
        if row is None:
            raise DomainError("Ce client n'existe plus.")
        return to_value(row)


def find_client_by_number(db: Database, number: str) -> ClientValue | None:
    with db.read() as session:
        row = session.scalar(select(Client).where(Client.number == number))
        return None if row is None else to_value(row)
