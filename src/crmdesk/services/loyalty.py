"""Loyalty use cases (fidélisation), by the seed's four objectives.

- Connaître: :func:`file_quality` (what client records lack), :func:`rfm_segments` and
  :func:`segment_members` (RFM from issued invoices, rules in :mod:`crmdesk.domain.loyalty`).
- Informer / nourrir: :func:`plan_follow_up`, :func:`agenda`, :func:`complete_action`,
  :func:`cancel_action`, :func:`prepare_mailing` (.eml drafts and a CSV, sent later).
- Récompenser: :func:`give_reward` (discount or voucher the invoice editor applies once,
  see :mod:`crmdesk.services.rewards`), :func:`give_gift`.
- Impliquer: :func:`record_referral`, :func:`record_survey` with :func:`nps` and
  :func:`nps_by_month`, :func:`record_suggestion`.

Every action is a dated :class:`~crmdesk.storage.models.LoyaltyAction` of one client;
an action done (at once, or later through :func:`complete_action`) also writes a line in
the client's journal. :func:`loyalty_of_client` gathers all of it for the client file.
Functions whose answer depends on the day take ``today``. See docs/loyalty.md.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from email import policy
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from crmdesk.domain.claims import DEFAULT_REWARD_VALIDITY_DAYS
from crmdesk.domain.errors import DomainError
from crmdesk.domain.invoice import DocumentKind, DocumentState
from crmdesk.domain.loyalty import (FOLLOW_UP_KINDS, GIFT_KINDS, REWARD_KINDS, SEGMENT_ORDER,
                                    ActionKind, ActionStatus, FileGap, NpsCategory, NpsResult,
                                    Objective, Rfm, Sale, Segment, check_score, file_gaps,
                                    months_before, nps_category, rfm)
from crmdesk.domain.loyalty import nps as compute_nps
from crmdesk.domain.money import ZERO, parse_decimal
from crmdesk.services.claims import RewardValue, add_reward, reward_value
from crmdesk.services.client_file import InteractionKind
from crmdesk.services.clients_csv import neutralise_cell
from crmdesk.services.company import load_seller
from crmdesk.services.files import atomic_write, safe_file_stem
from crmdesk.storage.db import Database
from crmdesk.storage.models import (Appointment, Client, Contact, Interaction, Invoice, LoyaltyAction,
                                    Mailing, Referral, Reward, Survey)

#: Months without any contact after which a client is listed by :func:`file_quality`.
DEFAULT_MONTHS_WITHOUT_CONTACT = 6
#: The ``source`` of the rewards given here (claims give ``'reclamation'``).
REWARD_SOURCE = "fidelisation"


# ----------------------------------------------------------------------------- values

@dataclass(frozen=True, slots=True)
class ClientBrief:
    """A client as the loyalty lists show it."""

    id: int
    number: str
    name: str
    kind: str
    email: str
    phone: str


@dataclass(frozen=True, slots=True)
class QualityRow:
    """One client whose record lacks something, with the date of the last contact."""

    client: ClientBrief
    gaps: tuple[FileGap, ...]
    last_contact: date | None


@dataclass(frozen=True, slots=True)
class FileQuality:
    """The quality of the client file: per gap, the clients concerned (by number).

    Archived and anonymised clients are left out; ``total`` counts the clients checked.
    """

    total: int
    months_without_contact: int
    rows: tuple[QualityRow, ...]

    def with_gap(self, gap: FileGap) -> tuple[QualityRow, ...]:
        return tuple(r for r in self.rows if gap in r.gaps)

    def count(self, gap: FileGap) -> int:
        return len(self.with_gap(gap))


@dataclass(frozen=True, slots=True)
class ClientRfm:
    """One client's RFM at ``today`` (a line of a segment's list)."""

    client: ClientBrief
    rfm: Rfm

    @property
    def segment(self) -> Segment:
        return self.rfm.segment


@dataclass(frozen=True, slots=True)
class SegmentSummary:
    """One RFM segment: how many clients, the amount HT of their last 12 months."""

    segment: Segment
    label: str
    explanation: str
    count: int
    monetary: Decimal


@dataclass(frozen=True, slots=True)
class LoyaltyActionValue:
    """One loyalty action of a client (planned, done or cancelled)."""

    id: int
    client_id: int
    client_number: str
    client_name: str
    objective: Objective
    kind: ActionKind
    title: str
    details: str
    status: ActionStatus
    due_on: date | None
    done_on: date | None
    value: Decimal | None
    segment: str
    batch: str
    mailing_id: int | None
    created_at: datetime

    @property
    def on(self) -> date | None:
        """The date the action is shown at: done on, else due on."""
        return self.done_on or self.due_on

    def is_late(self, today: date) -> bool:
        return (self.status is ActionStatus.PLANNED and self.due_on is not None
                and self.due_on < today)


@dataclass(frozen=True, slots=True)
class AgendaItem:
    """Something due: a planned loyalty action (``source == 'action'``) or appointment
    (``source == 'rendez-vous'``, ``starts_at`` set)."""

    source: str
    id: int
    client_id: int
    client_number: str
    client_name: str
    kind: str
    title: str
    due_on: date
    starts_at: datetime | None
    late: bool


@dataclass(frozen=True, slots=True)
class Agenda:
    """What is late (due before ``today``) and what is due from ``today`` to Sunday."""

    today: date
    week_end: date
    late: tuple[AgendaItem, ...]
    this_week: tuple[AgendaItem, ...]


@dataclass(frozen=True, slots=True)
class MailingResult:
    """What :func:`prepare_mailing` wrote and for whom."""

    mailing_id: int
    folder: Path
    eml_files: tuple[Path, ...]
    csv_file: Path
    recipients: tuple[ClientBrief, ...]
    skipped: tuple[ClientBrief, ...]  # no e-mail address


@dataclass(frozen=True, slots=True)
class MailingValue:
    id: int
    segment: str
    subject: str
    body: str
    recipients: int
    created_at: datetime


@dataclass(frozen=True, slots=True)
class SurveyValue:
    id: int
    client_id: int
    client_number: str
    client_name: str
    answered_on: date
    score: int
    comment: str
    category: NpsCategory


@dataclass(frozen=True, slots=True)
class NpsPoint:
    """The NPS of one calendar month (``month`` is its first day), for the chart."""

    month: date
    result: NpsResult

    @property
    def label(self) -> str:
        return f"{self.month:%m/%Y}"


@dataclass(frozen=True, slots=True)
class ReferralValue:
    """Who referred whom, when, and the sponsor's reward (None if none was given)."""

    id: int
    sponsor_id: int
    sponsor_number: str
    sponsor_name: str
    referred_id: int
    referred_number: str
    referred_name: str
    referred_on: date
    reward: RewardValue | None
    note: str


