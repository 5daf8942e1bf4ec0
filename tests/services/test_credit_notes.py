"""Credit notes: the exact opposite of what they correct, never more than remains, frozen once issued."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest
from sqlalchemy import func, select

from crmdesk.domain.credit import credit_lines_for_amounts, ht_for_ttc
from crmdesk.domain.errors import DomainError
from crmdesk.domain.invoice import DocumentKind, DocumentState, NumberingRule, PaymentStatus
from crmdesk.domain.totals import Line, compute_totals
from crmdesk.services import company, credit_notes, exchange, invoices
from crmdesk.services.database import Database, open_database
from crmdesk.services.integrity import check_database
from crmdesk.services.values import DraftInput
from crmdesk.storage.models import Invoice, InvoiceLine, NumberSeries

from scenario import seed_draft

TOTALS = ("total_ht", "discount", "net", "vat_total", "ttc")
CREDIT_DAY = date(2026, 2, 1)


@pytest.fixture
def seed(seeded: tuple[Database, int]) -> tuple[Database, int]:
    """The textbook invoice issued as n° 1 (2 895,48 € TTC); returns (db, its id)."""
    db, client_id = seeded
    invoice_id = invoices.create_draft(db, seed_draft(client_id))
    assert invoices.issue_invoice(db, invoice_id) == "1"
    return db, invoice_id


def counts(db: Database) -> tuple[int, int, list[tuple[str, int]]]:
    """Documents, lines and each series' next number: what a refusal must leave as it was."""
    with db.read() as session:
        return (session.scalar(select(func.count()).select_from(Invoice)) or 0,
                session.scalar(select(func.count()).select_from(InvoiceLine)) or 0,
                sorted((s.kind, s.next_number) for s in session.scalars(select(NumberSeries))))


def row(db: Database, number: str | None, kind: DocumentKind = DocumentKind.CREDIT_NOTE
        ) -> invoices.InvoiceRow:
    return next(r for r in invoices.list_invoices(db, today=date(2026, 1, 20))
                if r.number == number and r.kind is kind)


# ----------------------------------------------------------------------------- whole invoice

def test_whole_credit_is_the_exact_opposite_in_its_own_series(seed: tuple[Database, int]) -> None:
    db, invoice_id = seed
    number = credit_notes.credit_whole_invoice(db, invoice_id, reason="double facturation",
                                               issue_date=CREDIT_DAY)
    assert number == "AV-1"
    credit_id = invoices.find_invoice(db, "AV-1", DocumentKind.CREDIT_NOTE)
    assert credit_id is not None
    note, invoice = invoices.get_invoice(db, credit_id), invoices.get_invoice(db, invoice_id)
    assert note.kind is DocumentKind.CREDIT_NOTE and note.state is DocumentState.ISSUED
    assert note.totals == invoice.totals.negated()
    assert [getattr(note.totals, k) for k in TOTALS] == \
        [D("-2539.90"), D("-127.00"), D("-2412.90"), D("-482.58"), D("-2895.48")]
    assert [line.quantity for line in note.draft.lines] == [D(-25), D(-10)]
    assert note.draft.additional_info == ("Avoir sur la facture n° 1 du 08/01/2026\n"
                                          "Motif : double facturation")
    assert note.status is PaymentStatus.CREDIT and invoice.status is PaymentStatus.CANCELLED
    assert note.seller.legal_name == "WORLD COMPAGNIE" and note.buyer.name == "SA Spirit"
    # the stored (frozen) totals are the recomputed ones
    listed = row(db, "AV-1")
    assert (listed.ttc, listed.vat_total, listed.amount_due, listed.status) == \
        (D("-2895.48"), D("-482.58"), D("0.00"), PaymentStatus.CREDIT)
    assert credit_notes.credited_amount(db, invoice_id) == D("2895.48")
    assert [r.number for r in credit_notes.credit_notes_of(db, invoice_id)] == ["AV-1"]
    # the invoices go on 1, 2…; credit notes AV-1, AV-2…
    second = invoices.create_draft(db, seed_draft(invoice.draft.client_id))
    assert invoices.issue_invoice(db, second) == "2"
    assert credit_notes.credit_whole_invoice(db, second, issue_date=CREDIT_DAY) == "AV-2"
    assert company.get_numbering(db, DocumentKind.CREDIT_NOTE) == (NumberingRule("AV-"), 3)
    assert company.get_numbering(db)[1] == 3


