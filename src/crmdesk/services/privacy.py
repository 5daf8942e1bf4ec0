"""Personal data of one client: export everything held about them, or anonymise them.

:func:`export_client_data` writes one JSON document (format ``crmdesk-donnees-client``,
docs/privacy.md) with every row that concerns the client, column by column: a column
added to a table later is exported without touching this module. Database ids are left
out; rows refer to each other by their business numbers.

:func:`anonymise_client` erases, in one unit of work, what identifies the person and
every free text written about them, and keeps dates, amounts, scores and links, which
the accounts and the statistics need. Issued invoices and credit notes are not touched
(the database refuses it anyway): their frozen buyer snapshot keeps the identity the law
requires to be kept for ten years.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, inspect, or_, select, text
from sqlalchemy.orm import Session, selectinload

from crmdesk.domain.claims import DETAIL_DESCRIPTION, KEY_NOTES
from crmdesk.domain.errors import DomainError
from crmdesk.domain.invoice import DocumentState
from crmdesk.services.database import open_database
from crmdesk.services.files import atomic_write, safe_file_stem
from crmdesk.storage.db import Database, StorageError
from crmdesk.storage.models import (Appointment, Claim, Client, Contact, Interaction, Invoice,
                                    LoyaltyAction, Mailing, Referral, Reward, Survey)

FORMAT = "crmdesk-donnees-client"
FORMAT_VERSION = 1
#: The name every anonymised client gets (the client number stays: invoices refer to it).
ANONYMOUS_NAME = "Client anonymisé"
#: What replaces a free text that must keep a value (a journal entry, a claim's history).
ERASED = "(texte effacé à l'anonymisation)"
#: The full-text indexes over ``clients.search_text`` (migrations 0003 and 0004).
_SEARCH_INDEXES = ("clients_fts", "clients_words")
#: Columns never exported: internal keys and the derived search index.
_HIDDEN = frozenset({"id", "search_text", "logo"})
#: JSON held in text columns, exported as JSON rather than as an escaped string.
_JSON_COLUMNS = frozenset({"analysis", "departments", "gesture_details", "seller_snapshot",
                           "buyer_snapshot"})


@dataclass(frozen=True, slots=True)
class ClientDataExport:
    """What :func:`export_client_data` wrote: the file and how many records of each kind."""

    path: Path
    client_number: str
    counts: dict[str, int]


@dataclass(frozen=True, slots=True)
class Anonymisation:
    """What :func:`anonymise_client` erased (counts of rows whose text was erased)."""

    client_number: str
    anonymised_at: datetime
    counts: dict[str, int]


# ----------------------------------------------------------------------------- export

def _plain(value: Any) -> Any:
    """A column value as JSON: amounts as exact strings, dates in ISO 8601."""
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _columns(row: Any) -> dict[str, Any]:
    """Every column of ``row`` but the ids (JSON columns parsed), by column name."""
    data: dict[str, Any] = {}
    for column in inspect(row).mapper.column_attrs:
        key = column.key
        if key in _HIDDEN or key.endswith("_id"):
            continue
        value = getattr(row, key)
        if key in _JSON_COLUMNS and isinstance(value, str) and value:
            try:
                value = json.loads(value)
            except ValueError:
                pass  # exported as stored
        data[key] = _plain(value)
    return data


def _client_row(session: Session, client_id: int) -> Client:
    row = session.get(Client, client_id)
    if row is None:
        raise DomainError("Ce client n'existe plus.")
    return row


def _rows(session: Session, model: Any, *where: Any) -> Sequence[Any]:
    return session.scalars(select(model).where(*where).order_by(model.id)).all()


def _numbers(session: Session, ids: Iterable[int | None], model: Any) -> dict[int, str | None]:
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return {}
    rows = session.execute(select(model.id, model.number).where(model.id.in_(wanted)))
    return {row_id: number for row_id, number in rows}


def client_data(db: Database, client_id: int, now: datetime | None = None) -> dict[str, Any]:
    """Everything held about one client, as a JSON-ready dict (see docs/privacy.md)."""
    with db.read() as session:
        client = _client_row(session, client_id)
        invoices = session.scalars(
            select(Invoice).where(Invoice.client_id == client_id)
            .options(selectinload(Invoice.lines), selectinload(Invoice.payments))
            .order_by(Invoice.kind, Invoice.issue_date, Invoice.id)).all()
        claims = session.scalars(select(Claim).where(Claim.client_id == client_id)
                                 .options(selectinload(Claim.events)).order_by(Claim.id)).all()
        rewards = _rows(session, Reward, Reward.client_id == client_id)
        actions = _rows(session, LoyaltyAction, LoyaltyAction.client_id == client_id)
        referrals = _rows(session, Referral, or_(Referral.sponsor_id == client_id,
                                                 Referral.referred_id == client_id))
        invoice_numbers = _numbers(session, [i.id for i in invoices]
                                   + [r.used_invoice_id for r in rewards]
                                   + [c.invoice_id for c in claims]
                                   + [c.credit_note_id for c in claims]
                                   + [i.corrects_id for i in invoices], Invoice)
        claim_numbers = _numbers(session, [r.claim_id for r in rewards], Claim)
        clients = _numbers(session, [r.sponsor_id for r in referrals]
                           + [r.referred_id for r in referrals], Client)
        mailings = _rows(session, Mailing, Mailing.id.in_(
            sorted({a.mailing_id for a in actions if a.mailing_id is not None})))
        document = {
            "format": FORMAT, "version": FORMAT_VERSION,
            "exported_at": (now or datetime.now()).isoformat(timespec="seconds"),
            "client": {**_columns(client),
                       "contacts": [_columns(c) for c in client.contacts]},
            "appointments": [_columns(a) for a in _rows(
                session, Appointment, Appointment.client_id == client_id)],
            "journal": [_columns(i) for i in _rows(
                session, Interaction, Interaction.client_id == client_id)],
            "invoices": [{**_columns(i), "corrects_number": invoice_numbers.get(i.corrects_id or 0),
                          "lines": [_columns(x) for x in i.lines],
                          "payments": [_columns(p) for p in i.payments]} for i in invoices],
            "claims": [{**_columns(c), "invoice_number": invoice_numbers.get(c.invoice_id or 0),
                        "credit_note_number": invoice_numbers.get(c.credit_note_id or 0),
                        "history": [_columns(e) for e in c.events]} for c in claims],
            "rewards": [{**_columns(r), "claim_number": claim_numbers.get(r.claim_id or 0),
                         "used_invoice_number": invoice_numbers.get(r.used_invoice_id or 0)}
                        for r in rewards],
            "loyalty_actions": [_columns(a) for a in actions],
            "surveys": [_columns(s) for s in _rows(session, Survey, Survey.client_id == client_id)],
            "referrals": [{**_columns(r), "role": "parrain" if r.sponsor_id == client_id else "filleul",
                           "sponsor_number": clients.get(r.sponsor_id),
                           "referred_number": clients.get(r.referred_id)} for r in referrals],
            "mailings": [_columns(m) for m in mailings],
        }
    return document


def data_file_name(client_number: str) -> str:
    """The name proposed for a client's export: ``donnees-client-456.json``."""
    return f"donnees-client-{safe_file_stem(client_number, 'sans-numero')}.json"


