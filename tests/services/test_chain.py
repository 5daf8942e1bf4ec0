"""Tamper evidence: issued documents chained by seals; the check names the first one altered."""

from __future__ import annotations

import dataclasses
import importlib.util
import sqlite3
from datetime import date
from decimal import Decimal as D
from pathlib import Path
from types import ModuleType

import pytest
from alembic import command
from forgery import forge, rewrite_consistently
from scenario import SA_SPIRIT, WORLD_COMPAGNIE, seed_draft
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from crmdesk.domain.invoice import DocumentState
from crmdesk.domain.seal import GENESIS, SealContent, SealedLine, canonical_bytes, seal_of
from crmdesk.services import clients, company, credit_notes, exchange, invoices
from crmdesk.services.chain import content_of
from crmdesk.services.database import Database, open_database
from crmdesk.services.integrity import check_database
from crmdesk.storage.migrate import alembic_config, current_revision, upgrade
from crmdesk.storage.models import Invoice, NumberSeries

INVOICES = 5
CONTENT = SealContent(
    kind="invoice", prefix="FA-2026-", sequence=3, number="FA-2026-0003", issue_date="2026-01-08",
    sale_date="2026-01-02", due_date="2026-02-08", terms_days=30, terms_end_of_month=False,
    discount_pct=50000, issued_by="Pierre Legrand", client_contact="Michel ALI", reference="",
    additional_info="Garantie 1 an", seller='{"legal_name": "WORLD COMPAGNIE"}',
    buyer='{"name": "SA Spirit"}', corrects=None,
    lines=(SealedLine(0, "Main-d'œuvre", 250000, "Heure", 600000, 2000),),
    total_ht=150000, discount=7500, net=142500, vat_total=28500, ttc=171000)


@pytest.fixture
def chained(seeded: tuple[Database, int]) -> Database:
    """Invoices FA-2026-0001…0005 (the textbook invoice) and credit notes AV-1, AV-2."""
    db, client_id = seeded
    with db.write() as session:
        session.add(NumberSeries(kind="invoice", prefix="FA-2026-", width=4, next_number=1))
    ids = []
    for _ in range(INVOICES):
        ids.append(invoices.create_draft(db, seed_draft(client_id)))
        invoices.issue_invoice(db, ids[-1])
    for invoice_id in ids[1:3]:
        credit_notes.issue_credit_note(db, credit_notes.draft_credit_note(
            db, invoice_id, lines={0: D("2")}, issue_date=date(2026, 2, 1)))
    return db


def _seals(db: Database) -> list[tuple[str, str | None, str | None, str | None]]:
    with db.read() as session:
        return [(r.kind, r.number, r.seal_previous, r.seal) for r in session.scalars(
            select(Invoice).where(Invoice.state == DocumentState.ISSUED.value)
            .order_by(Invoice.kind, Invoice.sequence))]


def _problems(db: Database) -> list[str]:
    db.dispose()  # the forger wrote with another connection
    return [f"{p.where} : {p.what}" for p in check_database(db).problems]


def test_every_frozen_field_is_sealed() -> None:
    base = seal_of(GENESIS, CONTENT)
    assert len(base) == 64 and base == seal_of(GENESIS, CONTENT)
    assert seal_of("1" * 64, CONTENT) != base
    for field in dataclasses.fields(SealContent):
        value = getattr(CONTENT, field.name)
        changed = {bool: lambda v: not v, int: lambda v: v + 1, str: lambda v: v + "x",
                   type(None): lambda _v: "x", tuple: lambda v: v[:-1]}[type(value)](value)
        assert seal_of(GENESIS, dataclasses.replace(CONTENT, **{field.name: changed})) != base, field
    line = dataclasses.replace(CONTENT.lines[0], quantity=250001)
    assert seal_of(GENESIS, dataclasses.replace(CONTENT, lines=(line,))) != base


def test_canonical_form_of_version_1_never_changes() -> None:
    """Seals written today must verify for ever: version 1's bytes are pinned."""
    text = canonical_bytes(CONTENT).decode("utf-8")
    assert text.startswith('{"additional_info":"Garantie 1 an","buyer":"{\\"name\\": ')
    assert text.endswith('"total_ht":150000,"ttc":171000,"v":1,"vat_total":28500}')
    assert '"lines":[{"description":"Main-d\'œuvre","position":0,"quantity":250000,' in text
    assert seal_of(GENESIS, CONTENT) == \
        "d3286408d7dc1b48bc9138f89a37d8cc395722b96d8a4a54a5bc29c5b1c6cb72"


def test_each_series_is_chained_from_genesis(chained: Database) -> None:
    rows = _seals(chained)
    for kind, count in (("invoice", INVOICES), ("credit_note", 2)):
        series = [r for r in rows if r[0] == kind]
        assert len(series) == count
        assert series[0][2] == GENESIS
        assert [r[2] for r in series[1:]] == [r[3] for r in series[:-1]]
    assert check_database(chained).ok


def test_consistent_rewrite_of_lines_and_totals_is_named(chained: Database) -> None:
    assert chained.path is not None
    rewrite_consistently(chained.path, "FA-2026-0003", "50")
    problems = _problems(chained)
    assert problems == ["facture n° FA-2026-0003 : contenu modifié hors de l'application "
                        "(scellement invalide)"]


def test_deleted_document_in_the_middle_breaks_the_chain(chained: Database) -> None:
    assert chained.path is not None
    forge(chained.path, "DELETE FROM invoice_lines WHERE invoice_id = "
                        "(SELECT id FROM invoices WHERE number = 'FA-2026-0004')",
          "DELETE FROM invoices WHERE number = 'FA-2026-0004'")
    problems = _problems(chained)
    assert any(p.startswith("facture n° FA-2026-0005 : chaîne des scellements rompue "
                            "(ne suit plus facture n° FA-2026-0003)") for p in problems), problems


