"""The Fidélisation tab driven as a trainee would, on a real database (issue 7, « Done when »)."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from decimal import Decimal as D
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot
from scenario import SA_SPIRIT, seed_draft
from ui.test_invoice_editor import NBSP, totals_table, type_seed

from crmdesk.domain.loyalty import ActionKind
from crmdesk.services import clients, invoices, loyalty, rewards
from crmdesk.services.database import Database
from crmdesk.ui.client_file_dialog import ClientFileDialog
from crmdesk.ui.invoice_editor import InvoiceEditor
from crmdesk.ui.loyalty_dialogs import (FollowUpDialog, MailingDialog, ReferralDialog, RewardDialog,
                                        SurveyDialog)
from crmdesk.ui.loyalty_tab import LoyaltyTab

TODAY = date.today()


def cells(model: object, row: int) -> list[str]:
    return [model.index(row, c).data() for c in range(model.columnCount())]  # type: ignore[attr-defined]


def all_cells(model: object) -> list[list[str]]:
    return [cells(model, r) for r in range(model.rowCount())]  # type: ignore[attr-defined]


@pytest.fixture
def spirit(seeded: tuple[Database, int]) -> tuple[Database, int]:
    """SA Spirit with one invoice issued ten days ago: a « Nouveaux » client."""
    db, client_id = seeded
    draft = dataclasses.replace(seed_draft(client_id), issue_date=TODAY - timedelta(days=10),
                                sale_date=TODAY - timedelta(days=10),
                                due_date=TODAY + timedelta(days=20))
    invoices.issue_invoice(db, invoices.create_draft(db, draft))
    return db, client_id


@pytest.fixture
def tab(qtbot: QtBot, spirit: tuple[Database, int]) -> LoyaltyTab:
    widget = LoyaltyTab(spirit[0], today=TODAY)  # one day for the whole run, even across midnight
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    widget.show_error = lambda text: pytest.fail(text)  # type: ignore[method-assign]
    return widget


def second_client(db: Database) -> int:
    return clients.create_client(db, dataclasses.replace(
        SA_SPIRIT, number="457", name="Boulangerie Martin", legal_form="SARL", siren="",
        vat_number="", billing_street="2 place du Marché", contacts=())).id


def choose_list(tab: LoyaltyTab, label: str) -> None:
    tab.pages.setCurrentIndex(1)
    row = [r.audience.label for r in tab.lists].index(label)
    tab.lists_view.selectRow(row)


def seed_invoice_of_today(qtbot: QtBot, db: Database, client_id: int) -> InvoiceEditor:
    """An invoice editor holding the seed invoice of the client, dated today, no discount
    typed: ready to apply the client's reward and be issued."""
    editor = InvoiceEditor(db)
    qtbot.addWidget(editor)
    editor.show()
    editor.confirm_issue = lambda _text: True  # type: ignore[method-assign]
    editor.show_error = lambda text: pytest.fail(text)  # type: ignore[method-assign]
    editor.new_invoice(client_id)
    type_seed(editor, client_id)
    editor.discount.setText("0")
    editor.discount.textEdited.emit("0")
    for edit in (editor.issue_date, editor.sale_date):
        edit.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    return editor


