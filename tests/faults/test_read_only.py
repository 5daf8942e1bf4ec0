"""A database file or folder that cannot be written: opened read-only, said on a banner,
every write refused in French, the file never changed.

The file or folder is made unwritable for real (permission bits for a user, the
immutable attribute for root, see ``faultkit.not_writable``), so both the detection
(``os.access``) and SQLite's ``mode=ro`` refusal are exercised; one test also forces the
read-only mode on a writable file, the path used when the caller asks for it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from faults.faultkit import not_writable
from pytestqt.qtbot import QtBot

from crmdesk.services import clients
from crmdesk.services.backup import backup_database
from crmdesk.services.database import (Database, ReadOnlyDatabase, StorageError, open_database)
from crmdesk.services.values import ClientInput
from crmdesk.storage.db import is_writable
from crmdesk.ui.client_dialog import ClientDialog
from crmdesk.ui.main_window import MainWindow

MESSAGE = "est en lecture seule"


@pytest.fixture
def closed_base(seeded: tuple[Database, int], db_path: Path) -> Path:
    """The seeded base, closed (no -wal / -shm left), as the user finds it on disk."""
    seeded[0].dispose()
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]
    return db_path


@pytest.fixture(params=["file", "folder"])
def read_only_base(request: pytest.FixtureRequest, closed_base: Path) -> Iterator[Database]:
    target = closed_base if request.param == "file" else closed_base.parent
    with not_writable(target):
        assert not is_writable(closed_base)
        db = open_database(closed_base)
        try:
            yield db
        finally:
            db.dispose()


def refused_write(db: Database) -> str:
    with pytest.raises(ReadOnlyDatabase, match=MESSAGE) as caught:
        clients.create_client(db, ClientInput(name="Dupont SARL"))
    return str(caught.value)


def test_an_unwritable_file_or_folder_opens_read_only_and_is_never_changed(
        read_only_base: Database, closed_base: Path) -> None:
    before = closed_base.read_bytes()
    assert read_only_base.read_only
    assert clients.find_client_by_number(read_only_base, "456") is not None  # reading works
    assert "n'a pas été enregistré" in refused_write(read_only_base)
    read_only_base.dispose()
    assert closed_base.read_bytes() == before


def test_forcing_read_only_on_a_writable_file_refuses_writes_the_same_way(closed_base: Path) -> None:
    before = closed_base.read_bytes()
    assert is_writable(closed_base)
    db = Database(closed_base, read_only=True)
    try:
        assert db.read_only
        refused_write(db)
    finally:
        db.dispose()
    assert closed_base.read_bytes() == before


def test_no_new_base_in_a_folder_that_cannot_be_written(tmp_path: Path) -> None:
    folder = tmp_path / "archives"
    folder.mkdir()
    with not_writable(folder), pytest.raises(StorageError, match="pas accessible en écriture"):
        open_database(folder / "nouvelle.sqlite")
    assert list(folder.iterdir()) == []


def test_the_window_shows_a_banner_and_the_form_keeps_its_text(
        qtbot: QtBot, read_only_base: Database) -> None:
    window = MainWindow(read_only_base)
    qtbot.addWidget(window)
    window.show()
    assert window.read_only_banner.isVisible()
    assert window.read_only_banner.text().startswith("Lecture seule")
    assert window.automatic_backup() is None  # nothing can have changed: no copy made
    dialog = ClientDialog(read_only_base, parent=window)
    qtbot.addWidget(dialog)
    dialog._fields["name"].setText("Les Forêts du Var")
    dialog.save()
    assert MESSAGE in dialog.error.text()
    assert dialog._fields["name"].text() == "Les Forêts du Var" and dialog.saved_id is None


def test_a_writable_base_has_no_banner(qtbot: QtBot, seeded: tuple[Database, int]) -> None:
    window = MainWindow(seeded[0])
    qtbot.addWidget(window)
    window.show()
    assert not seeded[0].read_only and not window.read_only_banner.isVisible()


def test_a_copy_of_a_read_only_base_can_still_be_saved(
        read_only_base: Database, tmp_path_factory: pytest.TempPathFactory) -> None:
    written = backup_database(read_only_base, tmp_path_factory.mktemp("copies") / "copie.sqlite")
    copy = Database(written, read_only=True)
    try:
        assert clients.find_client_by_number(copy, "456") is not None
    finally:
        copy.dispose()
