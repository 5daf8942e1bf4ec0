"""Shared fixtures: a real SQLite file per test, with the textbook's seller and client."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale  # noqa: E402

# The interface speaks French by default (the application sets this at start-up).
QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))

from scenario import SA_SPIRIT, WORLD_COMPAGNIE  # noqa: E402

from crmdesk.services import clients, company  # noqa: E402
from crmdesk.services.database import Database, open_database  # noqa: E402


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "crmdesk.sqlite"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    database.dispose()


@pytest.fixture
def seeded(db: Database) -> tuple[Database, int]:
    """World Compagnie as seller and SA Spirit as client; returns (db, client id)."""
    company.save_seller(db, WORLD_COMPAGNIE)
    return db, clients.create_client(db, SA_SPIRIT).id