@dataclass(frozen=True, slots=True)
class RewardSpec:
    """A discount (``'remise'``, percent) or voucher (``'bon'``, amount or percent) to give."""

    kind: str
    percent: Decimal | None = None
    amount: Decimal | None = None
    expires_on: date | None = None  # default: 180 days after the day it is given
    note: str = ""


@dataclass(frozen=True, slots=True)
class ClientLoyalty:
    """Everything loyalty about one client, for the client file (newest first)."""

    rfm: Rfm
    actions: tuple[LoyaltyActionValue, ...]
    surveys: tuple[SurveyValue, ...]
    referrals_given: tuple[ReferralValue, ...]   # clients this one brought
    referred_by: ReferralValue | None
    rewards: tuple[RewardValue, ...]


# ----------------------------------------------------------------------------- helpers

def _now(now: datetime | None) -> datetime:
    return now or datetime.now()


def _number_key(number: str) -> tuple[bool, str]:
    """Client numbers in natural order: numeric ones first, 2 before 10."""
    return (not (number.isascii() and number.isdigit()), number.zfill(20))


def _first(values: Sequence[str]) -> str:
    return next((v.strip() for v in values if v and v.strip()), "")


def _brief(row: Client) -> ClientBrief:
    """The client's own e-mail and phone, else the first contact's."""
    return ClientBrief(row.id, row.number, row.name, row.kind,
                       _first([row.email, *(c.email for c in row.contacts)]),
                       _first([row.phone, *(c.phone for c in row.contacts)]))


def _active_clients(session: Session) -> list[tuple[ClientBrief, str]]:
    """Clients neither archived nor anonymised, in number order, with their SIREN.

    One Core query, no ORM rows (a list covers every client: 100 000 ORM clients and
    their contacts took seconds); the e-mail and phone fall back to the first contact's
    non-empty one, as :func:`_brief` does for a loaded client.
    """
    def own_or_first_contact(own: InstrumentedAttribute[str],
                             contact: InstrumentedAttribute[str]) -> ColumnElement[str]:
        first = (select(func.trim(contact)).where(Contact.client_id == Client.id,
                                                  func.trim(contact) != "")
                 .order_by(Contact.position, Contact.id).limit(1).scalar_subquery())
        return func.coalesce(func.nullif(func.trim(own), ""), first, "")

    query = (select(Client.id, Client.number, Client.name, Client.kind, Client.siren,
                    own_or_first_contact(Client.email, Contact.email),
                    own_or_first_contact(Client.phone, Contact.phone))
             .where(Client.archived.is_(False), Client.anonymised_at.is_(None)))
    rows = [(ClientBrief(id_, number, name, kind, email, phone), siren)
            for id_, number, name, kind, siren, email, phone in session.execute(query)]
    return sorted(rows, key=lambda row: _number_key(row[0].number))


def _client(session: Session, client_id: int) -> Client:
    row = session.get(Client, client_id)
    if row is None:
        raise DomainError("Ce client n'existe plus.")
    if row.anonymised_at is not None:
        raise DomainError(f"Le client n° {row.number} est anonymisé : plus aucune action de "
                          "fidélisation ne peut le concerner.")
    return row


def _clients(session: Session, client_ids: Sequence[int]) -> list[Client]:
    """The clients asked for, each once, in the order given; at least one."""
    unique = list(dict.fromkeys(client_ids))
    if not unique:
        raise DomainError("Choisissez au moins un client.")
    return [_client(session, client_id) for client_id in unique]


def _required(text: str, what: str, limit: int = 200) -> str:
    text = text.strip()
    if not text:
        raise DomainError(f"{what} est obligatoire.")
    if len(text) > limit:
        raise DomainError(f"{what} : {limit} caractères au plus ({len(text)} saisis).")
    return text