def test_segment_follow_up_shows_in_the_agenda(tab: LoyaltyTab, spirit: tuple[Database, int]) -> None:
    choose_list(tab, "Segment : Nouveaux")
    assert [c[1] for c in all_cells(tab.members_model)] == ["SA Spirit"]
    assert tab.members_model.index(0, 4).data().startswith("R3 F1 M2")
    dialog = tab.plan_follow_up()
    assert isinstance(dialog, FollowUpDialog)
    assert dialog.audience.choice.currentText() == "Segment : Nouveaux (1 client(s))"
    dialog.kind.setCurrentIndex(dialog.kind.findData(ActionKind.APPEL.value))
    dialog.title.setText("Appel de bienvenue")
    dialog.due.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    week = all_cells(tab.week_model)
    assert len(week) == 1 and week[0][1] == "SA Spirit (n° 456)" and week[0][3] == "Appel de bienvenue"
    assert tab.agenda_summary.text().startswith("0 en retard — 1 d'ici dimanche")
    inform = all_cells(tab.inform_model)
    assert inform[0][2:] == ["Appel", "Appel de bienvenue", "Prévue", "Nouveaux"]
    # done from the agenda: it leaves the agenda and reaches the client's journal
    tab.pages.setCurrentIndex(0)
    tab.week_view.selectRow(0)
    tab.ask_outcome = lambda: "Client ravi"  # type: ignore[method-assign]
    tab.complete_selected()
    assert tab.week_model.rowCount() == 0
    assert all_cells(tab.inform_model)[0][4] == "Faite"


def test_an_empty_list_is_refused_in_the_dialog(tab: LoyaltyTab) -> None:
    choose_list(tab, "Segment : Champions")
    dialog = tab.plan_follow_up()
    dialog.accept()
    assert dialog.isVisible() and "est vide" in dialog.error.text()


def test_two_surveys_move_the_nps(tab: LoyaltyTab, spirit: tuple[Database, int]) -> None:
    db, client_id = spirit
    other = second_client(db)
    assert tab.nps_value.text() == "NPS : —"
    for who, name, score in ((client_id, "SA Spirit (n° 456)", 10), (other, "Boulangerie Martin (n° 457)", 3)):
        dialog = tab.record_survey()
        assert isinstance(dialog, SurveyDialog)
        dialog.client.set_client(who, name)
        dialog.score.setValue(score)
        dialog.comment.setPlainText("Très bien" if score > 8 else "Livraison en retard")
        dialog.accept()
        if score == 10:
            assert tab.nps_value.text() == "NPS : +100"
            assert tab.nps_chart.points[-1].value == 100
    assert tab.nps_value.text() == "NPS : 0"
    assert "2 réponse(s)" in tab.nps_detail.text() and "1 détracteur(s)" in tab.nps_detail.text()
    assert tab.nps_chart.points[-1].value == 0
    assert sorted(c[2] for c in all_cells(tab.surveys_model)) == ["10/10", "3/10"]
    nouveaux = tab.nps_segment.findData("nouveaux")
    tab.nps_segment.setCurrentIndex(nouveaux)  # only SA Spirit is « Nouveaux »
    assert tab.nps_value.text() == "NPS : +100"


def test_discount_given_in_the_tab_is_applied_once_by_the_editor(
        qtbot: QtBot, tab: LoyaltyTab, spirit: tuple[Database, int]) -> None:
    db, client_id = spirit
    tab.pages.setCurrentIndex(3)
    dialog = tab.give_reward()
    assert isinstance(dialog, RewardDialog)
    dialog.audience.client.set_client(client_id, "SA Spirit (n° 456)")
    dialog.kind.setCurrentIndex(dialog.kind.findData(ActionKind.REMISE.value))
    dialog.value.setText("5")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert all_cells(tab.reward_model)[0][1:3] == ["SA Spirit (n° 456)", "Remise"]

    editor = seed_invoice_of_today(qtbot, db, client_id)
    assert editor.reward_banner.isVisible()
    assert editor.reward_banner.choice.currentText().startswith(f"Remise de 5{NBSP}%")
    editor.reward_banner.apply()
    table = totals_table(editor)
    assert table[f"Remise 5{NBSP}%"] == f"127,00{NBSP}€"
    assert not editor.discount.isEnabled()
    editor.issue()
    assert editor.view is not None and editor.view.number is not None
    assert editor.reward_banner.text.text().startswith("✓ Utilisée sur cette facture")
    editor.new_invoice(client_id)
    assert editor.reward_banner.isHidden() and editor.reward_banner.offers == ()
    assert editor.discount.isEnabled()
    assert rewards.offers_for(db, client_id).available == ()


