"""The Clients tab driven as a user would: create, find, open, plan; models checked."""

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDateTime, QModelRoleData, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from crmdesk.services import clients
from crmdesk.services.client_directory import count_clients
from crmdesk.services.client_file import load_client_file
from crmdesk.services.database import Database
from crmdesk.services.values import ClientInput
from crmdesk.ui.client_dialog import ClientDialog
from crmdesk.ui.client_file_dialog import AppointmentDialog, ClientFileDialog
from crmdesk.ui.clients_model import PAGE, ClientIdRole, ClientListModel
from crmdesk.ui.clients_tab import ClientsTab
from crmdesk.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> None:
    QCoreApplication.setOrganizationName("crmdesk-tests")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))


def _button(widget: object, text: str) -> QPushButton:
    buttons = [b for b in widget.findChildren(QPushButton) if b.text() == text]  # type: ignore[attr-defined]
    assert len(buttons) == 1, text
    return buttons[0]


def test_invalid_siret_is_explained_and_nothing_saved(qtbot: QtBot, seeded: tuple[Database, int]) -> None:
    db, _ = seeded
    dialog = ClientDialog(db)
    qtbot.addWidget(dialog)
    dialog._fields["name"].setText("Les Forêts du Var")  # QTest types ASCII only
    qtbot.keyClicks(dialog._fields["billing_city"], "Draguignan")
    qtbot.keyClicks(dialog._fields["siret"], "40212345900017")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert "clé de contrôle" in dialog._status["siret"].text()
    assert not save.isEnabled()
    dialog.save()
    assert count_clients(db, "forets") == 0
    dialog._fields["siret"].clear()
    qtbot.keyClicks(dialog._fields["siret"], "40212345900016")
    assert dialog._status["siret"].text() == "✓" and save.isEnabled()
    assert dialog._fields["name"].text() == "Les Forêts du Var"  # what was typed is kept
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.saved_id is not None
    saved = clients.get_client(db, dialog.saved_id)
    assert (saved.data.siret, saved.data.siren) == ("40212345900016", "402123459")


def test_find_by_typing_without_accents_and_plan_an_appointment(
        qtbot: QtBot, seeded: tuple[Database, int]) -> None:
    db, _ = seeded
    forest = clients.create_client(db, ClientInput(name="Les Forêts du Var", billing_city="Draguignan"))
    for i in range(30):
        clients.create_client(db, ClientInput(name=f"Boulangerie {i}", billing_city="Toulon"))
    tab = ClientsTab(db)
    qtbot.addWidget(tab)
    assert tab.model.total == 32
    qtbot.keyClicks(tab.search, "foret")
    assert tab.model.total == 1
    assert tab.model.index(0, 1).data() == "Les Forêts du Var"
    qtbot.waitUntil(lambda: "1 client" in tab.count.text())  # the count follows the paint

    file = ClientFileDialog(db, forest.id)
    qtbot.addWidget(file)
    when = datetime(2027, 1, 12, 10, 30)

    def fill() -> AppointmentDialog:
        dialog = AppointmentDialog(file)
        dialog.when.setDateTime(QDateTime(when))
        dialog.subject.setText("Présentation de la gamme 2027")
        dialog.place.setText("Draguignan")
        return dialog

    file.open_appointment_dialog = fill  # type: ignore[method-assign]
    qtbot.mouseClick(_button(file, "Planifier un rendez-vous…"), Qt.MouseButton.LeftButton)
    assert file.appointments.rowCount() == 1
    assert file.appointments.item(0, 2).text() == "Présentation de la gamme 2027"
    (appointment,) = load_client_file(db, forest.id).appointments
    assert appointment.starts_at == when and appointment.place == "Draguignan"

    file.appointments.selectRow(0)
    file.ask_outcome = lambda: "Commande probable en février"  # type: ignore[method-assign]
    qtbot.mouseClick(_button(file, "Enregistrer le résultat…"), Qt.MouseButton.LeftButton)
    assert file.journal.rowCount() == 1 and "février" in file.journal.item(0, 2).text()