def _kind(value: ActionKind | str, allowed: Sequence[ActionKind], what: str) -> ActionKind:
    kind = next((k for k in allowed if k.value == value), None)
    if kind is None:
        names = ", ".join(k.label.lower() for k in allowed)
        raise DomainError(f"{what} inconnu : « {value} » (attendu : {names}).")
    return kind


def _segment_text(segment: Segment | str) -> str:
    """What the ``segment`` column keeps: the segment key, or free text (a hand-made list)."""
    return segment.value if isinstance(segment, Segment) else segment.strip()[:80]


def _segment(value: Segment | str) -> Segment:
    try:
        return Segment(value)
    except ValueError:
        raise DomainError(f"Segment inconnu : « {value} ».") from None


_JOURNAL_KIND = {ActionKind.APPEL: InteractionKind.CALL,
                 ActionKind.RENDEZ_VOUS: InteractionKind.APPOINTMENT,
                 ActionKind.MAILING: InteractionKind.MAIL}


def _journal(session: Session, client_id: int, kind: InteractionKind, summary: str, on: date,
             now: datetime) -> None:
    session.add(Interaction(client_id=client_id, occurred_at=datetime.combine(on, now.time()),
                            kind=kind.value, summary=summary, created_at=now))


def _action_summary(row: LoyaltyAction) -> str:
    text = f"Fidélisation — {ActionKind(row.kind).label} : {row.title}"
    return f"{text} — {row.details}" if row.details else text


def _add_action(session: Session, client_id: int, kind: ActionKind, title: str, *,
                now: datetime, due_on: date | None = None, done_on: date | None = None,
                details: str = "", value: Decimal | None = None, segment: str = "",
                batch: str = "", mailing_id: int | None = None) -> LoyaltyAction:
    """Add one action: planned when ``done_on`` is None, else done (and written in the journal)."""
    row = LoyaltyAction(client_id=client_id, objective=kind.objective.value, kind=kind.value,
                        title=title, details=details,
                        status=(ActionStatus.PLANNED if done_on is None else ActionStatus.DONE).value,
                        due_on=due_on, done_on=done_on, value=value, segment=segment, batch=batch,
                        mailing_id=mailing_id, created_at=now)
    session.add(row)
    if done_on is not None:
        _journal(session, client_id, _JOURNAL_KIND.get(kind, InteractionKind.NOTE),
                 _action_summary(row), done_on, now)
    return row


def _batch(session: Session, rows: Sequence[LoyaltyAction], prefix: str = "L") -> str:
    """Give ``rows`` a common batch id made from the first one's id: reproducible, and made
    unique if an imported batch already has that name."""
    session.flush()
    ids = [row.id for row in rows]
    batch, suffix = f"{prefix}{ids[0]}", 1
    while session.scalar(select(LoyaltyAction.id).where(LoyaltyAction.batch == batch,
                                                        LoyaltyAction.id.not_in(ids)).limit(1)):
        suffix += 1
        batch = f"{prefix}{ids[0]}-{suffix}"
    for row in rows:
        row.batch = batch
    return batch


def _action_value(row: LoyaltyAction, client: Client) -> LoyaltyActionValue:
    return LoyaltyActionValue(
        id=row.id, client_id=row.client_id, client_number=client.number, client_name=client.name,
        objective=Objective(row.objective), kind=ActionKind(row.kind), title=row.title,
        details=row.details, status=ActionStatus(row.status), due_on=row.due_on,
        done_on=row.done_on, value=row.value, segment=row.segment, batch=row.batch,
        mailing_id=row.mailing_id, created_at=row.created_at)


def _money(value: Decimal | None, what: str) -> Decimal | None:
    """A value in euros, to the cent (more decimals are refused, never rounded)."""
    return None if value is None else parse_decimal(value, field=what, places=2)


# ----------------------------------------------------------------------------- connaître

def _last_contacts(session: Session) -> dict[int, date]:
    """The day of each client's last contact: journal, held appointment, done action, invoice."""
    last: dict[int, date] = {}

    def merge(rows: Iterable[tuple[int, date | datetime | None]]) -> None:
        for client_id, when in rows:
            if when is None:
                continue
            day = when.date() if isinstance(when, datetime) else when
            if client_id not in last or day > last[client_id]:
                last[client_id] = day

    merge(session.execute(select(Interaction.client_id, func.max(Interaction.occurred_at))
                          .group_by(Interaction.client_id)))
    merge(session.execute(select(Appointment.client_id, func.max(Appointment.starts_at))
                          .where(Appointment.status == "done")
                          .group_by(Appointment.client_id)))
    merge(session.execute(select(LoyaltyAction.client_id, func.max(LoyaltyAction.done_on))
                          .where(LoyaltyAction.status == ActionStatus.DONE.value)
                          .group_by(LoyaltyAction.client_id)))
    merge(session.execute(select(Invoice.client_id, func.max(Invoice.issue_date))
                          .where(Invoice.state == DocumentState.ISSUED.value)
                          .group_by(Invoice.client_id)))
    return last


