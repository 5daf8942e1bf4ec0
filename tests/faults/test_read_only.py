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
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton, QWidget, QWizard
from pytestqt.qtbot import QtBot
from scenario import seed_draft

from crmdesk.domain.claims import ClaimStep, ClaimType
from crmdesk.services import claims, clients, invoices
from crmdesk.services.backup import backup_database
from crmdesk.services.database import (Database, ReadOnlyDatabase, StorageError, open_database)
from crmdesk.services.values import ClientInput
from crmdesk.storage.db import is_writable
from crmdesk.ui.client_dialog import ClientDialog
from crmdesk.ui.claim_wizard import ClaimWizard
from crmdesk.ui.client_file_dialog import ClientFileDialog
from crmdesk.ui.invoices_tab import InvoicesTab
from crmdesk.ui.main_window import TAB_CLAIMS, TAB_INVOICES, TAB_LOYALTY, TAB_CLIENTS, MainWindow
from crmdesk.ui.read_only import read_only_tip

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


def built(window: MainWindow) -> MainWindow:
    """Every tab built (the last three are built when first shown), Clients shown again."""
    for index in (TAB_INVOICES, TAB_LOYALTY, TAB_CLAIMS, TAB_CLIENTS):
        window.tabs.setCurrentIndex(index)
    return window


def write_controls(window: MainWindow) -> list[QWidget | QAction]:
    """What writes into the open base, in the menus and in each tab."""
    clients_tab, invoices_tab = window.clients_tab, window.invoices_tab
    loyalty_tab, claims_tab = window.loyalty_tab, window.claims_tab
    assert clients_tab and invoices_tab and loyalty_tab and claims_tab
    loyalty_texts = {b.text() for b in loyalty_tab.write_buttons}
    assert {"Planifier un suivi…", "Remise, bon, cadeau, invitation…", "Enquête de satisfaction…",
            "Marquer comme fait…", "Préparer un mailing…"} <= loyalty_texts
    return [*window.write_actions,
            *(clients_tab.buttons[name] for name in ("new", "edit", "archive", "import")),
            invoices_tab.new_button, *loyalty_tab.write_buttons, claims_tab.new_button]


def read_controls(window: MainWindow) -> list[QWidget]:
    """What only reads: stays enabled whatever the base."""
    assert window.clients_tab is not None
    tab = window.clients_tab
    return [tab.search, tab.buttons["file"], tab.buttons["export"], tab.view]


def assert_writable(window: MainWindow, writable: bool) -> None:
    for control in write_controls(window):
        assert control.isEnabled() is writable, control.text()
        assert (control.toolTip() == read_only_tip()) is not writable, control.text()
    assert all(control.isEnabled() for control in read_controls(window))
    assert window.import_action.isEnabled()  # it writes a new file, never the open one


def test_on_a_read_only_base_what_writes_is_greyed_out_and_reading_stays(
        qtbot: QtBot, read_only_base: Database, tmp_path_factory: pytest.TempPathFactory) -> None:
    window = MainWindow(read_only_base)
    qtbot.addWidget(window)
    window.show()
    assert_writable(built(window), False)
    assert read_only_tip() == "Base en lecture seule"
    # The user saves a copy and opens it: the copy can be written, everything comes back.
    copy = backup_database(read_only_base, tmp_path_factory.mktemp("copies") / "copie.sqlite")
    window.attach(open_database(copy))
    assert not window.read_only_banner.isVisible()
    assert_writable(built(window), True)


def test_on_a_writable_base_what_writes_is_enabled(qtbot: QtBot, seeded: tuple[Database, int]) -> None:
    window = MainWindow(seeded[0])
    qtbot.addWidget(window)
    window.show()
    assert_writable(built(window), True)
    assert window.write_actions[0].toolTip() != read_only_tip()


def file_buttons(dialog: ClientFileDialog) -> dict[str, QPushButton]:
    return {button.text(): button for button in dialog.findChildren(QPushButton)}


@pytest.mark.parametrize("read_only", [True, False])
def test_the_client_file_can_be_read_and_exported_but_not_changed(
        qtbot: QtBot, seeded: tuple[Database, int], read_only: bool) -> None:
    dialog = ClientFileDialog(seeded[0], seeded[1])
    qtbot.addWidget(dialog)
    dialog.set_read_only(read_only)
    buttons = file_buttons(dialog)
    for text in ("Modifier le client…", "Anonymiser…", "Planifier un rendez-vous…",
                 "Enregistrer le résultat…", "Ajouter au journal"):
        assert buttons[text].isEnabled() is not read_only, text
    assert buttons["Exporter ses données…"].isEnabled() and buttons["Fermer"].isEnabled()


def test_a_draft_on_a_read_only_base_is_shown_like_an_issued_invoice(
        qtbot: QtBot, seeded: tuple[Database, int], closed_base: Path) -> None:
    db, client_id = seeded
    draft_id = invoices.create_draft(db, seed_draft(client_id))
    db.dispose()
    before = closed_base.read_bytes()
    read_only = Database(closed_base, read_only=True)
    try:
        tab = InvoicesTab(read_only)
        qtbot.addWidget(tab)
        tab.set_read_only(True)
        tab.open_invoice(draft_id)
        editor = tab.editor
        assert editor.lines.read_only and not editor.client.isEnabled()
        for button in (*editor.line_buttons, editor.issue_button, editor.pay_button,
                       editor.credit_button, editor.reward_banner.apply_button):
            assert not button.isEnabled(), button.text()
        assert editor.issue_button.toolTip() == read_only_tip()
        assert editor.preview_button.isEnabled() and editor.pdf_button.isEnabled()
        assert not editor.save_draft()  # going back to the list tries nothing
        tab.show_list()
        assert "lecture seule" not in editor.saved_label.text()
    finally:
        read_only.dispose()
    assert closed_base.read_bytes() == before


def test_a_claim_on_a_read_only_base_is_read_page_by_page_without_saving(
        qtbot: QtBot, seeded: tuple[Database, int], closed_base: Path) -> None:
    db, client_id = seeded
    claim_id = claims.open_claim(db, client_id, None, ClaimType.QUALITE.value, "Abîmé.", "test")
    db.dispose()
    before = closed_base.read_bytes()
    read_only = Database(closed_base, read_only=True)
    try:
        wizard = ClaimWizard(read_only, claim_id)
        qtbot.addWidget(wizard)
        wizard.set_read_only(True)
        wizard.show()
        save_and_close = wizard.button(QWizard.WizardButton.CustomButton1)
        assert not save_and_close.isEnabled() and save_and_close.toolTip() == read_only_tip()
        wizard.next()
        assert wizard.currentId() == int(ClaimStep.REFORMULER)
        while wizard.currentId() != int(ClaimStep.RESUME):
            wizard.next()
        assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    finally:
        read_only.dispose()
    assert closed_base.read_bytes() == before