def test_duplicate_warning_offers_the_existing_client(qtbot: QtBot, seeded: tuple[Database, int]) -> None:
    db, spirit = seeded
    dialog = ClientDialog(db)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog._fields["name"], "SA Spirits")
    qtbot.keyClicks(dialog._fields["billing_postcode"], "13100")
    asked: list[str] = []
    dialog.ask_about_duplicates = lambda text: asked.append(text) or "open"  # type: ignore[method-assign]
    dialog.save()
    assert "n° 456 SA Spirit" in asked[0] and dialog.open_existing_id == spirit
    assert count_clients(db) == 1


def test_markup_is_shown_as_typed(qtbot: QtBot, seeded: tuple[Database, int]) -> None:
    db, _ = seeded
    dupont = clients.create_client(db, ClientInput(name="<b>Dupont</b>", notes="<i>note</i>"))
    model = ClientListModel(db)
    row = model.row_of(dupont.id)
    assert row is not None and model.index(row, 1).data() == "<b>Dupont</b>"
    file = ClientFileDialog(db, dupont.id)
    qtbot.addWidget(file)
    assert "<b>Dupont</b>" in file.header.text()
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in file.findChildren(QLabel)
               if label.text())


def test_client_list_model_passes_modeltester(qtmodeltester, seeded: tuple[Database, int]) -> None:  # type: ignore[no-untyped-def]
    db, _ = seeded
    for i in range(450):
        clients.create_client(db, ClientInput(name=f"Client {i:03d}", billing_city="Lyon"))
    model = ClientListModel(db)
    assert model.rowCount() == PAGE and model.canFetchMore(model.index(-1, -1))
    qtmodeltester.check(model)
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == model.total == 451
    model.sort(5, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_main_window_shortcuts_and_tabs(qtbot: QtBot, seeded: tuple[Database, int]) -> None:
    db, _ = seeded
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle().startswith("WORLD COMPAGNIE — crmdesk.sqlite")
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Fichier", "É&dition", "&Aide"]
    assert window.invoices_tab is None  # built when first shown
    window.tabs.setCurrentIndex(1)
    assert window.invoices_tab is not None and window.tabs.widget(1) is window.invoices_tab
    assert window.undo_group.activeStack() is window.invoices_tab.editor.undo
    window.tabs.setCurrentIndex(3)
    assert window.claims_tab is not None and window.tabs.currentIndex() == 3
    window.tabs.setCurrentIndex(2)
    find = next(a for a in window.findChildren(QAction) if a.text() == "&Rechercher un client")
    assert find.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)  # Ctrl+F
    find.trigger()
    assert window.tabs.currentIndex() == 0
    assert window.clients_tab is not None and window.focusWidget() is window.clients_tab.search


def test_multidata_answers_like_data_and_clears_stale_values(seeded: tuple[Database, int]) -> None:
    """The delegate asks for every role of a cell in one multiData call, reusing the same
    span from cell to cell: each role gets data()'s answer, and a role without one is cleared."""
    db, spirit = seeded
    clients.set_archived(db, clients.create_client(db, ClientInput(name="Ancien client")).id)
    model = ClientListModel(db)
    model.set_include_archived(True)
    roles = [Qt.ItemDataRole.FontRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole,
             Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.DisplayRole,
             Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole, ClientIdRole]
    span = [QModelRoleData(role) for role in roles]
    for role_data in span:
        role_data.setData("stale")
    seen = set()
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            model.multiData(index, span)
            for role_data in span:
                expected = index.data(role_data.role())
                assert role_data.data() == expected, (row, column, role_data.role())
                seen.add((role_data.role(), expected is None))
    assert (int(Qt.ItemDataRole.ForegroundRole), False) in seen  # the archived client is grey
    assert (int(Qt.ItemDataRole.TextAlignmentRole), False) in seen  # the balance is right-aligned
    assert model.index(model.row_of(spirit) or 0, 0).data(ClientIdRole) == spirit
