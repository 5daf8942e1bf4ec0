"""Export and import of a whole crmdesk database as one JSON document.

The document (format ``crmdesk-export``, version 1, described key by key in
docs/exchange-format.md) holds the company, the numbering series, the clients
with their contacts, the catalogue, every invoice and credit note with its
lines and payments, and (optional sections) the claims with their history,
the rewards, and the loyalty mailings, actions, surveys and referrals. It holds no database id: records refer to each other by their
business keys (client number, invoice or credit-note number, claim number, a
product's description), also inside the claims' JSON columns. Amounts are
strings, never JSON numbers, so no float ever touches money.

An import goes only into an empty database. The whole document is validated
first with the domain rules (identifiers, amounts, VAT rates, continuous
numbering, stored totals of issued documents recomputed to the cent), then
written in one ``BEGIN IMMEDIATE`` transaction: any refusal leaves the target
exactly as it was. Issued documents keep their number, snapshots, totals and
timestamps. Export, import into an empty database, export again gives the
identical document.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, NoReturn

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from crmdesk.domain.claims import (DETAIL_AMOUNT, DETAIL_AMOUNTS, DETAIL_DESCRIPTION,
                                   DETAIL_EXPIRES_ON, DETAIL_LINES, DETAIL_PERCENT,
                                   DETAIL_PRODUCT_ID, KEY_CHECKLIST, KEY_DELIVERED,
                                   KEY_DELIVERY_DATE, KEY_DUPLICATE_OF, KEY_NEGOTIATED,
                                   KEY_NOT_DELIVERED, KEY_NOTES, ClaimStatus, ClaimType,
                                   Department, Gesture, checklist_answers, credited_amounts,
                                   credited_lines, delivered_quantities, delivery_date,
                                   duplicate_of, negotiated_prices, reward_amount, reward_expiry,
                                   reward_percent, reward_value_problems)
from crmdesk.domain.credit import Credit, check_credit
from crmdesk.domain.errors import DomainError, InvalidAmount
from crmdesk.domain.identifiers import (check_bic, check_iban, check_siren, check_siret,
                                        check_vat_fr)
from crmdesk.domain.invoice import (PAYMENT_METHODS, DocumentKind, DocumentState, NumberingRule,
                                    PaymentTerms)
from crmdesk.domain.loyalty import ActionKind, ActionStatus, Objective, check_score
from crmdesk.domain.money import CENT, parse_decimal
from crmdesk.domain.parties import Buyer, Seller
from crmdesk.domain.totals import Line, compute_totals, parse_discount, parse_vat_rate
from crmdesk.storage.db import Database
from crmdesk.services.chain import seal_in_session
from crmdesk.services.client_file import AppointmentStatus, InteractionKind
from crmdesk.storage.models import (Appointment, Claim, ClaimEvent, Client, Company, Contact,
                                    Interaction, Invoice, InvoiceLine, LoyaltyAction, Mailing,
                                    NumberSeries, Payment, Product, Referral, Reward, Survey)
from crmdesk.storage.queries import holds_no_data

FORMAT = "crmdesk-export"
FORMAT_VERSION = 1
#: The sections of a version 1 document, all required.
SECTIONS = ("company", "numbering", "clients", "products", "invoices")
#: Sections added later: a document without them imports as having none (an export always
#: writes them). Written after the invoices: a claim may name the credit note it gave.
_OPTIONAL_ORDER = ("claims", "rewards", "mailings", "loyalty_actions", "surveys", "referrals")
OPTIONAL_SECTIONS: frozenset[str] = frozenset(_OPTIONAL_ORDER)

# Field specifications: key → value kind ("?" = may be null). Keys are the column names.
_TEXT = "str"
_COMPANY = {
    "legal_name": _TEXT, "legal_form": _TEXT, "share_capital": "money?", "street": _TEXT,
    "postcode": _TEXT, "city": _TEXT, "country": _TEXT, "siren": _TEXT, "siret": _TEXT,
    "rcs_city": _TEXT, "vat_number": _TEXT, "contact_name": _TEXT, "phone": _TEXT, "email": _TEXT,
    "website": _TEXT, "bank_name": _TEXT, "bank_code": _TEXT, "account_number": _TEXT,
    "iban": _TEXT, "bic": _TEXT, "default_terms_days": "days", "default_terms_end_of_month": "bool",
    "late_penalty_rate": "dec4?", "early_payment_discount": _TEXT, "after_sales_text": _TEXT,
    "vat_on_debits": "bool", "logo": "bytes?"}
_SERIES = {"kind": _TEXT, "prefix": _TEXT, "width": "int", "next_number": "int"}
_CLIENT = {"number": _TEXT, "kind": _TEXT, "name": _TEXT, "legal_form": _TEXT, "siren": _TEXT,
           "siret": _TEXT, "vat_number": _TEXT, "email": _TEXT, "phone": _TEXT, "notes": _TEXT,
           "archived": "bool", "created_at": "datetime"}
_ADDRESS = {"street": _TEXT, "postcode": _TEXT, "city": _TEXT, "country": _TEXT}
_CONTACT = {"name": _TEXT, "role": _TEXT, "phone": _TEXT, "email": _TEXT}
_APPOINTMENT = {"starts_at": "datetime", "duration_min": "int", "place": _TEXT, "subject": _TEXT,
                "status": _TEXT, "outcome": _TEXT, "created_at": "datetime"}
_INTERACTION = {"occurred_at": "datetime", "kind": _TEXT, "summary": _TEXT, "created_at": "datetime"}
_PRODUCT = {"description": _TEXT, "unit": _TEXT, "unit_price": "dec4", "vat_rate": "rate",
            "archived": "bool"}
_INVOICE = {"kind": _TEXT, "state": _TEXT, "prefix": "str?", "sequence": "int?", "number": "str?",
            "issue_date": "date", "sale_date": "date?", "due_date": "date?", "terms_days": "days",
            "terms_end_of_month": "bool", "discount_pct": "pct", "issued_by": _TEXT,
            "client_contact": _TEXT, "reference": _TEXT, "additional_info": _TEXT,
            "created_at": "datetime", "updated_at": "datetime", "issued_at": "datetime?"}
_INVOICE_MORE = ("client_number", "corrects_number", "seller_snapshot", "buyer_snapshot", "totals",
                 "lines", "payments")
_ISSUE_ONLY = ("prefix", "sequence", "number", "issued_at", "seller_snapshot", "buyer_snapshot",
               "totals")
_TOTALS = {"total_ht": "money", "discount": "money", "net": "money", "vat_total": "money",
           "ttc": "money"}
_LINE = {"description": _TEXT, "quantity": "qty", "unit": _TEXT, "unit_price": "dec4",
         "vat_rate": "rate"}
_PAYMENT = {"paid_on": "date", "amount": "money", "method": _TEXT, "reference": _TEXT,
            "created_at": "datetime"}
_CLAIM = {"number": _TEXT, "type": _TEXT, "status": _TEXT, "step": "int", "opened_at": "datetime",
          "updated_at": "datetime", "closed_at": "datetime?", "client_words": _TEXT,
          "reformulation": _TEXT, "founded": "bool?", "explanation": _TEXT, "gesture": "str?"}
_CLAIM_MORE = ("client_number", "invoice_number", "analysis", "departments", "gesture_details",
               "credit_note_number", "history")
_CLAIM_EVENT = {"at": "datetime", "who": _TEXT, "what": _TEXT}
_REWARD = {"kind": _TEXT, "percent": "dec4?", "amount": "money?", "expires_on": "date",
           "source": _TEXT, "used_at": "datetime?", "created_at": "datetime", "note": _TEXT}
_REWARD_MORE = ("client_number", "claim_number", "used_invoice_number")
_REWARD_KINDS = ("remise", "bon")
_REWARD_SOURCES = ("reclamation", "fidelisation")
# Loyalty (docs/loyalty.md): a mailing and a reward have no business key, so an action names
# its mailing, and a referral its reward, by their position in their section (0 = first).
_MAILING = {"segment": _TEXT, "subject": _TEXT, "body": _TEXT, "recipients": "int",
            "created_at": "datetime"}
_LOYALTY_ACTION = {"objective": _TEXT, "kind": _TEXT, "title": _TEXT, "details": _TEXT,
                   "status": _TEXT, "due_on": "date?", "done_on": "date?", "value": "money?",
                   "segment": _TEXT, "batch": _TEXT, "created_at": "datetime"}
_LOYALTY_ACTION_MORE = ("client_number", "mailing_index")
_SURVEY = {"answered_on": "date", "score": "int", "comment": _TEXT, "created_at": "datetime"}
_REFERRAL = {"referred_on": "date", "note": _TEXT, "created_at": "datetime"}
_REFERRAL_MORE = ("sponsor_number", "referred_number", "reward_index")
_CLAIM_NUMBER = re.compile(r"R-\d{4}-\d{4,}", re.ASCII)
# Database ids inside the claims' JSON columns, and the business keys the document uses instead.
_DUPLICATE_NUMBER = "duplicate_of_number"  # analysis.duplicate_of: invoice id → invoice number
_PRODUCT_DESCRIPTION = "product_description"  # gesture_details.product_id: id → description
_IDENTIFIERS: dict[str, Callable[[str], str]] = {
    "siren": check_siren, "siret": check_siret, "vat_number": check_vat_fr, "iban": check_iban,
    "bic": check_bic}
_KIND_RANK = {kind.value: rank for rank, kind in enumerate(DocumentKind)}


class ImportRefused(DomainError):
    """An import was refused before anything was written; says which record and field."""

    def __init__(self, record: str, field: str, reason: str) -> None:
        self.record, self.field, self.reason = record, field, reason
        where = record if field == "-" else f"{record}, champ « {field} »"
        super().__init__(f"Import refusé : {where} : {reason.rstrip('. ')}. Rien n'a été importé.")


# ----------------------------------------------------------------------------- export

def _out(kind: str, value: Any) -> Any:
    if value is None:
        return None
    kind = kind.rstrip("?")
    if kind == "money":
        return format(value.quantize(CENT), "f")
    if kind in ("dec4", "qty", "rate", "pct"):
        return format(value.normalize(), "f")
    if kind == "date":
        return value.isoformat()
    if kind == "datetime":
        return value.isoformat(timespec="microseconds")
    if kind == "bytes":
        return base64.b64encode(value).decode("ascii")
    return value


def _dump(row: Any, spec: dict[str, str], prefix: str = "") -> dict[str, Any]:
    return {key: _out(kind, getattr(row, prefix + key)) for key, kind in spec.items()}


def _invoice_out(row: Invoice, numbers: dict[int, str | None]) -> dict[str, Any]:
    data = _dump(row, _INVOICE)
    issued = row.state == DocumentState.ISSUED
    data.update(
        client_number=row.client.number,
        corrects_number=numbers.get(row.corrects_id) if row.corrects_id else None,
        seller_snapshot=json.loads(row.seller_snapshot) if issued and row.seller_snapshot else None,
        buyer_snapshot=json.loads(row.buyer_snapshot) if issued and row.buyer_snapshot else None,
        totals=_dump(row, _TOTALS) if issued else None,
        lines=[_dump(line, _LINE) for line in row.lines],
        payments=[_dump(p, _PAYMENT) for p in sorted(row.payments, key=lambda p: (p.paid_on, p.id))])
    return data


def _loads(text: str | None, default: Any) -> Any:
    """A JSON column as stored by the claims service ("" or NULL read as ``default``)."""
    return json.loads(text) if text else default


def _dumps(value: Any) -> str:
    """A JSON column written the way the claims service writes it."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _stored_id(value: Any) -> int | None:
    """An id kept in a JSON column (an int, or its digits as text); None if it is none."""
    if isinstance(value, bool) or not isinstance(value, int | str):
        return None
    return int(value) if isinstance(value, int) or _DIGITS.fullmatch(value) else None


