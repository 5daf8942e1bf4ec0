"""Export and import of a whole database: exact round trip, and all-or-nothing refusals."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from crmdesk.domain.totals import Line, compute_totals
from crmdesk.services import clients, exchange
from crmdesk.services.database import Database, open_database
from crmdesk.services.demo import load_demo
from crmdesk.services.exchange import ImportRefused
from crmdesk.storage.models import Base, Invoice

from scenario import SA_SPIRIT

TODAY = date(2026, 12, 4)
Doc = dict[str, Any]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, Doc, bytes]]:
    """The demo database (read only), its export and the bytes write_export gave."""
    folder = tmp_path_factory.mktemp("demo")
    source = open_database(folder / "demo.sqlite")
    load_demo(source, today=TODAY)
    exchange.write_export(source, folder / "demo.json")
    yield source, exchange.export_document(source), (folder / "demo.json").read_bytes()
    source.dispose()


@pytest.fixture
def document(demo: tuple[Database, Doc, bytes]) -> Doc:
    """A private copy of the demo export, free to break."""
    return copy.deepcopy(demo[1])


def row_counts(db: Database) -> dict[str, int]:
    with db.read() as session:
        return {table.name: session.scalar(select(func.count()).select_from(table)) or 0
                for table in Base.metadata.sorted_tables}


def assert_empty(db: Database) -> None:
    assert row_counts(db) == {table.name: 0 for table in Base.metadata.sorted_tables}


def invoice_index(document: Doc, number: str, kind: str = "invoice") -> int:
    return next(i for i, x in enumerate(document["invoices"])
                if x["kind"] == kind and x["number"] == number)


def label(document: Doc, index: int) -> str:
    number = document["invoices"][index]["number"]
    return f"invoices[{index}]" + (f" (n° {number})" if number else "")


# ----------------------------------------------------------------------------- round trip

def test_demo_round_trip_gives_identical_document_and_bytes(
        demo: tuple[Database, Doc, bytes], db: Database, tmp_path: Path) -> None:
    _, exported, file_bytes = demo
    folder = tmp_path / "files"
    folder.mkdir()
    (folder / "in.json").write_bytes(file_bytes)
    count = exchange.import_document(db, exchange.read_import(folder / "in.json"))
    assert exported["claims"] == []  # the demo has no claims; its loyalty scenario has rewards
    assert count == 1 + sum(len(exported[key]) for key in (
        "numbering", "clients", "products", "invoices", "rewards", "mailings", "loyalty_actions",
        "surveys", "referrals"))
    assert exchange.export_document(db) == exported
    (folder / "again.json").write_text("an older export", encoding="utf-8")
    assert exchange.write_export(db, folder / "again.json") == count  # replaced atomically
    assert (folder / "again.json").read_bytes() == file_bytes
    assert sorted(p.name for p in folder.iterdir()) == ["again.json", "in.json"]  # no temp left


def test_seed_invoice_in_the_document(document: Doc) -> None:
    seed = document["invoices"][invoice_index(document, "123")]
    assert seed["totals"] == {"total_ht": "2539.90", "discount": "127.00", "net": "2412.90",
                              "vat_total": "482.58", "ttc": "2895.48"}
    assert seed["client_number"] == "456" and seed["discount_pct"] == "5"
    assert [(x["quantity"], x["unit_price"], x["vat_rate"]) for x in seed["lines"]] == \
        [("25", "60", "20"), ("10", "103.99", "20")]
    assert seed["seller_snapshot"]["legal_name"] == "WORLD COMPAGNIE"
    assert seed["issue_date"] == "2026-01-08" and len(seed["issued_at"]) == 26


def test_file_is_sorted_utf8_json_without_database_ids(demo: tuple[Database, Doc, bytes]) -> None:
    _, exported, file_bytes = demo
    text_ = file_bytes.decode("utf-8")
    assert text_.endswith("}\n") and "Forêt" in text_ and '\n  "clients": [' in text_
    assert json.loads(text_) == exported

    def walk(value: Any) -> Iterator[tuple[str, Any]]:
        if isinstance(value, dict):
            for key, item in value.items():
                yield key, item
                yield from walk(item)
        elif isinstance(value, list):
            for item in value:
                yield from walk(item)

    pairs = list(walk(exported))
    assert not [k for k, _ in pairs if k == "id" or k.endswith("_id")]
    assert not [k for k, v in pairs if isinstance(v, float)]
    assert {type(v) for k, v in pairs if k in ("amount", "ttc", "unit_price", "quantity")
            and v is not None} == {str}  # a discount in percent has no amount (null)


def test_issued_invoices_keep_number_prefix_sequence_snapshots(
        demo: tuple[Database, Doc, bytes], document: Doc, db: Database) -> None:
    source = demo[0]
    exchange.import_document(db, document)
    columns = (Invoice.number, Invoice.prefix, Invoice.sequence, Invoice.seller_snapshot,
               Invoice.buyer_snapshot, Invoice.ttc, Invoice.vat_total, Invoice.issue_date,
               Invoice.issued_at, Invoice.created_at, Invoice.state)
    numbers = ["1", "57", "123", "200", "233"]

    def fetch(database: Database) -> list[Any]:
        with database.read() as session:
            return [tuple(row) for row in session.execute(
                select(*columns).where(Invoice.number.in_(numbers)).order_by(Invoice.sequence))]

    kept = fetch(db)
    assert kept == fetch(source) and len(kept) == len(numbers)
    assert all(row[-1] == "issued" for row in kept)
    assert [row[0] for row in kept] == numbers


def test_credit_note_round_trip(document: Doc, db: Database) -> None:
    seed = document["invoices"][invoice_index(document, "123")]
    lines = [{**line, "quantity": "-" + line["quantity"]} for line in seed["lines"]]
    totals = compute_totals([Line(x["description"], D(x["quantity"]), x["unit"],
                                  D(x["unit_price"]), D(x["vat_rate"])) for x in lines], D("5"))
    credit = {**copy.deepcopy(seed), "kind": "credit_note", "prefix": "AV-", "sequence": 1,
              "number": "AV-001", "corrects_number": "123", "lines": lines, "payments": [],
              "issue_date": "2026-02-01",
              "totals": {key: format(getattr(totals, key), "f")
                         for key in ("total_ht", "discount", "net", "vat_total", "ttc")}}
    assert credit["totals"]["ttc"] == "-2895.48"
    document["invoices"].append(credit)
    document["numbering"].append({"kind": "credit_note", "prefix": "AV-", "width": 3,
                                  "next_number": 2})
    exchange.import_document(db, document)
    assert exchange.export_document(db) == document
    with db.read() as session:
        note = session.scalar(select(Invoice).where(Invoice.number == "AV-001"))
        corrected = session.get(Invoice, note.corrects_id) if note and note.corrects_id else None
        assert corrected is not None and corrected.number == "123"


# ----------------------------------------------------------------------------- refusals

def test_import_into_non_empty_database_is_refused(document: Doc, seeded: tuple[Database, int]
                                                   ) -> None:
    db, _ = seeded
    before = row_counts(db)
    with pytest.raises(ImportRefused) as refused:
        exchange.import_document(db, document)
    assert (refused.value.record, refused.value.field) == ("document", "-")
    assert "contient déjà des données" in str(refused.value)
    assert str(refused.value).endswith("Rien n'a été importé.")
    assert row_counts(db) == before


def _paid_invoice(doc: Doc) -> int:
    return max(i for i, x in enumerate(doc["invoices"]) if x["payments"])


def _set(path: str, value: Any) -> Callable[[Doc], None]:
    """A breaker setting ``value`` at a dotted path ("invoices.150.lines.0.quantity")."""
    def breaker(doc: Doc) -> None:
        *parents, last = path.split(".")
        target: Any = doc
        for part in parents:
            target = target[int(part)] if isinstance(target, list) else target[part]
        target[int(last) if isinstance(target, list) else last] = value
    return breaker


def _break_paid(key: str, value: Any) -> Callable[[Doc], None]:
    return lambda doc: doc["invoices"][_paid_invoice(doc)]["payments"][0].__setitem__(key, value)


def _break_seed_ttc(doc: Doc) -> None:
    doc["invoices"][invoice_index(doc, "123")]["totals"]["ttc"] = "2895.49"


def _drop_invoice_100(doc: Doc) -> None:
    del doc["invoices"][invoice_index(doc, "100")]


def _duplicate_client_number(doc: Doc) -> None:
    doc["clients"][5]["number"] = doc["clients"][4]["number"]


def _seed(doc: Doc) -> str:
    return label(doc, invoice_index(doc, "123"))


BROKEN: dict[str, tuple[Callable[[Doc], None], Callable[[Doc], str], str, str]] = {
    # name: (breaker, expected record, expected field, words of the reason)
    "siren checksum": (_set("clients.29.siren", "414159260"), lambda d: "clients[29]", "siren",
                       "clé de contrôle"),
    "5 decimals": (_set("invoices.150.lines.1.quantity", "1.23456"), lambda d: label(d, 150),
                   "lines[1].quantity", "au plus 4 décimales"),
    "float amount": (_break_paid("amount", 12.5), lambda d: label(d, _paid_invoice(d)),
                     "payments[0].amount", "nombre JSON refusé"),
    "int price": (_set("products.3.unit_price", 60), lambda d: "products[3]", "unit_price",
                  "entre guillemets"),
    "unknown client": (_set("invoices.77.client_number", "99999"), lambda d: label(d, 77),
                       "client_number", "aucun client n° 99999"),
    "altered ttc": (_break_seed_ttc, _seed, "totals.ttc", "2895.49 enregistré, mais 2895.48"),
    "sequence gap": (_drop_invoice_100, lambda d: label(d, invoice_index(d, "101")), "sequence",
                     "il manque le n° 100"),
    "duplicate client": (_duplicate_client_number, lambda d: "clients[5]", "number",
                         "déjà porté par clients[4]"),
    "bad vat rate": (_set("products.2.vat_rate", "19.6"), lambda d: "products[2]", "vat_rate",
                     "n'est pas un taux français"),
    "negative invoice quantity": (_set("invoices.9.lines.0.quantity", "-1"),
                                  lambda d: label(d, 9), "lines[0].quantity", "négative"),
    "impossible date": (_set("invoices.200.issue_date", "2026-02-30"), lambda d: label(d, 200),
                        "issue_date", "n'est pas une date"),
    "unknown line key": (_set("invoices.12.lines.0.colour", "red"), lambda d: label(d, 12),
                         "lines[0].colour", "champ inconnu"),
    "unknown section": (_set("suppliers", []), lambda d: "document", "suppliers",
                        "section inconnue"),
    "payment method": (_break_paid("method", "bitcoin"), lambda d: label(d, _paid_invoice(d)),
                       "payments[0].method", "mode de paiement inconnu"),
    "numbering behind": (_set("numbering.0.next_number", 200), lambda d: "numbering[0]",
                         "next_number", "doit être 235"),
    "company iban": (_set("company.iban", "FR7630004010000001234567881"), lambda d: "company",
                     "iban", "IBAN"),
    "draft with number": (_set("invoices.234.number", "999"), lambda d: "invoices[234] (n° 999)",
                          "number", "un brouillon"),
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_a_broken_record_changes_nothing(case: str, document: Doc, db: Database) -> None:
    breaker, record, field, words = BROKEN[case]
    breaker(document)
    with pytest.raises(ImportRefused) as refused:
        exchange.import_document(db, document)
    assert (refused.value.record, refused.value.field) == (record(document), field)
    message = str(refused.value)
    assert message.startswith(f"Import refusé : {record(document)}, champ « {field} » : ")
    assert words in message and message.endswith("Rien n'a été importé.")
    assert_empty(db)


def test_an_error_raised_while_writing_rolls_everything_back(document: Doc, db: Database) -> None:
    """Something only the database knows (here a trigger) refuses a record half-way."""
    with db.write() as session:
        session.execute(text(
            "CREATE TRIGGER test_no_gloves BEFORE INSERT ON products WHEN NEW.description = 'Gants' "
            "BEGIN SELECT RAISE(ABORT, 'gants refusés'); END"))
    document["products"][4]["description"] = "Gants"
    with pytest.raises(ImportRefused) as refused:
        exchange.import_document(db, document)
    assert refused.value.record == "products[4]" and "gants refusés" in str(refused.value)
    assert_empty(db)


# ----------------------------------------------------------------------------- bad files

def _refusal(path: Path) -> ImportRefused:
    with pytest.raises(ImportRefused) as refused:
        exchange.read_import(path)
    assert refused.value.record == "document"
    assert str(refused.value).startswith("Import refusé : document")
    return refused.value


def test_bad_json_file_is_refused_in_french(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"format": "crmdesk-export", "version": 1,', encoding="utf-8")
    assert "n'est pas un JSON valide (ligne 1" in str(_refusal(path))
    path.write_bytes(b"\xff\xfe\x00garbage")
    assert "n'est pas un fichier texte UTF-8" in str(_refusal(path))
    path.write_text('{"format": "crmdesk-export", "format": "x"}', encoding="utf-8")
    assert "apparaît deux fois" in str(_refusal(path))
    assert "lecture impossible" in str(_refusal(tmp_path / "missing.json"))


def test_wrong_format_or_newer_version_is_refused(tmp_path: Path, document: Doc,
                                                   db: Database) -> None:
    path = tmp_path / "other.json"
    path.write_text(json.dumps({"format": "some-other-tool", "version": 1}), encoding="utf-8")
    assert "n'est pas un export crmdesk" in str(_refusal(path))
    path.write_text(json.dumps([1, 2, 3]), encoding="utf-8")
    assert "n'est pas un export crmdesk" in str(_refusal(path))
    path.write_text(json.dumps({**document, "version": 2}), encoding="utf-8")
    newer = _refusal(path)
    assert newer.field == "version" and "version plus récente" in str(newer)
    assert "mettez crmdesk à jour" in str(newer)
    with pytest.raises(ImportRefused, match="version plus récente"):
        exchange.import_document(db, {**document, "version": 2})
    del document["products"]
    with pytest.raises(ImportRefused, match="section manquante"):
        exchange.import_document(db, document)
    assert_empty(db)


def test_empty_database_round_trips(db: Database, tmp_path: Path) -> None:
    empty = exchange.export_document(db)
    assert empty == {"format": "crmdesk-export", "version": 1, "company": None, "numbering": [],
                     "clients": [], "products": [], "invoices": [], "claims": [], "rewards": [],
                     "mailings": [], "loyalty_actions": [], "surveys": [], "referrals": []}
    target = open_database(tmp_path / "target.sqlite")
    try:
        assert exchange.import_document(target, empty) == 0
        clients.create_client(target, SA_SPIRIT)  # still usable afterwards
    finally:
        target.dispose()