def file_quality(db: Database, today: date,
                 months_without_contact: int = DEFAULT_MONTHS_WITHOUT_CONTACT) -> FileQuality:
    """The active clients whose record lacks an e-mail, a phone, a SIREN (companies) or a
    contact in the last ``months_without_contact`` months (rules: :func:`domain.loyalty.file_gaps`)."""
    if not 1 <= months_without_contact <= 120:
        raise DomainError("La durée sans contact va de 1 à 120 mois.")
    with db.read() as session:
        clients = _active_clients(session)
        last = _last_contacts(session)
        rows: list[QualityRow] = []
        for brief, siren in clients:
            gaps = file_gaps(kind=brief.kind, email=brief.email, phone=brief.phone,
                             siren=siren, last_contact=last.get(brief.id), today=today,
                             months_without_contact=months_without_contact)
            if gaps:
                rows.append(QualityRow(brief, gaps, last.get(brief.id)))
    return FileQuality(len(clients), months_without_contact, tuple(rows))


def _sales(session: Session, today: date, client_id: int | None = None) -> dict[int, list[Sale]]:
    """Issued invoices and credit notes dated up to ``today``, per client (amount: net HT)."""
    query = (select(Invoice.client_id, Invoice.kind, Invoice.issue_date, Invoice.net)
             .where(Invoice.state == DocumentState.ISSUED.value, Invoice.issue_date <= today))
    if client_id is not None:
        query = query.where(Invoice.client_id == client_id)
    out: dict[int, list[Sale]] = {}
    for owner, kind, on, net in session.execute(query):
        out.setdefault(owner, []).append(
            Sale(on, net or ZERO, is_credit_note=kind == DocumentKind.CREDIT_NOTE.value))
    return out


def _rfms(session: Session, today: date) -> list[ClientRfm]:
    sales = _sales(session, today)
    return [ClientRfm(brief, rfm(sales.get(brief.id, ()), today))
            for brief, _siren in _active_clients(session)]


def client_rfms(db: Database, today: date) -> tuple[ClientRfm, ...]:
    """RFM of every active client at ``today``, by client number."""
    with db.read() as session:
        return tuple(_rfms(session, today))


def rfm_segments(db: Database, today: date) -> tuple[SegmentSummary, ...]:
    """Every segment (even empty) in :data:`domain.loyalty.SEGMENT_ORDER`, with its count."""
    rows = client_rfms(db, today)
    out: list[SegmentSummary] = []
    for segment in SEGMENT_ORDER:
        members = [r for r in rows if r.segment is segment]
        out.append(SegmentSummary(segment, segment.label, segment.explanation, len(members),
                                  sum((r.rfm.monetary for r in members), ZERO)))
    return tuple(out)


def _members(rows: Iterable[ClientRfm], segment: Segment) -> tuple[ClientRfm, ...]:
    chosen = [r for r in rows if r.segment is segment]
    return tuple(sorted(chosen, key=lambda r: (-r.rfm.monetary, _number_key(r.client.number))))


def segment_members(db: Database, segment: Segment | str, today: date) -> tuple[ClientRfm, ...]:
    """The active clients of ``segment`` at ``today``, best amount first."""
    return _members(client_rfms(db, today), _segment(segment))


# ----------------------------------------------------------------------------- informer

def plan_follow_up_in_session(session: Session, client_ids: Sequence[int],
                              kind: ActionKind | str, title: str, due_on: date, *,
                              segment: Segment | str = "", details: str = "",
                              now: datetime) -> str:
    """:func:`plan_follow_up` inside an open write unit of work (the demo uses it)."""
    chosen = _kind(kind, FOLLOW_UP_KINDS, "Type de suivi")
    title = _required(title, "L'objet du suivi")
    rows = [_add_action(session, c.id, chosen, title, now=now, due_on=due_on,
                        details=details.strip(), segment=_segment_text(segment))
            for c in _clients(session, client_ids)]
    return _batch(session, rows)


def plan_follow_up(db: Database, client_ids: Sequence[int], kind: ActionKind | str, title: str,
                   due_on: date, *, segment: Segment | str = "", details: str = "",
                   now: datetime | None = None) -> str:
    """Plan a call or an appointment ('appel' | 'rendez-vous') for each client; returns the batch.

    One planned LoyaltyAction (objective *informer*) per client, all sharing a batch id,
    in one transaction. ``segment`` records which segment the list came from.
    """
    with db.write() as session:
        return plan_follow_up_in_session(session, client_ids, kind, title, due_on,
                                         segment=segment, details=details, now=_now(now))


def list_actions(db: Database, *, client_id: int | None = None,
                 objective: Objective | str | None = None, status: ActionStatus | str | None = None,
                 batch: str | None = None) -> tuple[LoyaltyActionValue, ...]:
    """Loyalty actions, newest first (by done/due date, then id), filtered as asked."""
    query = _action_query()
    if client_id is not None:
        query = query.where(LoyaltyAction.client_id == client_id)
    if objective is not None:
        query = query.where(LoyaltyAction.objective == Objective(objective).value)
    if status is not None:
        query = query.where(LoyaltyAction.status == ActionStatus(status).value)
    if batch is not None:
        query = query.where(LoyaltyAction.batch == batch)
    with db.read() as session:
        return _actions(session, query)