def _analysis_out(text: str, invoice_numbers: dict[int, str]) -> Any:
    analysis = _loads(text, {})
    if isinstance(analysis, dict) and KEY_DUPLICATE_OF in analysis:
        try:
            invoice_id = duplicate_of(analysis)
        except DomainError:
            invoice_id = None
        del analysis[KEY_DUPLICATE_OF]
        analysis[_DUPLICATE_NUMBER] = invoice_numbers.get(invoice_id) if invoice_id else None
    return analysis


def _details_out(text: str, products: dict[int, str]) -> Any:
    details = _loads(text, {})
    if isinstance(details, dict) and DETAIL_PRODUCT_ID in details:
        product_id = _stored_id(details.pop(DETAIL_PRODUCT_ID))
        details[_PRODUCT_DESCRIPTION] = products.get(product_id) if product_id else None
    return details


def _claim_out(row: Claim, clients: dict[int, str], invoices: dict[int, str],
               credit_notes: dict[int, str], products: dict[int, str]) -> dict[str, Any]:
    data = _dump(row, _CLAIM)
    data.update(
        client_number=clients[row.client_id],
        invoice_number=invoices.get(row.invoice_id) if row.invoice_id else None,
        analysis=_analysis_out(row.analysis, invoices),
        departments=_loads(row.departments, []),
        gesture_details=_details_out(row.gesture_details, products),
        credit_note_number=credit_notes.get(row.credit_note_id) if row.credit_note_id else None,
        history=[_dump(event, _CLAIM_EVENT) for event in row.events])
    return data


def _reward_out(row: Reward, clients: dict[int, str], claims: dict[int, str],
                invoices: dict[int, str]) -> dict[str, Any]:
    data = _dump(row, _REWARD)
    data.update(
        client_number=clients[row.client_id],
        claim_number=claims.get(row.claim_id) if row.claim_id else None,
        used_invoice_number=invoices.get(row.used_invoice_id) if row.used_invoice_id else None)
    return data


def _invoice_order(row: Invoice) -> tuple[Any, ...]:
    if row.state == DocumentState.ISSUED:
        return _KIND_RANK.get(row.kind, 99), row.kind, 0, row.prefix or "", row.sequence or 0, row.id
    return _KIND_RANK.get(row.kind, 99), row.kind, 1, "", 0, row.id


def export_document(db: Database) -> dict[str, Any]:
    """The whole database as one JSON-ready dict (see docs/exchange-format.md)."""
    with db.read() as session:
        company = session.get(Company, 1)
        series = sorted(session.scalars(select(NumberSeries)),
                        key=lambda s: (_KIND_RANK.get(s.kind, 99), s.kind))
        clients = session.scalars(select(Client).options(selectinload(Client.contacts))
                                  .order_by(Client.id)).all()
        products = session.scalars(select(Product).order_by(Product.id)).all()
        appointments: dict[int, list[dict[str, Any]]] = {}
        for a in session.scalars(select(Appointment).order_by(Appointment.starts_at, Appointment.id)):
            appointments.setdefault(a.client_id, []).append(_dump(a, _APPOINTMENT))
        journal: dict[int, list[dict[str, Any]]] = {}
        for i in session.scalars(select(Interaction).order_by(Interaction.occurred_at, Interaction.id)):
            journal.setdefault(i.client_id, []).append(_dump(i, _INTERACTION))
        invoices = session.scalars(select(Invoice).options(
            selectinload(Invoice.lines), selectinload(Invoice.payments),
            selectinload(Invoice.client))).all()
        numbers = {row.id: row.number for row in invoices}
        issued: dict[str, dict[int, str]] = {kind.value: {} for kind in DocumentKind}
        for row in invoices:
            if row.state == DocumentState.ISSUED and row.number and row.kind in issued:
                issued[row.kind][row.id] = row.number
        client_numbers = {c.id: c.number for c in clients}
        descriptions = {p.id: p.description for p in products}
        claims = session.scalars(select(Claim).options(selectinload(Claim.events))
                                 .order_by(Claim.id)).all()
        claim_numbers = {c.id: c.number for c in claims}
        rewards = session.scalars(select(Reward).order_by(Reward.id)).all()
        loyalty = _loyalty_out(session, client_numbers, {r.id: i for i, r in enumerate(rewards)})
        return {
            "format": FORMAT, "version": FORMAT_VERSION,
            "company": None if company is None else _dump(company, _COMPANY),
            "numbering": [_dump(s, _SERIES) for s in series],
            "clients": [{**_dump(c, _CLIENT), "billing": _dump(c, _ADDRESS, "billing_"),
                         "delivery": _dump(c, _ADDRESS, "delivery_"),
                         "contacts": [_dump(x, _CONTACT) for x in c.contacts],
                         "appointments": appointments.get(c.id, []),
                         "journal": journal.get(c.id, [])} for c in clients],
            "products": [_dump(p, _PRODUCT) for p in products],
            "invoices": [_invoice_out(row, numbers) for row in sorted(invoices, key=_invoice_order)],
            "claims": [_claim_out(c, client_numbers, issued[DocumentKind.INVOICE.value],
                                  issued[DocumentKind.CREDIT_NOTE.value], descriptions)
                       for c in claims],
            "rewards": [_reward_out(r, client_numbers, claim_numbers,
                                    issued[DocumentKind.INVOICE.value]) for r in rewards],
            **loyalty,
        }