def test_fully_credited_invoice_is_cancelled_and_owes_nothing(seed: tuple[Database, int]) -> None:
    db, invoice_id = seed
    credit_notes.credit_whole_invoice(db, invoice_id, issue_date=CREDIT_DAY)
    invoice = row(db, "1", DocumentKind.INVOICE)
    assert (invoice.status, invoice.amount_due, invoice.paid) == \
        (PaymentStatus.CANCELLED, D("0.00"), D("0.00"))
    view = invoices.get_invoice(db, invoice_id, today=date(2026, 6, 1))  # past due: still cancelled
    assert view.status is PaymentStatus.CANCELLED
    assert invoices.client_balance(db, view.draft.client_id) == D("0.00")
    with pytest.raises(DomainError, match="dépasse le reste à payer"):
        invoices.record_payment(db, invoice_id, CREDIT_DAY, "1")
    filtered = invoices.list_invoices(db, statuses=frozenset({PaymentStatus.CANCELLED}))
    assert [r.number for r in filtered] == ["1"]


def test_double_billing_one_step_refuses_a_second_whole_credit(seed: tuple[Database, int]) -> None:
    db, invoice_id = seed
    credit_notes.credit_whole_invoice(db, invoice_id, issue_date=CREDIT_DAY)
    before = counts(db)
    with pytest.raises(DomainError, match=r"dépasse ce qui reste à créditer sur la facture n° 1"):
        credit_notes.credit_whole_invoice(db, invoice_id, issue_date=CREDIT_DAY)
    with pytest.raises(DomainError, match="dépasse ce qui reste à créditer sur la facture n° 1 : "
                                          "0,00\u00a0€"):
        credit_notes.draft_credit_note(db, invoice_id, lines={0: D(1)}, issue_date=CREDIT_DAY)
    assert counts(db) == before  # nothing written, no number used


# ----------------------------------------------------------------------------- partial credits

def test_partial_credit_by_lines(seed: tuple[Database, int]) -> None:
    db, invoice_id = seed
    draft_id = credit_notes.draft_credit_note(db, invoice_id, lines={1: D("4")},
                                              issue_date=CREDIT_DAY, reason="pièces défectueuses")
    draft = invoices.get_invoice(db, draft_id)
    assert draft.number is None and draft.state is DocumentState.DRAFT
    assert draft.draft.lines == (Line("Produit", D(-4), "Pièce", D("103.99"), D(20)),)
    # 4 × 103,99 = 415,96; remise 5 % = 20,80; base 395,16; TVA 79,03
    assert [getattr(draft.totals, k) for k in TOTALS] == \
        [D("-415.96"), D("-20.80"), D("-395.16"), D("-79.03"), D("-474.19")]
    assert credit_notes.issue_credit_note(db, draft_id) == "AV-1"
    assert credit_notes.credited_amount(db, invoice_id) == D("474.19")
    invoice = row(db, "1", DocumentKind.INVOICE)
    assert (invoice.status, invoice.amount_due) == (PaymentStatus.UNPAID, D("2421.29"))
    # the rest of the line, then the other one: all of it credited
    credit_notes.issue_credit_note(db, credit_notes.draft_credit_note(
        db, invoice_id, lines={0: D(25), 1: D(6)}, issue_date=CREDIT_DAY))
    assert row(db, "1", DocumentKind.INVOICE).status is PaymentStatus.CANCELLED
    assert credit_notes.credited_amount(db, invoice_id) == D("2895.48")


