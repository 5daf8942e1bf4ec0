"""The client file: identity, invoices and balance, appointments, and the dated journal.

Also the duplicate check run before a client is saved.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from crmdesk.domain.errors import DomainError
from crmdesk.domain.text import fold
from crmdesk.services.clients import get_client, validate_client
from crmdesk.services.invoices import client_balance, list_invoices
from crmdesk.services.values import ClientInput, ClientValue, InvoiceRow
from crmdesk.storage.db import Database
from crmdesk.storage.models import Appointment, Client, Interaction

if TYPE_CHECKING:
    from crmdesk.services.loyalty import ClientLoyalty


class InteractionKind(StrEnum):
    CALL = "appel"
    VISIT = "visite"
    MAIL = "mail"
    NOTE = "note"
    APPOINTMENT = "rendez-vous"


INTERACTION_LABELS = {InteractionKind.CALL: "Appel", InteractionKind.VISIT: "Visite",
                      InteractionKind.MAIL: "Mail", InteractionKind.NOTE: "Note",
                      InteractionKind.APPOINTMENT: "Rendez-vous"}


class AppointmentStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class AppointmentValue:
    id: int
    client_id: int
    starts_at: datetime
    duration_min: int
    place: str
    subject: str
    status: AppointmentStatus
    outcome: str


@dataclass(frozen=True, slots=True)
class InteractionValue:
    id: int
    occurred_at: datetime
    kind: InteractionKind
    summary: str


@dataclass(frozen=True, slots=True)
class ClientFile:
    """Everything the client file shows."""

    client: ClientValue
    invoices: tuple[InvoiceRow, ...]
    balance: Decimal
    appointments: tuple[AppointmentValue, ...]
    journal: tuple[InteractionValue, ...]
    loyalty: ClientLoyalty


@dataclass(frozen=True, slots=True)
class DuplicateMatch:
    """An existing client that looks like the one being saved, and why."""

    client_id: int
    number: str
    name: str
    reason: str


def _appointment(row: Appointment) -> AppointmentValue:
    return AppointmentValue(row.id, row.client_id, row.starts_at, row.duration_min, row.place,
                            row.subject, AppointmentStatus(row.status), row.outcome)


def load_client_file(db: Database, client_id: int, today: date | None = None) -> ClientFile:
    client = get_client(db, client_id)
    with db.read() as session:
        appointments = tuple(_appointment(a) for a in session.scalars(
            select(Appointment).where(Appointment.client_id == client_id)
            .order_by(Appointment.starts_at.desc())))
        journal = tuple(InteractionValue(i.id, i.occurred_at, InteractionKind(i.kind), i.summary)
                        for i in session.scalars(
                            select(Interaction).where(Interaction.client_id == client_id)
                            .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())))
    from crmdesk.services.loyalty import loyalty_of_client  # it imports this module

    return ClientFile(client=client, invoices=tuple(list_invoices(db, today, client_id=client_id)),
                      balance=client_balance(db, client_id), appointments=appointments,
                      journal=journal, loyalty=loyalty_of_client(db, client_id,
                                                                 today or date.today()))


def plan_appointment(db: Database, client_id: int, starts_at: datetime, *, subject: str,
                     place: str = "", duration_min: int = 60) -> int:
    """Plan a rendez-vous; its subject is required."""
    if not subject.strip():
        raise DomainError("L'objet du rendez-vous est obligatoire.")
    if not 5 <= duration_min <= 24 * 60:
        raise DomainError("La durée d'un rendez-vous va de 5 minutes à 24 heures.")
    with db.write() as session:
        if session.get(Client, client_id) is None:
            raise DomainError("Ce client n'existe plus.")
        row = Appointment(client_id=client_id, starts_at=starts_at, duration_min=duration_min,
                          place=place.strip(), subject=subject.strip(),
                          status=AppointmentStatus.PLANNED.value, outcome="",
                          created_at=datetime.now())
        session.add(row)
        session.flush()
        return row.id


def record_appointment(db: Database, appointment_id: int, outcome: str) -> None:
    """Record what came of a rendez-vous; it then appears in the client's journal."""
    if not outcome.strip():
        raise DomainError("Indiquez le résultat du rendez-vous.")
    with db.write() as session:
        row = session.get(Appointment, appointment_id)
        if row is None:
            raise DomainError("Ce rendez-vous n'existe plus.")
        row.status, row.outcome = AppointmentStatus.DONE.value, outcome.strip()
        session.add(Interaction(client_id=row.client_id, occurred_at=row.starts_at,
                                kind=InteractionKind.APPOINTMENT.value,
                                summary=f"{row.subject} — {row.outcome}", created_at=datetime.now()))


def cancel_appointment(db: Database, appointment_id: int) -> None:
    with db.write() as session:
        row = session.get(Appointment, appointment_id)
        if row is None:
            raise DomainError("Ce rendez-vous n'existe plus.")
        row.status = AppointmentStatus.CANCELLED.value


def add_interaction(db: Database, client_id: int, kind: InteractionKind, summary: str,
                    occurred_at: datetime | None = None) -> int:
    """Add a dated entry to the client's journal."""
    if not summary.strip():
        raise DomainError("Le journal n'accepte pas d'entrée vide.")
    with db.write() as session:
        if session.get(Client, client_id) is None:
            raise DomainError("Ce client n'existe plus.")
        row = Interaction(client_id=client_id, occurred_at=occurred_at or datetime.now(),
                          kind=kind.value, summary=summary.strip(), created_at=datetime.now())
        session.add(row)
        session.flush()
        return row.id


SIMILAR_NAME_RATIO = 0.85


def find_duplicates(db: Database, data: ClientInput, exclude_id: int | None = None) -> list[DuplicateMatch]:
    """Clients with the same SIREN, the same e-mail, or a very similar name in the same postcode."""
    data = validate_client(data)
    matches: dict[int, DuplicateMatch] = {}
    with db.read() as session:
        def add(rows: list[Client], reason: str) -> None:
            for row in rows:
                if row.id != exclude_id and row.id not in matches:
                    matches[row.id] = DuplicateMatch(row.id, row.number, row.name, reason)

        if data.siren:
            add(list(session.scalars(select(Client).where(Client.siren == data.siren))),
                f"même SIREN ({data.siren})")
        if data.email:
            add(list(session.scalars(select(Client).where(
                func.lower(Client.email) == data.email.lower()))), f"même e-mail ({data.email})")
        if data.billing_postcode:
            wanted = fold(data.name)
            same_place = session.scalars(select(Client).where(
                Client.billing_postcode == data.billing_postcode)).all()
            add([row for row in same_place
                 if difflib.SequenceMatcher(None, fold(row.name), wanted).ratio() >= SIMILAR_NAME_RATIO],
                f"nom très proche dans le même code postal ({data.billing_postcode})")
    return list(matches.values())