def _loyalty_out(session: Session, clients: dict[int, str],
                 rewards: dict[int, int]) -> dict[str, list[dict[str, Any]]]:
    """The four loyalty sections, each in creation (id) order; ids become client numbers and
    positions in the mailings and rewards sections."""
    mailings = session.scalars(select(Mailing).order_by(Mailing.id)).all()
    position = {m.id: i for i, m in enumerate(mailings)}
    return {
        "mailings": [_dump(m, _MAILING) for m in mailings],
        "loyalty_actions": [
            {**_dump(a, _LOYALTY_ACTION), "client_number": clients[a.client_id],
             "mailing_index": position[a.mailing_id] if a.mailing_id is not None else None}
            for a in session.scalars(select(LoyaltyAction).order_by(LoyaltyAction.id))],
        "surveys": [{**_dump(x, _SURVEY), "client_number": clients[x.client_id]}
                    for x in session.scalars(select(Survey).order_by(Survey.id))],
        "referrals": [
            {**_dump(r, _REFERRAL), "sponsor_number": clients[r.sponsor_id],
             "referred_number": clients[r.referred_id],
             "reward_index": rewards[r.reward_id] if r.reward_id is not None else None}
            for r in session.scalars(select(Referral).order_by(Referral.id))],
    }


def count_records(document: dict[str, Any]) -> int:
    """Company (0 or 1) + numbering series + clients + products + invoices and credit notes
    + claims + rewards + the loyalty sections (a section missing or not a list counts 0)."""
    return (document.get("company") is not None) + sum(
        len(value) for key in ("numbering", "clients", "products", "invoices", *_OPTIONAL_ORDER)
        if isinstance(value := document.get(key), list))


def write_export(db: Database, path: Path) -> int:
    """Write the export to ``path`` atomically; returns :func:`count_records` of it."""
    document = export_document(db)
    text = json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return count_records(document)


# ----------------------------------------------------------------------------- reading values

class _Bad(ValueError):
    """A value of the wrong shape; the message is the French reason."""


_NUMBER = re.compile(r"-?\d+(\.\d+)?", re.ASCII)
_MAX_INT = 10**12  # beyond any sequence, width or day count; far below SQLite's 2**63
_DIGITS = re.compile(r"\d+", re.ASCII)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?", re.ASCII)


def _typed(value: Any, kind: type, label: str) -> Any:
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        found = json.dumps(value, ensure_ascii=False, default=str)[:40]
        raise _Bad(f"{label} attendu, trouvé {found}")
    return value


def _number_text(value: Any) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        raise _Bad("nombre JSON refusé : un montant s'écrit entre guillemets, par exemple \"12.50\"")
    text: str = _typed(value, str, "texte")
    if not _NUMBER.fullmatch(text):
        raise _Bad(f"« {text[:40]} » n'est pas un nombre au format de l'export (exemple : 1234.50)")
    return text


def _amount(places: int) -> Callable[[Any, bool], Decimal]:
    return lambda v, neg: parse_decimal(_number_text(v), field="montant", places=places,
                                        allow_negative=neg)


def _when(value: Any, pattern: re.Pattern[str], parse: Callable[[str], Any], label: str) -> Any:
    text = _typed(value, str, "texte")
    try:
        if pattern.fullmatch(text):
            return parse(text)
    except ValueError:
        pass
    raise _Bad(f"« {text[:40]} » n'est pas {label}")


def _integer(value: Any) -> int:
    number: int = _typed(value, int, "nombre entier")
    if not 0 <= number <= _MAX_INT:
        raise _Bad(f"nombre entier entre 0 et {_MAX_INT} attendu")
    return number


def _days(value: Any, _neg: bool) -> int:
    PaymentTerms(_typed(value, int, "nombre entier"))
    return int(value)


def _bytes(value: Any, _neg: bool) -> bytes:
    try:
        return base64.b64decode(_typed(value, str, "texte"), validate=True)
    except binascii.Error:
        raise _Bad("contenu base64 illisible") from None


_PARSERS: dict[str, Callable[[Any, bool], Any]] = {
    "str": lambda v, _: _typed(v, str, "texte"),
    "bool": lambda v, _: _typed(v, bool, "true ou false"),
    "int": lambda v, _: _integer(v),
    "days": _days,
    "money": _amount(2),
    "dec4": lambda v, _: _amount(4)(v, False),
    "qty": _amount(4),
    "rate": lambda v, _: parse_vat_rate(_number_text(v)),
    "pct": lambda v, _: parse_discount(_number_text(v)),
    "date": lambda v, _: _when(v, _DATE, date.fromisoformat, "une date valide (AAAA-MM-JJ)"),
    "datetime": lambda v, _: _when(v, _DATETIME, datetime.fromisoformat,
                                   "une date et heure valide (AAAA-MM-JJTHH:MM:SS.ffffff)"),
    "bytes": _bytes,
}


class _Obj:
    """One JSON object of the document, read field by field with errors naming the place."""

    def __init__(self, record: str, data: Any, prefix: str = "") -> None:
        self.record, self.prefix = record, prefix
        if not isinstance(data, dict):
            raise ImportRefused(record, prefix.rstrip(".") or "-", "un objet JSON { … } est attendu")
        self.data: dict[str, Any] = data

    def fail(self, key: str, reason: str) -> NoReturn:
        raise ImportRefused(self.record, self.prefix + key, reason)

    def expect(self, keys: Iterable[str]) -> None:
        wanted = list(keys)
        for key in self.data:
            if key not in wanted:
                self.fail(key, "champ inconnu dans le format 1")
        for key in wanted:
            if key not in self.data:
                self.fail(key, "champ manquant")

    def get(self, key: str, kind: str, negative: bool = False) -> Any:
        value = self.data[key]
        if value is None:
            if kind.endswith("?"):
                return None
            self.fail(key, "valeur manquante (null)")
        try:
            return _PARSERS[kind.rstrip("?")](value, negative)
        except InvalidAmount as exc:
            self.fail(key, exc.reason)
        except (DomainError, _Bad) as exc:
            self.fail(key, str(exc))

    def take(self, spec: dict[str, str], negative: bool = False) -> dict[str, Any]:
        self.expect(spec)
        return {key: self.get(key, kind, negative) for key, kind in spec.items()}

    def sub(self, key: str) -> _Obj:
        return _Obj(self.record, self.data[key], f"{self.prefix}{key}.")

    def items(self, key: str) -> list[Any]:
        value = self.data[key]
        if not isinstance(value, list):
            self.fail(key, "une liste [ … ] est attendue")
        return value

    def identifiers(self, values: dict[str, Any]) -> None:
        """Check and store in compact form every non-empty identifier of ``values``."""
        for key, check in _IDENTIFIERS.items():
            if values.get(key):
                try:
                    values[key] = check(values[key])
                except DomainError as exc:
                    self.fail(key, str(exc))
        siren, siret = values.get("siren"), values.get("siret")
        if siren and siret and not siret.startswith(siren):
            self.fail("siret", "le SIRET doit commencer par les 9 chiffres du SIREN")


