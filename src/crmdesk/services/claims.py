"""Claims and disputes: open, walk the four steps, analyse, apply the gesture, list.

A claim is saved at any step and resumed later; going past a step requires the
earlier ones complete (:func:`crmdesk.domain.claims.validate_step`). Every save
appends a line to the claim's history (who, when, what). Closing a claim is
:func:`apply_gesture`: the credit note goes through :mod:`crmdesk.services.credit_notes`,
a discount or voucher becomes a :class:`~crmdesk.storage.models.Reward` the invoice
editor offers, and the client's journal gets a note. See docs/claims.md.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased, selectinload

from crmdesk.domain.claims import (CHECKLISTS, DEFAULT_REWARD_VALIDITY_DAYS, DETAIL_DESCRIPTION,
                                   DETAIL_EXPIRES_ON, KEY_NOT_DELIVERED, SUGGESTED_DEPARTMENTS,
                                   ChecklistItem, ClaimData, ClaimStatus, ClaimStep, ClaimType,
                                   Department, Gesture, Hint, InvoiceFacts, age_days,
                                   checklist_answers, checklist_hint, claim_number, claim_sequence,
                                   closing_status, credited_amounts, credited_lines,
                                   delivered_quantities, delivery_date, double_billing_candidates,
                                   double_billing_hint, event_date_gap, is_waiting_too_long,
                                   missing_quantities, negotiated_prices, price_gaps, price_hint,
                                   problems_before, reward_amount, reward_expiry, reward_percent,
                                   reward_problems, status_after_save, validate_step)
from crmdesk.domain.errors import DomainError
from crmdesk.domain.invoice import DocumentKind, DocumentState
from crmdesk.domain.money import format_money_fr, format_plain, format_rate_fr
from crmdesk.domain.totals import Line
from crmdesk.services.catalogue import list_products
from crmdesk.services.client_file import InteractionKind
from crmdesk.services.invoices import lines_of
from crmdesk.storage.db import Database
from crmdesk.storage.models import Claim, ClaimEvent, Client, Interaction, Invoice, Reward

#: Days after which an open claim stands out in the list ("waiting too long").
WAITING_LIMIT_DAYS = 15

#: Days apart within which two invoices of a client are compared for double billing.
DOUBLE_BILLING_WINDOW_DAYS = 30

#: Which fields each step of the wizard saves.
STEP_FIELDS: dict[ClaimStep, frozenset[str]] = {
    ClaimStep.ECOUTER: frozenset({"client_id", "invoice_id", "type", "client_words"}),
    ClaimStep.REFORMULER: frozenset({"reformulation", "type"}),
    ClaimStep.SOLUTION: frozenset({"founded", "analysis", "departments", "explanation"}),
    ClaimStep.GESTE: frozenset({"gesture", "gesture_details"}),
    ClaimStep.RESUME: frozenset(),
}


# ----------------------------------------------------------------------------- values

@dataclass(frozen=True, slots=True)
class ClaimEventValue:
    at: datetime
    who: str
    what: str


@dataclass(frozen=True, slots=True)
class RewardValue:
    """A discount (``kind == 'remise'``, percent) or voucher (``'bon'``, amount or percent)."""

    id: int
    client_id: int
    kind: str
    percent: Decimal | None
    amount: Decimal | None
    expires_on: date
    source: str
    claim_id: int | None
    used_invoice_id: int | None
    used_at: datetime | None
    created_at: datetime
    note: str

    def available(self, today: date) -> bool:
        return self.used_invoice_id is None and today <= self.expires_on

    @property
    def label(self) -> str:
        value = (format_rate_fr(self.percent) if self.percent is not None
                 else format_money_fr(self.amount) if self.amount is not None else "")
        what = "Remise" if self.kind == "remise" else "Bon de réduction"
        return f"{what} de {value} (valable jusqu'au {self.expires_on:%d/%m/%Y})"


@dataclass(frozen=True, slots=True)
class ClaimValue:
    """Everything about one claim, as the wizard and its summary show it.

    ``step`` is where the wizard resumes: the furthest step saved (``reached``), or an
    earlier step that is no longer complete; 5 (summary) once the claim is closed.
    ``problems`` lists, for steps 1 to 4, what is still missing.
    """

    id: int
    number: str
    client_id: int
    client_number: str
    client_name: str
    invoice_id: int | None
    invoice_number: str | None
    type: ClaimType
    status: ClaimStatus
    step: ClaimStep
    reached: ClaimStep
    opened_at: datetime
    updated_at: datetime
    closed_at: datetime | None
    client_words: str
    reformulation: str
    founded: bool | None
    analysis: Mapping[str, Any]
    departments: tuple[Department, ...]
    explanation: str
    gesture: Gesture | None
    gesture_details: Mapping[str, Any]
    credit_note_id: int | None
    credit_note_number: str | None
    rewards: tuple[RewardValue, ...]
    history: tuple[ClaimEventValue, ...]
    problems: Mapping[ClaimStep, tuple[str, ...]] = field(default_factory=dict)

    @property
    def is_closed(self) -> bool:
        return self.status.is_closed

    @property
    def data(self) -> ClaimData:
        return ClaimData(client_id=self.client_id, invoice_id=self.invoice_id, type=self.type,
                         client_words=self.client_words, reformulation=self.reformulation,
                         founded=self.founded, analysis=self.analysis,
                         departments=self.departments, explanation=self.explanation,
                         gesture=self.gesture, gesture_details=self.gesture_details)


@dataclass(frozen=True, slots=True)
class ClaimRow:
    """One line of the claims list (and of a client's file, and beside an invoice)."""

    id: int
    number: str
    opened_on: date
    client_id: int
    client_number: str
    client_name: str
    invoice_id: int | None
    invoice_number: str | None
    type: ClaimType
    status: ClaimStatus
    step: int
    age_days: int  # until today, or until the day it was closed
    waiting_too_long: bool  # open and older than the waiting limit
    closed_on: date | None


# ----------------------------------------------------------------------------- reading and writing

def _json_value(value: Any, where: str) -> Any:
    """Plain JSON for the analysis and gesture columns: numbers as text, dates ISO, never floats."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise DomainError(f"{where} : valeur non numérique.")
        return format_plain(value.normalize())
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k.value if isinstance(k, Department) else k): _json_value(v, where)
                for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_json_value(v, where) for v in value]
    raise DomainError(f"{where} : valeur de type {type(value).__name__} refusée "
                      "(saisissez les nombres en texte).")


def _loads(text: str | None, default: Any) -> Any:
    if not text:
        return default
    return json.loads(text)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _data(row: Claim) -> ClaimData:
    return ClaimData(client_id=row.client_id, invoice_id=row.invoice_id, type=ClaimType(row.type),
                     client_words=row.client_words, reformulation=row.reformulation,
                     founded=row.founded, analysis=_loads(row.analysis, {}),
                     departments=tuple(Department(d) for d in _loads(row.departments, [])),
                     explanation=row.explanation,
                     gesture=Gesture(row.gesture) if row.gesture else None,
                     gesture_details=_loads(row.gesture_details, {}))


def _store(row: Claim, data: ClaimData) -> None:
    assert data.client_id is not None and data.type is not None
    row.client_id, row.invoice_id, row.type = data.client_id, data.invoice_id, data.type.value
    row.client_words, row.reformulation = data.client_words, data.reformulation
    row.founded, row.explanation = data.founded, data.explanation
    row.analysis = _dumps(data.analysis)
    row.departments = _dumps([d.value for d in data.departments])
    row.gesture = data.gesture.value if data.gesture is not None else None
    row.gesture_details = _dumps(data.gesture_details)


def _claim_row(session: Session, claim_id: int) -> Claim:
    row = session.get(Claim, claim_id)
    if row is None:
        raise DomainError("Cette réclamation n'existe plus.")
    return row


def _invoice_lines(session: Session, invoice_id: int | None) -> tuple[Line, ...] | None:
    if invoice_id is None:
        return None
    invoice = session.get(Invoice, invoice_id)
    return lines_of(invoice) if invoice is not None else None


def _check_invoice(session: Session, client_id: int, invoice_id: int | None) -> None:
    if session.get(Client, client_id) is None:
        raise DomainError("Ce client n'existe plus.")
    if invoice_id is None:
        return
    invoice = session.get(Invoice, invoice_id)
    if invoice is None:
        raise DomainError("Cette facture n'existe plus.")
    if invoice.kind != DocumentKind.INVOICE or invoice.state != DocumentState.ISSUED:
        raise DomainError("Une réclamation porte sur une facture émise (ni un brouillon, ni un "
                          "avoir).")
    if invoice.client_id != client_id:
        raise DomainError(f"La facture n° {invoice.number} n'est pas une facture de ce client.")


def reward_value(row: Reward) -> RewardValue:
    return RewardValue(row.id, row.client_id, row.kind, row.percent, row.amount, row.expires_on,
                       row.source, row.claim_id, row.used_invoice_id, row.used_at, row.created_at,
                       row.note)


def add_reward(session: Session, client_id: int, kind: str, *, percent: Decimal | None,
               amount: Decimal | None, expires_on: date, source: str, today: date, now: datetime,
               note: str = "", claim_id: int | None = None) -> Reward:
    """Inside an open write unit of work: check and add a discount or voucher of a client.

    The one place a Reward row is made, for a claim's gesture (``source='reclamation'``)
    and for loyalty (``source='fidelisation'``); the rules are :func:`domain.claims.reward_problems`.
    """
    problems = reward_problems(kind, percent, amount, expires_on, today)
    if problems:
        raise DomainError(problems[0])
    reward = Reward(client_id=client_id, kind=kind, percent=percent, amount=amount,
                    expires_on=expires_on, source=source, claim_id=claim_id, created_at=now,
                    note=note)
    session.add(reward)
    return reward


def _value(session: Session, row: Claim) -> ClaimValue:
    data = _data(row)
    client = session.get(Client, row.client_id)
    assert client is not None
    invoice = session.get(Invoice, row.invoice_id) if row.invoice_id is not None else None
    credit = session.get(Invoice, row.credit_note_id) if row.credit_note_id is not None else None
    lines = lines_of(invoice) if invoice is not None else None
    problems = {ClaimStep(s): tuple(p) for s in range(ClaimStep.ECOUTER, ClaimStep.RESUME)
                if (p := validate_step(data, s, invoice_lines=lines))}
    reached = ClaimStep(row.step)
    status = ClaimStatus(row.status)
    if status.is_closed:
        step = ClaimStep.RESUME
    else:
        step = next((s for s in sorted(problems) if s < reached), reached)
    rewards = tuple(reward_value(r) for r in session.scalars(
        select(Reward).where(Reward.claim_id == row.id).order_by(Reward.id)))
    return ClaimValue(
        id=row.id, number=row.number, client_id=row.client_id, client_number=client.number,
        client_name=client.name, invoice_id=row.invoice_id,
        invoice_number=invoice.number if invoice is not None else None, type=ClaimType(row.type),
        status=status, step=step, reached=reached, opened_at=row.opened_at,
        updated_at=row.updated_at, closed_at=row.closed_at, client_words=row.client_words,
        reformulation=row.reformulation, founded=row.founded, analysis=data.analysis,
        departments=data.departments, explanation=row.explanation, gesture=data.gesture,
        gesture_details=data.gesture_details, credit_note_id=row.credit_note_id,
        credit_note_number=credit.number if credit is not None else None, rewards=rewards,
        history=tuple(ClaimEventValue(e.at, e.who, e.what) for e in row.events), problems=problems)


def _who(who: str) -> str:
    if not who.strip():
        raise DomainError("Indiquez qui enregistre (le nom de l'utilisateur) : l'historique le "
                          "garde.")
    return who.strip()[:120]


def _claim_type(value: ClaimType | str) -> ClaimType:
    try:
        return ClaimType(value)
    except ValueError:
        raise DomainError(f"Type de litige inconnu : « {value} ».") from None


def _status(value: ClaimStatus | str) -> ClaimStatus:
    try:
        return ClaimStatus(value)
    except ValueError:
        raise DomainError(f"Statut de réclamation inconnu : « {value} ».") from None


def _gesture(value: Gesture | str | None) -> Gesture | None:
    if value is None or value == "":
        return None
    try:
        return Gesture(value)
    except ValueError:
        raise DomainError(f"Geste commercial inconnu : « {value} ».") from None


def _departments(value: Any) -> tuple[Department, ...]:
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise DomainError("Les services à contacter sont une liste.")
    out: list[Department] = []
    for item in value:
        try:
            department = Department(item)
        except ValueError:
            raise DomainError(f"Service inconnu : « {item} ».") from None
        if department not in out:
            out.append(department)
    return tuple(out)


def _text(value: Any, what: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise DomainError(f"{what} : un texte est attendu.")
    return value.strip()


def _optional_id(value: Any, what: str) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise DomainError(f"{what} : un identifiant est attendu.")
    return value


def _merge(current: ClaimData, step: ClaimStep, data: Mapping[str, Any]) -> ClaimData:
    """``current`` with the fields of ``step`` found in ``data`` (the others left as they are)."""
    unknown = set(data) - STEP_FIELDS[step]
    if unknown:
        raise DomainError(f"L'étape {int(step)} « {step.title} » n'enregistre pas « "
                          f"{sorted(unknown)[0]} ».")
    changes: dict[str, Any] = {}
    if "client_id" in data:
        client_id = _optional_id(data["client_id"], "client")
        if client_id is None:
            raise DomainError("Choisissez le client.")
        changes["client_id"] = client_id
    if "invoice_id" in data:
        changes["invoice_id"] = _optional_id(data["invoice_id"], "facture")
    if "type" in data:
        changes["type"] = _claim_type(data["type"])
    for name, what in (("client_words", "mots du client"), ("reformulation", "reformulation"),
                       ("explanation", "explication")):
        if name in data:
            changes[name] = _text(data[name], what)
    if "founded" in data:
        if data["founded"] is not None and not isinstance(data["founded"], bool):
            raise DomainError("« Fondée » se renseigne par oui ou non.")
        changes["founded"] = data["founded"]
    if "analysis" in data:
        analysis = _json_value(data["analysis"] or {}, "analyse")
        if not isinstance(analysis, dict):
            raise DomainError("L'analyse doit être un tableau de champs.")
        changes["analysis"] = analysis
    if "departments" in data:
        changes["departments"] = _departments(data["departments"] or ())
    if "gesture" in data:
        changes["gesture"] = _gesture(data["gesture"])
    if "gesture_details" in data:
        details = _json_value(data["gesture_details"] or {}, "geste commercial")
        if not isinstance(details, dict):
            raise DomainError("Les détails du geste doivent être un tableau de champs.")
        changes["gesture_details"] = details
    return replace(current, **changes)


def _refuse_if_earlier_incomplete(data: ClaimData, step: ClaimStep,
                                  lines: tuple[Line, ...] | None, today: date | None) -> None:
    earlier = problems_before(data, step, invoice_lines=lines, today=today)
    if earlier:
        first = min(earlier)
        raise DomainError(f"Complétez d'abord l'étape {int(first)} « {first.title} » : "
                          + " ".join(earlier[first]))


def _what_changed(before: ClaimData, after: ClaimData, step: ClaimStep,
                  invoice_number: str | None) -> str:
    parts: list[str] = []
    if step is ClaimStep.ECOUTER:
        if before.client_id != after.client_id:
            parts.append("client changé")
        if before.invoice_id != after.invoice_id:
            parts.append(f"facture n° {invoice_number}" if invoice_number else "sans facture")
        if before.type != after.type and after.type is not None:
            parts.append(f"type : {after.type.label}")
        if before.client_words != after.client_words:
            parts.append("mots du client notés")
    elif step is ClaimStep.REFORMULER:
        if before.reformulation != after.reformulation:
            parts.append("reformulation notée")
        if after.type is not None:
            parts.append(f"type changé : {before.type.label if before.type else '—'} → "
                         f"{after.type.label}" if before.type != after.type
                         else f"type confirmé ({after.type.label})")
    elif step is ClaimStep.SOLUTION:
        parts.append({True: "fondée", False: "non fondée",
                      None: "fondement à décider"}[after.founded])
        if after.departments:
            parts.append("services : " + ", ".join(d.label for d in after.departments))
        if before.explanation != after.explanation and after.explanation:
            parts.append("explication notée")
        if before.analysis != after.analysis:
            parts.append("analyse mise à jour")
    elif step is ClaimStep.GESTE:
        parts.append(f"geste choisi : {after.gesture.label}" if after.gesture
                     else "aucun geste choisi")
    return " ; ".join(parts)


# ----------------------------------------------------------------------------- use cases

def open_claim(db: Database, client_id: int, invoice_id: int | None, type: ClaimType | str,
               client_words: str, who: str, *, now: datetime | None = None) -> int:
    """Open a claim at step 1 (*Écouter*) and return its id; it is *ouverte*.

    The invoice, when given, must be an issued invoice of this client. The client's
    words may still be empty (the claim is saved as it is, step 1 then lists what is
    missing).
    """
    who = _who(who)
    kind = _claim_type(type)
    now = now or datetime.now()
    data = ClaimData(client_id=client_id, invoice_id=invoice_id, type=kind,
                     client_words=_text(client_words, "mots du client"))
    with db.write() as session:
        _check_invoice(session, client_id, invoice_id)
        prefix = claim_number(now.year, 1)[:-4]
        last = session.scalars(select(Claim.number).where(Claim.number.like(f"{prefix}%"))).all()
        number = claim_number(now.year, max((claim_sequence(n) for n in last), default=0) + 1)
        row = Claim(number=number, status=ClaimStatus.OUVERTE.value, step=ClaimStep.ECOUTER.value,
                    opened_at=now, updated_at=now)
        _store(row, data)
        session.add(row)
        invoice = session.get(Invoice, invoice_id) if invoice_id is not None else None
        what = f"Réclamation ouverte : {kind.label}"
        if invoice is not None:
            what += f", facture n° {invoice.number}"
        row.events.append(ClaimEvent(at=now, who=who, what=what))
        session.flush()
        return row.id


def save_step(db: Database, claim_id: int, step: int, data: Mapping[str, Any], who: str, *,
              now: datetime | None = None, today: date | None = None) -> ClaimValue:
    """Save what the page of ``step`` holds; returns the claim as it now is.

    Saving is allowed at any step, with the step's own fields still incomplete; but
    a step is reached only when the earlier ones are complete (DomainError naming the
    first incomplete step otherwise). Keys of ``data`` per step: :data:`STEP_FIELDS`.
    Saving step 2 or later makes the claim *en cours*; a closed claim is refused.
    """
    who = _who(who)
    try:
        page = ClaimStep(step)
    except ValueError:
        raise DomainError(f"Étape {step} inconnue : les étapes vont de 1 à 5.") from None
    now = now or datetime.now()
    with db.write() as session:
        row = _claim_row(session, claim_id)
        status = status_after_save(ClaimStatus(row.status), page)
        before = _data(row)
        after = _merge(before, page, data)
        assert after.client_id is not None
        _check_invoice(session, after.client_id, after.invoice_id)
        lines = _invoice_lines(session, after.invoice_id)
        _refuse_if_earlier_incomplete(after, page, lines, today)
        _store(row, after)
        row.status = status.value
        row.step = max(row.step, page.value)
        row.updated_at = now
        invoice = session.get(Invoice, after.invoice_id) if after.invoice_id is not None else None
        what = f"Étape {int(page)} « {page.title} » enregistrée"
        changed = _what_changed(before, after, page, invoice.number if invoice else None)
        if changed:
            what += f" : {changed}"
        missing = validate_step(after, page, invoice_lines=lines, today=today)
        if missing:
            what += " (incomplète : " + " ".join(missing) + ")"
        row.events.append(ClaimEvent(at=now, who=who, what=what))
        session.flush()
        return _value(session, row)


def get_claim(db: Database, claim_id: int) -> ClaimValue:
    """One claim with its data, history, rewards and what each step still lacks."""
    with db.read() as session:
        return _value(session, _claim_row(session, claim_id))


def resume(db: Database, claim_id: int) -> ClaimValue:
    """The claim to reopen in the wizard; ``step`` is the page to show."""
    return get_claim(db, claim_id)


def list_claims(db: Database, today: date | None = None, status: ClaimStatus | str | None = None,
                type: ClaimType | str | None = None, client_id: int | None = None,
                invoice_id: int | None = None, waiting_limit_days: int = WAITING_LIMIT_DAYS, *,
                waiting_only: bool = False) -> list[ClaimRow]:
    """Claims, newest first, with their age and whether they have waited too long.

    ``invoice_id`` finds the claims about that invoice and the one whose credit note
    it is. ``waiting_only`` keeps the open claims older than ``waiting_limit_days``.
    """
    today = today or date.today()
    concerned = aliased(Invoice)
    query = (select(Claim, Client.number, Client.name, concerned.number)
             .join(Client, Client.id == Claim.client_id)
             .outerjoin(concerned, concerned.id == Claim.invoice_id)
             .order_by(Claim.opened_at.desc(), Claim.id.desc()))
    if status is not None:
        query = query.where(Claim.status == _status(status).value)
    if type is not None:
        query = query.where(Claim.type == _claim_type(type).value)
    if client_id is not None:
        query = query.where(Claim.client_id == client_id)
    if invoice_id is not None:
        query = query.where(or_(Claim.invoice_id == invoice_id, Claim.credit_note_id == invoice_id))
    out = []
    with db.read() as session:
        for claim, client_number, client_name, invoice_number in session.execute(query):
            state = ClaimStatus(claim.status)
            opened = claim.opened_at.date()
            closed = claim.closed_at.date() if claim.closed_at is not None else None
            waiting = not state.is_closed and is_waiting_too_long(opened, today, waiting_limit_days)
            if waiting_only and not waiting:
                continue
            out.append(ClaimRow(
                id=claim.id, number=claim.number, opened_on=opened, client_id=claim.client_id,
                client_number=client_number, client_name=client_name, invoice_id=claim.invoice_id,
                invoice_number=invoice_number, type=ClaimType(claim.type), status=state,
                step=claim.step, age_days=age_days(opened, closed or today),
                waiting_too_long=waiting, closed_on=closed))
    return out


def claims_of_client(db: Database, client_id: int, today: date | None = None) -> list[ClaimRow]:
    """The claims shown in a client's file."""
    return list_claims(db, today, client_id=client_id)


def claims_of_invoice(db: Database, invoice_id: int, today: date | None = None) -> list[ClaimRow]:
    """The claims shown beside an invoice (or beside the credit note a claim gave)."""
    return list_claims(db, today, invoice_id=invoice_id)


def _facts(row: Invoice) -> InvoiceFacts:
    return InvoiceFacts(id=row.id, number=row.number or "", client_id=row.client_id,
                        issue_date=row.issue_date,
                        ttc=row.ttc if row.ttc is not None else Decimal(0),
                        lines=lines_of(row), sale_date=row.sale_date)


def analysis_for(db: Database, claim_id: int, *,
                 window_days: int = DOUBLE_BILLING_WINDOW_DAYS) -> dict[str, Any]:
    """What the database knows that helps decide, at step 3, whether the claim is founded.

    Always: ``type``, ``suggested_departments``, ``invoice`` (:class:`InvoiceFacts` or
    None), ``discount_pct`` and ``hint`` (:class:`Hint` or None). Then, by type:

    - double facturation: ``candidates``, the client's issued invoices with the same TTC
      or the same lines within ``window_days`` (:class:`DuplicateCandidate`, best first);
    - prix: ``price_gaps``, each line against the catalogue price of the same
      description or the negotiated price typed at step 3;
    - matériel manquant: ``lines`` and ``delivered`` (typed at step 3), ``missing``
      (:class:`MissingReport`, with the amount HT of the shortfall);
    - date d'événement: ``invoice_date``, ``sale_date``, ``delivery_date``, ``date_gap``
      (:class:`DateGap` against the delivery date typed, else the invoice's sale date);
    - qualité, administratif: ``checklist``, pairs (question, answer or None).
    """
    with db.read() as session:
        row = _claim_row(session, claim_id)
        data = _data(row)
        kind = ClaimType(row.type)
        invoice = session.get(Invoice, row.invoice_id) if row.invoice_id is not None else None
        facts = _facts(invoice) if invoice is not None else None
        others: list[InvoiceFacts] = []
        if kind is ClaimType.DOUBLE_FACTURATION and facts is not None:
            low, high = (facts.issue_date - timedelta(days=window_days),
                         facts.issue_date + timedelta(days=window_days))
            others = [_facts(x) for x in session.scalars(
                select(Invoice).where(Invoice.client_id == row.client_id,
                                      Invoice.kind == DocumentKind.INVOICE.value,
                                      Invoice.state == DocumentState.ISSUED.value,
                                      Invoice.id != facts.id,
                                      Invoice.issue_date.between(low, high))
                .options(selectinload(Invoice.lines)))]
    out: dict[str, Any] = {"type": kind, "suggested_departments": SUGGESTED_DEPARTMENTS[kind],
                           "invoice": facts,
                           "discount_pct": invoice.discount_pct if invoice is not None else None,
                           "hint": None}
    lines = facts.lines if facts is not None else ()
    hint: Hint | None = None
    if kind is ClaimType.DOUBLE_FACTURATION and facts is not None:
        candidates = double_billing_candidates(facts, others, window_days)
        out["candidates"] = candidates
        hint = double_billing_hint(candidates)
    elif kind is ClaimType.PRIX and facts is not None:
        catalogue = {p.description: p.unit_price for p in list_products(db)}
        gaps = price_gaps(lines, catalogue, negotiated=negotiated_prices(data.analysis))
        out["price_gaps"] = gaps
        hint = price_hint(gaps)
    elif kind is ClaimType.MATERIEL_MANQUANT and facts is not None:
        delivered = delivered_quantities(data.analysis)
        report = missing_quantities(lines, delivered)
        out.update(lines=lines, delivered=delivered, missing=report)
        hint = report.hint
    elif kind is ClaimType.DATE_EVENEMENT and facts is not None:
        typed = delivery_date(data.analysis)
        not_delivered = bool(data.analysis.get(KEY_NOT_DELIVERED))
        out.update(invoice_date=facts.issue_date, sale_date=facts.sale_date, delivery_date=typed,
                   not_delivered=not_delivered)
        if not_delivered or typed is not None:
            gap = event_date_gap(facts.issue_date, None if not_delivered else typed)
        elif facts.sale_date is not None:
            gap = event_date_gap(facts.issue_date, facts.sale_date)
        else:
            gap = None
        out["date_gap"] = gap
        hint = gap.hint if gap is not None else None
    elif kind in CHECKLISTS:
        answers = checklist_answers(data.analysis)
        items: tuple[ChecklistItem, ...] = CHECKLISTS[kind]
        out["checklist"] = [(item, answers.get(item.key)) for item in items]
        out["lines"] = lines
        hint = checklist_hint(items, answers)
    out["hint"] = hint
    return out


def _credit_note(db: Database, claim: ClaimValue, gesture: Gesture, details: Mapping[str, Any],
                 issue_date: date) -> tuple[int, str]:
    """Issue the credit note of the gesture through the credit-notes service: (id, number)."""
    from crmdesk.services import credit_notes  # the credit-notes use cases, loaded when needed
    from crmdesk.services.invoices import delete_draft, find_invoice

    assert claim.invoice_id is not None
    reason = f"Réclamation {claim.number} ({claim.type.label})"
    if gesture is Gesture.AVOIR_TOTAL:
        number = credit_notes.credit_whole_invoice(db, claim.invoice_id, reason=reason,
                                                   issue_date=issue_date)
        credit_id = find_invoice(db, number, DocumentKind.CREDIT_NOTE)
        if credit_id is None:
            raise DomainError(f"L'avoir n° {number} est introuvable après son émission.")
        return credit_id, number
    if gesture is Gesture.AVOIR_LIGNES:
        credit_id = credit_notes.draft_credit_note(db, claim.invoice_id,
                                                   lines=credited_lines(details),
                                                   issue_date=issue_date, reason=reason)
    else:
        credit_id = credit_notes.draft_credit_note(db, claim.invoice_id,
                                                   amounts=credited_amounts(details),
                                                   issue_date=issue_date, reason=reason)
    try:
        return credit_id, credit_notes.issue_credit_note(db, credit_id)
    except Exception:
        delete_draft(db, credit_id)  # no half-made credit note is left behind
        raise


def _gesture_text(gesture: Gesture, details: Mapping[str, Any], credit_number: str | None,
                  reward: Reward | None) -> str:
    if gesture.is_credit_note:
        return f"avoir {credit_number}"
    if reward is not None:
        value = (format_rate_fr(reward.percent) if reward.percent is not None
                 else format_money_fr(reward.amount) if reward.amount is not None else "")
        what = ("remise de" if gesture is Gesture.REMISE_PROCHAINE_COMMANDE
                else "bon de réduction de")
        return (f"{what} {value} sur la prochaine commande (valable jusqu'au "
                f"{reward.expires_on:%d/%m/%Y})")
    if gesture in (Gesture.REMPLACEMENT, Gesture.PRODUIT_EQUIVALENT):
        return f"{gesture.label.lower()} : {str(details.get(DETAIL_DESCRIPTION, '')).strip()}"
    return "aucun geste commercial"


def apply_gesture(db: Database, claim_id: int, gesture: Gesture | str,
                  details: Mapping[str, Any] | None, who: str, *, today: date | None = None,
                  now: datetime | None = None) -> ClaimValue:
    """Carry out step 4 and close the claim: *résolue* if founded, *rejetée* otherwise.

    - avoir (whole invoice, chosen lines ``{"lines": {index: qty}}`` or amounts
      ``{"amounts": {rate: ttc}}``): issued through the credit-notes service, dated
      ``today``; its id is kept on the claim;
    - remise (``{"percent": "5"}``) or bon de réduction (``{"amount": "50"}`` or a
      percent), with ``"expires_on"`` (default: ``today`` + 180 days): a Reward row;
    - remplacement / produit équivalent (``{"description": ...}``) or aucun: recorded.

    The claim's status, the reward, the history line and a note in the client's
    journal are written in one transaction. Steps 1 to 4 must be complete.
    """
    who = _who(who)
    today = today or date.today()
    now = now or datetime.now()
    step4 = {"gesture": gesture, "gesture_details": dict(details or {})}
    with db.read() as session:
        row = _claim_row(session, claim_id)
        if ClaimStatus(row.status).is_closed:
            raise DomainError(f"La réclamation {row.number} est déjà close.")
        data = _merge(_data(row), ClaimStep.GESTE, step4)
        assert data.client_id is not None and data.gesture is not None
        _check_invoice(session, data.client_id, data.invoice_id)
        lines = _invoice_lines(session, data.invoice_id)
        _refuse_if_earlier_incomplete(data, ClaimStep.RESUME, lines, today)
        claim = _value(session, row)
    chosen, details_json = data.gesture, dict(data.gesture_details)
    credit: tuple[int, str] | None = None
    if chosen.is_credit_note:
        credit = _credit_note(db, claim, chosen, details_json, today)
    if chosen.is_reward and reward_expiry(details_json) is None:
        expiry = today + timedelta(days=DEFAULT_REWARD_VALIDITY_DAYS)
        details_json[DETAIL_EXPIRES_ON] = expiry.isoformat()
    data = replace(data, gesture_details=details_json)
    with db.write() as session:
        row = _claim_row(session, claim_id)
        if ClaimStatus(row.status).is_closed:  # closed by someone else meanwhile
            made = f" (l'avoir n° {credit[1]} a été émis)" if credit else ""
            raise DomainError(f"La réclamation {row.number} a été close entre-temps{made}.")
        status = closing_status(data)
        _store(row, data)
        row.status, row.step = status.value, ClaimStep.RESUME.value
        row.closed_at = row.updated_at = now
        row.credit_note_id = credit[0] if credit else None
        reward: Reward | None = None
        if chosen.is_reward:
            expires = reward_expiry(details_json)
            assert expires is not None
            reward = add_reward(
                session, row.client_id,
                "remise" if chosen is Gesture.REMISE_PROCHAINE_COMMANDE else "bon",
                percent=reward_percent(details_json), amount=reward_amount(details_json),
                expires_on=expires, source="reclamation", today=today, now=now,
                note=f"Réclamation {row.number}", claim_id=row.id)
        told = _gesture_text(chosen, details_json, credit[1] if credit else None, reward)
        if status is ClaimStatus.RESOLUE:
            summary = f"Réclamation {row.number} résolue : {told}"
        else:
            summary = f"Réclamation {row.number} rejetée : {data.explanation}"
            if chosen is not Gesture.AUCUN:
                summary += f" ; geste commercial : {told}"
        row.events.append(ClaimEvent(at=now, who=who, what=f"Geste commercial : {told} ; "
                                                            f"réclamation {status.label.lower()}"))
        session.add(Interaction(client_id=row.client_id, occurred_at=now,
                                kind=InteractionKind.NOTE.value, summary=summary, created_at=now))
        session.flush()
        return _value(session, row)


def rewards_of_client(db: Database, client_id: int, today: date | None = None, *,
                      available_only: bool = False) -> list[RewardValue]:
    """A client's discounts and vouchers, newest first (``available_only``: unused, unexpired)."""
    today = today or date.today()
    with db.read() as session:
        rows = [reward_value(r) for r in session.scalars(
            select(Reward).where(Reward.client_id == client_id)
            .order_by(Reward.created_at.desc(), Reward.id.desc()))]
    return [r for r in rows if r.available(today)] if available_only else rows


__all__ = ["DOUBLE_BILLING_WINDOW_DAYS", "STEP_FIELDS", "WAITING_LIMIT_DAYS", "ClaimEventValue",
           "ClaimRow", "ClaimValue", "RewardValue", "add_reward", "analysis_for", "apply_gesture",
           "claims_of_client", "claims_of_invoice", "get_claim", "list_claims", "open_claim",
           "resume", "reward_value", "rewards_of_client", "save_step"]
