"""CSV export and import of clients: French Excel format, injection-safe, all or nothing."""

from __future__ import annotations

import csv
import dataclasses
import io
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from crmdesk.domain.errors import DomainError
from crmdesk.services import clients
from crmdesk.services.clients_csv import (HEADERS, CsvError, export_clients_csv, import_clients,
                                          neutralise_cell, parse_clients_csv, restore_cell)
from crmdesk.services.database import Database, open_database
from crmdesk.services.values import ClientInput, ContactValue
from crmdesk.storage.models import Client

from scenario import SA_SPIRIT

BOM = b"\xef\xbb\xbf"
HEADER = ("Numéro;Type;Nom;Forme juridique;SIREN;SIRET;N° TVA;E-mail;Téléphone;Adresse;"
          "Code postal;Ville;Pays;Adresse de livraison;CP livraison;Ville livraison;"
          "Pays livraison;Contact;Fonction du contact;Téléphone du contact;E-mail du contact;"
          "Notes;Archivé;Créé le")
NASTY = ClientInput(number="457", kind="individual", name='=HYPERLINK("http://x")',
                    phone="+33 4 42 00 00 00", billing_street="-2+3", notes="@SUM(A1)\nsuite",
                    billing_postcode="13100", billing_city="Aix; centre",
                    contacts=(ContactValue("Jean =Dupont", "Gérant", "-1", "j@x.fr"),
                              ContactValue("Second", "ignoré")))


def _numbers(db: Database) -> list[str]:
    with db.read() as session:
        return sorted(session.scalars(select(Client.number)))


def _write(path: Path, text: str, encoding: str = "utf-8-sig") -> Path:
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    return path


@pytest.fixture
def exported(seeded: tuple[Database, int], tmp_path: Path) -> tuple[Database, Path, list[int]]:
    db, spirit = seeded
    nasty = clients.create_client(db, NASTY).id
    clients.set_archived(db, nasty)
    path = tmp_path / "clients.csv"
    assert export_clients_csv(db, path) == 2
    return db, path, [spirit, nasty]


def test_export_is_french_excel_csv(exported: tuple[Database, Path, list[int]]) -> None:
    db, path, _ = exported
    data = path.read_bytes()
    assert data.startswith(BOM) and data.count(b"\r\n") >= 3
    text = data[len(BOM):].decode("utf-8")
    assert text.split("\r\n")[0] == HEADER == ";".join(HEADERS)
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert len(rows) == 3  # the notes of the second client span two physical lines
    today = date.today().strftime("%d/%m/%Y")
    spirit = dict(zip(HEADERS, rows[1]))
    assert spirit["Numéro"] == "456" and spirit["Nom"] == "SA Spirit"
    assert spirit["Type"] == "Entreprise" and spirit["Archivé"] == "non"
    assert spirit["Créé le"] == today and spirit["Contact"] == "Michel ALI"
    nasty = dict(zip(HEADERS, rows[2]))
    assert nasty["Nom"] == "'=HYPERLINK(\"http://x\")"
    assert nasty["Téléphone"] == "'+33 4 42 00 00 00" and nasty["Adresse"] == "'-2+3"
    assert nasty["Notes"] == "'@SUM(A1)\nsuite" and nasty["Ville"] == "Aix; centre"
    assert nasty["Contact"] == "Jean =Dupont" and nasty["Téléphone du contact"] == "'-1"
    assert nasty["Type"] == "Particulier" and nasty["Archivé"] == "oui"
    assert export_clients_csv(db, path, include_archived=False) == 1
    assert b"HYPERLINK" not in path.read_bytes()


@pytest.mark.parametrize("text", ["=1", "+1", "-1", "@x", "\tx", "\rx", "'=1", "''-x"])
def test_neutralise_round_trips(text: str) -> None:
    assert neutralise_cell(text) == "'" + text
    assert restore_cell(neutralise_cell(text)) == text
    for plain in ("Dupont", "'Dupont", "", "'", "a=b"):
        assert neutralise_cell(plain) == plain and restore_cell(plain) == plain


def test_round_trip_into_empty_database(exported: tuple[Database, Path, list[int]],
                                        tmp_path: Path) -> None:
    db, path, ids = exported
    originals = [clients.get_client(db, i) for i in ids]
    target = open_database(tmp_path / "empty.sqlite")
    try:
        preview = parse_clients_csv(path, target)
        assert (preview.encoding, preview.separator, preview.warnings) == ("UTF-8 avec BOM", ";", [])
        assert preview.error_rows == [] and [r.line for r in preview.rows] == [2, 3]
        for row, original in zip(preview.rows, originals):
            first_contact = original.data.contacts[:1]  # only the first contact is exported
            assert row.client == dataclasses.replace(original.data, contacts=first_contact)
            assert row.archived == original.archived and row.created_on == date.today()
        assert import_clients(target, preview) == 2
        assert _numbers(target) == ["456", "457"]
        assert clients.find_client_by_number(target, "457").archived  # type: ignore[union-attr]
        assert parse_clients_csv(path, target).valid_rows == []  # numbers now taken
    finally:
        target.dispose()