# ----------------------------------------------------------------------------- validation

@dataclass
class _InvoicePlan:
    record: str
    columns: dict[str, Any]  # written at insert, as a draft
    issue: dict[str, Any] | None  # written by the issuing UPDATE (None for a draft)
    client_number: str
    corrects_number: str | None
    lines: list[dict[str, Any]]
    payments: list[dict[str, Any]]


@dataclass
class _Plan:
    count: int
    company: dict[str, Any] | None = None
    series: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    clients: list[_ClientPlan] = field(default_factory=list)
    products: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    invoices: list[_InvoicePlan] = field(default_factory=list)
    claims: list[_ClaimPlan] = field(default_factory=list)
    rewards: list[_RewardPlan] = field(default_factory=list)
    loyalty: _LoyaltyPlan | None = None


@dataclass
class _ClaimPlan:
    record: str
    columns: dict[str, Any]
    client_number: str
    invoice_number: str | None
    credit_note_number: str | None
    analysis: dict[str, Any]  # these two still name an invoice and a product by their
    details: dict[str, Any]   # business keys: mapped to ids when written
    history: list[dict[str, Any]]


@dataclass
class _RewardPlan:
    record: str
    columns: dict[str, Any]
    client_number: str
    claim_number: str | None
    used_invoice_number: str | None


def _refuse(field_name: str, reason: str) -> NoReturn:
    raise ImportRefused("document", field_name, reason)


def _check_header(document: Any) -> None:
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        _refuse("-", f"ce fichier n'est pas un export crmdesk (format « {FORMAT} » attendu)")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        _refuse("version", "numéro de version du format absent ou illisible")
    if version > FORMAT_VERSION:
        _refuse("version", f"ce fichier vient d'une version plus récente de crmdesk (format "
                           f"{version}) ; cette version lit le format {FORMAT_VERSION} : mettez "
                           "crmdesk à jour")


@dataclass
class _ClientPlan:
    record: str
    values: dict[str, Any]
    contacts: list[dict[str, Any]]
    appointments: list[dict[str, Any]]
    journal: list[dict[str, Any]]


def _read_client(index: int, data: Any) -> _ClientPlan:
    record = f"clients[{index}]"
    obj = _Obj(record, data)
    obj.expect([*_CLIENT, "billing", "delivery", "contacts", "appointments", "journal"])
    values = {key: obj.get(key, kind) for key, kind in _CLIENT.items()}
    if not values["number"].strip():
        obj.fail("number", "le numéro de client est obligatoire")
    if not values["name"].strip():
        obj.fail("name", "le nom du client est obligatoire")
    if values["kind"] not in ("company", "individual"):
        obj.fail("kind", "« company » (entreprise) ou « individual » (particulier) attendu")
    obj.identifiers(values)
    vat, siren = values["vat_number"], values["siren"]
    if vat and siren and vat[4:] != siren:
        obj.fail("vat_number", f"le n° de TVA {vat} ne correspond pas au SIREN {siren}")
    for side in ("billing", "delivery"):
        values.update({f"{side}_{k}": v for k, v in obj.sub(side).take(_ADDRESS).items()})
    contacts = [_Obj(record, x, f"contacts[{i}].").take(_CONTACT)
                for i, x in enumerate(obj.items("contacts"))]
    for i, contact in enumerate(contacts):
        if not contact["name"].strip():
            obj.fail(f"contacts[{i}].name", "chaque contact doit avoir un nom")
    appointments = [_Obj(record, x, f"appointments[{i}].").take(_APPOINTMENT)
                    for i, x in enumerate(obj.items("appointments"))]
    for i, appointment in enumerate(appointments):
        if appointment["status"] not in {s.value for s in AppointmentStatus}:
            obj.fail(f"appointments[{i}].status", "« planned », « done » ou « cancelled » attendu")
    journal = [_Obj(record, x, f"journal[{i}].").take(_INTERACTION)
               for i, x in enumerate(obj.items("journal"))]
    for i, entry in enumerate(journal):
        if entry["kind"] not in {k.value for k in InteractionKind}:
            obj.fail(f"journal[{i}].kind", "type d'échange inconnu (appel, visite, mail, note, "
                                           "rendez-vous)")
    return _ClientPlan(record, values, contacts, appointments, journal)


def _snapshot(obj: _Obj, key: str, party: type[Seller] | type[Buyer]) -> str:
    value = obj.data[key]
    if not isinstance(value, dict):
        obj.fail(key, "un document émis garde l'identité imprimée : objet JSON attendu")
    try:
        party.from_json(value)
    except Exception as exc:  # noqa: BLE001 - any failure means the app could not show it
        obj.fail(key, f"identité illisible ({exc})")
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _read_invoice(index: int, data: Any, clients: set[str]) -> _InvoicePlan:
    number = data.get("number") if isinstance(data, dict) else None
    record = f"invoices[{index}]" + (f" (n° {number})" if isinstance(number, str) and number else "")
    obj = _Obj(record, data)
    obj.expect([*_INVOICE, *_INVOICE_MORE])
    kind, state = obj.get("kind", _TEXT), obj.get("state", _TEXT)
    if kind not in _KIND_RANK:
        obj.fail("kind", f"« {kind} » inconnu (permis : {', '.join(_KIND_RANK)})")
    if state not in (DocumentState.DRAFT, DocumentState.ISSUED):
        obj.fail("state", f"« {state} » inconnu (permis : draft, issued)")
    credit = kind == DocumentKind.CREDIT_NOTE
    columns = {key: obj.get(key, kind_) for key, kind_ in _INVOICE.items() if key != "state"}
    client_number = obj.get("client_number", _TEXT)
    if client_number not in clients:
        obj.fail("client_number", f"aucun client n° {client_number} dans ce fichier")
    corrects = obj.get("corrects_number", "str?")
    if corrects is not None and not credit:
        obj.fail("corrects_number", "seul un avoir corrige une facture")
    lines = [_Obj(record, x, f"lines[{i}].").take(_LINE, negative=credit)
             for i, x in enumerate(obj.items("lines"))]
    payments = [_Obj(record, x, f"payments[{i}].").take(_PAYMENT)
                for i, x in enumerate(obj.items("payments"))]
    issue = {key: columns.pop(key) for key in ("prefix", "sequence", "number", "issued_at")}
    if state == DocumentState.DRAFT:
        for key in _ISSUE_ONLY:
            if obj.data[key] is not None:
                obj.fail(key, "un brouillon n'a ni numéro, ni identités figées, ni totaux "
                              "enregistrés : null attendu")
        if payments:
            obj.fail("payments", "un brouillon ne reçoit pas de paiement")
        return _InvoicePlan(record, columns, None, client_number, corrects, lines, payments)
    for key, value in issue.items():
        if value is None:
            obj.fail(key, "un document émis a forcément un numéro, une séquence, un préfixe "
                          "et une date d'émission")
    digits = issue["number"][len(issue["prefix"]):]
    if (issue["sequence"] < 1 or not issue["number"].startswith(issue["prefix"])
            or not _DIGITS.fullmatch(digits) or int(digits) != issue["sequence"]):
        obj.fail("number", f"« {issue['number']} » n'est pas le préfixe « {issue['prefix']} » suivi de "
                           f"la séquence {issue['sequence']}")
    try:
        NumberingRule(issue["prefix"])
    except DomainError as exc:
        obj.fail("prefix", str(exc))
    issue["seller_snapshot"] = _snapshot(obj, "seller_snapshot", Seller)
    issue["buyer_snapshot"] = _snapshot(obj, "buyer_snapshot", Buyer)
    totals = obj.sub("totals")
    stored = totals.take(_TOTALS, negative=credit)
    computed = compute_totals([Line(**x) for x in lines], columns["discount_pct"])
    for key, value in stored.items():
        if value != getattr(computed, key):
            totals.fail(key, f"{_out('money', value)} enregistré, mais "
                             f"{_out('money', getattr(computed, key))} recalculé à partir des "
                             "lignes et de la remise")
    issue.update(stored)
    paid = Decimal(0)
    for i, payment in enumerate(payments):
        if payment["amount"] <= 0:
            obj.fail(f"payments[{i}].amount", "le montant d'un paiement doit être positif")
        if payment["method"] not in PAYMENT_METHODS:
            obj.fail(f"payments[{i}].method", f"mode de paiement inconnu « {payment['method']} »")
        paid += payment["amount"]
        if paid > stored["ttc"]:
            obj.fail(f"payments[{i}].amount",
                     f"les paiements dépassent le total TTC ({_out('money', stored['ttc'])})")
    return _InvoicePlan(record, columns, issue, client_number, corrects, lines, payments)


