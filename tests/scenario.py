"""The textbook scenario as test data: WORLD COMPAGNIE sells to SA Spirit (DOMAIN.md §2)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from crmdesk.domain.parties import Seller
from crmdesk.domain.totals import Line
from crmdesk.services.values import ClientInput, ContactValue, DraftInput

WORLD_COMPAGNIE = Seller(
    legal_name="WORLD COMPAGNIE", legal_form="SAS", share_capital=D("10000.00"),
    street="22 avenue Voltaire", postcode="13000", city="Marseille", siren="402123459",
    siret="40212345900016", rcs_city="Marseille", vat_number="FR13402123459",
    contact_name="Pierre Legrand", phone="+33 4 92 99 99 99", email="pierre@worldcompagnie.fr",
    website="www.worldcompagnie.fr", bank_name="BNP Paribas", iban="FR7630004010000001234567880",
    bic="BNPAFRPPXXX", late_penalty_rate=D("12.15"))

SA_SPIRIT = ClientInput(
    number="456", name="SA Spirit", legal_form="SA", siren="732829320",
    vat_number="FR44732829320", billing_street="31 rue de la Forêt", billing_postcode="13100",
    billing_city="Aix-en-Provence", contacts=(ContactValue("Michel ALI", "Acheteur"),))

SEED_LINES = (Line.parse("Main-d'œuvre", "25", "Heure", "60", "20"),
              Line.parse("Produit", "10", "Pièce", "103,99", "20"))


def seed_draft(client_id: int, year: int = 2026) -> DraftInput:
    return DraftInput(client_id=client_id, issue_date=date(year, 1, 8), lines=SEED_LINES,
                      sale_date=date(year, 1, 2), due_date=date(year, 2, 8), terms_days=30,
                      discount_pct=D("5"), issued_by="Pierre Legrand", client_contact="Michel ALI",
                      additional_info="Service après-vente : Garantie 1 an")