def test_line_quantity_over_credit_is_refused(seed: tuple[Database, int]) -> None:
    db, invoice_id = seed
    credit_notes.issue_credit_note(db, credit_notes.draft_credit_note(
        db, invoice_id, lines={1: D(6)}, issue_date=CREDIT_DAY))
    before = counts(db)
    with pytest.raises(DomainError, match=r"Ligne « Produit » : 5 à créditer, mais 10 facturé\(s\) "
                                          r"sur la facture n° 1 dont 6 déjà crédité\(s\) \(reste 4\)"):
        credit_notes.draft_credit_note(db, invoice_id, lines={1: D(5)}, issue_date=CREDIT_DAY)
    with pytest.raises(DomainError, match=r"11 à créditer, mais 10 facturé"):
        credit_notes.draft_credit_note(db, invoice_id, lines={1: D(11)}, issue_date=CREDIT_DAY)
    with pytest.raises(DomainError, match="pas de ligne 3"):
        credit_notes.draft_credit_note(db, invoice_id, lines={2: D(1)}, issue_date=CREDIT_DAY)
    with pytest.raises(DomainError, match="valeur négative"):
        credit_notes.draft_credit_note(db, invoice_id, lines={1: D(-1)}, issue_date=CREDIT_DAY)
    assert counts(db) == before


def test_partial_credit_by_amount_per_rate(seed: tuple[Database, int]) -> None:
    db, invoice_id = seed
    draft_id = credit_notes.draft_credit_note(db, invoice_id, amounts={D(20): D("120.00")},
                                              issue_date=CREDIT_DAY, reason="geste commercial")
    view = invoices.get_invoice(db, draft_id)
    assert view.draft.lines == (Line("Avoir (remise commerciale) — TVA 20\u00a0%", D(-1), "forfait",
                                     D("100.00"), D(20)),)
    assert view.draft.discount_pct == 0
    assert (view.totals.net, view.totals.vat_total, view.totals.ttc) == \
        (D("-100.00"), D("-20.00"), D("-120.00"))
    credit_notes.issue_credit_note(db, draft_id)
    assert row(db, "1", DocumentKind.INVOICE).amount_due == D("2775.48")
    before = counts(db)
    with pytest.raises(DomainError, match="dépasse ce qui reste à créditer sur la facture n° 1"):
        credit_notes.draft_credit_note(db, invoice_id, amounts={D(20): D("2775.49")},
                                       issue_date=CREDIT_DAY)
    with pytest.raises(DomainError, match="aucune ligne à TVA 10"):
        credit_notes.draft_credit_note(db, invoice_id, amounts={D(10): D("10")},
                                       issue_date=CREDIT_DAY)
    with pytest.raises(DomainError, match="choisissez 0,02\u00a0€ ou 0,04\u00a0€"):
        credit_notes.draft_credit_note(db, invoice_id, amounts={D(20): D("0.03")},
                                       issue_date=CREDIT_DAY)
    assert counts(db) == before
    # the exact remainder is accepted and cancels the invoice
    credit_notes.issue_credit_note(db, credit_notes.draft_credit_note(
        db, invoice_id, amounts={D(20): D("2775.48")}, issue_date=CREDIT_DAY))
    assert row(db, "1", DocumentKind.INVOICE).status is PaymentStatus.CANCELLED


@pytest.mark.parametrize("rate", ["20", "10", "5.5", "2.1", "0"])
def test_amount_lines_give_the_typed_ttc(rate: str) -> None:
    reachable = 0
    for cents in range(1, 400):
        ttc = D(cents).scaleb(-2)
        try:
            lines = credit_lines_for_amounts({D(rate): ttc})
        except DomainError as exc:
            assert "choisissez" in str(exc)
            continue
        reachable += 1
        assert compute_totals(lines).ttc == -ttc
        assert lines[0].unit_price == ht_for_ttc(ttc, D(rate))
    assert reachable >= int(399 * 100 / (100 + D(rate))) - 1  # every HT cent gives one TTC


def test_line_credits_completing_an_invoice_absorb_rounding(seeded: tuple[Database, int]) -> None:
    """Two lines of 10,03 € HT: 4,01 € of VAT on the invoice, 2,01 € on each credit note."""
    db, client_id = seeded
    lines = (Line.parse("Pièce A", "1", "u", "10,03", "20"), Line.parse("Pièce B", "1", "u", "10,03", "20"))
    invoice_id = invoices.create_draft(db, DraftInput(client_id=client_id, issue_date=date(2026, 1, 8),
                                                      lines=lines, due_date=date(2026, 2, 8)))
    invoices.issue_invoice(db, invoice_id)
    assert invoices.get_invoice(db, invoice_id).totals.ttc == D("24.07")
    for index in (0, 1):
        credit_notes.issue_credit_note(db, credit_notes.draft_credit_note(
            db, invoice_id, lines={index: D(1)}, issue_date=CREDIT_DAY))
    assert [r.ttc for r in credit_notes.credit_notes_of(db, invoice_id)] == [D("-12.04")] * 2
    invoice = row(db, "1", DocumentKind.INVOICE)
    assert (invoice.status, invoice.amount_due) == (PaymentStatus.CANCELLED, D("0.00"))
    assert credit_notes.credited_amount(db, invoice_id) == D("24.07")
    # the documents as issued: the client is owed the cent the separate roundings made
    assert invoices.client_balance(db, client_id) == D("-0.01")
    assert check_database(db).ok
    with pytest.raises(DomainError, match="dépasse ce qui reste"):
        credit_notes.draft_credit_note(db, invoice_id, amounts={D(20): D("0.01")},
                                       issue_date=CREDIT_DAY)


