"""Each SQLite error code a fault can raise becomes its French fault; others pass through."""

from __future__ import annotations

import sqlite3

import pytest

from crmdesk.domain.errors import DomainError
from crmdesk.storage.db import (DatabaseBusy, DatabaseDamaged, DatabaseFault, DiskFull,
                                ReadOnlyDatabase, translate_fault)


def sqlite_error(code: int) -> sqlite3.Error:
    error = sqlite3.OperationalError("message de SQLite")
    error.sqlite_errorcode = code
    return error


@pytest.mark.parametrize(("code", "kind", "words"), [
    (sqlite3.SQLITE_BUSY, DatabaseBusy, "verrouillée"),
    (sqlite3.SQLITE_BUSY_SNAPSHOT, DatabaseBusy, "réessayez"),
    (sqlite3.SQLITE_LOCKED, DatabaseBusy, "verrouillée"),
    (sqlite3.SQLITE_FULL, DiskFull, "disque est plein"),
    (sqlite3.SQLITE_READONLY_DBMOVED, ReadOnlyDatabase, "lecture seule"),
    (sqlite3.SQLITE_CORRUPT, DatabaseDamaged, "endommagée"),
    (sqlite3.SQLITE_NOTADB, DatabaseDamaged, "Restaurer une sauvegarde"),
    (sqlite3.SQLITE_IOERR_WRITE, DatabaseFault, "Le disque a refusé"),
])
def test_a_fault_is_french_and_a_domain_error(code: int, kind: type, words: str) -> None:
    fault = translate_fault(sqlite_error(code), "clients.sqlite")
    assert type(fault) is kind and isinstance(fault, DomainError)
    assert words in str(fault)


@pytest.mark.parametrize("code", [sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY, sqlite3.SQLITE_ERROR])
def test_a_rule_of_the_schema_is_not_a_fault(code: int) -> None:
    assert translate_fault(sqlite_error(code), "clients.sqlite") is None
    assert translate_fault(ValueError("autre"), "clients.sqlite") is None
