"""Mandatory mentions of a French invoice: what is missing before a document may be issued.

Each missing mention comes with the rule behind it, in one line a trainee can
read (DOMAIN.md §4). A missing or wrong mention costs a 15 € fine (CGI art. 1737).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from crmdesk.domain.parties import Buyer, Seller
from crmdesk.domain.totals import Line


@dataclass(frozen=True, slots=True)
class MissingMention:
    """One mention that prevents issuing: a short label and the rule that requires it."""

    code: str
    label: str
    rule: str


def missing_mentions(seller: Seller, buyer: Buyer, lines: Sequence[Line], *, due_date: date | None,
                     total_ht: Decimal) -> list[MissingMention]:
    """Everything that must be filled in before the document can be issued."""
    out: list[MissingMention] = []

    def need(ok: bool, code: str, label: str, rule: str) -> None:
        if not ok:
            out.append(MissingMention(code, label, rule))

    need(bool(seller.legal_name), "seller_name", "Nom ou dénomination du vendeur",
         "Le vendeur doit être identifié sur toute facture (CGI, ann. II, art. 242 nonies A).")
    need(bool(seller.street and seller.postcode and seller.city), "seller_address",
         "Adresse du vendeur", "L'adresse du siège du vendeur est une mention obligatoire.")
    need(bool(seller.siren or seller.siret), "seller_siren", "SIREN ou SIRET du vendeur",
         "Le numéro d'identification (SIREN, ou SIRET) du vendeur doit figurer sur la facture.")
    if seller.is_company:
        need(seller.share_capital is not None, "seller_capital", "Capital social du vendeur",
             "Une société indique sa forme juridique et le montant de son capital social "
             "(Code de commerce R123-238).")
    need(bool(seller.vat_number) or total_ht <= Decimal(150), "seller_vat", "N° de TVA du vendeur",
         "Le numéro de TVA intracommunautaire du vendeur est obligatoire au-delà de 150 € HT.")
    need(bool(buyer.name), "buyer_name", "Nom du client",
         "L'acheteur doit être identifié par son nom ou sa dénomination.")
    need(bool(buyer.street and buyer.postcode and buyer.city), "buyer_address", "Adresse du client",
         "L'adresse de l'acheteur est une mention obligatoire.")
    need(bool(lines), "lines", "Au moins une ligne",
         "Une facture décrit précisément les biens ou services vendus.")
    for index, line in enumerate(lines, start=1):
        need(bool(line.description.strip()), f"line_{index}_description",
             f"Désignation de la ligne {index}",
             "Chaque ligne porte la dénomination précise du bien ou du service.")
        need(line.quantity != 0, f"line_{index}_quantity", f"Quantité de la ligne {index}",
             "Chaque ligne indique la quantité vendue.")
    if buyer.is_business:
        need(due_date is not None, "due_date", "Date d'échéance",
             "Entre professionnels, la date à laquelle le paiement doit intervenir est "
             "obligatoire (Code de commerce L441-9).")
        need(seller.late_penalty_rate is not None, "penalty_rate", "Taux des pénalités de retard",
             "Entre professionnels, le taux des pénalités de retard doit figurer sur la facture "
             "(au moins 3 fois le taux d'intérêt légal ; L441-10).")
    return out
