"""Export and import of claims and rewards: ids turned into business keys and back, exact round
trip on the demo plus claims, and broken claim or reward records that leave the target empty."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from crmdesk.domain.claims import ClaimStatus, ClaimType, Department, Gesture
from crmdesk.domain.invoice import DocumentKind
from crmdesk.services import claims, exchange, invoices
from crmdesk.services.database import Database, open_database
from crmdesk.services.demo import load_demo
from crmdesk.services.exchange import ImportRefused
from crmdesk.storage.models import Base, Claim, Client, Invoice, Product, Reward

TODAY = date(2026, 12, 4)
WHO = "Pierre Legrand"
#: The demo's own loyalty rewards (a referral voucher, a discount) come first in the export.
DEMO_REWARDS = 2
LOYALTY_SECTIONS = ("mailings", "loyalty_actions", "surveys", "referrals")
Doc = dict[str, Any]


@dataclass(frozen=True)
class Built:
    """What the scenario made in the source database, by business key."""

    double_billing: str  # claim numbers
    remise: str
    missing: str
    quality: str
    voucher: str
    waiting: str
    twin: str  # the invoice issued twice, and the one it repeats
    original: str
    whole_credit: str  # credit-note numbers
    lines_credit: str
    product: str  # description of the product named by the quality claim's gesture


def _invoice_id(db: Database, number: str) -> int:
    found = invoices.find_invoice(db, number)
    assert found is not None
    return found


def _client_id(db: Database, number: str) -> int:
    with db.read() as session:
        found = session.scalar(select(Client.id).where(Client.number == number))
    assert found is not None
    return found


def _walk(db: Database, claim_id: int, reformulation: str, step3: dict[str, Any],
          at: datetime) -> None:
    claims.save_step(db, claim_id, 2, {"reformulation": reformulation}, WHO,
                     now=at + timedelta(minutes=5))
    claims.save_step(db, claim_id, 3, step3, "Léa Martin", now=at + timedelta(minutes=20))


def add_claims(db: Database) -> Built:
    """Six claims over the demo, every status, both credit-note gestures and three rewards."""
    with db.read() as session:
        last_two = session.scalars(select(Invoice).where(Invoice.state == "issued",
                                                         Invoice.kind == "invoice")
                                   .order_by(Invoice.sequence.desc()).limit(2)).all()
        twin, original = last_two[0], last_two[1]
        assert (twin.client_id, twin.ttc, twin.issue_date) == (original.client_id, original.ttc,
                                                               original.issue_date)
        twin_id, original_id, twin_client = twin.id, original.id, twin.client_id
        twin_number, original_number = twin.number or "", original.number or ""
        product_id, product = session.execute(
            select(Product.id, Product.description).where(Product.description == "Produit")).one()

    # credit notes are issued in date order: first ten metres of cable missing, one line credited
    at = datetime(2026, 9, 2, 10, 0)
    missing = claims.open_claim(db, _client_id(db, "432"), _invoice_id(db, "200"),
                                ClaimType.MATERIEL_MANQUANT, "Il manque du câble.", WHO, now=at)
    _walk(db, missing, "Vous avez reçu 140 m au lieu de 150.",
          {"founded": True, "departments": ["logistique"], "analysis": {"delivered": {"0": "140"}}},
          at)
    lines = claims.apply_gesture(db, missing, Gesture.AVOIR_LIGNES, {"lines": {0: D("10")}}, WHO,
                                 today=date(2026, 9, 3), now=at + timedelta(days=1))
    assert lines.credit_note_number is not None

    at = datetime(2026, 12, 4, 14, 0)  # the double billing, settled by a whole credit note
    double = claims.open_claim(db, twin_client, twin_id, ClaimType.DOUBLE_FACTURATION,
                               "Vous m'avez facturé deux fois la même livraison !", WHO, now=at)
    _walk(db, double, f"La facture n° {twin_number} reprend la facture n° {original_number}.",
          {"founded": True, "departments": [Department.COMPTABILITE],
           "analysis": {"duplicate_of": original_id, "notes": "Même bon de livraison."},
           "explanation": "Nous reconnaissons l'erreur."}, at)
    whole = claims.apply_gesture(db, double, Gesture.AVOIR_TOTAL, {}, WHO, today=TODAY,
                                 now=at + timedelta(hours=1))
    assert whole.credit_note_number is not None

    seed_client, seed_invoice = _client_id(db, "456"), _invoice_id(db, "123")
    at = datetime(2026, 1, 12, 9, 30)  # invoiced before delivery: a 5 % discount
    remise = claims.open_claim(db, seed_client, seed_invoice, ClaimType.DATE_EVENEMENT,
                               "Facturé avant la livraison.", WHO, now=at)
    _walk(db, remise, "La facture précède la livraison.",
          {"founded": True, "departments": ["logistique", "comptabilite"],
           "analysis": {"delivery_date": date(2026, 1, 15)}}, at)
    claims.apply_gesture(db, remise, Gesture.REMISE_PROCHAINE_COMMANDE, {"percent": D("5")}, WHO,
                         today=date(2026, 1, 12), now=at + timedelta(days=1))

    at = datetime(2026, 11, 20, 16, 45)  # a quality claim without invoice, stopped at step 4
    quality = claims.open_claim(db, twin_client, None, ClaimType.QUALITE, "L'onduleur chauffe.",
                                WHO, now=at)
    _walk(db, quality, "L'onduleur livré chauffe anormalement.",
          {"founded": True, "departments": ["qualite"],
           "analysis": {"checklist": {"defaut_constate": True, "usage_conforme": True,
                                      "sous_garantie": False}}}, at)
    claims.save_step(db, quality, 4, {"gesture": Gesture.PRODUIT_EQUIVALENT,
                                      "gesture_details": {"description": "Produit équivalent",
                                                          "product_id": product_id}},
                     WHO, now=at + timedelta(hours=2))

    at = datetime(2026, 12, 3, 11, 15)  # unfounded price claim, goodwill voucher of 40 €
    voucher = claims.open_claim(db, seed_client, _invoice_id(db, "232"), ClaimType.PRIX,
                                "Le câble est plus cher que convenu.", WHO, now=at)
    _walk(db, voucher, "Vous contestez le prix du câble.",
          {"founded": False, "analysis": {"negotiated_prices": {"2": "0.95"}},
           "explanation": "Le prix négocié valait pour 100 m et plus."}, at)
    claims.apply_gesture(db, voucher, Gesture.BON_DE_REDUCTION,
                         {"amount": "40", "expires_on": date(2027, 3, 31)}, WHO, today=TODAY,
                         now=at + timedelta(hours=3))

    waiting = claims.open_claim(db, _client_id(db, "432"), None, ClaimType.ADMINISTRATIF, "",
                                WHO, now=datetime(2025, 11, 3, 14, 0))  # last year, still open

    with db.write() as session:  # a loyalty voucher already used (no service writes them yet)
        session.add(Reward(client_id=seed_client, kind="bon", percent=D("7.5"), amount=None,
                           expires_on=date(2027, 6, 30), source="fidelisation", claim_id=None,
                           used_invoice_id=_invoice_id(db, "232"),
                           used_at=datetime(2026, 12, 3, 11, 0),
                           created_at=datetime(2026, 6, 1, 9, 0), note="Fidélité : dix ans"))

    def number(claim_id: int) -> str:
        return claims.get_claim(db, claim_id).number

    return Built(number(double), number(remise), number(missing), number(quality), number(voucher),
                 number(waiting), twin_number, original_number, whole.credit_note_number,
                 lines.credit_note_number, product)


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, Doc, bytes, Built]]:
    """The demo plus claims (read only), its export, the bytes write_export gave, the scenario."""
    folder = tmp_path_factory.mktemp("claims")
    database = open_database(folder / "source.sqlite")
    load_demo(database, today=TODAY)
    built = add_claims(database)
    exchange.write_export(database, folder / "export.json")
    yield database, exchange.export_document(database), (folder / "export.json").read_bytes(), built
    database.dispose()


@pytest.fixture
def document(source: tuple[Database, Doc, bytes, Built]) -> Doc:
    return copy.deepcopy(source[1])


@pytest.fixture
def built(source: tuple[Database, Doc, bytes, Built]) -> Built:
    return source[3]


def row_counts(db: Database) -> dict[str, int]:
    with db.read() as session:
        return {table.name: session.scalar(select(func.count()).select_from(table)) or 0
                for table in Base.metadata.sorted_tables}


def assert_empty(db: Database) -> None:
    assert row_counts(db) == {table.name: 0 for table in Base.metadata.sorted_tables}


def claim_of(doc: Doc, number: str) -> dict[str, Any]:
    return next(c for c in doc["claims"] if c["number"] == number)


def claim_index(doc: Doc, number: str) -> int:
    return next(i for i, c in enumerate(doc["claims"]) if c["number"] == number)


def claim_label(doc: Doc, number: str) -> str:
    return f"claims[{claim_index(doc, number)}] (n° {number})"


# ----------------------------------------------------------------------------- round trip

def test_round_trip_with_claims_gives_identical_document_and_bytes(
        source: tuple[Database, Doc, bytes, Built], db: Database, tmp_path: Path) -> None:
    origin, exported, file_bytes, _ = source
    assert len(exported["claims"]) == 6 and len(exported["rewards"]) == DEMO_REWARDS + 3
    (tmp_path / "in.json").write_bytes(file_bytes)
    count = exchange.import_document(db, exchange.read_import(tmp_path / "in.json"))
    assert count == 1 + sum(len(exported[key]) for key in (
        "numbering", "clients", "products", "invoices", "claims", "rewards", *LOYALTY_SECTIONS))
    assert exchange.export_document(db) == exported
    assert exchange.write_export(db, tmp_path / "again.json") == count
    assert (tmp_path / "again.json").read_bytes() == file_bytes
    source_rows, target_rows = row_counts(origin), row_counts(db)
    assert target_rows == source_rows and target_rows["claim_events"] > 6


def test_claims_and_rewards_in_the_document(document: Doc, built: Built) -> None:
    double = claim_of(document, built.double_billing)
    assert (double["type"], double["status"], double["step"]) == ("double_facturation", "resolue", 5)
    assert double["invoice_number"] == built.twin and double["founded"] is True
    assert double["analysis"] == {"duplicate_of_number": built.original,
                                  "notes": "Même bon de livraison."}
    assert double["departments"] == ["comptabilite"] and double["gesture"] == "avoir_total"
    assert double["credit_note_number"] == built.whole_credit
    assert double["opened_at"] == "2026-12-04T14:00:00.000000"
    assert double["closed_at"] == "2026-12-04T15:00:00.000000"
    assert [(e["at"], e["who"]) for e in double["history"]][:3] == [
        ("2026-12-04T14:00:00.000000", WHO), ("2026-12-04T14:05:00.000000", WHO),
        ("2026-12-04T14:20:00.000000", "Léa Martin")]
    assert double["history"][-1]["what"].startswith(f"Geste commercial : avoir {built.whole_credit}")

    quality = claim_of(document, built.quality)
    assert (quality["status"], quality["invoice_number"], quality["closed_at"]) == ("en_cours", None,
                                                                                   None)
    assert quality["gesture_details"] == {"description": "Produit équivalent",
                                          "product_description": built.product}
    assert claim_of(document, built.missing)["gesture_details"] == {"lines": {"0": "10"}}
    assert claim_of(document, built.missing)["credit_note_number"] == built.lines_credit
    waiting = claim_of(document, built.waiting)
    assert waiting["number"] == "R-2025-0001" and waiting["status"] == "ouverte"
    assert (waiting["step"], waiting["gesture"], waiting["history"][0]["what"]) == (
        1, None, "Réclamation ouverte : Litige administratif")

    remise, voucher, loyalty = document["rewards"][DEMO_REWARDS:]
    assert remise == {"client_number": "456", "kind": "remise", "percent": "5", "amount": None,
                      "expires_on": "2026-07-11", "source": "reclamation",
                      "claim_number": built.remise, "used_invoice_number": None, "used_at": None,
                      "created_at": "2026-01-13T09:30:00.000000",
                      "note": f"Réclamation {built.remise}"}
    assert (voucher["kind"], voucher["amount"], voucher["percent"], voucher["claim_number"]) == (
        "bon", "40.00", None, built.voucher)
    assert (loyalty["percent"], loyalty["source"], loyalty["claim_number"],
            loyalty["used_invoice_number"], loyalty["used_at"]) == (
        "7.5", "fidelisation", None, "232", "2026-12-03T11:00:00.000000")


def test_no_database_id_and_no_float_anywhere(document: Doc) -> None:
    def walk(value: Any) -> Iterator[tuple[str, Any]]:
        if isinstance(value, dict):
            for key, item in value.items():
                yield str(key), item
                yield from walk(item)
        elif isinstance(value, list):
            for item in value:
                yield from walk(item)

    pairs = list(walk({"claims": document["claims"], "rewards": document["rewards"]}))
    assert not [k for k, _ in pairs if k in ("id", "duplicate_of") or k.endswith("_id")]
    assert not [k for k, v in pairs if isinstance(v, float)]


def test_ids_are_mapped_back_in_the_target(document: Doc, built: Built, db: Database) -> None:
    exchange.import_document(db, document)
    with db.read() as session:
        by_number = {c.number: c for c in session.scalars(select(Claim))}
        double, quality = by_number[built.double_billing], by_number[built.quality]
        original = session.scalar(select(Invoice.id).where(Invoice.kind == "invoice",
                                                           Invoice.number == built.original))
        product = session.scalar(select(Product.id).where(Product.description == built.product))
        assert double.analysis == ('{"duplicate_of": %d, "notes": "Même bon de livraison."}'
                                   % original)
        assert quality.gesture_details == ('{"description": "Produit équivalent", '
                                           '"product_id": %d}' % product)
        note = session.get(Invoice, double.credit_note_id or 0)
        assert note is not None and (note.kind, note.number) == ("credit_note", built.whole_credit)
        loyalty = session.scalar(select(Reward).where(Reward.source == "fidelisation",
                                                      Reward.used_invoice_id.is_not(None)))
        used = session.get(Invoice, loyalty.used_invoice_id or 0) if loyalty else None
        assert used is not None and used.number == "232"

    # the claims service reads what the import wrote as its own
    value = claims.get_claim(db, double.id)
    assert value.status is ClaimStatus.RESOLUE and value.credit_note_number == built.whole_credit
    assert value.analysis["duplicate_of"] == original and not value.problems
    candidates = claims.analysis_for(db, double.id)["candidates"]
    assert [c.number for c in candidates] == [built.original]
    assert [r.label for r in claims.get_claim(db, by_number[built.remise].id).rewards] == [
        "Remise de 5\u00a0% (valable jusqu'au 11/07/2026)"]
    assert claims.resume(db, quality.id).step.value == 4
    client = _client_id(db, "456")
    available = claims.rewards_of_client(db, client, TODAY, available_only=True)
    assert [r.source for r in available] == ["reclamation", "fidelisation"]  # + the demo's 5 %
    assert invoices.find_invoice(db, built.lines_credit, DocumentKind.CREDIT_NOTE) is not None


def test_a_version_1_document_without_claims_imports_none(document: Doc, db: Database) -> None:
    for key in ("claims", "rewards", *LOYALTY_SECTIONS):  # a referral names its reward
        del document[key]
    invoices_only = copy.deepcopy(document)
    assert exchange.import_document(db, document) == exchange.count_records(invoices_only)
    again = exchange.export_document(db)
    assert again["claims"] == [] and again["rewards"] == []
    assert {k: v for k, v in again.items()
            if k not in ("claims", "rewards", *LOYALTY_SECTIONS)} == invoices_only


def test_a_hand_made_claim_without_optional_keys_in_its_json(document: Doc, built: Built,
                                                            db: Database) -> None:
    """A null business key inside the JSON is kept as null: the id it stood for is gone."""
    claim_of(document, built.double_billing)["analysis"]["duplicate_of_number"] = None
    claim_of(document, built.quality)["gesture_details"]["product_description"] = None
    exchange.import_document(db, document)
    assert exchange.export_document(db) == document
    with db.read() as session:
        row = session.scalar(select(Claim).where(Claim.number == built.quality))
        assert row is not None and '"product_id": null' in row.gesture_details


# ----------------------------------------------------------------------------- refusals

Breaker = Callable[[Doc, Built], None]


def _claim_set(which: str, key: str, value: Any) -> Breaker:
    """Set ``key`` (dotted inside the claim: "analysis.delivered") of one claim of the scenario."""
    def breaker(doc: Doc, built: Built) -> None:
        target: Any = claim_of(doc, getattr(built, which))
        *parents, last = key.split(".")
        for part in parents:
            target = target[int(part)] if isinstance(target, list) else target[part]
        target[int(last) if isinstance(target, list) else last] = value
    return breaker


def _claim(which: str) -> Callable[[Doc, Built], str]:
    return lambda doc, built: claim_label(doc, getattr(built, which))


def _reward_set(index: int, key: str, value: Any) -> Breaker:
    return lambda doc, built: doc["rewards"][DEMO_REWARDS + index].__setitem__(key, value)


def _reward(index: int) -> Callable[[Doc, Built], str]:
    return lambda doc, built: f"rewards[{DEMO_REWARDS + index}]"


def _same_number(doc: Doc, built: Built) -> None:
    claim_of(doc, built.quality)["number"] = built.double_billing


def _later_claim(doc: Doc, built: Built) -> str:
    numbers = [c["number"] for c in doc["claims"]]
    return f"claims[{numbers.index(built.double_billing, 1 + numbers.index(built.double_billing))}]" \
        f" (n° {built.double_billing})"


def _orphan_credit(doc: Doc, built: Built) -> None:
    """The credit note the claim names is missing from the file (the series follows)."""
    claim_of(doc, built.double_billing)["credit_note_number"] = "AV-999"


def _other_credit(doc: Doc, built: Built) -> None:
    claim_of(doc, built.double_billing)["credit_note_number"] = built.lines_credit


BROKEN: dict[str, tuple[Breaker, Callable[[Doc, Built], str], str, str]] = {
    # name: (breaker, expected record, expected field, words of the reason)
    "unknown type": (_claim_set("double_billing", "type", "erreur_de_livraison"),
                     _claim("double_billing"), "type", "« erreur_de_livraison » inconnu"),
    "unknown client number": (_claim_set("quality", "client_number", "99999"), _claim("quality"),
                              "client_number", "aucun client n° 99999"),
    "credit note that does not exist": (_orphan_credit, _claim("double_billing"),
                                        "credit_note_number", "aucun avoir émis n° AV-999"),
    "credit note of another invoice": (_other_credit, _claim("double_billing"),
                                       "credit_note_number", "pas la facture de la réclamation"),
    "unknown status": (_claim_set("waiting", "status", "archivee"), _claim("waiting"), "status",
                       "inconnu"),
    "unknown gesture": (_claim_set("voucher", "gesture", "cadeau"), _claim("voucher"), "gesture",
                        "« cadeau » inconnu"),
    "unknown department": (_claim_set("missing", "departments", ["logistique", "marketing"]),
                           _claim("missing"), "departments[1]", "« marketing » inconnu"),
    "step out of range": (_claim_set("waiting", "step", 7), _claim("waiting"), "step",
                          "étape de 1 à 5"),
    "invoice that does not exist": (_claim_set("missing", "invoice_number", "9999"),
                                    _claim("missing"), "invoice_number",
                                    "aucune facture émise n° 9999"),
    "invoice of another client": (_claim_set("remise", "invoice_number", "200"), _claim("remise"),
                                  "invoice_number", "pas du client n° 456"),
    "duplicate invoice unknown": (_claim_set("double_billing", "analysis.duplicate_of_number",
                                             "4321"), _claim("double_billing"),
                                  "analysis.duplicate_of_number", "aucune facture émise n° 4321"),
    "database id in the analysis": (_claim_set("double_billing", "analysis.duplicate_of", 233),
                                    _claim("double_billing"), "analysis.duplicate_of",
                                    "identifiant de base"),
    "product unknown": (_claim_set("quality", "gesture_details.product_description", "Gants"),
                        _claim("quality"), "gesture_details.product_description",
                        "aucun produit « Gants »"),
    "float in the analysis": (_claim_set("missing", "analysis.delivered", {"0": 140.5}),
                              _claim("missing"), "analysis.delivered.0", "entre guillemets"),
    "unreadable delivered quantity": (_claim_set("missing", "analysis.delivered", {"0": "1.23456"}),
                                      _claim("missing"), "analysis.delivered",
                                      "au plus 4 décimales"),
    "impossible delivery date": (_claim_set("remise", "analysis.delivery_date", "2026-02-30"),
                                 _claim("remise"), "analysis.delivery_date", "illisible"),
    "percent of the gesture": (_claim_set("remise", "gesture_details.percent", "cinq"),
                               _claim("remise"), "gesture_details.percent", "n'est pas un nombre"),
    "closed without closing date": (_claim_set("voucher", "closed_at", None), _claim("voucher"),
                                    "closed_at", "date de clôture"),
    "bad history date": (_claim_set("quality", "history.1.at", "2026-11-31T10:00:00"),
                         _claim("quality"), "history[1].at", "n'est pas une date et heure"),
    "unknown history key": (_claim_set("quality", "history.0.by", "x"), _claim("quality"),
                            "history[0].by", "champ inconnu"),
    "bad claim number": (_claim_set("waiting", "number", "R-25-1"),
                         lambda doc, built: f"claims[{claim_index(doc, 'R-25-1')}] (n° R-25-1)",
                         "number", "R-AAAA-NNNN"),
    "same claim number twice": (_same_number, _later_claim, "number", "déjà porté par claims["),
    "reward percent as JSON number": (_reward_set(0, "percent", 5), _reward(0), "percent",
                                      "nombre JSON refusé"),
    "reward amount with 3 decimals": (_reward_set(1, "amount", "40.005"), _reward(1), "amount",
                                      "décimales"),
    "reward of an unknown claim": (_reward_set(1, "claim_number", "R-2026-0099"), _reward(1),
                                   "claim_number", "aucune réclamation n° R-2026-0099"),
    "discount given as an amount": (_reward_set(0, "amount", "10.00"), _reward(0), "amount",
                                    "Une remise se donne en pourcentage"),
    "voucher worth nothing": (_reward_set(1, "amount", "0.00"), _reward(1), "amount",
                              "doit être positif"),
    "reward kind": (_reward_set(2, "kind", "cadeau"), _reward(2), "kind", "« cadeau » inconnu"),
    "reward used on an unknown invoice": (_reward_set(2, "used_invoice_number", "9999"),
                                          _reward(2), "used_invoice_number",
                                          "aucune facture émise n° 9999"),
    "reward client": (_reward_set(0, "client_number", "425"), _reward(0), "claim_number",
                      "celle du client n° 456"),
    "reward without expiry": (_reward_set(0, "expires_on", None), _reward(0), "expires_on",
                              "valeur manquante"),
    "claims not a list": (lambda doc, built: doc.__setitem__("claims", {}),
                          lambda doc, built: "document", "claims", "une liste"),
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_a_broken_claim_or_reward_changes_nothing(case: str, document: Doc, built: Built,
                                                  db: Database) -> None:
    breaker, record, field, words = BROKEN[case]
    breaker(document, built)
    with pytest.raises(ImportRefused) as refused:
        exchange.import_document(db, document)
    assert (refused.value.record, refused.value.field) == (record(document, built), field)
    message = str(refused.value)
    assert message.startswith(f"Import refusé : {record(document, built)}, champ « {field} » : ")
    assert words in message and message.endswith("Rien n'a été importé.")
    assert_empty(db)


def test_a_claim_refused_by_the_database_rolls_everything_back(document: Doc, built: Built,
                                                               db: Database) -> None:
    """Claims are written last but one, in the same transaction as everything before them."""
    with db.write() as session:
        session.execute(text(
            "CREATE TRIGGER test_no_quality BEFORE INSERT ON claims WHEN NEW.type = 'qualite' "
            "BEGIN SELECT RAISE(ABORT, 'qualité refusée'); END"))
    with pytest.raises(ImportRefused) as refused:
        exchange.import_document(db, document)
    assert refused.value.record == claim_label(document, built.quality)
    assert "qualité refusée" in str(refused.value)
    assert_empty(db)
