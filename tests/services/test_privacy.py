"""Personal data: everything held about a client exported, then erased but for issued documents."""

from __future__ import annotations

import dataclasses
import io
import json
import sqlite3
from datetime import date, datetime
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from crmdesk.domain.claims import ClaimType
from crmdesk.domain.errors import DomainError
from crmdesk.services import claims, clients, invoices, privacy
from crmdesk.services.client_directory import count_clients
from crmdesk.services.client_file import (InteractionKind, add_interaction, plan_appointment,
                                          record_appointment)
from crmdesk.services.database import Database
from crmdesk.services.printing import invoice_pdf
from crmdesk.services.values import ClientInput, ContactValue
from crmdesk.storage.models import Claim, LoyaltyAction, Mailing, Referral, Reward, Survey

from clirun import run
from scenario import seed_draft

SECRET = "Zoé Quintessence"  # the person's name: on issued invoices, and nowhere else afterwards
NOTE = "allergique-aux-arachides"  # written only in free texts, never on an invoice
AT = datetime(2026, 3, 1, 10, 0)
PERSON = ClientInput(
    name=SECRET, kind="individual", number="900", email="zoe@exemple.fr", phone="06 12 34 56 78",
    billing_street="3 impasse des Lilas", billing_postcode="13100", billing_city="Aix-en-Provence",
    delivery_street="Chez Zoé Quintessence, 5 rue Haute", delivery_postcode="13001",
    delivery_city="Marseille", delivery_country="France", notes=f"Cliente fidèle, {NOTE}",
    contacts=(ContactValue(f"{SECRET} (mère)", "Payeuse", "06 98 76 54 32", "mere@exemple.fr"),))


def fill(db: Database) -> dict[str, int]:
    """A client with some of everything crmdesk can hold about a person."""
    client_id = clients.create_client(db, PERSON).id
    sponsor = clients.create_client(db, ClientInput(name="Parrain SARL", number="901")).id
    invoice_id = invoices.create_draft(db, dataclasses.replace(
        seed_draft(client_id), client_contact=SECRET, additional_info=f"Livrer à {SECRET}"))
    invoices.issue_invoice(db, invoice_id)
    invoices.record_payment(db, invoice_id, date(2026, 1, 20), "1000.00", "cheque", "chèque 1234")
    add_interaction(db, client_id, InteractionKind.CALL, f"Appel : {NOTE}", AT)
    record_appointment(db, plan_appointment(db, client_id, AT, subject=f"Visite {NOTE}",
                                            place="Chez elle"), f"Tout va bien, {NOTE}")
    claim_id = claims.open_claim(db, client_id, invoice_id, ClaimType.QUALITE,
                                 f"Mes mots : {NOTE}", "Pierre Legrand", now=AT)
    claims.save_step(db, claim_id, 2, {"reformulation": f"Vous dites {NOTE}"}, "Pierre Legrand",
                     now=AT)
    with db.write() as session:
        claim = session.get(Claim, claim_id)
        assert claim is not None
        claim.analysis = json.dumps({"notes": NOTE, "delivery_date": "2026-01-10"})
        claim.gesture_details = json.dumps({"description": NOTE, "percent": "5"})
        claim.explanation = NOTE
        mailing = Mailing(segment="fidèles", subject="Nos nouveautés", body="Bonjour {nom}",
                          recipients=1, created_at=AT)
        session.add(mailing)
        session.flush()
        reward = Reward(client_id=sponsor, kind="bon", amount=D("20.00"), expires_on=date(2026, 9, 1),
                        source="fidelisation", created_at=AT, note=f"pour avoir parrainé {SECRET}")
        session.add(reward)
        session.flush()
        session.add_all([
            Reward(client_id=client_id, kind="remise", percent=D("5"), expires_on=date(2026, 9, 1),
                   source="reclamation", claim_id=claim_id, created_at=AT, note=NOTE),
            LoyaltyAction(client_id=client_id, objective="informer", kind="mailing",
                          title=f"Lettre à {SECRET}", details=NOTE, status="done",
                          done_on=date(2026, 3, 2), segment="fidèles", batch="b1",
                          mailing_id=mailing.id, created_at=AT),
            Survey(client_id=client_id, answered_on=date(2026, 3, 3), score=9,
                   comment=f"Très bien — {NOTE}", created_at=AT),
            Referral(sponsor_id=sponsor, referred_id=client_id, referred_on=date(2026, 1, 1),
                     reward_id=reward.id, note=f"{SECRET} envoyée par Parrain ({NOTE})",
                     created_at=AT)])
    return {"client": client_id, "sponsor": sponsor, "invoice": invoice_id, "claim": claim_id}


@pytest.fixture
def person(seeded: tuple[Database, int]) -> tuple[Database, dict[str, int]]:
    db, _ = seeded
    return db, fill(db)