def _plain_json(obj: _Obj, path: str, value: Any) -> None:
    """JSON made of objects, lists, text, integers, booleans and null: a float is refused."""
    if isinstance(value, dict):
        for key, item in value.items():
            _plain_json(obj, f"{path}.{key}", item)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _plain_json(obj, f"{path}[{index}]", item)
    elif isinstance(value, float):
        obj.fail(path, "nombre JSON à virgule refusé : un nombre s'écrit entre guillemets, "
                       "par exemple \"103.99\"")
    elif value is not None and not isinstance(value, bool | int | str):
        obj.fail(path, f"valeur JSON inattendue ({type(value).__name__})")


def _json_object(obj: _Obj, key: str) -> dict[str, Any]:
    value = obj.data[key]
    if not isinstance(value, dict):
        obj.fail(key, "un objet JSON { … } est attendu")
    _plain_json(obj, key, value)
    return dict(value)


def _read_with(obj: _Obj, path: str, read: Callable[[dict[str, Any]], Any],
               values: dict[str, Any]) -> None:
    """Read ``values`` with the domain function the screens use; its refusal names ``path``."""
    try:
        read(values)
    except DomainError as exc:
        obj.fail(path, str(exc))


def _optional_of(obj: _Obj, path: str, value: Any, kind: type, label: str) -> None:
    if value is not None and not isinstance(value, kind):
        obj.fail(path, f"{label} ou null attendu")


@dataclass(frozen=True)
class _Known:
    """What a claim or a reward may name: the file's issued documents, products and claims."""

    invoices: dict[str, str]             # issued invoice number → client number
    credit_notes: dict[str, str | None]  # issued credit-note number → the corrected invoice
    products: frozenset[str]      # product descriptions
    clients: frozenset[str]       # client numbers


def _known(plan: _Plan) -> _Known:
    invoices: dict[str, str] = {}
    credit_notes: dict[str, str | None] = {}
    for inv in plan.invoices:
        if inv.issue is None:
            continue
        if inv.columns["kind"] == DocumentKind.INVOICE:
            invoices[inv.issue["number"]] = inv.client_number
        else:
            credit_notes[inv.issue["number"]] = inv.corrects_number
    return _Known(invoices, credit_notes,
                  frozenset(values["description"] for _, values in plan.products),
                  frozenset(c.values["number"] for c in plan.clients))


def _read_analysis(obj: _Obj, known: _Known) -> dict[str, Any]:
    analysis = _json_object(obj, "analysis")
    if KEY_DUPLICATE_OF in analysis:
        obj.fail(f"analysis.{KEY_DUPLICATE_OF}", "un identifiant de base n'a pas de sens dans un "
                 f"export : la facture en double se désigne par son numéro ({_DUPLICATE_NUMBER})")
    for key, read in ((KEY_DELIVERED, delivered_quantities), (KEY_NEGOTIATED, negotiated_prices),
                      (KEY_DELIVERY_DATE, delivery_date), (KEY_CHECKLIST, checklist_answers)):
        if key in analysis:
            _read_with(obj, f"analysis.{key}", read, analysis)
    for key, answer in (analysis.get(KEY_CHECKLIST) or {}).items():
        _optional_of(obj, f"analysis.{KEY_CHECKLIST}.{key}", answer, bool, "true, false")
    _optional_of(obj, f"analysis.{KEY_NOT_DELIVERED}", analysis.get(KEY_NOT_DELIVERED), bool,
                 "true, false")
    _optional_of(obj, f"analysis.{KEY_NOTES}", analysis.get(KEY_NOTES), str, "texte")
    number = analysis.get(_DUPLICATE_NUMBER)
    _optional_of(obj, f"analysis.{_DUPLICATE_NUMBER}", number, str, "numéro de facture (texte)")
    if number is not None and number not in known.invoices:
        obj.fail(f"analysis.{_DUPLICATE_NUMBER}",
                 f"aucune facture émise n° {number} dans ce fichier")
    return analysis


def _read_details(obj: _Obj, known: _Known) -> dict[str, Any]:
    details = _json_object(obj, "gesture_details")
    if DETAIL_PRODUCT_ID in details:
        obj.fail(f"gesture_details.{DETAIL_PRODUCT_ID}", "un identifiant de base n'a pas de sens "
                 "dans un export : le produit se désigne par sa désignation "
                 f"({_PRODUCT_DESCRIPTION})")
    for key, read in ((DETAIL_LINES, credited_lines), (DETAIL_AMOUNTS, credited_amounts),
                      (DETAIL_PERCENT, reward_percent), (DETAIL_AMOUNT, reward_amount),
                      (DETAIL_EXPIRES_ON, reward_expiry)):
        if key in details:
            _read_with(obj, f"gesture_details.{key}", read, details)
    _optional_of(obj, f"gesture_details.{DETAIL_DESCRIPTION}", details.get(DETAIL_DESCRIPTION), str,
                 "texte")
    product = details.get(_PRODUCT_DESCRIPTION)
    _optional_of(obj, f"gesture_details.{_PRODUCT_DESCRIPTION}", product, str,
                 "désignation (texte)")
    if product is not None and product not in known.products:
        obj.fail(f"gesture_details.{_PRODUCT_DESCRIPTION}",
                 f"aucun produit « {product[:60]} » dans le catalogue de ce fichier")
    return details


def _enum(obj: _Obj, key: str, value: str, allowed: Iterable[str]) -> None:
    names = [str(x) for x in allowed]
    if value not in names:
        obj.fail(key, f"« {value[:40]} » inconnu (permis : {', '.join(names)})")


def _typed_or_fail(obj: _Obj, path: str, value: Any) -> str:
    if not isinstance(value, str):
        obj.fail(path, "texte attendu")
    return value