# ----------------------------------------------------------------------------- refusals

def test_only_issued_invoices_are_credited(seed: tuple[Database, int]) -> None:
    db, invoice_id = seed
    client_id = invoices.get_invoice(db, invoice_id).draft.client_id
    draft = invoices.create_draft(db, seed_draft(client_id))
    with pytest.raises(DomainError, match="Seule une facture émise"):
        credit_notes.draft_credit_note(db, draft, issue_date=CREDIT_DAY)
    credit_notes.credit_whole_invoice(db, invoice_id, issue_date=CREDIT_DAY)
    credit_id = invoices.find_invoice(db, "AV-1", DocumentKind.CREDIT_NOTE)
    assert credit_id is not None
    with pytest.raises(DomainError, match="ne peut pas lui-même être crédité"):
        credit_notes.draft_credit_note(db, credit_id, issue_date=CREDIT_DAY)
    with pytest.raises(DomainError, match="avant la facture n° 1"):
        credit_notes.draft_credit_note(db, invoice_id, amounts={D(20): D(1)},
                                       issue_date=date(2026, 1, 7))
    with pytest.raises(DomainError, match="un seul de ces modes"):
        credit_notes.draft_credit_note(db, invoice_id, whole=True, lines={0: D(1)})
    with pytest.raises(DomainError, match="n'est pas un avoir"):
        credit_notes.issue_credit_note(db, draft)
    with pytest.raises(DomainError, match="facture émise"):
        invoices.record_payment(db, credit_id, CREDIT_DAY, "1")


def test_over_credit_is_checked_again_at_issue(seed: tuple[Database, int]) -> None:
    """Two drafts, each acceptable alone: the second is refused when issued."""
    db, invoice_id = seed
    first = credit_notes.draft_credit_note(db, invoice_id, issue_date=CREDIT_DAY)
    second = credit_notes.draft_credit_note(db, invoice_id, issue_date=CREDIT_DAY)
    credit_notes.issue_credit_note(db, first)
    before = counts(db)
    with pytest.raises(DomainError, match="dépasse ce qui reste"):
        credit_notes.issue_credit_note(db, second)
    with pytest.raises(DomainError, match="dépasse ce qui reste"):
        invoices.issue_invoice(db, second)  # the generic path checks it too
    assert counts(db) == before
    assert invoices.get_invoice(db, second).state is DocumentState.DRAFT


# ----------------------------------------------------------------------------- balance

def test_amount_due_and_balance_after_a_partial_credit_and_a_payment(
        seed: tuple[Database, int]) -> None:
    db, invoice_id = seed
    client_id = invoices.get_invoice(db, invoice_id).draft.client_id
    credit_notes.issue_credit_note(db, credit_notes.draft_credit_note(
        db, invoice_id, lines={1: D(1)}, issue_date=CREDIT_DAY))
    assert row(db, "AV-1").ttc == D("-118.55")  # 103,99 − 5,20 + 19,76
    invoices.record_payment(db, invoice_id, date(2026, 2, 2), "1000")
    invoice = row(db, "1", DocumentKind.INVOICE)
    assert (invoice.paid, invoice.amount_due, invoice.status) == \
        (D("1000.00"), D("1776.93"), PaymentStatus.PARTLY_PAID)
    assert invoices.client_balance(db, client_id) == D("1776.93")
    with pytest.raises(DomainError, match="dépasse le reste à payer"):
        invoices.record_payment(db, invoice_id, date(2026, 2, 3), "1776.94")
    invoices.record_payment(db, invoice_id, date(2026, 2, 3), "1776.93")
    invoice = row(db, "1", DocumentKind.INVOICE)
    assert (invoice.amount_due, invoice.status) == (D("0.00"), PaymentStatus.PAID)
    assert invoices.client_balance(db, client_id) == D("0.00")
    assert invoices.get_invoice(db, invoice_id).status is PaymentStatus.PAID