def dump(db: Database) -> list[str]:
    """Every row of the database as SQL text (the search index tables included)."""
    assert db.path is not None
    with sqlite3.connect(db.path) as connection:
        return list(connection.iterdump())


def tables_holding(lines: list[str], text: str) -> set[str]:
    return {line.split('"')[1] for line in lines if text in line and line.startswith("INSERT")}


# ----------------------------------------------------------------------------- export

def test_export_holds_everything_about_the_client(person: tuple[Database, dict[str, int]],
                                                  tmp_path: Path) -> None:
    db, ids = person
    result = privacy.export_client_data(db, ids["client"], tmp_path / "zoe.json", now=AT)
    document: dict[str, Any] = json.loads((tmp_path / "zoe.json").read_text(encoding="utf-8"))
    assert document["format"] == "crmdesk-donnees-client" and document["version"] == 1
    client = document["client"]
    assert client["name"] == SECRET and client["email"] == "zoe@exemple.fr"
    assert client["delivery_street"].startswith("Chez Zoé") and NOTE in client["notes"]
    assert client["contacts"][0]["phone"] == "06 98 76 54 32"
    assert NOTE in document["journal"][0]["summary"] or NOTE in document["journal"][1]["summary"]
    assert document["appointments"][0]["outcome"] == f"Tout va bien, {NOTE}"
    (invoice,) = document["invoices"]
    assert invoice["number"] == "1" and invoice["buyer_snapshot"]["name"] == SECRET
    assert invoice["ttc"] == "2895.48" and invoice["lines"][1]["unit_price"] == "103.9900"
    assert invoice["payments"][0]["amount"] == "1000.00"
    (claim,) = document["claims"]
    assert claim["invoice_number"] == "1" and claim["analysis"]["notes"] == NOTE
    assert claim["history"][0]["what"].startswith("Réclamation ouverte")
    assert document["rewards"][0]["note"] == NOTE and document["rewards"][0]["claim_number"]
    assert document["loyalty_actions"][0]["title"] == f"Lettre à {SECRET}"
    assert document["surveys"][0]["score"] == 9
    assert document["referrals"][0]["role"] == "filleul"
    assert document["referrals"][0]["sponsor_number"] == "901"
    assert document["mailings"][0]["subject"] == "Nos nouveautés"
    assert result.counts["invoices"] == 1 and result.counts["claims"] == 1
    assert result.client_number == "900"
    text = json.dumps(document)
    assert '"id"' not in text and '"client_id"' not in text and "search_text" not in text
    # The sponsor sees the referral from the other side.
    sponsor = privacy.client_data(db, ids["sponsor"])
    assert sponsor["referrals"][0]["role"] == "parrain" and sponsor["invoices"] == []


def test_export_refuses_a_missing_folder_or_client(person: tuple[Database, dict[str, int]],
                                                   tmp_path: Path) -> None:
    db, ids = person
    with pytest.raises(DomainError, match="n'existe pas"):
        privacy.export_client_data(db, ids["client"], tmp_path / "absent" / "x.json")
    with pytest.raises(DomainError, match="Ce client n'existe plus"):
        privacy.export_client_data(db, 99_999, tmp_path / "x.json")
    assert not (tmp_path / "x.json").exists()


# ----------------------------------------------------------------------------- anonymisation

def test_anonymise_erases_the_person_but_not_the_issued_invoice(
        person: tuple[Database, dict[str, int]]) -> None:
    db, ids = person
    before = invoices.get_invoice(db, ids["invoice"])
    pdf_before = invoice_pdf(db, ids["invoice"])
    result = privacy.anonymise_client(db, ids["client"], now=datetime(2026, 12, 4, 18, 0))
    assert result.client_number == "900" and result.counts["contacts"] == 1
    assert result.counts["journal"] >= 2 and result.counts["claims"] == 1

    lines = dump(db)
    # The name survives only in the frozen invoice (snapshot, contact, additional information).
    assert tables_holding(lines, SECRET) == {"invoices"}
    assert tables_holding(lines, NOTE) == set()
    assert tables_holding(lines, "zoe@exemple.fr") == set()
    assert tables_holding(lines, "06 98 76 54 32") == set()

    client = clients.get_client(db, ids["client"])
    assert client.name == privacy.ANONYMOUS_NAME and client.number == "900" and client.archived
    assert client.data.contacts == () and client.data.billing_street == ""
    assert client.data.kind == "individual" and client.data.billing_country == "France"
    assert privacy.is_anonymised(db, ids["client"]) == datetime(2026, 12, 4, 18, 0)
    assert count_clients(db, "Quintessence", include_archived=True) == 0
    assert count_clients(db, "arachides", include_archived=True) == 0

    after = invoices.get_invoice(db, ids["invoice"])
    assert after.buyer == before.buyer and after.buyer.name == SECRET
    assert after.totals == before.totals and after.payments == before.payments
    assert invoice_pdf(db, ids["invoice"]) == pdf_before  # the same bytes, the same identity
    text = PdfReader(io.BytesIO(pdf_before)).pages[0].extract_text()
    assert SECRET in text

    claim = claims.get_claim(db, ids["claim"])
    assert claim.client_words == "" and claim.reformulation == "" and claim.explanation == ""
    assert all(event.what == privacy.ERASED for event in claim.history)
    with db.read() as session:
        stored = session.get(Claim, ids["claim"])
        assert stored is not None
        assert json.loads(stored.analysis) == {"delivery_date": "2026-01-10"}
        assert json.loads(stored.gesture_details) == {"percent": "5"}
        survey = session.query(Survey).one()
        assert survey.score == 9 and survey.comment == "" and survey.answered_on == date(2026, 3, 3)
        referral = session.query(Referral).one()
        assert referral.note == "" and referral.sponsor_id == ids["sponsor"]
        action = session.query(LoyaltyAction).one()
        assert action.done_on == date(2026, 3, 2) and action.details == ""
        assert {r.amount for r in session.query(Reward)} == {D("20.00"), None}
        assert session.query(Mailing).one().body == "Bonjour {nom}"  # a template, not about her

    exported = privacy.client_data(db, ids["client"])
    assert exported["client"]["name"] == privacy.ANONYMOUS_NAME
    assert exported["invoices"][0]["buyer_snapshot"]["name"] == SECRET