def _read_claim(index: int, data: Any, known: _Known) -> _ClaimPlan:
    number = data.get("number") if isinstance(data, dict) else None
    record = f"claims[{index}]" + (f" (n° {number})" if isinstance(number, str) and number else "")
    obj = _Obj(record, data)
    obj.expect([*_CLAIM, *_CLAIM_MORE])
    columns = {key: obj.get(key, kind) for key, kind in _CLAIM.items()}
    if not _CLAIM_NUMBER.fullmatch(columns["number"]) or not int(columns["number"][7:]):
        obj.fail("number", f"« {columns['number'][:40]} » n'est pas un numéro de réclamation "
                           "(R-AAAA-NNNN)")
    _enum(obj, "type", columns["type"], (t.value for t in ClaimType))
    _enum(obj, "status", columns["status"], (s.value for s in ClaimStatus))
    if columns["gesture"] is not None:
        _enum(obj, "gesture", columns["gesture"], (g.value for g in Gesture))
    if not 1 <= columns["step"] <= 5:
        obj.fail("step", "étape de 1 à 5 attendue")
    status = ClaimStatus(columns["status"])
    if status.is_closed != (columns["closed_at"] is not None):
        obj.fail("closed_at", "une réclamation résolue ou rejetée a une date de clôture, une "
                              "réclamation ouverte ou en cours n'en a pas")
    if status.is_closed and columns["founded"] is not (status is ClaimStatus.RESOLUE):
        obj.fail("founded", "une réclamation résolue est fondée (true), une réclamation rejetée "
                            "ne l'est pas (false)")
    if status.is_closed and columns["gesture"] is None:
        obj.fail("gesture", "une réclamation close a un geste commercial (« aucun » en est un)")
    client_number = obj.get("client_number", _TEXT)
    if client_number not in known.clients:
        obj.fail("client_number", f"aucun client n° {client_number} dans ce fichier")
    invoice_number = obj.get("invoice_number", "str?")
    if invoice_number is not None:
        if invoice_number not in known.invoices:
            obj.fail("invoice_number", f"aucune facture émise n° {invoice_number} dans ce fichier")
        if known.invoices[invoice_number] != client_number:
            obj.fail("invoice_number", f"la facture n° {invoice_number} est une facture du client "
                                       f"n° {known.invoices[invoice_number]}, pas du client "
                                       f"n° {client_number}")
    analysis = _read_analysis(obj, known)
    departments = obj.items("departments")
    for i, department in enumerate(departments):
        _enum(obj, f"departments[{i}]", _typed_or_fail(obj, f"departments[{i}]", department),
              (d.value for d in Department))
        if department in departments[:i]:
            obj.fail(f"departments[{i}]", f"service « {department} » en double")
    columns["departments"] = _dumps(departments)
    details = _read_details(obj, known)
    credit_note = obj.get("credit_note_number", "str?")
    if credit_note is not None:
        if credit_note not in known.credit_notes:
            obj.fail("credit_note_number", f"aucun avoir émis n° {credit_note} dans ce fichier")
        if columns["gesture"] is None or not Gesture(columns["gesture"]).is_credit_note:
            obj.fail("credit_note_number", "seul un geste « avoir » donne un avoir")
        if known.credit_notes[credit_note] != invoice_number:
            obj.fail("credit_note_number", f"l'avoir n° {credit_note} corrige la facture "
                                           f"n° {known.credit_notes[credit_note]}, pas la facture "
                                           "de la réclamation")
    history = [_Obj(record, x, f"history[{i}].").take(_CLAIM_EVENT)
               for i, x in enumerate(obj.items("history"))]
    return _ClaimPlan(record, columns, client_number, invoice_number, credit_note, analysis,
                      details, history)


def _read_reward(index: int, data: Any, known: _Known, claims: dict[str, str]) -> _RewardPlan:
    record = f"rewards[{index}]"
    obj = _Obj(record, data)
    obj.expect([*_REWARD, *_REWARD_MORE])
    columns = {key: obj.get(key, kind) for key, kind in _REWARD.items()}
    _enum(obj, "kind", columns["kind"], _REWARD_KINDS)
    _enum(obj, "source", columns["source"], _REWARD_SOURCES)
    for field, what in reward_value_problems(columns["kind"], columns["percent"], columns["amount"]):
        obj.fail(field, what)
    client_number = obj.get("client_number", _TEXT)
    if client_number not in known.clients:
        obj.fail("client_number", f"aucun client n° {client_number} dans ce fichier")
    claim_number = obj.get("claim_number", "str?")
    if claim_number is not None:
        if claim_number not in claims:
            obj.fail("claim_number", f"aucune réclamation n° {claim_number} dans ce fichier")
        if claims[claim_number] != client_number:
            obj.fail("claim_number", f"la réclamation n° {claim_number} est celle du client "
                                     f"n° {claims[claim_number]}")
    used = obj.get("used_invoice_number", "str?")
    if used is not None:
        if used not in known.invoices:
            obj.fail("used_invoice_number", f"aucune facture émise n° {used} dans ce fichier")
        if known.invoices[used] != client_number:
            obj.fail("used_invoice_number", f"la facture n° {used} est celle du client "
                                            f"n° {known.invoices[used]}")
        if columns["used_at"] is None:
            obj.fail("used_at", "une remise ou un bon utilisé a une date d'utilisation")
    return _RewardPlan(record, columns, client_number, claim_number, used)


@dataclass
class _LoyaltyPlan:
    """The loyalty sections, checked: (record, columns, client numbers, index) per row."""

    mailings: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    actions: list[tuple[str, dict[str, Any], str, int | None]] = field(default_factory=list)
    surveys: list[tuple[str, dict[str, Any], str]] = field(default_factory=list)
    referrals: list[tuple[str, dict[str, Any], str, str, int | None]] = field(
        default_factory=list)


def _client_of(obj: _Obj, key: str, clients: frozenset[str]) -> str:
    number: str = obj.get(key, _TEXT)
    if number not in clients:
        obj.fail(key, f"aucun client n° {number} dans ce fichier")
    return number


def _index_of(obj: _Obj, key: str, size: int, section: str) -> int | None:
    index: int | None = obj.get(key, "int?")
    if index is not None and index >= size:
        obj.fail(key, f"la section « {section} » n'a que {size} élément(s) (positions 0 à "
                      f"{size - 1})")
    return index


def _read_loyalty_action(index: int, data: Any, clients: frozenset[str],
                         mailings: int) -> tuple[str, dict[str, Any], str, int | None]:
    record = f"loyalty_actions[{index}]"
    obj = _Obj(record, data)
    obj.expect([*_LOYALTY_ACTION, *_LOYALTY_ACTION_MORE])
    columns = {key: obj.get(key, kind) for key, kind in _LOYALTY_ACTION.items()}
    _enum(obj, "objective", columns["objective"], (o.value for o in Objective))
    _enum(obj, "kind", columns["kind"], (k.value for k in ActionKind))
    _enum(obj, "status", columns["status"], (s.value for s in ActionStatus))
    kind = ActionKind(columns["kind"])
    if kind.objective.value != columns["objective"]:
        obj.fail("objective", f"une action « {kind.value} » relève de l'objectif "
                              f"« {kind.objective.value} »")
    if (columns["status"] == ActionStatus.DONE) != (columns["done_on"] is not None):
        obj.fail("done_on", "une action faite a une date de réalisation, une action prévue ou "
                            "annulée n'en a pas")
    if columns["status"] == ActionStatus.PLANNED and columns["due_on"] is None:
        obj.fail("due_on", "une action prévue a une échéance")
    client = _client_of(obj, "client_number", clients)
    mailing = _index_of(obj, "mailing_index", mailings, "mailings")
    if mailing is not None and kind is not ActionKind.MAILING:
        obj.fail("mailing_index", "seule une action « mailing » nomme un mailing")
    return record, columns, client, mailing


def _read_loyalty(root: _Obj, document: dict[str, Any], known: _Known,
                  rewards: list[_RewardPlan]) -> _LoyaltyPlan:
    """The four optional loyalty sections (a missing one reads as empty)."""
    def items(key: str) -> list[Any]:
        return root.items(key) if key in document else []

    plan = _LoyaltyPlan()
    for i, data in enumerate(items("mailings")):
        obj = _Obj(f"mailings[{i}]", data)
        values = obj.take(_MAILING)
        if not values["subject"].strip():
            obj.fail("subject", "l'objet du message est obligatoire")
        plan.mailings.append((obj.record, values))
    plan.actions = [_read_loyalty_action(i, data, known.clients, len(plan.mailings))
                    for i, data in enumerate(items("loyalty_actions"))]
    for i, data in enumerate(items("surveys")):
        obj = _Obj(f"surveys[{i}]", data)
        obj.expect([*_SURVEY, "client_number"])
        values = {key: obj.get(key, kind) for key, kind in _SURVEY.items()}
        try:
            check_score(values["score"])
        except DomainError as exc:
            obj.fail("score", str(exc))
        plan.surveys.append((obj.record, values, _client_of(obj, "client_number", known.clients)))
    referred: dict[str, str] = {}
    for i, data in enumerate(items("referrals")):
        obj = _Obj(f"referrals[{i}]", data)
        obj.expect([*_REFERRAL, *_REFERRAL_MORE])
        values = {key: obj.get(key, kind) for key, kind in _REFERRAL.items()}
        sponsor = _client_of(obj, "sponsor_number", known.clients)
        child = _client_of(obj, "referred_number", known.clients)
        if sponsor == child:
            obj.fail("referred_number", "un client ne peut pas se parrainer lui-même")
        if child in referred:
            obj.fail("referred_number", f"le client n° {child} est déjà parrainé dans "
                                        f"{referred[child]}")
        referred[child] = obj.record
        reward = _index_of(obj, "reward_index", len(rewards), "rewards")
        if reward is not None and rewards[reward].client_number != sponsor:
            obj.fail("reward_index", f"{rewards[reward].record} est la récompense du client "
                                     f"n° {rewards[reward].client_number}, pas du parrain")
        plan.referrals.append((obj.record, values, sponsor, child, reward))
    return plan