def _action_query() -> Select[LoyaltyAction, Client]:
    return select(LoyaltyAction, Client).join(Client, Client.id == LoyaltyAction.client_id)


def _actions(session: Session,
             query: Select[LoyaltyAction, Client]) -> tuple[LoyaltyActionValue, ...]:
    values = [_action_value(a, c) for a, c in session.execute(query)]
    return tuple(sorted(values, key=lambda v: (v.on or date.min, v.id), reverse=True))


def agenda(db: Database, today: date) -> Agenda:
    """Across all clients: planned actions and appointments late (before ``today``) and due
    from ``today`` to the Sunday of its week, each list by date then client number."""
    week_end = today + timedelta(days=6 - today.weekday())
    items: list[AgendaItem] = []
    with db.read() as session:
        for action, client in session.execute(
                _action_query().where(LoyaltyAction.status == ActionStatus.PLANNED.value,
                                      LoyaltyAction.due_on <= week_end)):
            assert action.due_on is not None
            items.append(AgendaItem("action", action.id, client.id, client.number, client.name,
                                    ActionKind(action.kind).label, action.title, action.due_on,
                                    None, action.due_on < today))
        for appointment, client in session.execute(
                select(Appointment, Client).join(Client, Client.id == Appointment.client_id)
                .where(Appointment.status == "planned",
                       Appointment.starts_at < datetime.combine(week_end + timedelta(days=1),
                                                                time()))):
            day = appointment.starts_at.date()
            items.append(AgendaItem("rendez-vous", appointment.id, client.id, client.number,
                                    client.name, "Rendez-vous", appointment.subject, day,
                                    appointment.starts_at, day < today))
    items.sort(key=lambda i: (i.due_on, i.starts_at or datetime.min,
                              _number_key(i.client_number), i.source, i.id))
    return Agenda(today, week_end, tuple(i for i in items if i.late),
                  tuple(i for i in items if not i.late))


def _planned_action(session: Session, action_id: int) -> LoyaltyAction:
    row = session.get(LoyaltyAction, action_id)
    if row is None:
        raise DomainError("Cette action de fidélisation n'existe plus.")
    if row.status != ActionStatus.PLANNED.value:
        raise DomainError(f"Cette action est déjà {ActionStatus(row.status).label.lower()}.")
    return row


def complete_action_in_session(session: Session, action_id: int, done_on: date,
                               outcome: str = "", *, now: datetime) -> LoyaltyActionValue:
    """:func:`complete_action` inside an open write unit of work (the demo uses it)."""
    row = _planned_action(session, action_id)
    outcome = outcome.strip()
    if outcome:
        row.details = f"{row.details}\nRésultat : {outcome}" if row.details else \
            f"Résultat : {outcome}"
    row.status, row.done_on = ActionStatus.DONE.value, done_on
    _journal(session, row.client_id, _JOURNAL_KIND.get(ActionKind(row.kind), InteractionKind.NOTE),
             _action_summary(row), done_on, now)
    session.flush()
    return _action_value(row, _client(session, row.client_id))


def complete_action(db: Database, action_id: int, done_on: date, outcome: str = "", *,
                    now: datetime | None = None) -> LoyaltyActionValue:
    """Mark a planned action done on ``done_on`` (outcome appended to its details) and write
    the client's journal."""
    with db.write() as session:
        return complete_action_in_session(session, action_id, done_on, outcome, now=_now(now))


def cancel_action(db: Database, action_id: int) -> LoyaltyActionValue:
    """Cancel a planned action (a done action cannot be cancelled)."""
    with db.write() as session:
        row = _planned_action(session, action_id)
        row.status = ActionStatus.CANCELLED.value
        session.flush()
        client = session.get(Client, row.client_id)
        assert client is not None
        return _action_value(row, client)


MAILING_CSV_HEADERS = ("Numéro", "Nom", "E-mail", "Téléphone", "Objet", "Message", "Fichier")


def _file_stem(number: str, client_id: int, taken: set[str]) -> str:
    """A file name from the client number that no file system refuses (and not yet taken)."""
    stem = safe_file_stem(number, f"client-{client_id}")
    if stem.casefold() in taken:
        stem = f"{stem}-{client_id}"
    taken.add(stem.casefold())
    return stem


def _folder(out_dir: Path, now: datetime) -> Path:
    """A new sub-folder of ``out_dir`` for one mailing, so no earlier file is overwritten."""
    out_dir.mkdir(parents=True, exist_ok=True)
    base = out_dir / f"mailing-{now:%Y-%m-%d-%H%M%S}"
    folder, suffix = base, 2
    while folder.exists():
        folder, suffix = base.with_name(f"{base.name}-{suffix}"), suffix + 1
    folder.mkdir()
    return folder


def _address(name: str, email: str) -> Address | None:
    """The e-mail address as a header value, or None if it cannot be one."""
    try:
        address = Address(display_name=name, addr_spec=email)
    except (ValueError, IndexError, HeaderParseError):
        return None
    return address if address.domain else None


def mailing_message(sender: Address, to: Address, subject: str, body: str,
                    now: datetime) -> EmailMessage:
    """One draft message (RFC 5322, UTF-8 text in quoted-printable, so the file is plain ASCII
    any server accepts); ``X-Unsent: 1`` makes mail clients open it as a draft to send."""
    message = EmailMessage(policy=policy.SMTP)
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = format_datetime(now.astimezone())
    message["X-Unsent"] = "1"
    message.set_content(body, charset="utf-8", cte="quoted-printable")
    return message


