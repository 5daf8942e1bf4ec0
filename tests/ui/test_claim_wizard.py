"""The claim wizard walked as a user would, on real databases (issue: claims and credit notes)."""

from datetime import date
from decimal import Decimal as D

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from scenario import seed_draft

from crmdesk.domain.claims import ClaimStatus, ClaimStep, ClaimType, Gesture
from crmdesk.services import claims, invoices
from crmdesk.services.database import Database
from crmdesk.ui.claim_wizard import ClaimWizard, GesturePage, ListenPage, ReformulatePage, SolutionPage
from crmdesk.ui.claims_tab import ClaimsTab


def issued(db: Database, client_id: int, day: int) -> int:
    draft = seed_draft(client_id, 2026)
    draft = type(draft)(**{**{f: getattr(draft, f) for f in draft.__dataclass_fields__},
                           "issue_date": date(2026, 1, day), "due_date": date(2026, 2, day)})
    invoice_id = invoices.create_draft(db, draft)
    invoices.issue_invoice(db, invoice_id)
    return invoice_id


def start(qtbot: QtBot, db: Database, client_id: int, invoice_id: int, kind: ClaimType) -> ClaimWizard:
    wizard = ClaimWizard(db, client_id=client_id, invoice_id=invoice_id)
    qtbot.addWidget(wizard)
    wizard.show()
    listen = wizard.pages[ClaimStep.ECOUTER]
    assert isinstance(listen, ListenPage)
    listen.type.setCurrentIndex(listen.type.findData(kind.value))
    assert kind.definition in listen.definition.text()
    listen.words.setPlainText("Je ne comprends pas cette facture.")
    wizard.next()
    assert wizard.currentId() == int(ClaimStep.REFORMULER), listen.error.text()
    page = wizard.pages[ClaimStep.REFORMULER]
    assert isinstance(page, ReformulatePage)
    assert page.words.toPlainText() == "Je ne comprends pas cette facture."
    page.reformulation.setPlainText("Si je vous comprends bien, la facture ne correspond pas.")
    wizard.next()
    assert wizard.currentId() == int(ClaimStep.SOLUTION), page.error.text()
    return wizard


def decide(wizard: ClaimWizard, founded: bool) -> None:
    page = wizard.pages[ClaimStep.SOLUTION]
    assert isinstance(page, SolutionPage)
    for combo in page.checks.values():
        combo.setCurrentIndex(1 if founded else 2)
    (page.founded_yes if founded else page.founded_no).setChecked(True)
    if not founded:
        page.explanation.setPlainText("La livraison a bien eu lieu : voici le bon signé.")
    wizard.next()
    assert wizard.currentId() == int(ClaimStep.GESTE), page.error.text()


@pytest.mark.parametrize("kind", list(ClaimType))
@pytest.mark.parametrize("founded", [True, False])
def test_each_type_founded_or_not(qtbot: QtBot, seeded: tuple[Database, int], kind: ClaimType,
                                  founded: bool) -> None:
    db, client_id = seeded
    invoice_id = issued(db, client_id, 8)
    if kind is ClaimType.DOUBLE_FACTURATION:  # the claim is on a second, identical invoice
        invoice_id = issued(db, client_id, 9)
    wizard = start(qtbot, db, client_id, invoice_id, kind)
    decide(wizard, founded)
    gesture = wizard.pages[ClaimStep.GESTE]
    assert isinstance(gesture, GesturePage)
    choice = Gesture.REMPLACEMENT if founded else Gesture.AUCUN
    gesture.gesture.setCurrentIndex(gesture.gesture.findData(choice.value))
    gesture.description.setText("Produit de remplacement expédié")
    wizard.next()
    assert wizard.currentId() == int(ClaimStep.RESUME), gesture.error.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.value is not None
    final = claims.get_claim(db, wizard.value.id)
    assert final.status is (ClaimStatus.RESOLUE if founded else ClaimStatus.REJETEE)
    assert final.type is kind and final.founded is founded
    assert [e.what for e in final.history][0].startswith("Réclamation ouverte")


