"""The first-run welcome loads the training scenario, opens the company profile, or waits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from scenario import WORLD_COMPAGNIE

from crmdesk.services.company import get_seller, is_empty, save_seller
from crmdesk.services.database import Database
from crmdesk.services.invoices import find_invoice
from crmdesk.ui.company_dialog import CompanyDialog
from crmdesk.ui.welcome_dialog import WelcomeDialog


def _open(qtbot: QtBot, db: Database) -> WelcomeDialog:
    dialog = WelcomeDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_texts_are_plain_french(qtbot: QtBot, db: Database) -> None:
    dialog = _open(qtbot, db)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Bienvenue dans crmdesk" in texts
    assert any("WORLD COMPAGNIE" in t and "SA Spirit" in t and "123" in t for t in texts)
    assert all(label.textFormat() == Qt.TextFormat.PlainText
               for label in dialog.findChildren(QLabel))
    assert dialog.demo_button.text() == "Charger le scénario de formation"
    assert dialog.company_button.text() == "Saisir le profil de mon entreprise"
    assert dialog.later_button.text() == "Plus tard"


def test_loading_the_scenario(qtbot: QtBot, db: Database) -> None:
    assert is_empty(db)
    dialog = _open(qtbot, db)
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == "demo"
    assert dialog.counts is not None and dialog.counts.issued > 100
    assert find_invoice(db, "123") is not None
    assert get_seller(db).legal_name == "WORLD COMPAGNIE"


def test_later_leaves_the_database_empty(qtbot: QtBot, db: Database) -> None:
    dialog = _open(qtbot, db)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
    assert dialog.choice is None and dialog.counts is None
    assert is_empty(db)


def test_scenario_refused_on_a_database_with_data(qtbot: QtBot, db: Database) -> None:
    save_seller(db, WORLD_COMPAGNIE)
    dialog = _open(qtbot, db)
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error_box is not None, timeout=10_000)
    box = dialog.error_box
    assert box is not None and box.textFormat() == Qt.TextFormat.PlainText
    assert "base vide" in box.text()
    box.accept()
    assert dialog.isVisible() and dialog.choice is None
    assert dialog.demo_button.isEnabled() and dialog.later_button.isEnabled()
    assert find_invoice(db, "123") is None


@pytest.mark.parametrize(("saved", "choice", "visible"), [(True, "company", False),
                                                           (False, None, True)])
def test_company_profile_choice(qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch,
                                saved: bool, choice: str | None, visible: bool) -> None:
    dialog = _open(qtbot, db)
    monkeypatch.setattr(dialog, "_open_company_dialog", lambda: saved)
    qtbot.mouseClick(dialog.company_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == choice
    assert dialog.isVisible() is visible


def test_company_profile_through_the_real_dialog(qtbot: QtBot, db: Database,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The sub-dialog is shown without its blocking exec(): filled and saved as a user would."""
    dialog = _open(qtbot, db)
    opened: list[CompanyDialog] = []

    def open_company() -> bool:
        company = CompanyDialog(db, dialog)
        qtbot.addWidget(company)
        company.show()
        opened.append(company)
        qtbot.keyClicks(company.fields["legal_name"], "Atelier Durand")
        qtbot.keyClicks(company.fields["siren"], "402123459")
        qtbot.mouseClick(company.ok_button, Qt.MouseButton.LeftButton)
        return company.result() == CompanyDialog.DialogCode.Accepted

    monkeypatch.setattr(dialog, "_open_company_dialog", open_company)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.company_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == "company"
    assert get_seller(db).legal_name == "Atelier Durand"
    assert opened[0].seller is not None and opened[0].seller.siren == "402123459"
