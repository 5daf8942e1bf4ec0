"""Migrations: a file made at the first revision is upgraded in place, never recreated."""

from datetime import date
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from crmdesk.services.database import open_database
from crmdesk.storage.db import Database, StorageError
from crmdesk.storage.migrate import alembic_config, current_revision, head_revision, upgrade
from crmdesk.storage.models import Base


def test_first_revision_file_is_upgraded_in_place(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    old = Database(path)
    upgrade(old, "0001")
    assert current_revision(old) == "0001"
    with old.write_engine.begin() as conn:
        conn.execute(text("INSERT INTO clients (id, number, kind, name, legal_form, siren, siret, "
                          "vat_number, email, phone, billing_street, billing_postcode, billing_city, "
                          "billing_country, delivery_street, delivery_postcode, delivery_city, "
                          "delivery_country, notes, archived, created_at) VALUES (1, '456', "
                          "'company', 'SA Spirit', 'SA', '', '', '', '', '', '31 rue de la Forêt', "
                          "'13100', 'Aix-en-Provence', 'France', '', '', '', '', '', 0, "
                          "'2026-01-01 00:00:00')"))
        conn.execute(text("INSERT INTO invoices (id, kind, state, prefix, sequence, number, client_id, "
                          "issue_date, terms_days, terms_end_of_month, discount_pct, issued_by, "
                          "client_contact, reference, additional_info, created_at, updated_at) "
                          "VALUES (1, 'invoice', 'issued', '', 1, '1', 1, '2026-01-08', 30, 0, 0, "
                          "'', '', '', '', '2026-01-08 00:00:00', '2026-01-08 00:00:00')"))
    inode = path.stat().st_ino
    old.dispose()

    upgraded = open_database(path)
    assert current_revision(upgraded) == head_revision(upgraded)
    assert path.stat().st_ino == inode  # same file, not a new one
    with upgraded.read_engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM clients")).scalar_one() == "SA Spirit"
        assert conn.execute(text("SELECT issue_date FROM invoices")).scalar_one() == str(date(2026, 1, 8))
    with pytest.raises(Exception, match="modification interdite"), upgraded.write_engine.begin() as conn:
        conn.execute(text("UPDATE invoices SET number = '2' WHERE id = 1"))
    upgraded.dispose()


@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression-based index")
def test_models_match_migrated_schema(db: Database) -> None:
    with db.read_engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={
            "compare_type": True,
            # the FTS5 index and its shadow tables are SQLite's, not the models'
            "include_name": lambda name, kind, _parent: not (
                (kind == "table" and str(name).startswith(("clients_fts", "clients_words")))
                # Alembic cannot compare a COLLATE expression index: checked by name below
                or (kind == "index" and name == "ix_clients_name_nocase")),
        })
        diff = compare_metadata(context, Base.metadata)
        indexes = {ix["name"] for ix in inspect(conn).get_indexes("clients")}
    assert diff == []
    assert "ix_clients_name_nocase" in indexes


def test_downgrade_and_upgrade_again(db: Database) -> None:
    config = alembic_config(db)
    with db.write_engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0001")
    assert current_revision(db) == "0001"
    upgrade(db)
    assert current_revision(db) == head_revision(db)


def test_foreign_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    import sqlite3
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recettes (nom TEXT)")
    before = path.read_bytes()
    with pytest.raises(StorageError, match="n'est pas une base crmdesk"):
        open_database(path)
    assert path.read_bytes() == before


def test_not_a_database_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"ceci n'est pas une base SQLite" * 200)
    before = path.read_bytes()
    with pytest.raises(StorageError, match="Impossible d'ouvrir"):
        open_database(path)
    assert path.read_bytes() == before


def test_sqlite_settings_on_every_connection(db: Database) -> None:
    with db.read_engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar_one() >= 1000


def test_head_constant_is_alembic_head(db: Database) -> None:
    from crmdesk.storage.migrate import HEAD

    assert HEAD == head_revision(db) == current_revision(db)


def test_upgrade_refuses_a_database_from_a_newer_crmdesk_in_french(tmp_path: Path) -> None:
    db = Database(tmp_path / "future.sqlite")
    upgrade(db)
    with db.write() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '0999'"))
    with pytest.raises(StorageError, match="version plus récente de crmdesk"):
        upgrade(db)
    assert current_revision(db) == "0999"  # left as it was