def export_client_data(db: Database, client_id: int, path: Path,
                       now: datetime | None = None) -> ClientDataExport:
    """Write :func:`client_data` to ``path`` (UTF-8 JSON, indented, written atomically).

    Raises:
        DomainError: no such client, or the folder of ``path`` does not exist.
    """
    path = Path(path)
    if not path.parent.is_dir():
        raise DomainError(f"Le dossier « {path.parent} » n'existe pas.")
    document = client_data(db, client_id, now)
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    atomic_write(path, text.encode("utf-8"))
    counts = {key: len(value) for key, value in document.items() if isinstance(value, list)}
    return ClientDataExport(path, document["client"]["number"], counts)


# ----------------------------------------------------------------------------- anonymisation

def _refuse_drafts(session: Session, client: Client) -> None:
    drafts = session.scalar(select(func.count()).select_from(Invoice).where(
        Invoice.client_id == client.id, Invoice.state == DocumentState.DRAFT.value)) or 0
    if drafts:
        what = "un brouillon" if drafts == 1 else f"{drafts} brouillons"
        raise DomainError(f"Le client n° {client.number} a {what} de facture ou d'avoir : émettez-"
                          "les ou supprimez-les avant d'anonymiser (un document émis après "
                          "l'anonymisation n'aurait plus l'identité de l'acheteur).")


def _erase_identity(client: Client) -> None:
    """Name, identifiers, contact details, addresses, notes, contacts: all of them.

    No attempt is made to tell a legal person's public data from a natural person's:
    a sole trader's name and SIREN are a person's (docs/privacy.md).
    """
    for key in ("legal_form", "siren", "siret", "vat_number", "email", "phone", "billing_street",
                "billing_postcode", "billing_city", "delivery_street", "delivery_postcode",
                "delivery_city", "delivery_country", "notes"):
        setattr(client, key, "")
    client.name = ANONYMOUS_NAME
    client.contacts = []
    client.archived = True


def _scrub_json(stored: str, key: str) -> str:
    """A claim's JSON column without its free-text ``key`` (other values kept as they are)."""
    try:
        value = json.loads(stored) if stored else {}
    except ValueError:
        return "{}"
    if isinstance(value, dict) and key in value:
        del value[key]
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _erase_claims(session: Session, client_id: int) -> int:
    claims = session.scalars(select(Claim).where(Claim.client_id == client_id)
                             .options(selectinload(Claim.events))).all()
    for claim in claims:
        claim.client_words = claim.reformulation = claim.explanation = ""
        claim.analysis = _scrub_json(claim.analysis, KEY_NOTES)
        claim.gesture_details = _scrub_json(claim.gesture_details, DETAIL_DESCRIPTION)
        for event in claim.events:
            event.what = ERASED
    return len(claims)