def _check_numbering(plan: _Plan) -> None:
    """Issued numbers unique and continuous per (kind, prefix); series continue the last one."""
    seen: dict[tuple[str, str], str] = {}
    runs: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for inv in plan.invoices:
        if inv.issue is not None:
            kind, number = inv.columns["kind"], inv.issue["number"]
            if (kind, number) in seen:
                raise ImportRefused(inv.record, "number",
                                    f"numéro déjà porté par {seen[kind, number]}")
            seen[kind, number] = inv.record
            runs.setdefault((kind, inv.issue["prefix"]), []).append((inv.issue["sequence"], inv.record))
    for run in runs.values():
        run.sort(key=lambda item: item[0])
        for (previous, before), (sequence, record) in zip(run, run[1:]):
            if sequence == previous:
                raise ImportRefused(record, "sequence",
                                    f"séquence {sequence} déjà prise par {before}")
            if sequence != previous + 1:
                missing = f"le n° {previous + 1}" if sequence == previous + 2 else \
                    f"les n° {previous + 1} à {sequence - 1}"
                raise ImportRefused(record, "sequence", f"la séquence {sequence} suit {previous} : "
                                    f"il manque {missing} (la numérotation doit être continue)")
    for record, series in plan.series:
        last = runs.get((series["kind"], series["prefix"]), [(0, "")])[-1][0]
        if last and series["next_number"] != last + 1:
            raise ImportRefused(record, "next_number", f"le dernier document émis porte la séquence "
                                f"{last} : le prochain numéro doit être {last + 1}")
    for inv in plan.invoices:
        target = (DocumentKind.INVOICE.value, inv.corrects_number)
        if inv.corrects_number is not None and target not in seen:
            raise ImportRefused(inv.record, "corrects_number",
                                f"aucune facture émise n° {inv.corrects_number} dans ce fichier")


def _check_credits(plan: _Plan) -> None:
    """Issued credit notes never credit more than what remains of their invoice."""
    def credit(inv: _InvoicePlan) -> Credit:
        number = inv.issue["number"] if inv.issue is not None else ""
        return Credit.of(number, [Line(**x) for x in inv.lines], inv.columns["discount_pct"])

    invoices: dict[str, _InvoicePlan] = {}
    notes: dict[str, list[_InvoicePlan]] = {}
    for inv in plan.invoices:
        if inv.issue is not None and inv.columns["kind"] == DocumentKind.INVOICE:
            invoices[inv.issue["number"]] = inv
        elif inv.issue is not None and inv.corrects_number is not None:
            notes.setdefault(inv.corrects_number, []).append(inv)
    for number, credits in notes.items():
        invoice = invoices[number]
        lines = [Line(**x) for x in invoice.lines]
        totals = compute_totals(lines, invoice.columns["discount_pct"])
        credits.sort(key=lambda inv: inv.issue["sequence"] if inv.issue is not None else 0)
        for index, note in enumerate(credits):
            try:
                check_credit(number, lines, totals, [credit(x) for x in credits[:index]],
                             credit(note))
            except DomainError as exc:
                raise ImportRefused(note.record, "lines", str(exc)) from None


_SURROGATE = re.compile("[\ud800-\udfff]")


def _lone_surrogate(value: Any, path: str) -> str | None:
    """The path (``clients[0].name``) of the first text holding a lone UTF-16 surrogate."""
    if isinstance(value, str):
        return path if _SURROGATE.search(value) else None
    items = value.items() if isinstance(value, dict) else enumerate(value) \
        if isinstance(value, list) else ()
    for key, item in items:
        where = f"{path}[{key}]" if isinstance(key, int) else f"{path}.{key}" if path else key
        if isinstance(key, str) and _SURROGATE.search(key):
            return where
        found = _lone_surrogate(item, where)
        if found is not None:
            return found
    return None


def _refuse_lone_surrogates(document: dict[str, Any]) -> None:
    """JSON may write "\\ud800" alone; no text file or database can hold it (SQLite refuses)."""
    where = _lone_surrogate(document, "")
    if where is not None:
        record, _, field_name = where.partition(".")
        raise ImportRefused(record, field_name or "-", "texte illisible : caractère UTF-16 isolé "
                                                       "(\\ud800 à \\udfff), impossible à enregistrer")


def _validate(document: Any) -> _Plan:
    """Check the whole document; raises :class:`ImportRefused` at the first fault."""
    _check_header(document)
    for key in document:
        if key not in ("format", "version", *SECTIONS, *OPTIONAL_SECTIONS):
            _refuse(key, f"section inconnue dans un export au format {FORMAT_VERSION}")
    for key in SECTIONS:
        if key not in document:
            _refuse(key, "section manquante")
    _refuse_lone_surrogates(document)
    root = _Obj("document", document)
    plan = _Plan(count=count_records(document))
    if document["company"] is not None:
        company = _Obj("company", document["company"])
        plan.company = company.take(_COMPANY)
        company.identifiers(plan.company)
    for i, data in enumerate(root.items("numbering")):
        series = _Obj(f"numbering[{i}]", data)
        values = series.take(_SERIES)
        if values["kind"] not in _KIND_RANK or any(s["kind"] == values["kind"] for _, s in plan.series):
            series.fail("kind", f"« {values['kind']} » inconnu ou en double")
        try:
            NumberingRule(values["prefix"], values["width"])
        except DomainError as exc:
            series.fail("prefix", str(exc))
        if values["next_number"] < 1:
            series.fail("next_number", "le prochain numéro doit être au moins 1")
        plan.series.append((series.record, values))
    numbers: dict[str, str] = {}
    for i, data in enumerate(root.items("clients")):
        client = _read_client(i, data)
        number = client.values["number"]
        if number in numbers:
            raise ImportRefused(client.record, "number", f"numéro de client {number} déjà "
                                                         f"porté par {numbers[number]}")
        numbers[number] = client.record
        plan.clients.append(client)
    for i, data in enumerate(root.items("products")):
        plan.products.append((f"products[{i}]", _Obj(f"products[{i}]", data).take(_PRODUCT)))
    plan.invoices = [_read_invoice(i, data, set(numbers))
                     for i, data in enumerate(root.items("invoices"))]
    _check_numbering(plan)
    _check_credits(plan)
    known = _known(plan)
    claims: dict[str, str] = {}  # claim number → client number
    records: dict[str, str] = {}
    for i, data in enumerate(root.items("claims") if "claims" in document else []):
        claim = _read_claim(i, data, known)
        number = claim.columns["number"]
        if number in records:
            raise ImportRefused(claim.record, "number", f"numéro de réclamation déjà porté par "
                                                        f"{records[number]}")
        records[number], claims[number] = claim.record, claim.client_number
        plan.claims.append(claim)
    rewards = root.items("rewards") if "rewards" in document else []
    plan.rewards = [_read_reward(i, data, known, claims) for i, data in enumerate(rewards)]
    plan.loyalty = _read_loyalty(root, document, known, plan.rewards)
    return plan