def test_credit_after_full_payment_is_owed_to_the_client(seed: tuple[Database, int]) -> None:
    db, invoice_id = seed
    client_id = invoices.get_invoice(db, invoice_id).draft.client_id
    invoices.record_payment(db, invoice_id, date(2026, 1, 20), "2895.48")
    credit_notes.issue_credit_note(db, credit_notes.draft_credit_note(
        db, invoice_id, amounts={D(20): D("120")}, issue_date=CREDIT_DAY))
    invoice = row(db, "1", DocumentKind.INVOICE)
    assert (invoice.status, invoice.amount_due) == (PaymentStatus.PAID, D("-120.00"))
    assert invoices.client_balance(db, client_id) == D("-120.00")


# ----------------------------------------------------------------------------- frozen, checked

@pytest.mark.parametrize("statement", [
    "UPDATE invoices SET ttc = 0 WHERE kind = 'credit_note'",
    "UPDATE invoices SET corrects_id = NULL WHERE kind = 'credit_note'",
    "DELETE FROM invoices WHERE kind = 'credit_note'",
    "UPDATE invoice_lines SET quantity = -10000 WHERE invoice_id IN "
    "(SELECT id FROM invoices WHERE kind = 'credit_note')",
    "DELETE FROM invoice_lines WHERE invoice_id IN (SELECT id FROM invoices WHERE kind = 'credit_note')",
])
def test_issued_credit_note_is_immutable(seed: tuple[Database, int], statement: str) -> None:
    db, invoice_id = seed
    credit_notes.credit_whole_invoice(db, invoice_id, issue_date=CREDIT_DAY)
    credit_id = invoices.find_invoice(db, "AV-1", DocumentKind.CREDIT_NOTE)
    assert credit_id is not None
    with pytest.raises(DomainError, match="avoir"):
        invoices.update_draft(db, credit_id, seed_draft(invoices.get_invoice(db, credit_id)
                                                        .draft.client_id))
    with pytest.raises(DomainError):
        invoices.delete_draft(db, credit_id)
    assert db.path is not None
    with sqlite3.connect(db.path) as conn, pytest.raises(sqlite3.IntegrityError, match="crmdesk"):
        conn.execute(statement)
    assert row(db, "AV-1").ttc == D("-2895.48")


def test_check_passes_with_credit_notes_and_names_an_altered_one(seed: tuple[Database, int]) -> None:
    db, invoice_id = seed
    credit_notes.issue_credit_note(db, credit_notes.draft_credit_note(
        db, invoice_id, lines={1: D(3)}, issue_date=CREDIT_DAY))
    credit_notes.issue_credit_note(db, credit_notes.draft_credit_note(
        db, invoice_id, amounts={D(20): D(60)}, issue_date=CREDIT_DAY))
    report = check_database(db)
    assert report.ok, report.summary()
    assert (report.documents, report.series) == (3, 2)
    assert db.path is not None
    with sqlite3.connect(db.path) as conn:
        conn.execute("DROP TRIGGER trg_lines_issued_no_update")
        conn.execute("UPDATE invoice_lines SET quantity = -110000 WHERE invoice_id = "
                     "(SELECT id FROM invoices WHERE number = 'AV-1')")  # −3 → −11
    report = check_database(db)
    assert not report.ok
    assert {p.where for p in report.problems} == {"avoir n° AV-1", "facture n° 1"}
    assert "total HT enregistré -311.97 € ≠ -1143.89 € recalculé" in report.summary()
    assert "Avoir n° AV-1 : Ligne « Produit » : 11 à créditer, mais 10 facturé(s)" in report.summary()


