"""JSON and CSV imports fuzzed: only the importer's own error, with a place, and nothing written.

Each example starts from a valid file (a small database exported) and breaks it the way a
hand edit, a bad tool or a hostile sender would: wrong types, missing or unknown keys,
huge numbers, bad dates, duplicated records, random unicode, cut or flipped bytes.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crmdesk.domain.errors import DomainError
from crmdesk.services import catalogue, clients, company, credit_notes, exchange, invoices
from crmdesk.services.clients_csv import (CsvError, export_clients_csv, import_clients,
                                          parse_clients_csv)
from crmdesk.services.database import Database, open_database
from crmdesk.services.exchange import ImportRefused
from crmdesk.services.values import ClientInput, ContactValue

from hostile.texts import HOSTILE
from scenario import SA_SPIRIT, WORLD_COMPAGNIE, seed_draft

FUZZ = settings(max_examples=80, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])
RECORD = r"(document|company|numbering|clients|products|invoices|claims|rewards|mailings|" \
         r"loyalty_actions|surveys|referrals)(\[\d+\].*)?"


def checksum(db: Database) -> str:
    """A digest of every row and every schema object: equal digests, unchanged database."""
    assert db.path is not None
    with sqlite3.connect(db.path) as connection:
        return hashlib.sha256("\n".join(connection.iterdump()).encode("utf-8", "surrogatepass"))\
            .hexdigest()


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[dict[str, Any], bytes]]:
    """A small database with some of everything, as an export document and as CSV bytes."""
    folder = tmp_path_factory.mktemp("fuzz")
    db = open_database(folder / "source.sqlite")
    company.save_seller(db, WORLD_COMPAGNIE)
    spirit = clients.create_client(db, SA_SPIRIT).id
    other = clients.create_client(db, ClientInput(
        name="Dupont <b>&</b> fils", number="457", kind="individual", phone="+33 6 00 00 00 00",
        billing_street="=2+3", billing_postcode="13100", billing_city="Aix",
        notes="ligne 1\nligne 2", contacts=(ContactValue("Léa", "gérante"),))).id
    catalogue.add_product(db, "Produit", "Pièce", "103.99", "20")
    first = invoices.create_draft(db, seed_draft(spirit))
    invoices.issue_invoice(db, first)
    invoices.record_payment(db, first, date(2026, 1, 20), "500.00", "cheque")
    invoices.issue_invoice(db, invoices.create_draft(db, seed_draft(other)))
    credit_notes.credit_whole_invoice(db, first, "erreur de prix")
    invoices.create_draft(db, seed_draft(other))
    document = exchange.export_document(db)
    export_clients_csv(db, folder / "clients.csv")
    data = (folder / "clients.csv").read_bytes()
    db.dispose()
    yield document, data


class Target:
    """An empty database to import into, replaced by a fresh one once an import succeeded."""

    def __init__(self, folder: Path) -> None:
        self.folder, self.count = folder, 0
        self.db = self._new()

    def _new(self) -> Database:
        self.count += 1
        return open_database(self.folder / f"cible-{self.count}.sqlite")

    def used(self) -> None:
        self.db.dispose()
        self.db = self._new()


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Target]:
    holder = Target(tmp_path)
    yield holder
    holder.db.dispose()


def test_the_unbroken_document_imports(source: tuple[dict[str, Any], bytes],
                                       target: Target) -> None:
    document, _ = source
    assert exchange.import_document(target.db, copy.deepcopy(document)) > 0
    assert exchange.export_document(target.db) == document


@pytest.mark.parametrize(("path", "record", "field"), [
    (("clients", 1, "name"), "clients[1]", "name"),
    (("clients", 0, "contacts", 0, "role"), "clients[0]", "contacts[0].role"),
    (("invoices", 0, "buyer_snapshot", "city"), "invoices[0]", "buyer_snapshot.city")])
def test_a_lone_surrogate_is_refused_where_it_is(
        source: tuple[dict[str, Any], bytes], target: Target, path: tuple[Any, ...], record: str,
        field: str) -> None:
    """``"\\ud800"`` is valid JSON but no database can store it: refused before writing."""
    document = copy.deepcopy(source[0])
    parent = document
    for key in path[:-1]:
        parent = parent[key]
    parent[path[-1]] = "Aix \ud800"
    before = checksum(target.db)
    with pytest.raises(ImportRefused) as refused:
        exchange.import_document(target.db, document)
    assert (refused.value.record, refused.value.field) == (record, field)
    assert "UTF-16" in str(refused.value) and checksum(target.db) == before


# ----------------------------------------------------------------------------- JSON mutations

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=30)
    | st.sampled_from(["", "1e400", "NaN", "-0", "99999999999999999999.99", "2026-02-30",
                       "2026-13-01T00:00:00", "0000-00-00", "\ud800", "\x00", "R-2026-0001",
                       "123", "456", "20", "5.5", "-1", *HOSTILE.values()]),
    lambda children: st.lists(children, max_size=3)
    | st.dictionaries(st.text(max_size=8), children, max_size=3), max_leaves=6)


def containers(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """The path of every list and object of the document."""
    found = [path] if isinstance(node, dict | list) else []
    items = node.items() if isinstance(node, dict) else enumerate(node) \
        if isinstance(node, list) else []
    for key, child in items:
        found += containers(child, (*path, key))
    return found


def at(document: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        document = document[key]
    return document


@st.composite
def broken_documents(draw: st.DrawFn, document: dict[str, Any]) -> dict[str, Any]:
    broken = copy.deepcopy(document)
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        paths = containers(broken)
        node = at(broken, draw(st.sampled_from(paths)))
        if isinstance(node, dict) and node:
            key = draw(st.sampled_from(sorted(node, key=str)))
        elif isinstance(node, list) and node:
            key = draw(st.integers(min_value=0, max_value=len(node) - 1))
        else:
            continue
        action = draw(st.sampled_from(["replace", "replace", "delete", "add", "duplicate"]))
        if action == "replace":
            node[key] = draw(JSON_VALUES)
        elif action == "delete":
            del node[key]
        elif action == "add" and isinstance(node, dict):
            node[draw(st.text(max_size=10))] = draw(JSON_VALUES)
        elif action == "duplicate" and isinstance(node, list):
            node.insert(key, copy.deepcopy(node[key]))  # a duplicated record: same numbers
        elif action == "duplicate":
            node[key] = copy.deepcopy(node)  # an object inside itself, one level deep
    return broken


def assert_refused_or_imported(target: Target, document: Any) -> None:
    before = checksum(target.db)
    try:
        exchange.import_document(target.db, document)
    except ImportRefused as refused:
        assert re.fullmatch(RECORD, refused.record), refused.record
        assert isinstance(refused.field, str)  # "" only when the faulty key is itself ""
        assert str(refused).startswith("Import refusé : ") and "Rien n'a été importé" in str(refused)
        assert checksum(target.db) == before
    else:  # a harmless change (a text replaced by another text): the database is now used
        target.used()


@FUZZ
@given(data=st.data())
def test_broken_documents_are_refused_with_a_place(source: tuple[dict[str, Any], bytes],
                                                   target: Target, data: st.DataObject) -> None:
    assert_refused_or_imported(target, data.draw(broken_documents(source[0])))


@FUZZ
@given(cut=st.integers(min_value=0), flips=st.lists(st.tuples(st.integers(min_value=0),
                                                              st.integers(0, 255)), max_size=4))
def test_damaged_files_are_refused_with_a_place(source: tuple[dict[str, Any], bytes],
                                                target: Target, tmp_path: Path, cut: int,
                                                flips: list[tuple[int, int]]) -> None:
    raw = bytearray(json.dumps(source[0], ensure_ascii=False, indent=1).encode("utf-8"))
    for position, byte in flips:
        raw[position % len(raw)] = byte
    raw = raw[: len(raw) - cut % (len(raw) + 1)] if cut % 3 == 0 else raw
    path = tmp_path / "abime.json"
    path.write_bytes(bytes(raw))
    before = checksum(target.db)
    try:
        document = exchange.read_import(path)
    except ImportRefused as refused:
        assert refused.record == "document" and str(refused).startswith("Import refusé")
        assert checksum(target.db) == before
        return
    assert_refused_or_imported(target, document)


# ----------------------------------------------------------------------------- CSV mutations

CSV_PIECES = st.sampled_from([";", ",", '"', '""', "\r\n", "\n", "\r", "'", "=", "\x00", "\ufeff",
                              "Nom", "Numéro", "oui", "31/02/2026", "456", "", "\t"]) \
    | st.text(max_size=20)


@st.composite
def broken_csv(draw: st.DrawFn, data: bytes) -> bytes:
    text = data.decode("utf-8-sig")
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        start = draw(st.integers(min_value=0, max_value=len(text)))
        end = draw(st.integers(min_value=start, max_value=min(len(text), start + 40)))
        text = text[:start] + draw(CSV_PIECES) + text[end:]
    encoding = draw(st.sampled_from(["utf-8-sig", "utf-8", "cp1252", "utf-16", "latin-1"]))
    return text.encode(encoding, errors="replace")


@FUZZ
@given(data=st.data())
def test_broken_csv_files_are_refused_or_reported_line_by_line(
        source: tuple[dict[str, Any], bytes], db: Database, tmp_path: Path,
        data: st.DataObject) -> None:
    path = tmp_path / "clients.csv"
    path.write_bytes(data.draw(broken_csv(source[1])))
    before = checksum(db)
    try:
        preview = parse_clients_csv(path, db)
    except CsvError as refused:
        assert "clients.csv" in str(refused)  # the place: the file (and its line when known)
        assert checksum(db) == before
        return
    for row in preview.error_rows:
        assert row.errors and all(e.startswith(f"Ligne {row.line}") for e in row.errors)
    counted = len(preview.valid_rows)
    try:
        imported = import_clients(db, preview)
    except DomainError as refused:
        assert str(refused).startswith("Import refusé") and "Aucun client" in str(refused)
        assert checksum(db) == before
    else:
        assert imported == counted
