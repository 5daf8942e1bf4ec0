"""The invoice editor offers a client's reward, applies it once, and gives it back on undo."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal as D

import pytest
from pytestqt.qtbot import QtBot
from scenario import SA_SPIRIT
from ui.test_invoice_editor import NBSP, totals_table, type_seed

from crmdesk.services import clients, invoices, rewards
from crmdesk.services.database import Database
from crmdesk.services.loyalty import RewardSpec, give_reward
from crmdesk.ui.invoice_editor import InvoiceEditor


@pytest.fixture
def editor(qtbot: QtBot, seeded: tuple[Database, int]) -> InvoiceEditor:
    widget = InvoiceEditor(seeded[0])
    qtbot.addWidget(widget)
    widget.show()
    widget.confirm_issue = lambda _text: True  # type: ignore[method-assign]
    return widget


def give(db: Database, client_id: int, spec: RewardSpec) -> int:
    (reward_id,) = give_reward(db, [client_id], spec, today=date.today())
    return reward_id


def test_voucher_becomes_a_discount_of_its_amount_and_follows_the_lines(
        editor: InvoiceEditor, seeded: tuple[Database, int]) -> None:
    db, client_id = seeded
    give(db, client_id, RewardSpec("bon", amount=D("50.00")))
    type_seed(editor, client_id)
    editor.reward_banner.apply()
    assert totals_table(editor)[f"Remise 1,9686{NBSP}%"] == f"50,00{NBSP}€"
    model = editor.lines
    model.setData(model.index(1, 1), "20")  # 20 products instead of 10: same 50 € off
    table = totals_table(editor)
    assert [v for k, v in table.items() if k.startswith("Remise")] == [f"50,00{NBSP}€"]
    assert not editor.discount.isEnabled()


def test_undo_gives_the_reward_back_and_redo_takes_it_again(
        editor: InvoiceEditor, seeded: tuple[Database, int]) -> None:
    db, client_id = seeded
    reward_id = give(db, client_id, RewardSpec("remise", percent=D("5")))
    type_seed(editor, client_id)
    editor.discount.setText("2")
    editor.discount.textEdited.emit("2")
    editor.reward_banner.apply()
    assert editor.discount.text() == "5" and editor.invoice_id is not None
    assert rewards.reward_of_invoice(db, editor.invoice_id) is not None
    editor.undo.undo()
    assert editor.discount.text() == "2" and editor.discount.isEnabled()
    assert rewards.reward_of_invoice(db, editor.invoice_id) is None
    assert [r.id for r in editor.reward_banner.offers] == [reward_id]
    editor.undo.redo()
    assert editor.discount.text() == "5"
    held = rewards.reward_of_invoice(db, editor.invoice_id)
    assert held is not None and held.id == reward_id
    editor.reward_banner.remove()
    assert editor.discount.text() == "0" and rewards.reward_of_invoice(db, editor.invoice_id) is None
    editor.undo.undo()
    assert editor.discount.text() == "5" and rewards.reward_of_invoice(db, editor.invoice_id) is not None


def test_a_second_draft_cannot_take_a_reserved_reward(
        qtbot: QtBot, editor: InvoiceEditor, seeded: tuple[Database, int]) -> None:
    db, client_id = seeded
    give(db, client_id, RewardSpec("remise", percent=D("5")))
    type_seed(editor, client_id)
    editor.reward_banner.apply()
    other = InvoiceEditor(db)
    qtbot.addWidget(other)
    other.new_invoice(client_id)
    assert other.reward_banner.offers == () and other.reward_banner.isHidden()
    invoices.delete_draft(db, editor.invoice_id)
    other.new_invoice(client_id)
    assert len(other.reward_banner.offers) == 1
    assert f"5{NBSP}%" in other.reward_banner.choice.currentText()


def test_changing_the_client_of_the_draft_gives_the_reward_back(
        editor: InvoiceEditor, seeded: tuple[Database, int]) -> None:
    db, client_id = seeded
    other = clients.create_client(db, dataclasses.replace(SA_SPIRIT, number="999", name="Autre SARL",
                                                          siren="", vat_number="")).id
    give(db, client_id, RewardSpec("remise", percent=D("5")))
    type_seed(editor, client_id)
    editor.reward_banner.apply()
    assert editor.invoice_id is not None and rewards.reward_of_invoice(db, editor.invoice_id)
    editor.set_client(other)
    assert rewards.reward_of_invoice(db, editor.invoice_id) is None
    assert editor.discount.text() == "0" and editor.discount.isEnabled()
    assert len(rewards.offers_for(db, client_id).available) == 1