def test_check_names_a_credit_note_that_corrects_nothing(seed: tuple[Database, int]) -> None:
    db, invoice_id = seed
    credit_notes.credit_whole_invoice(db, invoice_id, issue_date=CREDIT_DAY)
    assert db.path is not None
    with sqlite3.connect(db.path) as conn:
        conn.execute("DROP TRIGGER trg_invoices_issued_no_update")
        conn.execute("UPDATE invoices SET corrects_id = NULL WHERE number = 'AV-1'")
    report = check_database(db)
    assert [(p.where, p.what.split(" (")[0]) for p in report.problems] == \
        [("avoir n° AV-1", "ne corrige aucune facture émise"),
         ("avoir n° AV-1", "contenu modifié hors de l'application")]  # its seal names the invoice


# ----------------------------------------------------------------------------- export / import

def test_export_import_export_is_identical_with_credit_notes(seed: tuple[Database, int],
                                                             tmp_path: Path) -> None:
    db, invoice_id = seed
    credit_notes.issue_credit_note(db, credit_notes.draft_credit_note(
        db, invoice_id, lines={0: D(5)}, issue_date=CREDIT_DAY, reason="heures non faites"))
    credit_notes.issue_credit_note(db, credit_notes.draft_credit_note(
        db, invoice_id, amounts={D(20): D("120")}, issue_date=CREDIT_DAY))
    credit_notes.draft_credit_note(db, invoice_id, lines={1: D(1)}, issue_date=CREDIT_DAY)  # a draft
    exported = exchange.export_document(db)
    notes = [x for x in exported["invoices"] if x["kind"] == "credit_note"]
    assert [(x["number"], x["corrects_number"], x["totals"] and x["totals"]["ttc"]) for x in notes] == \
        [("AV-1", "1", "-342.00"), ("AV-2", "1", "-120.00"), (None, "1", None)]
    copy = open_database(tmp_path / "copy.sqlite")
    try:
        exchange.import_document(copy, exported)
        assert exchange.export_document(copy) == exported
        assert check_database(copy).ok
        assert credit_notes.credited_amount(copy, invoices.find_invoice(copy, "1") or 0) == D("462.00")
    finally:
        copy.dispose()


def test_import_refuses_an_over_credit(seed: tuple[Database, int], tmp_path: Path) -> None:
    db, invoice_id = seed
    credit_notes.credit_whole_invoice(db, invoice_id, issue_date=CREDIT_DAY)
    document = exchange.export_document(db)
    note = next(x for x in document["invoices"] if x["kind"] == "credit_note")
    document["invoices"].append({**note, "number": "AV-2", "sequence": 2})
    document["numbering"] = [{**s, "next_number": 3} if s["kind"] == "credit_note" else s
                             for s in document["numbering"]]
    copy = open_database(tmp_path / "copy.sqlite")
    try:
        with pytest.raises(exchange.ImportRefused, match=r"invoices\[2\] \(n° AV-2\), champ « lines » "
                                                         r": .*dépasse ce qui reste"):
            exchange.import_document(copy, document)
    finally:
        copy.dispose()


# ----------------------------------------------------------------------------- two processes

WORKER = textwrap.dedent("""
    import sys, time
    from datetime import date
    from pathlib import Path
    from crmdesk.domain.errors import DomainError
    from crmdesk.services import credit_notes
    from crmdesk.services.database import open_database

    db = open_database(sys.argv[1])
    invoice_id, go = int(sys.argv[2]), Path(sys.argv[3])
    while not go.exists():
        time.sleep(0.001)
    try:
        print(credit_notes.credit_whole_invoice(db, invoice_id, issue_date=date(2026, 2, 1)))
    except DomainError:
        print("refused")
""")


def test_two_processes_cannot_both_credit_the_whole_invoice(seed: tuple[Database, int],
                                                            tmp_path: Path) -> None:
    db, invoice_id = seed
    assert db.path is not None
    go = tmp_path / "go"
    workers = [subprocess.Popen([sys.executable, "-c", WORKER, str(db.path), str(invoice_id), str(go)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for _ in range(2)]
    time.sleep(1.0)
    go.touch()
    outputs = []
    for worker in workers:
        out, err = worker.communicate(timeout=120)
        assert worker.returncode == 0, err
        outputs.append(out.strip())
    assert sorted(outputs) == ["AV-1", "refused"]
    assert [r.number for r in credit_notes.credit_notes_of(db, invoice_id)] == ["AV-1"]
    assert check_database(db).ok
