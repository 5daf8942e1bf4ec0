"""Client search and pages in SQL; the client file: appointments, journal, duplicates."""

import dataclasses
from datetime import date, datetime
from decimal import Decimal as D

import pytest
from scenario import SA_SPIRIT, seed_draft

from crmdesk.domain.errors import DomainError
from crmdesk.services import client_directory, clients, invoices
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


@pytest.mark.parametrize("query", ["d", "du", "dupont", "pont", "lyon", "du ly", "04 94", "pont lyon", "%"])
def test_walking_the_name_index_finds_what_sorting_finds(seeded: tuple[Database, int],
                                                         monkeypatch: pytest.MonkeyPatch,
                                                         query: str) -> None:
    """Both plans of a page (walk the name index, or sort the matches) give the same rows:
    the walk tests words of three letters and more with LIKE, the sort with the trigram index."""
    db, _ = seeded
    for i in range(30):
        _add(db, f"{'Dupont' if i % 3 else 'Durand'} {i:02d}", "Lyon" if i % 2 else "Draguignan",
             phone=f"04 94 00 00 {i:02d}" if i % 4 else "")
    clients.set_archived(db, _add(db, "Dupont archivé", "Lyon"))

    def pages(walk_threshold: int) -> list[list[int]]:
        monkeypatch.setattr(client_directory, "WALK_THRESHOLD", walk_threshold)
        return [[r.id for r in client_page(db, query, offset=offset, limit=7, include_archived=archived)]
                for archived in (False, True) for offset in (0, 7, 28)]

    sorted_pages = pages(10**9)
    assert pages(1) == sorted_pages
    assert query == "%" or sorted_pages[0], "the query finds someone"


def test_several_words_are_one_match_per_index(seeded: tuple[Database, int]) -> None:
    """Words of the same index are intersected inside FTS5; each word still has to match."""
    db, _ = seeded
    wanted = _add(db, "Dupont Menuiserie", "Lyon", phone="06 12 34 56 78")
    _add(db, "Dupont Plomberie", "Lyon", phone="06 98 76 54 32")
    _add(db, "Martin", "Lyon", phone="07 12 00 00 00")
    assert [r.id for r in client_page(db, "06 12")] == [wanted]
    assert [r.id for r in client_page(db, "dupont 12 lyon")] == [wanted]
    assert count_clients(db, "06 12 lyon") == 1 and count_clients(db, "06 lyon") == 2


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", list(ClientSort))
def test_every_sort_of_a_search(seeded: tuple[Database, int], sort: ClientSort, descending: bool) -> None:
    """Each column sorts the matches of a search, in both orders, page after page."""
    db, _ = seeded
    for i in range(12):
        _add(db, f"Dupont {(i * 7) % 12:02d}", f"Ville {(i * 5) % 12:02d}", phone=f"04 94 00 00 {i:02d}",
             email=f"d{(i * 11) % 12:02d}@exemple.fr")
    rows = [r for offset in (0, 5, 10) for r in client_page(db, "dupont", sort=sort, descending=descending,
                                                             offset=offset, limit=5)]
    key = {ClientSort.NUMBER: lambda r: (len(r.number), r.number), ClientSort.NAME: lambda r: r.name.lower(),
           ClientSort.CITY: lambda r: r.city, ClientSort.PHONE: lambda r: r.phone,
           ClientSort.EMAIL: lambda r: r.email, ClientSort.BALANCE: lambda r: r.balance,
           ClientSort.LAST_CONTACT: lambda r: r.last_contact or datetime.min}[sort]
    assert len({r.id for r in rows}) == 12
    assert [key(r) for r in rows] == sorted((key(r) for r in rows), reverse=descending)