def prepare_mailing(db: Database, client_ids: Sequence[int], subject: str, body: str,
                    out_dir: Path, *, segment: Segment | str = "",
                    now: datetime | None = None) -> MailingResult:
    """Write one draft .eml per client with an e-mail, and a CSV for a mailing tool, in
    ``out_dir``; record the mailing, a done *mailing* action and a journal line per recipient.

    The sender is the company profile's e-mail (required). Clients without e-mail are
    listed in ``skipped``. Files are named from the client number and written atomically.
    """
    now = _now(now)
    subject = _required(subject, "L'objet du message")
    if "\n" in subject or "\r" in subject:
        raise DomainError("L'objet du message tient sur une ligne.")
    if not body.strip():
        raise DomainError("Le message est vide.")
    with db.read() as session:
        seller = load_seller(session)
        clients = [_brief(c) for c in _clients(session, client_ids)]
    sender = _address(seller.legal_name or seller.contact_name, seller.email)
    if sender is None:
        raise DomainError("Renseignez l'e-mail de l'entreprise (fiche Entreprise) : c'est "
                          "l'expéditeur du mailing.")
    messages: list[tuple[ClientBrief, EmailMessage]] = []
    skipped: list[ClientBrief] = []
    for client in clients:
        to = _address(client.name, client.email) if client.email else None
        if to is None:
            skipped.append(client)
        else:
            messages.append((client, mailing_message(sender, to, subject, body, now)))
    if not messages:
        raise DomainError("Aucun des clients choisis n'a d'adresse e-mail : rien à préparer.")
    folder = _folder(Path(out_dir), now)
    taken: set[str] = set()
    files: list[Path] = []
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(MAILING_CSV_HEADERS)
    for client, message in messages:
        path = folder / f"{_file_stem(client.number, client.id, taken)}.eml"
        files.append(atomic_write(path, message.as_bytes()))
        writer.writerow([neutralise_cell(cell) for cell in (
            client.number, client.name, client.email, client.phone, subject, body, path.name)])
    csv_file = atomic_write(folder / "destinataires.csv", buffer.getvalue().encode("utf-8-sig"))
    segment_text = _segment_text(segment)
    with db.write() as session:
        mailing = Mailing(segment=segment_text, subject=subject, body=body,
                          recipients=len(messages), created_at=now)
        session.add(mailing)
        session.flush()
        _batch(session, [_add_action(session, client.id, ActionKind.MAILING, subject, now=now,
                                     due_on=now.date(), done_on=now.date(),
                                     segment=segment_text, mailing_id=mailing.id)
                         for client, _ in messages], "M")
        mailing_id = mailing.id
    return MailingResult(mailing_id, folder, tuple(files), csv_file,
                         tuple(c for c, _ in messages), tuple(skipped))


def list_mailings(db: Database) -> tuple[MailingValue, ...]:
    """Mailings prepared, newest first."""
    with db.read() as session:
        return tuple(MailingValue(m.id, m.segment, m.subject, m.body, m.recipients, m.created_at)
                     for m in session.scalars(select(Mailing).order_by(Mailing.created_at.desc(),
                                                                       Mailing.id.desc())))


# ----------------------------------------------------------------------------- récompenser

def _add_reward(session: Session, client_id: int, spec: RewardSpec, *, today: date,
                now: datetime, note: str) -> Reward:
    expires = spec.expires_on or today + timedelta(days=DEFAULT_REWARD_VALIDITY_DAYS)
    reward = add_reward(session, client_id, spec.kind, percent=spec.percent,
                        amount=_money(spec.amount, "montant du bon"), expires_on=expires,
                        source=REWARD_SOURCE, today=today, now=now,
                        note=spec.note.strip() or note)
    session.flush()
    return reward


def give_reward_in_session(session: Session, client_ids: Sequence[int], spec: RewardSpec, *,
                           today: date, segment: Segment | str = "",
                           now: datetime) -> tuple[int, ...]:
    """:func:`give_reward` inside an open write unit of work (the demo uses it)."""
    kind = _kind(spec.kind, REWARD_KINDS, "Type de récompense")
    segment_text = _segment_text(segment)
    rewards: list[Reward] = []
    actions: list[LoyaltyAction] = []
    for client in _clients(session, client_ids):
        reward = _add_reward(session, client.id, spec, today=today, now=now, note="Fidélisation")
        rewards.append(reward)
        actions.append(_add_action(session, client.id, kind, reward_value(reward).label, now=now,
                                   due_on=today, done_on=today, details=spec.note.strip(),
                                   value=reward.amount, segment=segment_text))
    _batch(session, actions, "R")
    return tuple(r.id for r in rewards)


def give_reward(db: Database, client_ids: Sequence[int], spec: RewardSpec, *, today: date,
                segment: Segment | str = "", now: datetime | None = None) -> tuple[int, ...]:
    """Give each client a discount or voucher (Reward, source 'fidelisation') the invoice editor
    will offer; returns the reward ids. Also a done *récompenser* action per client."""
    with db.write() as session:
        return give_reward_in_session(session, client_ids, spec, today=today, segment=segment,
                                      now=_now(now))