def _erase_texts(session: Session, client_id: int) -> dict[str, int]:
    """Blank every free text written about the client; rows, dates and amounts stay."""
    counts: dict[str, int] = {}

    def each(name: str, model: Any, *where: Any) -> Sequence[Any]:
        rows = session.scalars(select(model).where(*where)).all()
        counts[name] = len(rows)
        return rows

    for entry in each("journal", Interaction, Interaction.client_id == client_id):
        entry.summary = ERASED
    for appointment in each("appointments", Appointment, Appointment.client_id == client_id):
        appointment.subject, appointment.place, appointment.outcome = ERASED, "", ""
    for reward in each("rewards", Reward, Reward.client_id == client_id):
        reward.note = ""
    for action in each("loyalty_actions", LoyaltyAction, LoyaltyAction.client_id == client_id):
        action.title, action.details = ERASED, ""
    for survey in each("surveys", Survey, Survey.client_id == client_id):
        survey.comment = ""
    for referral in each("referrals", Referral, or_(Referral.sponsor_id == client_id,
                                                    Referral.referred_id == client_id)):
        referral.note = ""
        sponsor_reward = session.get(Reward, referral.reward_id) if referral.reward_id else None
        if sponsor_reward is not None:  # the sponsor's reward may name the referred client
            sponsor_reward.note = ""
    counts["claims"] = _erase_claims(session, client_id)
    return counts


def anonymise_client(db: Database, client_id: int, now: datetime | None = None) -> Anonymisation:
    """Erase a client's personal data in one unit of work (see the module doc).

    Raises:
        DomainError: no such client, already anonymised, or a draft of theirs exists.
    """
    moment = now or datetime.now()
    with db.write() as session:
        if db.is_sqlite:  # deleted text is overwritten with zeros, not left in free space
            session.execute(text("PRAGMA secure_delete = ON"))
        client = _client_row(session, client_id)
        if client.anonymised_at is not None:
            raise DomainError(f"Le client n° {client.number} a déjà été anonymisé le "
                              f"{client.anonymised_at:%d/%m/%Y}.")
        _refuse_drafts(session, client)
        contacts = session.scalar(select(func.count()).select_from(Contact)
                                  .where(Contact.client_id == client_id)) or 0
        _erase_identity(client)
        counts = {"contacts": contacts, **_erase_texts(session, client_id)}
        client.anonymised_at = moment
        session.flush()
        if db.is_sqlite:
            for index in _SEARCH_INDEXES:  # merged: the old words leave the index's segments
                session.execute(text(f"INSERT INTO {index}({index}) VALUES ('optimize')"))
        result = Anonymisation(client.number, moment, counts)
    _checkpoint(db)
    return result


def _checkpoint(db: Database) -> None:
    """Copy the write-ahead log back into the file and empty it: the pages holding the
    erased text are replaced in the file itself, not only in the log."""
    try:
        db.checkpoint("TRUNCATE")
    except StorageError:
        pass  # already erased for every reader; the old pages go at the next checkpoint


def is_anonymised(db: Database, client_id: int) -> datetime | None:
    """When the client was anonymised, or None."""
    with db.read() as session:
        return _client_row(session, client_id).anonymised_at


def issued_documents(db: Database, client_id: int) -> int:
    """How many issued invoices and credit notes keep the client's identity (for the UI)."""
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Invoice).where(
            Invoice.client_id == client_id, Invoice.state == DocumentState.ISSUED.value)) or 0


# ----------------------------------------------------------------------------- commands

def _client_id(db: Database, number: str) -> int:
    with db.read() as session:
        client_id = session.scalar(select(Client.id).where(Client.number == number))
    if client_id is None:
        raise DomainError(f"Aucun client n° {number} dans cette base.")
    return client_id


def export_command(db_arg: str | None, number: str, output: Path) -> ClientDataExport:
    """``crmdesk client export-data NUMBER -o FILE``."""
    db = open_database(db_arg)
    try:
        return export_client_data(db, _client_id(db, number), output)
    finally:
        db.dispose()


def anonymise_command(db_arg: str | None, number: str, confirmed: bool) -> Anonymisation:
    """``crmdesk client anonymise NUMBER --yes`` (refused without ``--yes``: it cannot be undone)."""
    if not confirmed:
        raise DomainError(f"L'anonymisation du client n° {number} est définitive : relancez la "
                          "commande avec --yes pour confirmer.")
    db = open_database(db_arg)
    try:
        return anonymise_client(db, _client_id(db, number))
    finally:
        db.dispose()