def test_referral_shows_the_sponsor_reward_in_the_tab_and_the_client_file(
        qtbot: QtBot, tab: LoyaltyTab, spirit: tuple[Database, int]) -> None:
    db, sponsor = spirit
    referred = second_client(db)
    tab.pages.setCurrentIndex(4)
    dialog = tab.record_referral()
    assert isinstance(dialog, ReferralDialog)
    dialog.sponsor.set_client(sponsor, "SA Spirit (n° 456)")
    dialog.referred.set_client(referred, "Boulangerie Martin (n° 457)")
    dialog.reward.setCurrentIndex(dialog.reward.findData("bon"))
    dialog.value.setText("30")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    row = cells(tab.referrals_model, 0)
    assert row[1:3] == ["SA Spirit (n° 456)", "Boulangerie Martin (n° 457)"]
    assert row[3].startswith(f"Bon de réduction de 30,00{NBSP}€")
    file = ClientFileDialog(db, sponsor)
    qtbot.addWidget(file)
    texts = [[file.loyalty.item(r, c).text() for c in range(file.loyalty.columnCount())]
             for r in range(file.loyalty.rowCount())]
    assert any("A parrainé Boulangerie Martin" in t[3] and "30,00" in t[3] for t in texts)
    assert any(t[2] == "Bon de réduction" and t[4] == "Disponible" for t in texts)
    assert file.loyalty_summary.text().startswith("Segment RFM : Nouveaux (R3 F1 M2)")
    assert "Fidélisation" in [file.tabs.tabText(i) for i in range(file.tabs.count())]


def test_mailing_writes_files_in_the_chosen_folder(tab: LoyaltyTab, tmp_path: Path,
                                                    spirit: tuple[Database, int]) -> None:
    from crmdesk.services import company
    from scenario import WORLD_COMPAGNIE

    db, client_id = spirit
    company.save_seller(db, WORLD_COMPAGNIE)
    clients.update_client(db, client_id, dataclasses.replace(SA_SPIRIT, email="achats@sa-spirit.fr"))
    choose_list(tab, "Segment : Nouveaux")
    dialog = tab.prepare_mailing()
    assert isinstance(dialog, MailingDialog)
    dialog.subject.setText("Nos nouveautés")
    dialog.body.setPlainText("Bonjour,\nvoici nos nouveautés.")
    dialog.folder.setText(str(tmp_path / "envoi"))
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    written = dialog.outcome
    assert written.csv_file.is_file() and written.csv_file.is_relative_to(tmp_path / "envoi")
    assert [p.name for p in written.eml_files] and len(written.recipients) == 1
    assert "achats@sa-spirit.fr" in written.eml_files[0].read_text(encoding="utf-8")
    assert cells(tab.mailings_model, 0)[1:] == ["Nouveaux", "Nos nouveautés",
                                                str(len(dialog.outcome.recipients))]


def test_every_loyalty_model_passes_the_model_tester(qtmodeltester: object, tab: LoyaltyTab,
                                                     spirit: tuple[Database, int]) -> None:
    db, client_id = spirit
    loyalty.record_survey(db, client_id, TODAY, 9, "Bien")
    loyalty.plan_follow_up(db, [client_id], "appel", "Relance", TODAY - timedelta(days=3))
    loyalty.record_referral(db, client_id, second_client(db), TODAY,
                            reward=loyalty.RewardSpec("remise", percent=D("5")))
    tab.refresh()
    late = tab.late_model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert cells(tab.late_model, 0)[3] == "Relance" and late.color() == QColor("#a31515")
    for model in (tab.lists_model, tab.members_model, tab.late_model, tab.week_model,
                  tab.inform_model, tab.reward_model, tab.rewards_model, tab.mailings_model,
                  tab.surveys_model, tab.referrals_model, tab.suggestions_model):
        qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_the_window_builds_the_tab_when_first_shown(qtbot: QtBot, spirit: tuple[Database, int]) -> None:
    from crmdesk.ui.main_window import TAB_LOYALTY, MainWindow

    window = MainWindow(spirit[0])
    qtbot.addWidget(window)
    window.tabs.setCurrentIndex(0)
    assert window.loyalty_tab is None
    window.tabs.setCurrentIndex(TAB_LOYALTY)
    assert isinstance(window.tabs.widget(TAB_LOYALTY), LoyaltyTab)
    assert window.tabs.tabText(TAB_LOYALTY) == "Fidélisation"
    assert window.loyalty_tab is not None and window.loyalty_tab.lists_model.rowCount() == 10