def test_bad_row_is_reported_and_skipped(db: Database, tmp_path: Path) -> None:
    path = _write(tmp_path / "in.csv", "Nom;SIRET;Ville;Numéro\n"
                  "Alpha;;Lyon;\n"
                  "Beta;73282932000075;Paris;\n"
                  "Gamma;73282932000074;Nice;\n"
                  "Delta;;Brest;\n")
    preview = parse_clients_csv(path, db)
    assert [r.line for r in preview.error_rows] == [3]
    [message] = preview.error_rows[0].errors
    assert message.startswith("Ligne 3, colonne « SIRET » : « 73282932000075 »") and "clé" in message
    assert import_clients(db, preview) == 3
    names = {c: clients.find_client_by_number(db, c).name for c in _numbers(db)}  # type: ignore
    assert names == {"1": "Alpha", "2": "Gamma", "3": "Delta"}


def test_cp1252_and_comma_files(db: Database, tmp_path: Path) -> None:
    path = _write(tmp_path / "win.csv", "NOM;ville;Code Postal;Archive\nForêt SARL;Forêt;1000;OUI\n",
                  "cp1252")
    preview = parse_clients_csv(path)
    assert preview.encoding == "Windows-1252"
    [row] = preview.valid_rows
    assert row.client is not None and row.client.name == "Forêt SARL" and row.archived
    assert row.client.billing_city == "Forêt" and row.client.billing_postcode == "01000"
    assert "01000" in preview.warnings[0]
    path = _write(tmp_path / "comma.csv", 'Nom,Ville,Couleur\n"Dupont, fils",Lyon,bleu\n', "utf-8")
    preview = parse_clients_csv(path)
    assert (preview.encoding, preview.separator) == ("UTF-8", ",")
    assert preview.valid_rows[0].client.name == "Dupont, fils"  # type: ignore[union-attr]
    assert preview.warnings == ["Colonne « Couleur » inconnue : ignorée."]


def test_row_level_errors(seeded: tuple[Database, int], tmp_path: Path) -> None:
    db, _ = seeded
    path = _write(tmp_path / "dup.csv", "Numéro;Nom;Type;Créé le\n"
                  "10;Un;;\n"
                  "10;Deux;Particulier;31/02/2025\n"
                  "456;Trois;Association;\n"
                  "11;;;\n"
                  ";;;\n"
                  "12;Cinq;;01/02/2025\n")
    preview = parse_clients_csv(path, db)
    errors = {r.line: " ".join(r.errors) for r in preview.error_rows}
    assert set(errors) == {2, 3, 4, 5}
    assert "figure aussi ligne 3" in errors[2] and "figure aussi ligne 2" in errors[3]
    assert "« Créé le »" in errors[3] and "JJ/MM/AAAA" in errors[3]
    assert "déjà pris dans la base" in errors[4] and "Entreprise ou Particulier" in errors[4]
    assert "nom du client est obligatoire" in errors[5]
    [valid] = preview.valid_rows
    assert valid.line == 7 and valid.created_on == date(2025, 2, 1)


@pytest.mark.parametrize("content", [b"", BOM, b"\r\n\r\n", b"\x00\x01\x02garbage\xff",
                                     b"\xff\xfeN\x00o\x00m\x00", b"Ville;Pays\r\nLyon;France\r\n",
                                     b"\x81\x8d\x8f"])
def test_unreadable_files(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(CsvError):
        parse_clients_csv(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(CsvError, match="n'existe pas"):
        parse_clients_csv(tmp_path / "absent.csv")


def test_clash_after_preview_writes_nothing(seeded: tuple[Database, int], tmp_path: Path) -> None:
    db, _ = seeded
    path = _write(tmp_path / "in.csv", "Numéro;Nom\n500;A\n;B\n501;C\n;D\n")
    preview = parse_clients_csv(path, db)
    assert len(preview.valid_rows) == 4
    clients.create_client(db, ClientInput(name="Intrus", number="501"))
    with pytest.raises(DomainError, match=r"ligne 4.*501.*Aucun client n'a été importé"):
        import_clients(db, preview)
    assert _numbers(db) == ["456", "501"]


def test_auto_numbers_skip_numbers_of_the_file(seeded: tuple[Database, int], tmp_path: Path) -> None:
    db, _ = seeded
    path = _write(tmp_path / "in.csv", "Numéro;Nom\n;A\n457;B\n")
    assert import_clients(db, parse_clients_csv(path, db)) == 2
    assert clients.find_client_by_number(db, "458").name == "A"  # type: ignore[union-attr]