def give_gift(db: Database, client_ids: Sequence[int], kind: ActionKind | str, title: str,
              on: date, *, value: Decimal | None = None, details: str = "",
              segment: Segment | str = "", now: datetime | None = None) -> str:
    """Record a gift, an invitation or a promotional offer ('cadeau' | 'invitation' | 'offre')
    given on ``on`` to each client (done action + journal line); returns the batch."""
    with db.write() as session:
        return give_gift_in_session(session, client_ids, kind, title, on, value=value,
                                    details=details, segment=segment, now=_now(now))


def give_gift_in_session(session: Session, client_ids: Sequence[int], kind: ActionKind | str,
                         title: str, on: date, *, value: Decimal | None = None,
                         details: str = "", segment: Segment | str = "",
                         now: datetime) -> str:
    """:func:`give_gift` inside an open write unit of work (the demo uses it)."""
    chosen = _kind(kind, GIFT_KINDS, "Type de récompense")
    title = _required(title, "Le libellé")
    worth = _money(value, "valeur")
    if worth is not None and worth < 0:
        raise DomainError("La valeur d'un cadeau ne peut être négative.")
    rows = [_add_action(session, c.id, chosen, title, now=now, due_on=on, done_on=on,
                        details=details.strip(), value=worth, segment=_segment_text(segment))
            for c in _clients(session, client_ids)]
    return _batch(session, rows, "G")


# ----------------------------------------------------------------------------- impliquer

def _referral_value(session: Session, row: Referral) -> ReferralValue:
    sponsor, referred = session.get(Client, row.sponsor_id), session.get(Client, row.referred_id)
    assert sponsor is not None and referred is not None
    reward = session.get(Reward, row.reward_id) if row.reward_id is not None else None
    return ReferralValue(row.id, sponsor.id, sponsor.number, sponsor.name, referred.id,
                         referred.number, referred.name, row.referred_on,
                         reward_value(reward) if reward is not None else None, row.note)


def record_referral_in_session(session: Session, sponsor_id: int, referred_id: int, on: date, *,
                               reward: RewardSpec | None = None, note: str = "",
                               now: datetime) -> ReferralValue:
    """:func:`record_referral` inside an open write unit of work (the demo uses it)."""
    if sponsor_id == referred_id:
        raise DomainError("Un client ne peut pas se parrainer lui-même.")
    sponsor, referred = _client(session, sponsor_id), _client(session, referred_id)
    earlier = session.scalar(select(Referral).where(Referral.referred_id == referred_id))
    if earlier is not None:
        first = session.get(Client, earlier.sponsor_id)
        assert first is not None
        raise DomainError(f"{referred.name} a déjà été parrainé par {first.name} "
                          f"(le {earlier.referred_on:%d/%m/%Y}).")
    given = (_add_reward(session, sponsor.id, reward, today=on, now=now,
                         note=f"Parrainage de {referred.name} ({referred.number})")
             if reward is not None else None)
    note = note.strip()
    row = Referral(sponsor_id=sponsor.id, referred_id=referred.id, referred_on=on,
                   reward_id=given.id if given is not None else None, note=note, created_at=now)
    session.add(row)
    thanks = f" ; récompense : {reward_value(given).label}" if given is not None else ""
    _add_action(session, sponsor.id, ActionKind.PARRAINAGE,
                f"A parrainé {referred.name} (n° {referred.number}){thanks}", now=now,
                due_on=on, done_on=on, details=note,
                value=given.amount if given is not None else None)
    _add_action(session, referred.id, ActionKind.PARRAINAGE,
                f"Parrainé par {sponsor.name} (n° {sponsor.number})", now=now, due_on=on,
                done_on=on, details=note)
    session.flush()
    return _referral_value(session, row)


def record_referral(db: Database, sponsor_id: int, referred_id: int, on: date, *,
                    reward: RewardSpec | None = None, note: str = "",
                    now: datetime | None = None) -> ReferralValue:
    """Record that ``sponsor_id`` brought ``referred_id`` (a client is referred once), with the
    sponsor's reward if any, and a done *parrainage* action on both sides."""
    with db.write() as session:
        return record_referral_in_session(session, sponsor_id, referred_id, on, reward=reward,
                                          note=note, now=_now(now))


def _referrals(session: Session, *where: ColumnElement[bool]) -> tuple[ReferralValue, ...]:
    rows = session.scalars(select(Referral).where(*where)
                           .order_by(Referral.referred_on.desc(), Referral.id.desc()))
    return tuple(_referral_value(session, r) for r in rows)


def list_referrals(db: Database) -> tuple[ReferralValue, ...]:
    """All referrals, newest first."""
    with db.read() as session:
        return _referrals(session)


def record_survey_in_session(session: Session, client_id: int, on: date, score: int,
                             comment: str = "", *, now: datetime) -> int:
    """:func:`record_survey` inside an open write unit of work (the demo uses it)."""
    score = check_score(score)
    client = _client(session, client_id)
    comment = comment.strip()
    row = Survey(client_id=client.id, answered_on=on, score=score, comment=comment,
                 created_at=now)
    session.add(row)
    text = f"Enquête de satisfaction : {score}/10 ({nps_category(score).value})"
    _journal(session, client.id, InteractionKind.NOTE,
             f"{text} — {comment}" if comment else text, on, now)
    session.flush()
    return row.id


