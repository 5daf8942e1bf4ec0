"""A full disk during a save (``PRAGMA max_page_count``): French message, base unchanged,
what was typed still on screen, and the save goes through once there is room."""

from __future__ import annotations

import contextlib
import dataclasses
import sqlite3
from pathlib import Path

import pytest
from faults.faultkit import disk_full
from pytestqt.qtbot import QtBot
from scenario import seed_draft

from crmdesk.domain.totals import Line
from crmdesk.services import invoices
from crmdesk.services.database import Database, DiskFull
from crmdesk.services.values import DraftInput
from crmdesk.ui.invoice_editor import InvoiceEditor

MESSAGE = "Le disque est plein"


def snapshot(path: Path) -> tuple[list[object], str]:
    """Every invoice and line, and SQLite's verdict on the file."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        rows = conn.execute("SELECT * FROM invoices ORDER BY id").fetchall()
        rows += conn.execute("SELECT * FROM invoice_lines ORDER BY id").fetchall()
        return rows, conn.execute("PRAGMA integrity_check").fetchone()[0]


def big_draft(client_id: int) -> DraftInput:
    lines = tuple(Line.parse(f"Article {i} " + "description longue " * 20, "1", "Pièce", "10", "20")
                  for i in range(300))
    return dataclasses.replace(seed_draft(client_id), lines=lines)


def test_a_save_on_a_full_disk_changes_nothing_and_works_once_there_is_room(
        seeded: tuple[Database, int], db_path: Path) -> None:
    db, client_id = seeded
    draft_id = invoices.create_draft(db, seed_draft(client_id))
    before = snapshot(db_path)
    with disk_full(db):
        with pytest.raises(DiskFull, match=MESSAGE) as caught:
            invoices.update_draft(db, draft_id, big_draft(client_id))
        assert "ce que vous avez saisi est conservé" in str(caught.value)
        with pytest.raises(DiskFull):
            invoices.create_draft(db, big_draft(client_id))
    assert snapshot(db_path) == before and before[1] == "ok"
    invoices.update_draft(db, draft_id, big_draft(client_id))
    assert len(snapshot(db_path)[0]) == len(before[0]) - 2 + 300


def test_the_invoice_editor_says_so_and_keeps_every_line(
        qtbot: QtBot, seeded: tuple[Database, int], db_path: Path) -> None:
    db, client_id = seeded
    editor = InvoiceEditor(db)
    qtbot.addWidget(editor)
    editor.show()
    editor.set_client(client_id)
    model = editor.lines
    for row in range(120):
        if row >= model.rowCount():
            editor.add_line()
        for column, text in enumerate((f"Prestation {row} " + "détail " * 30, "2", "Heure",
                                       "45,50", "20")):
            model.setData(model.index(row, column), text)
    before = snapshot(db_path)
    with disk_full(db):
        assert editor.save_draft() is False
        assert MESSAGE in editor.saved_label.text()
    assert snapshot(db_path) == before  # not a single line written
    assert model.rowCount() >= 120
    assert model.index(119, 0).data(0).startswith("Prestation 119 ")
    assert model.index(57, 3).data(2) == "45,50"
    assert editor.save_draft() is True  # room again: the same typed lines are stored
    assert "Brouillon enregistré" in editor.saved_label.text()
    assert editor.invoice_id is not None
    stored = invoices.get_invoice(db, editor.invoice_id)
    assert len(stored.draft.lines) == 120
