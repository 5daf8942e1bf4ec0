"""The training scenario: WORLD COMPAGNIE, its clients and a year of invoices around n° 123.

Everything is written in one transaction: a failure leaves the database empty.
The data comes from :mod:`crmdesk.services.demo_data` and depends only on ``today``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.domain.errors import DomainError
from crmdesk.domain.invoice import PaymentTerms
from crmdesk.domain.money import ZERO, mul, round_cents
from crmdesk.domain.parties import Seller
from crmdesk.domain.totals import Line
from crmdesk.domain.loyalty import Segment
from crmdesk.services import demo_data, loyalty
from crmdesk.services.clients import client_in_session
from crmdesk.services.company import validate_seller
from crmdesk.services.invoices import draft_in_session, issue_in_session, pay_in_session
from crmdesk.services.values import ClientInput, ContactValue, DraftInput
from crmdesk.storage.db import Database
from crmdesk.storage.models import (Appointment, Client, Company, Interaction, Invoice,
                                    LoyaltyAction, NumberSeries, Product)
from crmdesk.storage.queries import holds_no_data

#: The seller of the textbook. The seed prints placeholders ("N° SIREN : XXX",
#: "FRXX999", a 13-character IBAN); the demo uses valid fictitious identifiers
#: in their place so every check passes (docs/domain.md explains the choice).
WORLD_COMPAGNIE = Seller(
    legal_name="WORLD COMPAGNIE", legal_form="SAS", share_capital=Decimal("50000.00"),
    street="22 avenue Voltaire", postcode="13000", city="Marseille", country="France",
    siren="402123459", siret="40212345900016", rcs_city="Marseille", vat_number="FR13402123459",
    contact_name="Pierre Legrand", phone="+33 4 92 99 99 99", email="pierre@worldcompagnie.fr",
    website="www.worldcompagnie.fr", bank_name="BNP Paribas", bank_code="100000000",
    account_number="12345678", iban="FR7630004010000001234567880", bic="BNPAFRPPXXX",
    late_penalty_rate=Decimal("12.15"),
    early_payment_discount="Pas d'escompte pour paiement anticipé")

SEED_NUMBER = 123
AFTER_SALES = "Service après-vente : Garantie 1 an"


@dataclass(frozen=True)
class DemoCounts:
    clients: int
    products: int
    issued: int
    drafts: int
    payments: int

    def __str__(self) -> str:
        return (f"{self.clients} clients, {self.products} produits, {self.issued} factures émises, "
                f"{self.drafts} brouillons, {self.payments} paiements")


def load_demo(db: Database, today: date | None = None) -> DemoCounts:
    """Fill an empty database with the training scenario.

    Raises:
        DomainError: the database already holds data (it is left untouched).
    """
    today = today or date.today()
    with db.write() as session:
        if not holds_no_data(session):
            raise DomainError(f"« {db.label} » contient déjà des données : la démonstration "
                              "ne s'installe que dans une base vide.")
        return _fill(session, today)


def _fill(session: Session, today: date) -> DemoCounts:
    seller = validate_seller(WORLD_COMPAGNIE)
    session.add(Company(id=1, **{k: getattr(seller, k) for k in seller.to_json()},
                        default_terms_days=30, default_terms_end_of_month=False,
                        after_sales_text=AFTER_SALES))
    session.add(NumberSeries(kind="invoice", prefix="", width=0, next_number=1))
    ids: dict[str, int] = {}
    # Timestamps follow the scenario's dates, so two runs give the same data.
    start = datetime.combine(date(today.year - 1, 1, 2), time(9, 0))
    clients = demo_data.demo_clients()
    for client in clients:
        ids[client.number] = client_in_session(session, _client_input(client), start).id
    products = demo_data.demo_catalogue()
    for product in products:
        session.add(Product(description=product.description, unit=product.unit,
                            unit_price=product.unit_price, vat_rate=product.vat_rate,
                            archived=False))
    issued = drafts = payments = 0
    seed = demo_data.seed_invoice(today)
    for plan in demo_data.demo_invoices(today):
        due = date(today.year, 2, 8) if plan == seed else \
            PaymentTerms(plan.terms_days).due_date(plan.issue_date)
        row = draft_in_session(session, DraftInput(
            client_id=ids[plan.client_number], issue_date=plan.issue_date,
            lines=tuple(Line(x.description, x.quantity, x.unit, x.unit_price, x.vat_rate)
                        for x in plan.lines),
            sale_date=plan.sale_date, due_date=due, terms_days=plan.terms_days,
            discount_pct=plan.discount_pct, issued_by=plan.issued_by,
            client_contact=plan.client_contact or "", reference=plan.reference or "",
            additional_info=plan.additional_info), now=_at(plan.issue_date, 10))
        if not plan.issued:
            drafts += 1
            continue
        number = issue_in_session(session, row, now=_at(plan.issue_date, 11))
        if plan == seed and number != str(SEED_NUMBER):
            raise DomainError(f"Le scénario attend la facture n° {SEED_NUMBER}, obtenu {number}.")
        issued += 1
        assert row.ttc is not None
        paid = ZERO
        for payment in plan.payments:
            remaining = row.ttc - paid
            amount = min(remaining, round_cents(mul(row.ttc, payment.share)))
            if paid + amount > row.ttc - Decimal("0.05"):
                amount = remaining  # the last payment settles the cents
            if amount > 0:
                pay_in_session(session, row.id, payment.paid_on, amount, payment.method,
                               now=_at(payment.paid_on, 15))
                paid += amount
                payments += 1
    if _double_billing(session, today):
        issued += 1
    _follow_up(session, ids, today)
    _loyalty(session, ids, today)
    return DemoCounts(len(clients), len(products), issued, drafts, payments)


def _double_billing(session: Session, today: date) -> bool:
    """The textbook's "même livraison facturée deux fois": the last company invoice of the
    scenario issued a second time, the same day, for the claims wizard to find."""
    last = session.scalars(select(Invoice).join(Invoice.client)
                           .where(Invoice.state == "issued", Client.kind == "company")
                           .order_by(Invoice.sequence.desc()).limit(1)).first()
    if last is None or last.issue_date.year != today.year:
        return False
    twin = draft_in_session(session, DraftInput(
        client_id=last.client_id, issue_date=last.issue_date,
        lines=tuple(Line(x.description, x.quantity, x.unit, x.unit_price, x.vat_rate)
                    for x in last.lines),
        sale_date=last.sale_date, due_date=last.due_date, terms_days=last.terms_days,
        discount_pct=last.discount_pct, issued_by=last.issued_by,
        client_contact=last.client_contact, reference=last.reference,
        additional_info=last.additional_info), now=_at(last.issue_date, 16))
    issue_in_session(session, twin, now=_at(last.issue_date, 16))
    return True


_SUBJECTS = ("Bilan de l'année et besoins à venir", "Présentation de la nouvelle gamme",
             "Suivi de la dernière livraison", "Contrat de maintenance : renouvellement")
_PLACES = ("Dans leurs locaux", "Au bureau de Marseille", "Visioconférence")


def _follow_up(session: Session, ids: dict[str, int], today: date) -> None:
    """A believable follow-up: calls and visits around orders, reminders of late invoices,
    appointments done and planned. Derived from the invoices, so it is deterministic too."""
    rows = session.scalars(select(Invoice).where(Invoice.state == "issued")
                           .order_by(Invoice.sequence)).all()
    for row in rows:
        assert row.sequence is not None
        when = datetime.combine(row.sale_date or row.issue_date, time(9 + row.sequence % 8, 15))
        if row.sequence % 3 == 0:
            session.add(Interaction(client_id=row.client_id, occurred_at=when, kind="appel",
                                    summary=f"Commande confirmée par téléphone (facture n° {row.number})",
                                    created_at=when))
        elif row.sequence % 7 == 0:
            session.add(Interaction(client_id=row.client_id, occurred_at=when, kind="visite",
                                    summary="Visite sur place : besoins recensés, devis remis",
                                    created_at=when))
        paid = sum((p.amount for p in row.payments), Decimal(0))
        if row.due_date is not None and row.ttc is not None and paid < row.ttc \
                and row.due_date + timedelta(days=7) < today:
            reminder = datetime.combine(row.due_date + timedelta(days=7), time(10, 0))
            session.add(Interaction(client_id=row.client_id, occurred_at=reminder, kind="mail",
                                    summary=f"Relance : facture n° {row.number} échue le "
                                            f"{row.due_date:%d/%m/%Y}", created_at=reminder))
    numbers = sorted(ids)
    for index, number in enumerate(numbers[:8]):
        past = index < 3
        starts = datetime.combine(today + timedelta(days=(-20 + 5 * index) if past else 2 + 2 * index),
                                  time(10 if index % 2 else 14, 30))
        session.add(Appointment(
            client_id=ids[number], starts_at=starts, duration_min=60, place=_PLACES[index % 3],
            subject=_SUBJECTS[index % 4], status="done" if past else "planned",
            outcome="Intéressé ; devis à envoyer sous huit jours" if past else "",
            created_at=starts - timedelta(days=10)))
        if past:
            session.add(Interaction(client_id=ids[number], occurred_at=starts, kind="rendez-vous",
                                    summary=f"{_SUBJECTS[index % 4]} — Intéressé ; devis à envoyer "
                                            "sous huit jours", created_at=starts))


def _loyalty(session: Session, ids: dict[str, int], today: date) -> None:
    """The loyalty scenario of :func:`demo_data.demo_loyalty`, through the loyalty use cases."""
    plan = demo_data.demo_loyalty(today)
    for survey in plan.surveys:
        loyalty.record_survey_in_session(session, ids[survey.client_number], survey.answered_on,
                                         survey.score, survey.comment,
                                         now=_at(survey.answered_on, 17))
    sponsor, referred, on, amount = plan.referral
    loyalty.record_referral_in_session(session, ids[sponsor], ids[referred], on,
                                       reward=loyalty.RewardSpec("bon", amount=amount),
                                       now=_at(on, 11))
    client, on, percent = plan.discount
    loyalty.give_reward_in_session(session, [ids[client]],
                                   loyalty.RewardSpec("remise", percent=percent,
                                                      note="Client historique : merci !"),
                                   today=on, segment=Segment.CHAMPIONS, now=_at(on, 11))
    invited, title, on = plan.invitation
    loyalty.give_gift_in_session(session, [ids[n] for n in invited], "invitation", title, on,
                                 now=_at(on, 9))
    client, on, text = plan.suggestion
    loyalty.record_suggestion_in_session(session, ids[client], on, text, now=_at(on, 16))
    for follow_up in plan.follow_ups:
        created = _at(follow_up.due_on - timedelta(days=7), 9)
        batch = loyalty.plan_follow_up_in_session(session, [ids[follow_up.client_number]],
                                                  follow_up.kind, follow_up.title,
                                                  follow_up.due_on, now=created)
        if follow_up.done_on is not None:
            action_id = session.scalars(select(LoyaltyAction.id)
                                        .where(LoyaltyAction.batch == batch)).one()
            loyalty.complete_action_in_session(session, action_id, follow_up.done_on,
                                               follow_up.outcome, now=_at(follow_up.done_on, 14))


def _at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour, 0))


def _client_input(client: demo_data.DemoClient) -> ClientInput:
    return ClientInput(
        number=client.number, kind=client.kind, name=client.name,
        legal_form=client.legal_form or "", siren=client.siren or "", siret=client.siret or "",
        vat_number=client.vat_number or "", email=client.email, phone=client.phone,
        billing_street=client.billing_street, billing_postcode=client.billing_postcode,
        billing_city=client.billing_city, delivery_street=client.delivery_street or "",
        delivery_postcode=client.delivery_postcode or "", delivery_city=client.delivery_city or "",
        delivery_country="France" if client.delivery_street else "", notes=client.notes,
        contacts=tuple(ContactValue(c.name, c.role, c.phone, c.email) for c in client.contacts))