def test_last_document_deleted_is_told_by_the_numbering(chained: Database) -> None:
    assert chained.path is not None
    forge(chained.path, "DELETE FROM invoices WHERE number = 'FA-2026-0005'")
    problems = _problems(chained)
    assert any("le prochain numéro prévu est 6 alors que le dernier émis appelle 5" in p
               for p in problems), problems
    assert not any("scellement" in p for p in problems)


def test_altered_credit_note_is_named(chained: Database) -> None:
    assert chained.path is not None
    forge(chained.path, "UPDATE invoices SET additional_info = 'Avoir de complaisance' "
                        "WHERE kind = 'credit_note' AND number = 'AV-2'")
    assert _problems(chained) == ["avoir n° AV-2 : contenu modifié hors de l'application "
                                  "(scellement invalide)"]


def test_first_document_deleted_or_unsealed_one_added(chained: Database) -> None:
    assert chained.path is not None
    forge(chained.path,
          "DELETE FROM invoices WHERE kind = 'credit_note' AND number = 'AV-1'",
          "UPDATE invoices SET seal = NULL WHERE number = 'FA-2026-0002'")
    problems = _problems(chained)
    assert "avoir n° AV-2 : chaîne des scellements rompue (un document le précédait) : un " \
           "document a été supprimé ou réécrit hors de l'application" in problems
    assert any(p.startswith("facture n° FA-2026-0002 : document émis sans scellement")
               for p in problems)


def test_seal_rewritten_without_the_next_one_breaks_the_link(chained: Database) -> None:
    assert chained.path is not None
    forge(chained.path, "UPDATE invoices SET seal = '" + "f" * 64 + "', seal_previous = '"
          + GENESIS + "' WHERE number = 'FA-2026-0001'")
    assert _problems(chained)[0].startswith("facture n° FA-2026-0001 : contenu modifié")


def _migration_0007() -> ModuleType:
    import crmdesk.storage.migrations as package

    path = Path(package.__path__[0]) / "versions" / "0007_document_chain.py"
    spec = importlib.util.spec_from_file_location("migration_0007", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_migration_carries_the_same_canonical_form(chained: Database) -> None:
    migration = _migration_0007()
    assert chained.path is not None
    with sqlite3.connect(chained.path) as conn:
        conn.row_factory = sqlite3.Row
        raw = {r["id"]: r for r in conn.execute("SELECT * FROM invoices WHERE state = 'issued'")}
        raw_lines = conn.execute("SELECT * FROM invoice_lines ORDER BY position").fetchall()
    conn.close()
    with chained.read() as session:
        rows = session.scalars(select(Invoice).where(Invoice.state == DocumentState.ISSUED.value)
                               .options(selectinload(Invoice.lines))).all()
        numbers = {row.id: row.number for row in rows}
        for row in rows:
            corrects = numbers.get(row.corrects_id or 0)
            lines = [x for x in raw_lines if x["invoice_id"] == row.id]
            assert migration.canonical_v1(_Attrs(raw[row.id]), [_Attrs(x) for x in lines],
                                          corrects) == canonical_bytes(content_of(row, corrects))


class _Attrs:
    """A sqlite3 row read by attribute, as SQLAlchemy returns them to the migration."""

    def __init__(self, row: sqlite3.Row) -> None:
        self.row = row

    def __getattr__(self, name: str) -> object:
        return self.row[name]


def _back_to_0006(db: Database) -> None:
    """The file as the previous version of crmdesk left it: no seal columns."""
    config = alembic_config(db)
    with db.write_engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0006")


def test_upgrade_seals_the_documents_already_issued(chained: Database) -> None:
    before = _seals(chained)
    _back_to_0006(chained)
    assert current_revision(chained) == "0006"
    upgrade(chained)
    assert _seals(chained) == before
    assert check_database(chained).ok
    with pytest.raises(Exception, match="modification interdite"), \
            chained.write_engine.begin() as conn:  # the trigger is back after the backfill
        conn.exec_driver_sql("UPDATE invoices SET seal = NULL WHERE number = 'FA-2026-0001'")


def test_upgrade_of_a_file_with_a_forged_document_still_names_it(tmp_path: Path) -> None:
    """Sealing at upgrade certifies the content as found; the totals check still catches an
    inconsistent alteration made before (docs/integrity.md)."""
    path = tmp_path / "old.sqlite"
    db = open_database(path)
    company.save_seller(db, WORLD_COMPAGNIE)
    client_id = clients.create_client(db, SA_SPIRIT).id
    for _ in range(2):
        invoices.issue_invoice(db, invoices.create_draft(db, seed_draft(client_id)))
    db.dispose()
    forge(path, "UPDATE invoice_lines SET quantity = 260000 WHERE position = 0 AND invoice_id = "
                "(SELECT id FROM invoices WHERE number = '1')")
    _back_to_0006(db)
    reopened = open_database(path)
    problems = [f"{p.where} : {p.what}" for p in check_database(reopened).problems]
    reopened.dispose()
    assert any(p.startswith("facture n° 1 : total HT") for p in problems), problems
    assert not any("scellement" in p for p in problems)


def test_import_rebuilds_the_same_chain_whatever_the_file_order(chained: Database,
                                                                tmp_path: Path) -> None:
    document = exchange.export_document(chained)
    document["invoices"].reverse()  # the numbers are checked, not the order of the file
    copy = open_database(tmp_path / "copie.sqlite")
    exchange.import_document(copy, document)
    assert _seals(copy) == _seals(chained)
    assert check_database(copy).ok
    copy.dispose()