def record_survey(db: Database, client_id: int, on: date, score: int, comment: str = "", *,
                  now: datetime | None = None) -> int:
    """Record a satisfaction answer (score 0–10, else a French error); returns its id.

    The answer also goes to the client's journal.
    """
    with db.write() as session:
        return record_survey_in_session(session, client_id, on, score, comment, now=_now(now))


def _survey_query(start: date | None, end: date | None,
                  client_id: int | None) -> Select[Survey, Client]:
    query = select(Survey, Client).join(Client, Client.id == Survey.client_id)
    if start is not None:
        query = query.where(Survey.answered_on >= start)
    if end is not None:
        query = query.where(Survey.answered_on <= end)
    if client_id is not None:
        query = query.where(Survey.client_id == client_id)
    return query.order_by(Survey.answered_on.desc(), Survey.id.desc())


def list_surveys(db: Database, start: date | None = None, end: date | None = None, *,
                 client_id: int | None = None) -> tuple[SurveyValue, ...]:
    """Survey answers between ``start`` and ``end`` (inclusive), newest first."""
    with db.read() as session:
        return _surveys(session, start, end, client_id)


def _surveys(session: Session, start: date | None, end: date | None,
             client_id: int | None) -> tuple[SurveyValue, ...]:
    return tuple(SurveyValue(s.id, c.id, c.number, c.name, s.answered_on, s.score, s.comment,
                             nps_category(s.score))
                 for s, c in session.execute(_survey_query(start, end, client_id)))


def nps(db: Database, start: date, end: date, segment: Segment | str | None = None) -> NpsResult:
    """NPS of the answers from ``start`` to ``end`` inclusive; with ``segment``, only the
    clients in that segment at ``end``.

    Every answer counts, even several of one client in the period.
    """
    if end < start:
        raise DomainError("La fin de la période précède son début.")
    chosen = _segment(segment) if segment is not None else None
    with db.read() as session:
        answers = session.execute(select(Survey.client_id, Survey.score)
                                  .where(Survey.answered_on.between(start, end))).all()
        if chosen is not None:
            members = {r.client.id for r in _rfms(session, end) if r.segment is chosen}
            answers = [a for a in answers if a[0] in members]
    return compute_nps(score for _, score in answers)


def nps_by_month(db: Database, months: int, today: date) -> tuple[NpsPoint, ...]:
    """The NPS of each of the last ``months`` calendar months, the month of ``today`` last
    (months without answer have ``result.score`` None)."""
    if not 1 <= months <= 120:
        raise DomainError("Le graphique couvre de 1 à 120 mois.")
    this_month = today.replace(day=1)
    firsts = [months_before(this_month, n) for n in range(months - 1, -1, -1)]
    end = months_before(this_month, -1) - timedelta(days=1)
    with db.read() as session:
        answers = session.execute(select(Survey.answered_on, Survey.score)
                                  .where(Survey.answered_on.between(firsts[0], end))).all()
    return tuple(NpsPoint(first, compute_nps(score for on, score in answers
                                             if on.replace(day=1) == first))
                 for first in firsts)


def record_suggestion(db: Database, client_id: int, on: date, text: str, *,
                      now: datetime | None = None) -> int:
    """Record a client's suggestion (a done *impliquer* action); returns the action id.

    The first line (up to 80 characters) is the title the lists show; the whole text is kept.
    """
    with db.write() as session:
        return record_suggestion_in_session(session, client_id, on, text, now=_now(now))


def record_suggestion_in_session(session: Session, client_id: int, on: date, text: str, *,
                                 now: datetime) -> int:
    """:func:`record_suggestion` inside an open write unit of work (the demo uses it)."""
    text = text.strip()
    if not text:
        raise DomainError("La suggestion est vide.")
    line = text.splitlines()[0].strip()
    title = line if len(line) <= 80 else line[:79] + "…"
    client = _client(session, client_id)
    row = _add_action(session, client.id, ActionKind.SUGGESTION, title, now=now, due_on=on,
                      done_on=on, details=text if text != title else "")
    session.flush()
    return row.id


# ----------------------------------------------------------------------------- client file

def loyalty_of_client(db: Database, client_id: int, today: date) -> ClientLoyalty:
    """Everything loyalty about one client for the client file (one read unit of work)."""
    with db.read() as session:
        if session.get(Client, client_id) is None:
            raise DomainError("Ce client n'existe plus.")
        by = _referrals(session, Referral.referred_id == client_id)
        rewards = session.scalars(select(Reward).where(Reward.client_id == client_id)
                                  .order_by(Reward.created_at.desc(), Reward.id.desc()))
        return ClientLoyalty(
            rfm=rfm(_sales(session, today, client_id).get(client_id, ()), today),
            actions=_actions(session,
                             _action_query().where(LoyaltyAction.client_id == client_id)),
            surveys=_surveys(session, None, None, client_id),
            referrals_given=_referrals(session, Referral.sponsor_id == client_id),
            referred_by=by[0] if by else None,
            rewards=tuple(reward_value(r) for r in rewards))