# ----------------------------------------------------------------------------- import

def read_import(path: Path) -> dict[str, Any]:
    """Read an export file; a missing, non-UTF-8, non-JSON or foreign file is refused."""
    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for key, value in pairs:
            if key in data:
                raise ValueError(f"la clé « {key} » apparaît deux fois dans un même objet")
            data[key] = value
        return data

    def no_constant(name: str) -> NoReturn:
        raise ValueError(f"{name} n'est pas un nombre permis")

    try:
        text = Path(path).read_bytes().decode("utf-8-sig")
    except OSError as exc:
        _refuse("-", f"lecture impossible de « {path} » ({exc.strerror or exc})")
    except UnicodeDecodeError:
        _refuse("-", f"« {Path(path).name} » n'est pas un fichier texte UTF-8")
    try:
        document = json.loads(text, object_pairs_hook=no_duplicates, parse_constant=no_constant)
    except json.JSONDecodeError as exc:
        _refuse("-", f"« {Path(path).name} » n'est pas un JSON valide (ligne {exc.lineno}, "
                     f"colonne {exc.colno} : {exc.msg})")
    except ValueError as exc:
        _refuse("-", f"« {Path(path).name} » n'est pas un JSON valide : {exc}")
    _check_header(document)
    return document  # type: ignore[no-any-return]


def _not_empty(db: Database) -> ImportRefused:
    return ImportRefused("document", "-", f"la base « {db.label} » contient déjà des données ; un import "
                                          "ne se fait que dans une base vide (créez-en une nouvelle)")


def import_document(db: Database, document: dict[str, Any]) -> int:
    """Validate ``document`` entirely, then write it in one transaction; returns the record count.

    Raises:
        ImportRefused: naming the record and field at fault; the database is unchanged.
    """
    with db.read() as session:
        if not holds_no_data(session):
            raise _not_empty(db)
    plan = _validate(document)
    where = ["document"]
    try:
        with db.write() as session:
            if not holds_no_data(session):
                raise _not_empty(db)
            _write(session, plan, where)
    except ImportRefused:
        raise
    except Exception as exc:  # noqa: BLE001 - whatever the database refuses, nothing was written
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        raise ImportRefused(where[0], "-", f"écriture refusée par la base ({reason})") from exc
    return plan.count


def _write_order(inv: _InvoicePlan) -> tuple[int, bool, str, int]:
    """Invoices before credit notes (a credit note names its invoice); within a kind the
    issued documents in number order, so each is sealed after the one before it."""
    issue = inv.issue or {}
    return (_KIND_RANK[inv.columns["kind"]], inv.issue is None, issue.get("prefix", ""),
            issue.get("sequence", 0))


def _write(session: Session, plan: _Plan, where: list[str]) -> None:
    """Insert the plan in dependency order, flushing per record so an error names it."""
    session.execute(delete(NumberSeries))  # the empty target's own settings give way to the export's
    if plan.company is not None:
        where[0] = "company"
        session.add(Company(id=1, **plan.company))
        session.flush()
    for record, values in plan.series:
        where[0] = record
        session.add(NumberSeries(**values))
        session.flush()
    client_ids: dict[str, int] = {}
    for plan_client in plan.clients:
        where[0] = plan_client.record
        client = Client(**plan_client.values, contacts=[Contact(position=i, **c)
                                                        for i, c in enumerate(plan_client.contacts)])
        session.add(client)
        session.flush()
        client_ids[client.number] = client.id
        session.add_all([Appointment(client_id=client.id, **a) for a in plan_client.appointments])
        session.add_all([Interaction(client_id=client.id, **e) for e in plan_client.journal])
        session.flush()
    product_ids: dict[str, int] = {}
    for record, values in plan.products:
        where[0] = record
        product = Product(**values)
        session.add(product)
        session.flush()
        product_ids.setdefault(product.description, product.id)  # the first of a description
    invoice_ids: dict[str, int] = {}
    credit_note_ids: dict[str, int] = {}
    for inv in sorted(plan.invoices, key=_write_order):
        where[0] = inv.record
        row = Invoice(**inv.columns, state=DocumentState.DRAFT.value,
                      client_id=client_ids[inv.client_number],
                      corrects_id=invoice_ids[inv.corrects_number] if inv.corrects_number else None,
                      lines=[InvoiceLine(position=i, **line) for i, line in enumerate(inv.lines)])
        session.add(row)
        session.flush()
        if inv.issue is None:
            continue
        for key, value in inv.issue.items():  # one UPDATE: the trigger allows it from 'draft'
            setattr(row, key, value)
        seal_in_session(session, row)  # the chain is rebuilt, in number order (_write_order)
        row.state = DocumentState.ISSUED.value
        session.flush()
        if row.kind == DocumentKind.INVOICE:
            invoice_ids[inv.issue["number"]] = row.id
        else:
            credit_note_ids[inv.issue["number"]] = row.id
        for payment in inv.payments:
            session.add(Payment(invoice_id=row.id, **payment))
        session.flush()
    claim_ids: dict[str, int] = {}
    for plan_claim in plan.claims:  # after the invoices: a claim names the credit note it gave
        where[0] = plan_claim.record
        analysis, details = dict(plan_claim.analysis), dict(plan_claim.details)
        if _DUPLICATE_NUMBER in analysis:
            number = analysis.pop(_DUPLICATE_NUMBER)
            analysis[KEY_DUPLICATE_OF] = invoice_ids[number] if number is not None else None
        if _PRODUCT_DESCRIPTION in details:
            description = details.pop(_PRODUCT_DESCRIPTION)
            details[DETAIL_PRODUCT_ID] = (product_ids[description] if description is not None
                                          else None)
        claim = Claim(**plan_claim.columns, analysis=_dumps(analysis),
                      gesture_details=_dumps(details), client_id=client_ids[plan_claim.client_number],
                      invoice_id=invoice_ids[plan_claim.invoice_number]
                      if plan_claim.invoice_number is not None else None,
                      credit_note_id=credit_note_ids[plan_claim.credit_note_number]
                      if plan_claim.credit_note_number is not None else None,
                      events=[ClaimEvent(**event) for event in plan_claim.history])
        session.add(claim)
        session.flush()
        claim_ids[claim.number] = claim.id
    reward_ids: list[int] = []
    for reward in plan.rewards:
        where[0] = reward.record
        given = Reward(**reward.columns, client_id=client_ids[reward.client_number],
                       claim_id=claim_ids[reward.claim_number]
                       if reward.claim_number is not None else None,
                       used_invoice_id=invoice_ids[reward.used_invoice_number]
                       if reward.used_invoice_number is not None else None)
        session.add(given)
        session.flush()
        reward_ids.append(given.id)
    if plan.loyalty is not None:
        _write_loyalty(session, plan.loyalty, client_ids, reward_ids, where)


def _write_loyalty(session: Session, plan: _LoyaltyPlan, client_ids: dict[str, int],
                   reward_ids: list[int], where: list[str]) -> None:
    """After the rewards: mailings, then the actions naming them, surveys, referrals."""
    mailing_ids: list[int] = []
    for record, values in plan.mailings:
        where[0] = record
        mailing = Mailing(**values)
        session.add(mailing)
        session.flush()
        mailing_ids.append(mailing.id)
    for record, values, client, mailing_index in plan.actions:
        where[0] = record
        session.add(LoyaltyAction(**values, client_id=client_ids[client],
                                  mailing_id=mailing_ids[mailing_index]
                                  if mailing_index is not None else None))
        session.flush()
    for record, values, client in plan.surveys:
        where[0] = record
        session.add(Survey(**values, client_id=client_ids[client]))
        session.flush()
    for record, values, sponsor, child, reward_index in plan.referrals:
        where[0] = record
        session.add(Referral(**values, sponsor_id=client_ids[sponsor],
                             referred_id=client_ids[child],
                             reward_id=reward_ids[reward_index]
                             if reward_index is not None else None))
        session.flush()