def test_file_quality_list_and_a_gift_to_it(tab: LoyaltyTab, spirit: tuple[Database, int]) -> None:
    choose_list(tab, "Fichier : Sans e-mail")  # SA Spirit's record has no e-mail
    assert [c[1] for c in all_cells(tab.members_model)] == ["SA Spirit"]
    assert "Sans e-mail" in tab.members_model.index(0, 4).data()
    dialog = tab.give_reward()
    assert dialog.audience.choice.currentText() == "Fichier : Sans e-mail (1 client(s))"
    dialog.kind.setCurrentIndex(dialog.kind.findData(ActionKind.INVITATION.value))
    dialog.value.setText("")
    dialog.title.setText("Invitation au salon de mars")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    row = cells(tab.reward_model, 0)
    assert row[1:] == ["SA Spirit (n° 456)", "Invitation", "Invitation au salon de mars", "Faite",
                       "Sans e-mail"]


def test_rewards_list_shows_each_discount_available_then_used_or_expired(
        qtbot: QtBot, tab: LoyaltyTab, spirit: tuple[Database, int]) -> None:
    db, client_id = spirit
    tab.pages.setCurrentIndex(3)
    dialog = tab.give_reward()
    dialog.audience.client.set_client(client_id, "SA Spirit (n° 456)")
    dialog.kind.setCurrentIndex(dialog.kind.findData(ActionKind.REMISE.value))
    dialog.value.setText("5")
    before = date.today()
    dialog.accept()
    after = date.today()  # the reward is dated by the clock: a run may cross midnight
    assert dialog.result() == dialog.DialogCode.Accepted
    given = cells(tab.rewards_model, 0)
    day = next(d for d in (before, after) if d.strftime("%d/%m/%Y") == given[0])
    assert given == [day.strftime("%d/%m/%Y"), "SA Spirit (n° 456)", f"Remise de 5{NBSP}%",
                     "fidélisation", (TODAY + timedelta(days=loyalty.DEFAULT_REWARD_VALIDITY_DAYS))
                     .strftime("%d/%m/%Y"), "Disponible"]
    assert tab.rewards_model.index(0, 5).data(Qt.ItemDataRole.ForegroundRole) is None

    editor = seed_invoice_of_today(qtbot, db, client_id)
    editor.reward_banner.apply()
    tab.refresh()  # as when the tab is shown again
    assert cells(tab.rewards_model, 0)[5] == "Réservée (brouillon)"
    editor.issue()
    assert editor.view is not None and editor.view.number is not None
    loyalty.give_reward(db, [client_id], loyalty.RewardSpec("bon", amount=D("50"),
                                                            expires_on=TODAY - timedelta(days=1)),
                        today=TODAY - timedelta(days=40))
    tab.refresh()
    expired, used = all_cells(tab.rewards_model)
    assert used[5] == f"Utilisée — facture n° {editor.view.number}"
    assert expired[2:] == [f"Bon de 50,00{NBSP}€", "fidélisation",
                           (TODAY - timedelta(days=1)).strftime("%d/%m/%Y"), "Expirée"]
    for row in (0, 1):
        assert tab.rewards_model.index(row, 2).data(Qt.ItemDataRole.ForegroundRole).color() \
            == QColor("#808080")