def test_double_billing_ends_with_a_credit_note_that_cancels_the_duplicate(
        qtbot: QtBot, seeded: tuple[Database, int]) -> None:
    db, client_id = seeded
    first = issued(db, client_id, 8)
    duplicate = issued(db, client_id, 9)
    assert invoices.client_balance(db, client_id) == D("5790.96")
    wizard = start(qtbot, db, client_id, duplicate, ClaimType.DOUBLE_FACTURATION)
    page = wizard.pages[ClaimStep.SOLUTION]
    assert isinstance(page, SolutionPage) and page.duplicate is not None
    assert page.duplicate.currentData() == first  # found: same amount, same lines, one day apart
    assert page.founded_yes.isChecked()  # the hint pre-selects "fondée"
    decide(wizard, True)
    gesture = wizard.pages[ClaimStep.GESTE]
    assert isinstance(gesture, GesturePage) and gesture.cancel_duplicate.isVisible()
    gesture.cancel_duplicate.click()
    assert gesture.gesture.currentData() == Gesture.AVOIR_TOTAL.value
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.value is not None and wizard.value.credit_note_number
    credit = invoices.get_invoice(db, wizard.value.credit_note_id or 0)
    assert credit.totals.ttc == D("-2895.48")
    assert invoices.client_balance(db, client_id) == D("2895.48")
    assert claims.get_claim(db, wizard.value.id).status is ClaimStatus.RESOLUE


def test_claim_saved_at_step_two_resumes_at_step_two(qtbot: QtBot, seeded: tuple[Database, int]) -> None:
    db, client_id = seeded
    invoice_id = issued(db, client_id, 8)
    wizard = start(qtbot, db, client_id, invoice_id, ClaimType.PRIX)
    wizard.back()
    assert wizard.currentId() == int(ClaimStep.REFORMULER)
    page = wizard.pages[ClaimStep.REFORMULER]
    assert isinstance(page, ReformulatePage)
    page.reformulation.setPlainText("Le prix négocié était de 95 €.")
    wizard.save_and_close()
    assert wizard.value is not None
    claim_id = wizard.value.id
    again = ClaimWizard(db, claim_id)
    qtbot.addWidget(again)
    again.show()
    assert again.currentId() == int(ClaimStep.REFORMULER) or again.startId() == int(ClaimStep.REFORMULER)
    resumed = again.pages[ClaimStep.REFORMULER]
    assert isinstance(resumed, ReformulatePage)
    assert resumed.reformulation.toPlainText() == "Le prix négocié était de 95 €."


def test_claims_tab_lists_and_flags_old_claims(qtbot: QtBot, qtmodeltester, seeded: tuple[Database, int]) -> None:  # type: ignore[no-untyped-def]
    db, client_id = seeded
    invoice_id = issued(db, client_id, 8)
    from datetime import datetime

    claims.open_claim(db, client_id, invoice_id, ClaimType.QUALITE, "Rayure", "test",
                      now=datetime(2026, 1, 10, 9))
    tab = ClaimsTab(db)
    qtbot.addWidget(tab)
    assert tab.model.rowCount() == 1
    qtmodeltester.check(tab.model)
    assert tab.model.rows[0].waiting_too_long
    assert "1 réclamation" in tab.summary.text()


def test_double_billing_on_the_demo_data(qtbot: QtBot, db: Database) -> None:
    from crmdesk.services.demo import load_demo

    load_demo(db, date(2026, 12, 4))
    rows = [r for r in invoices.list_invoices(db, date(2026, 12, 4)) if r.number]
    twin, original = rows[-1], rows[-2]  # the scenario's "same delivery invoiced twice"
    assert (twin.client_number, twin.ttc, twin.issue_date) == \
        (original.client_number, original.ttc, original.issue_date)
    from crmdesk.services.clients import find_client_by_number

    client = find_client_by_number(db, twin.client_number)
    assert client is not None
    balance = invoices.client_balance(db, client.id)
    wizard = start(qtbot, db, client.id, twin.id, ClaimType.DOUBLE_FACTURATION)
    page = wizard.pages[ClaimStep.SOLUTION]
    assert isinstance(page, SolutionPage) and page.duplicate is not None
    assert page.duplicate.currentData() == original.id
    decide(wizard, True)
    gesture = wizard.pages[ClaimStep.GESTE]
    assert isinstance(gesture, GesturePage)
    gesture.cancel_duplicate.click()
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.value is not None and wizard.value.credit_note_id is not None
    credit = invoices.get_invoice(db, wizard.value.credit_note_id)
    assert credit.totals == invoices.get_invoice(db, twin.id).totals.negated()
    assert invoices.client_balance(db, client.id) == balance - twin.ttc
