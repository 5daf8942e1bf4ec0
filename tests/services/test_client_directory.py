"""Client search and pages in SQL; the client file: appointments, journal, duplicates."""

import dataclasses
from datetime import date, datetime
from decimal import Decimal as D

import pytest
from scenario import SA_SPIRIT, seed_draft

from crmdesk.domain.errors import DomainError
from crmdesk.services import clients, invoices
from crmdesk.services.client_directory import ClientSort, client_page, count_clients
from crmdesk.services.client_file import (AppointmentStatus, InteractionKind, add_interaction,
                                          find_duplicates, load_client_file, plan_appointment,
                                          record_appointment)
from crmdesk.services.database import Database
from crmdesk.services.values import ClientInput


def _add(db: Database, name: str, city: str, **extra: str) -> int:
    return clients.create_client(db, ClientInput(name=name, billing_city=city, **extra)).id


@pytest.mark.parametrize(("query", "expected"), [
    ("spirit", ["SA Spirit"]), ("SPIR", ["SA Spirit"]), ("aix-en", ["SA Spirit"]),
    ("forets", ["Les Forêts du Var"]), ("foret", ["Les Forêts du Var"]),
    ("gerard", ["Gérard Œuvres"]), ("oeuvres", ["Gérard Œuvres"]), ("456", ["SA Spirit"]),
    ("732829320", ["SA Spirit"]), ("04 94", ["Les Forêts du Var"]), ("0494112233", ["Les Forêts du Var"]),
    ("ge", ["Gérard Œuvres"]), ("zzz", []), ("var forets", ["Les Forêts du Var"]),
    ('"', []), ("%", []),
])
def test_search_is_case_and_accent_insensitive(seeded: tuple[Database, int], query: str,
                                               expected: list[str]) -> None:
    db, _ = seeded
    _add(db, "Les Forêts du Var", "Draguignan", phone="+33 4 94 11 22 33")
    _add(db, "Gérard Œuvres", "Brignoles", email="contact@oeuvres.fr")
    assert [r.name for r in client_page(db, query)] == expected
    assert count_clients(db, query) == len(expected)


def test_pages_sorting_and_archived(seeded: tuple[Database, int]) -> None:
    db, spirit = seeded
    ids = [_add(db, f"Client {i:03d}", "Lyon") for i in range(250)]
    assert count_clients(db) == 251
    first = client_page(db, sort=ClientSort.NAME, limit=200)
    second = client_page(db, sort=ClientSort.NAME, offset=200, limit=200)
    assert len(first) == 200 and len(second) == 51
    names = [r.name for r in first + second]
    assert names == sorted(names, key=str.lower)
    by_number = [r.number for r in client_page(db, sort=ClientSort.NUMBER, limit=300)]
    assert by_number[:3] == ["456", "457", "458"] and by_number[-1] == "706"
    clients.set_archived(db, ids[0])
    assert count_clients(db) == 250 and count_clients(db, include_archived=True) == 251
    invoices.issue_invoice(db, invoices.create_draft(db, seed_draft(spirit)))
    top = client_page(db, sort=ClientSort.BALANCE, descending=True, limit=1)[0]
    assert (top.name, top.balance) == ("SA Spirit", D("2895.48"))


def test_client_file_appointments_and_journal(seeded: tuple[Database, int]) -> None:
    db, spirit = seeded
    invoices.issue_invoice(db, invoices.create_draft(db, seed_draft(spirit)))
    add_interaction(db, spirit, InteractionKind.CALL, "Relance du devis", datetime(2026, 3, 1, 9))
    appointment = plan_appointment(db, spirit, datetime(2026, 3, 10, 14, 30), subject="Bilan annuel",
                                   place="Aix-en-Provence")
    file = load_client_file(db, spirit, today=date(2026, 3, 1))
    assert file.balance == D("2895.48") and [i.number for i in file.invoices] == ["1"]
    assert file.appointments[0].status is AppointmentStatus.PLANNED
    record_appointment(db, appointment, "Commande de 10 pièces envisagée")
    file = load_client_file(db, spirit)
    assert file.appointments[0].status is AppointmentStatus.DONE
    assert [e.kind for e in file.journal] == [InteractionKind.APPOINTMENT, InteractionKind.CALL]
    assert client_page(db, "spirit")[0].last_contact == datetime(2026, 3, 10, 14, 30)
    with pytest.raises(DomainError, match="objet"):
        plan_appointment(db, spirit, datetime(2026, 3, 11), subject="  ")
    with pytest.raises(DomainError, match="vide"):
        add_interaction(db, spirit, InteractionKind.NOTE, "")


def test_duplicates(seeded: tuple[Database, int]) -> None:
    db, spirit = seeded
    same_siren = dataclasses.replace(SA_SPIRIT, number="", name="Spirit (doublon)")
    assert [m.client_id for m in find_duplicates(db, same_siren)] == [spirit]
    assert "SIREN" in find_duplicates(db, same_siren)[0].reason
    similar = ClientInput(name="SA Spirits", billing_postcode="13100")
    assert [m.number for m in find_duplicates(db, similar)] == ["456"]
    assert find_duplicates(db, ClientInput(name="SA Spirits", billing_postcode="75001")) == []
    assert find_duplicates(db, SA_SPIRIT, exclude_id=spirit) == []
