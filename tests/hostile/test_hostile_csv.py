"""Hostile text through the clients CSV: formulas neutralised, every character back on import."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from crmdesk.services import clients
from crmdesk.services.clients_csv import (HEADERS, export_clients_csv, import_clients,
                                          parse_clients_csv)
from crmdesk.services.database import Database, open_database
from crmdesk.services.values import ClientInput, ContactValue

from hostile.texts import EVERYTHING, HOSTILE

FORMULAS = ("=1+1", "+33 4 42 00 00 00", "-2+3", "@SUM(A1:A9)", "\t=cmd|' /C calc'!A0",
            "\r=HYPERLINK(\"http://x\")", "'=déjà cité", "''=deux fois")


def hostile_client(number: str, text: str) -> ClientInput:
    return ClientInput(
        name=f"Nom {text}", number=number, kind="individual", email=f"{text}@x.fr",
        phone=text, billing_street=text, billing_postcode="13100", billing_city=text,
        billing_country=text, delivery_street=text, delivery_city=text, notes=f"{text}\n{text}",
        legal_form=text[:40], contacts=(ContactValue(f"Contact {text}", text, text, text),))


def texts() -> list[str]:
    return [*HOSTILE.values(), EVERYTHING, *FORMULAS]


@pytest.fixture
def exported(db: Database, tmp_path: Path) -> tuple[Database, Path, dict[str, ClientInput]]:
    stored = {}
    for number, text in enumerate(texts(), start=100):
        stored[str(number)] = clients.create_client(db, hostile_client(str(number), text)).data
    path = tmp_path / "clients.csv"
    assert export_clients_csv(db, path) == len(stored)
    return db, path, stored


def test_no_cell_can_start_a_formula(exported: tuple[Database, Path, dict[str, ClientInput]]) -> None:
    _, path, _ = exported
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline=""),
                           delimiter=";"))
    assert tuple(rows[0]) == HEADERS
    for row in rows[1:]:
        assert len(row) == len(HEADERS)
        for cell in row:
            assert cell.lstrip("'")[:1] not in ("=", "+", "-", "@", "\t", "\r") or cell[:1] == "'"


def test_every_hostile_client_comes_back_identical(
        exported: tuple[Database, Path, dict[str, ClientInput]], tmp_path: Path) -> None:
    _, path, stored = exported
    preview = parse_clients_csv(path)
    assert preview.error_rows == [] and preview.warnings == []
    target = open_database(tmp_path / "copie.sqlite")
    try:
        assert import_clients(target, preview) == len(stored)
        for number, original in stored.items():
            found = clients.find_client_by_number(target, number)
            assert found is not None and found.data == original, number
    finally:
        target.dispose()