def test_erased_text_is_gone_from_the_file_itself(person: tuple[Database, dict[str, int]]) -> None:
    """Not only unreadable through SQL: absent from the bytes of the database and its log."""
    db, ids = person
    assert db.path is not None
    files = [db.path, db.path.with_name(db.path.name + "-wal")]

    def raw() -> bytes:
        return b"".join(f.read_bytes() for f in files if f.exists())

    assert NOTE.encode() in raw()
    privacy.anonymise_client(db, ids["client"])
    data = raw()
    for erased in (NOTE, "zoe@exemple.fr", "06 98 76 54 32", "quintessence", "mere@exemple.fr"):
        assert erased.encode() not in data, erased
    assert SECRET.encode() in data  # the issued invoice keeps it


def test_anonymise_twice_is_refused(person: tuple[Database, dict[str, int]]) -> None:
    db, ids = person
    privacy.anonymise_client(db, ids["client"], now=datetime(2026, 12, 4, 18, 0))
    before = dump(db)
    with pytest.raises(DomainError, match="déjà été anonymisé le 04/12/2026"):
        privacy.anonymise_client(db, ids["client"])
    assert dump(db) == before


def test_a_draft_blocks_anonymisation_and_nothing_changes(
        person: tuple[Database, dict[str, int]]) -> None:
    db, ids = person
    draft = invoices.create_draft(db, seed_draft(ids["client"], 2027))
    before = dump(db)
    with pytest.raises(DomainError, match="un brouillon de facture ou d'avoir : émettez-les ou "
                                          "supprimez-les"):
        privacy.anonymise_client(db, ids["client"])
    assert dump(db) == before
    invoices.delete_draft(db, draft)
    privacy.anonymise_client(db, ids["client"])
    assert clients.get_client(db, ids["client"]).name == privacy.ANONYMOUS_NAME


def test_unknown_client_is_refused(db: Database) -> None:
    with pytest.raises(DomainError, match="Ce client n'existe plus"):
        privacy.anonymise_client(db, 42)


# ----------------------------------------------------------------------------- commands

def test_client_commands(person: tuple[Database, dict[str, int]], tmp_path: Path,
                         capsys: pytest.CaptureFixture[str]) -> None:
    db, ids = person
    where = str(db.path)
    code, out, _ = run(capsys, "client", "export-data", "900", "--db", where, "-o",
                       str(tmp_path / "zoe.json"))
    assert code == 0 and "client n° 900" in out
    assert json.loads((tmp_path / "zoe.json").read_text(encoding="utf-8"))["client"]["name"] == SECRET
    code, _, err = run(capsys, "client", "anonymise", "900", "--db", where)
    assert code == 1 and "--yes" in err and clients.get_client(db, ids["client"]).name == SECRET
    code, out, _ = run(capsys, "client", "anonymise", "900", "--db", where, "--yes")
    assert code == 0 and "anonymisé" in out
    assert clients.get_client(db, ids["client"]).name == privacy.ANONYMOUS_NAME
    code, _, err = run(capsys, "client", "anonymise", "900", "--db", where, "--yes")
    assert code == 1 and "déjà été anonymisé" in err
    code, _, err = run(capsys, "client", "export-data", "12345", "--db", where, "-o",
                       str(tmp_path / "x.json"))
    assert code == 1 and "Aucun client n° 12345" in err
