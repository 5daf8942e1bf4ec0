"""The CSV import dialog: preview with errors in red, plain text, import of the valid lines."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from crmdesk.services import clients
from crmdesk.services.database import Database
from crmdesk.services.values import ClientInput
from crmdesk.ui.csv_import_dialog import CsvImportDialog

CSV = ("Numéro;Nom;Ville;SIRET\r\n"
       "600;<b>Dupont</b>;Lyon;\r\n"
       "601;Bad SIRET;Paris;73282932000075\r\n"
       ";Gamma;Nice;73282932000074\r\n")


def _dialog(qtbot: QtBot, db: Database, tmp_path: Path, text: str = CSV) -> CsvImportDialog:
    path = tmp_path / "clients.csv"
    path.write_bytes(text.encode("utf-8-sig"))
    dialog = CsvImportDialog(db, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_preview_then_import(qtbot: QtBot, qtmodeltester: ModelTester,
                             seeded: tuple[Database, int], tmp_path: Path) -> None:
    db, _ = seeded
    dialog = _dialog(qtbot, db, tmp_path)
    model = dialog.model
    qtmodeltester.check(model)
    assert dialog.file_label.text() == "Fichier : clients.csv"
    assert dialog.format_label.text() == "Encodage : UTF-8 avec BOM — séparateur : point-virgule"
    assert dialog.summary_label.text() == ("2 lignes valides, 1 ligne en erreur : "
                                           "elle ne sera pas importée.")
    assert dialog.summary_label.textFormat() == Qt.TextFormat.PlainText
    assert model.rowCount() == 3 and model.columnCount() == 6
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == ["Ligne", "Numéro", "Nom", "Ville", "SIREN", "État"]
    assert model.data(model.index(0, 2)) == "<b>Dupont</b>"
    assert model.data(model.index(0, 5)) == "OK"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is None
    bad = model.index(1, 2)
    assert model.data(bad) == "Bad SIRET"
    background = model.data(bad, Qt.ItemDataRole.BackgroundRole)
    assert isinstance(background, QBrush) and background.color().red() > 240
    foreground = model.data(bad, Qt.ItemDataRole.ForegroundRole)
    assert isinstance(foreground, QBrush) and foreground.color().red() < 160
    tooltip = model.data(bad, Qt.ItemDataRole.ToolTipRole)
    assert "Ligne 3, colonne « SIRET »" in tooltip and "73282932000075" in tooltip
    assert "SIRET" in model.data(model.index(1, 5))
    assert model.data(model.index(2, 1)) == "(nouveau numéro)"
    assert model.data(model.index(2, 4)) == "732829320"
    assert dialog.import_button.text() == "Importer 2 clients"
    assert dialog.import_button.isEnabled()

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.imported_count == 2
    assert clients.find_client_by_number(db, "600").name == "<b>Dupont</b>"  # type: ignore
    assert clients.find_client_by_number(db, "602").name == "Gamma"  # type: ignore
    assert clients.find_client_by_number(db, "601") is None


def test_failed_import_keeps_dialog_open(qtbot: QtBot, seeded: tuple[Database, int],
                                         tmp_path: Path) -> None:
    db, _ = seeded
    dialog = _dialog(qtbot, db, tmp_path)
    clients.create_client(db, ClientInput(name="Intrus", number="600"))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    box = dialog.error_box
    assert isinstance(box, QMessageBox) and box.textFormat() == Qt.TextFormat.PlainText
    assert "ligne 2" in box.text() and "Aucun client n'a été importé" in box.text()
    assert dialog.isVisible() and dialog.imported_count == 0
    assert clients.find_client_by_number(db, "602") is None
    # The preview was read again: the taken number is now an error line.
    assert dialog.summary_label.text().startswith("1 ligne valide, 2 lignes en erreur")
    box.close()


def test_unreadable_file_disables_import(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, db, tmp_path, "Ville;Pays\r\nLyon;France\r\n")
    assert "colonne « Nom »" in dialog.summary_label.text()
    assert not dialog.import_button.isEnabled() and dialog.model.rowCount() == 0
