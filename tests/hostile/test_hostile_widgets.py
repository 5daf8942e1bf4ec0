"""Hostile client data on screen: the list, its tooltips, the client file, the form, message boxes."""

from __future__ import annotations

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from crmdesk.services import clients
from crmdesk.services.database import Database
from crmdesk.services.values import ClientInput, ClientValue, ContactValue
from crmdesk.ui import fmt
from crmdesk.ui.client_dialog import ClientDialog
from crmdesk.ui.client_file_dialog import ClientFileDialog
from crmdesk.ui.clients_model import ClientListModel
from crmdesk.ui.invoice_editor import InvoiceEditor
from crmdesk.ui.lines_model import LinesModel
from crmdesk.ui.messages import plain_tooltip, plain_warning

from hostile.texts import BIDI, CONTROLS, EMOJI, EVERYTHING, LONG, MARKUP, ZERO_WIDTH

#: Text a client may hold once typed (control characters are removed at input).
SHOWN = {"markup": MARKUP, "bidi": BIDI, "emoji": EMOJI, "zero_width": ZERO_WIDTH,
         "long": LONG, "placeholders": "%2 %1 %3 %n"}


def rendered(tooltip: str) -> str:
    """What Qt shows for a tooltip: rich text when it guesses so, else the characters."""
    document = QTextDocument()
    if QtGui.Qt.mightBeRichText(tooltip):
        document.setHtml(tooltip)
    else:
        document.setPlainText(tooltip)
    return " ".join(document.toPlainText().split())


@pytest.fixture
def hostile(db: Database) -> dict[str, ClientValue]:
    return {kind: clients.create_client(db, ClientInput(
        name=f"Nom {text}", number=str(100 + i), billing_street=f"Rue {text}",
        billing_postcode="13100", billing_city=f"Ville {text}", email=f"{text}@x.fr",
        phone=f"04 {text}", notes=f"Notes {text}\nligne 2",
        contacts=(ContactValue(f"Contact {text}", f"Rôle {text}"),)))
        for i, (kind, text) in enumerate(SHOWN.items())}


def test_control_characters_never_reach_the_database(db: Database) -> None:
    controls = "\x00\x01\x07\x08\x0b\x0c\x1b\x1f\x7f\x85\x9b\ud800"
    stored = clients.create_client(db, ClientInput(
        name=f"A{controls}B\tC", contacts=(ContactValue(f"x{CONTROLS}y"),), notes="1\r\n2\r3"))
    assert stored.name == "AB C" and stored.data.contacts[0].name.startswith("xc")
    assert not any(ord(ch) < 32 and ch != "\n" for ch in stored.data.contacts[0].name)
    assert stored.data.notes == "1\n2\n3"


def test_client_list_shows_the_characters_typed(qtbot: QtBot, db: Database,
                                                hostile: dict[str, ClientValue],
                                                qtmodeltester: object) -> None:
    model = ClientListModel(db)
    names = {model.index(row, 1).data() for row in range(model.rowCount())}
    assert names == {client.name for client in hostile.values()}
    for row in range(model.rowCount()):
        for column in (0, 1, 2, 3, 4):
            index = model.index(row, column)
            assert rendered(index.data(Qt.ItemDataRole.ToolTipRole)) == " ".join(index.data().split())
    qtmodeltester.check(model)  # type: ignore[attr-defined]


@pytest.mark.parametrize("kind", sorted(SHOWN))
def test_client_file_shows_plain_text(qtbot: QtBot, db: Database, hostile: dict[str, ClientValue],
                                      kind: str) -> None:
    client = hostile[kind]
    dialog = ClientFileDialog(db, client.id)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle().endswith(client.name)
    assert dialog.header.text().startswith(client.name)
    assert f"Ville {SHOWN[kind]}" in dialog.identity.text()
    assert dialog.contacts.item(0, 0).text() == f"Contact {SHOWN[kind]}"
    showing = [label for label in dialog.findChildren(QLabel) if SHOWN[kind][:20] in label.text()]
    assert showing and all(label.textFormat() == Qt.TextFormat.PlainText for label in showing)
    text = dialog.anonymise_text()
    assert f"« {client.name} » (client n° {client.number})" in text


@pytest.mark.parametrize("kind", sorted(SHOWN))
def test_client_form_gives_back_exactly_what_is_stored(
        qtbot: QtBot, db: Database, hostile: dict[str, ClientValue], kind: str) -> None:
    client = hostile[kind]
    dialog = ClientDialog(db, client)
    qtbot.addWidget(dialog)
    assert dialog.value() == client.data
    dialog.ask_about_duplicates = lambda text: "save"  # type: ignore[method-assign]
    dialog.save()
    assert dialog.error.text() == "" and clients.get_client(db, client.id).data == client.data


def test_message_box_shows_the_literal_characters(qtbot: QtBot) -> None:
    box = plain_warning(None, "crmdesk", EVERYTHING)
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText and box.text() == EVERYTHING
    assert isinstance(box, QMessageBox)


def test_tooltips_of_markup_show_the_markup(qtbot: QtBot) -> None:
    for text in (MARKUP, "a < b & c > d", "<img src='/etc/passwd'>", "plain"):
        assert rendered(plain_tooltip(text)) == " ".join(text.split())


def test_a_line_error_quoting_markup_is_shown_literally(qtbot: QtBot) -> None:
    from PySide6.QtGui import QUndoStack

    model = LinesModel(QUndoStack())
    row = model.add_line()
    for column, text in enumerate(("Article", "<b>12</b>", "u", "10", "20")):
        model.setData(model.index(row, column), text)
    tooltip = model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "« <b>12</b> » n'est pas un nombre" in rendered(tooltip)


def test_invoice_editor_shows_the_buyer_as_plain_text(
        qtbot: QtBot, db: Database, hostile: dict[str, ClientValue]) -> None:
    editor = InvoiceEditor(db)
    qtbot.addWidget(editor)
    editor.set_client(hostile["markup"].id)
    assert editor.buyer.textFormat() == Qt.TextFormat.PlainText
    assert f"Rue {MARKUP}" in editor.buyer.text()


def test_placeholders_are_filled_in_one_pass() -> None:
    assert fmt.fill("%1 (n° %2)", "%2", "%1") == "%2 (n° %1)"
    assert fmt.fill("%1 et %3", "a") == "a et %3"
