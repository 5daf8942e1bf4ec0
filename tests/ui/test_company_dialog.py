"""The company profile dialog checks identifiers as typed, in French, and saves only valid data."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from scenario import WORLD_COMPAGNIE

from crmdesk.domain.errors import DomainError
from crmdesk.domain.parties import Seller
from crmdesk.services.company import get_seller, save_seller
from crmdesk.services.database import Database
from crmdesk.ui import company_dialog
from crmdesk.ui.company_dialog import VALID_MARK, CompanyDialog


def _open(qtbot: QtBot, db: Database) -> CompanyDialog:
    dialog = CompanyDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _retype(qtbot: QtBot, dialog: CompanyDialog, name: str, text: str) -> None:
    field = dialog.fields[name]
    field.clear()
    qtbot.keyClicks(field, text)


def _stored(db: Database) -> Seller:
    return get_seller(db)


def test_opens_on_the_stored_profile(qtbot: QtBot, seeded: tuple[Database, int]) -> None:
    db, _ = seeded
    dialog = _open(qtbot, db)
    assert dialog.windowTitle() == "Profil de l'entreprise"
    assert dialog.fields["legal_name"].text() == "WORLD COMPAGNIE"
    assert dialog.legal_form.currentText() == "SAS"
    assert dialog.fields["late_penalty_rate"].text() == "12,15"
    assert dialog.fields["early_payment_discount"].text() == "Pas d'escompte pour paiement anticipé"
    for name in ("siren", "siret", "vat_number", "iban", "bic"):
        assert dialog.status_labels[name].text() == VALID_MARK, name
    assert dialog.ok_button.text() == "Enregistrer" and dialog.ok_button.isEnabled()
    assert dialog.fields["siren"].toolTip().startswith("Obligatoire sur toute facture")
    assert all(dialog.fields[name].toolTip() for name in dialog.fields)


def test_bad_siret_is_explained_and_blocks_saving(qtbot: QtBot, seeded: tuple[Database, int]) -> None:
    db, _ = seeded
    before = _stored(db)
    dialog = _open(qtbot, db)
    _retype(qtbot, dialog, "siret", "40212345900017")  # last digit wrong: Luhn fails
    status = dialog.status_labels["siret"]
    assert "clé de contrôle" in status.text()
    assert dialog.fields["siret"].styleSheet()  # red border
    assert not dialog.ok_button.isEnabled()
    assert "SIRET" in dialog.summary_label.text()
    dialog.accept()  # even forced (Enter key), nothing is saved
    assert dialog.isVisible()
    assert _stored(db) == before

    qtbot.keyClick(dialog.fields["siret"], Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.fields["siret"], "6")
    assert status.text() == VALID_MARK
    assert dialog.fields["siret"].styleSheet() == ""
    assert dialog.ok_button.isEnabled()
    assert dialog.summary_label.text() == ""

    _retype(qtbot, dialog, "legal_name", "WORLD COMPAGNIE SUD")
    with qtbot.waitSignal(dialog.company_saved) as saved:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == CompanyDialog.DialogCode.Accepted
    stored = _stored(db)
    assert stored.legal_name == "WORLD COMPAGNIE SUD"
    assert stored.siret == "40212345900016"
    assert saved.args == [stored] and dialog.seller == stored


def test_siret_typed_on_an_empty_database(qtbot: QtBot, db: Database) -> None:
    dialog = _open(qtbot, db)
    assert _stored(db) == Seller()
    qtbot.keyClicks(dialog.fields["siret"], "402 123 459 00017")
    assert "clé de contrôle" in dialog.status_labels["siret"].text()
    assert not dialog.ok_button.isEnabled()
    assert _stored(db) == Seller()


def test_iban_of_the_textbook_is_explained(qtbot: QtBot, seeded: tuple[Database, int]) -> None:
    db, _ = seeded
    dialog = _open(qtbot, db)
    _retype(qtbot, dialog, "iban", "FR23411240234")
    status = dialog.status_labels["iban"]
    assert status.text() != VALID_MARK and "27 caractères, celui-ci en a 13" in status.text()
    assert not dialog.ok_button.isEnabled()
    _retype(qtbot, dialog, "iban", "FR76 3000 6000 0112 3456 7890 189")
    assert status.text() == VALID_MARK and dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert _stored(db).iban == "FR7630006000011234567890189"


def test_vat_number_must_carry_the_siren(qtbot: QtBot, seeded: tuple[Database, int]) -> None:
    db, _ = seeded
    dialog = _open(qtbot, db)
    _retype(qtbot, dialog, "vat_number", "FR44732829320")  # SA Spirit's: valid, but not ours
    message = dialog.status_labels["vat_number"].text()
    assert "SIREN" in message and "732829320" in message and "402123459" in message
    assert not dialog.ok_button.isEnabled()
    _retype(qtbot, dialog, "vat_number", "FR13 402 123 459")
    assert dialog.status_labels["vat_number"].text() == VALID_MARK
    assert dialog.ok_button.isEnabled()


def test_siret_must_start_with_the_siren(qtbot: QtBot, seeded: tuple[Database, int]) -> None:
    db, _ = seeded
    dialog = _open(qtbot, db)
    _retype(qtbot, dialog, "siren", "732829320")
    assert dialog.status_labels["siren"].text() == VALID_MARK
    assert "SIREN" in dialog.status_labels["siret"].text()
    assert "SIREN" in dialog.status_labels["vat_number"].text()
    assert not dialog.ok_button.isEnabled()


def test_empty_identifier_shows_nothing(qtbot: QtBot, seeded: tuple[Database, int]) -> None:
    db, _ = seeded
    dialog = _open(qtbot, db)
    dialog.fields["bic"].clear()
    assert dialog.status_labels["bic"].text() == ""
    assert dialog.ok_button.isEnabled()


def test_markup_in_the_name_is_kept_as_typed(qtbot: QtBot, db: Database) -> None:
    dialog = _open(qtbot, db)
    qtbot.keyClicks(dialog.fields["legal_name"], "<b>R&D</b>")
    assert dialog.fields["legal_name"].text() == "<b>R&D</b>"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert _stored(db).legal_name == "<b>R&D</b>"

    again = _open(qtbot, db)
    assert again.fields["legal_name"].text() == "<b>R&D</b>"
    labels = again.findChildren(QLabel)
    assert labels
    for label in labels:
        assert label.textFormat() == Qt.TextFormat.PlainText, label.text()


def test_capital_with_two_commas_is_refused(qtbot: QtBot, seeded: tuple[Database, int]) -> None:
    db, _ = seeded
    dialog = _open(qtbot, db)
    _retype(qtbot, dialog, "share_capital", "12,5,0")
    message = dialog.status_labels["share_capital"].text()
    assert "n'est pas un nombre" in message and "12,5,0" in message
    assert dialog.fields["share_capital"].styleSheet()
    assert not dialog.ok_button.isEnabled()
    assert _stored(db).share_capital == WORLD_COMPAGNIE.share_capital
    _retype(qtbot, dialog, "share_capital", "50 000,00")
    assert dialog.status_labels["share_capital"].text() == ""
    _retype(qtbot, dialog, "late_penalty_rate", "12,151")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    stored = _stored(db)
    assert stored.share_capital == Decimal("50000.00")
    assert stored.late_penalty_rate == Decimal("12.151")


@pytest.mark.parametrize(("text", "reason"), [("12,50001", "au plus 4 décimales"),
                                              ("150", "valeur trop grande"),
                                              ("-3", "négative")])
def test_penalty_rate_errors(qtbot: QtBot, seeded: tuple[Database, int], text: str,
                             reason: str) -> None:
    db, _ = seeded
    dialog = _open(qtbot, db)
    _retype(qtbot, dialog, "late_penalty_rate", text)
    assert reason in dialog.status_labels["late_penalty_rate"].text()
    assert not dialog.ok_button.isEnabled()


def test_a_refusal_of_the_service_keeps_everything_typed(
        qtbot: QtBot, seeded: tuple[Database, int], monkeypatch: pytest.MonkeyPatch) -> None:
    db, _ = seeded
    before = _stored(db)

    def refuse(db: Database, seller: Seller) -> Seller:
        raise DomainError("Base <i>verrouillée</i> : réessayez.")

    monkeypatch.setattr(company_dialog, "save_seller", refuse)
    dialog = _open(qtbot, db)
    _retype(qtbot, dialog, "city", "Aix-en-Provence")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    box = dialog.error_box
    assert box is not None and box.isVisible()
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert "Base <i>verrouillée</i> : réessayez." in box.text()
    box.accept()
    assert dialog.isVisible() and dialog.seller is None
    assert dialog.fields["city"].text() == "Aix-en-Provence"
    assert _stored(db) == before

    monkeypatch.setattr(company_dialog, "save_seller", save_seller)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert _stored(db) == dataclasses.replace(
        before, city="Aix-en-Provence",
        early_payment_discount="Pas d'escompte pour paiement anticipé")
