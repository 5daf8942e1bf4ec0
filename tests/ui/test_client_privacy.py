"""The client file's « Exporter ses données… » and « Anonymiser… » buttons, on a real database."""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from crmdesk.services import clients, invoices, privacy
from crmdesk.services.database import Database
from crmdesk.ui.client_file_dialog import ClientFileDialog

from scenario import seed_draft


def test_export_then_anonymise_from_the_client_file(qtbot: QtBot, seeded: tuple[Database, int],
                                                    tmp_path: Path) -> None:
    db, client_id = seeded
    invoices.issue_invoice(db, invoices.create_draft(db, seed_draft(client_id)))
    dialog = ClientFileDialog(db, client_id)
    qtbot.addWidget(dialog)
    dialog.ask_export_path = lambda proposed: tmp_path / proposed  # type: ignore[method-assign]
    dialog.export_data()
    exported = json.loads((tmp_path / "donnees-client-456.json").read_text(encoding="utf-8"))
    assert exported["client"]["name"] == "SA Spirit"
    assert "donnees-client-456.json" in dialog.notice.text()

    asked: list[str] = []
    dialog.confirm_anonymise = lambda text: asked.append(text) or False  # type: ignore[method-assign]
    dialog.anonymise()
    assert clients.get_client(db, client_id).name == "SA Spirit"  # refused: nothing erased
    assert "Les factures et avoirs émis (1) gardent l'identité imprimée" in asked[0]
    assert "la loi impose de les conserver 10 ans" in asked[0] and "définitive" in asked[0]

    dialog.confirm_anonymise = lambda text: True  # type: ignore[method-assign]
    dialog.anonymise()
    assert dialog.header.text().startswith(privacy.ANONYMOUS_NAME)
    assert dialog.notice.text() == "Client anonymisé." and not dialog.anonymise_button.isEnabled()


def test_a_draft_blocks_anonymisation_with_the_reason_on_screen(
        qtbot: QtBot, seeded: tuple[Database, int]) -> None:
    db, client_id = seeded
    invoices.create_draft(db, seed_draft(client_id))
    dialog = ClientFileDialog(db, client_id)
    qtbot.addWidget(dialog)
    dialog.confirm_anonymise = lambda text: True  # type: ignore[method-assign]
    dialog.anonymise()
    assert "brouillon" in dialog.error.text() and dialog.anonymise_button.isEnabled()
    assert clients.get_client(db, client_id).name == "SA Spirit"
