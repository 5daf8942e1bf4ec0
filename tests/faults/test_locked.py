"""The database locked by another program: a French message, nothing written, retry works."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from faults.faultkit import lock_held
from pytestqt.qtbot import QtBot

from crmdesk.domain.errors import DomainError
from crmdesk.services import clients
from crmdesk.services.database import Database, DatabaseBusy
from crmdesk.services.values import ClientInput
from crmdesk.ui.client_dialog import ClientDialog

MESSAGE = "verrouillée par un autre programme"


@pytest.fixture
def impatient(seeded: tuple[Database, int], db_path: Path) -> Iterator[Database]:
    """The same file, with a write that gives up after 0.2 s instead of 30 s."""
    database = Database(db_path, busy_timeout_s=0.2)
    yield database
    database.dispose()


def count_clients(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return int(conn.execute("SELECT count(*) FROM clients").fetchone()[0])


def test_a_write_during_the_lock_fails_in_french_and_succeeds_once_released(
        impatient: Database, db_path: Path) -> None:
    with lock_held(db_path):
        with pytest.raises(DatabaseBusy, match=MESSAGE) as caught:
            clients.create_client(impatient, ClientInput(name="Dupont SARL"))
        assert isinstance(caught.value, DomainError)  # every form shows it like a rule
        assert "réessayez" in str(caught.value)
        assert clients.find_client_by_number(impatient, "456") is not None  # reads still work
    assert count_clients(db_path) == 1
    created = clients.create_client(impatient, ClientInput(name="Dupont SARL"))  # the retry
    assert clients.get_client(impatient, created.id).data.name == "Dupont SARL"
    assert count_clients(db_path) == 2


def test_the_client_form_keeps_what_was_typed_and_saves_on_retry(
        qtbot: QtBot, impatient: Database, db_path: Path) -> None:
    dialog = ClientDialog(impatient)
    qtbot.addWidget(dialog)
    dialog._fields["name"].setText("Les Forêts du Var")
    qtbot.keyClicks(dialog._fields["billing_city"], "Draguignan")
    dialog.notes.setPlainText("Rappeler après le salon")
    with lock_held(db_path):
        dialog.save()
        assert MESSAGE in dialog.error.text() and "réessayez" in dialog.error.text()
        assert dialog.saved_id is None and dialog.result() == 0
    assert dialog._fields["name"].text() == "Les Forêts du Var"
    assert dialog._fields["billing_city"].text() == "Draguignan"
    assert dialog.notes.toPlainText() == "Rappeler après le salon"
    assert count_clients(db_path) == 1
    dialog.save()  # the user clicks « Enregistrer » again
    assert dialog.saved_id is not None
    assert clients.get_client(impatient, dialog.saved_id).data.billing_city == "Draguignan"
