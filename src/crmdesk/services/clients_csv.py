"""CSV export and import of clients, for French Excel and LibreOffice.

Files are UTF-8 with a BOM, ``;``-separated, ``\\r\\n`` line ends: a double click opens
them in French Excel with accents and columns right. Header on line 1, then one
client a line, columns always in this order::

    Numéro; Type; Nom; Forme juridique; SIREN; SIRET; N° TVA; E-mail; Téléphone;
    Adresse; Code postal; Ville; Pays; Adresse de livraison; CP livraison;
    Ville livraison; Pays livraison; Contact; Fonction du contact;
    Téléphone du contact; E-mail du contact; Notes; Archivé; Créé le

``Type`` is ``Entreprise`` or ``Particulier``, ``Archivé`` ``oui`` or ``non``, ``Créé le``
a French date ``JJ/MM/AAAA``. Only the first contact of a client is in the four
contact columns; the others are not exported.

Against CSV injection (OWASP), a cell starting with ``=``, ``+``, ``-``, ``@``, a tab
or a carriage return (after any leading ``'``) gets a ``'`` in front, in every column,
so a phone number ``+33 4 42 …`` is written ``'+33 4 42 …``. Reading removes exactly
that quote: an export imports back unchanged.

Reading accepts UTF-8 with or without BOM, else Windows-1252 (Excel's plain "CSV"),
``;`` or ``,``, headers in any order, case or accents; only ``Nom`` is required. Each
line is checked like a client typed in the window and nothing is written before
:func:`import_clients`, which writes the valid lines in one transaction or nothing.
A 4-digit French postcode (Excel drops the leading zero) gets its zero back, with a
warning. An empty ``Numéro`` gets a free number at import, after every number of the
database and of the file; an empty ``Créé le``, the import date.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime, time
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from crmdesk.domain.errors import DomainError, InvalidIdentifier
from crmdesk.services.clients import client_in_session, next_client_number, validate_client
from crmdesk.services.files import atomic_write
from crmdesk.services.values import ClientInput, ContactValue
from crmdesk.storage.db import Database
from crmdesk.storage.models import Client

#: (header, attribute): a ClientInput field, ``contact.<field>``, or kind / archived / created.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("Numéro", "number"), ("Type", "kind"), ("Nom", "name"), ("Forme juridique", "legal_form"),
    ("SIREN", "siren"), ("SIRET", "siret"), ("N° TVA", "vat_number"), ("E-mail", "email"),
    ("Téléphone", "phone"), ("Adresse", "billing_street"), ("Code postal", "billing_postcode"),
    ("Ville", "billing_city"), ("Pays", "billing_country"),
    ("Adresse de livraison", "delivery_street"), ("CP livraison", "delivery_postcode"),
    ("Ville livraison", "delivery_city"), ("Pays livraison", "delivery_country"),
    ("Contact", "contact.name"), ("Fonction du contact", "contact.role"),
    ("Téléphone du contact", "contact.phone"), ("E-mail du contact", "contact.email"),
    ("Notes", "notes"), ("Archivé", "archived"), ("Créé le", "created"))
HEADERS = tuple(header for header, _ in COLUMNS)
_TEXT_FIELDS = {f.name for f in fields(ClientInput)} - {"kind", "contacts"}
_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_KINDS = {"entreprise": "company", "societe": "company", "company": "company",
          "particulier": "individual", "individual": "individual"}
_YES_NO = {"oui": True, "o": True, "1": True, "vrai": True, "non": False, "n": False, "0": False,
           "faux": False, "": False}
_ID_COLUMNS = {"N° de TVA intracommunautaire": "N° TVA"}
_MAX_BYTES = 50 * 1024 * 1024


class CsvError(DomainError):
    """The file cannot be read as a client CSV at all; the message is in French."""


@dataclass(frozen=True, slots=True)
class CsvRow:
    """One data line: ``client`` is what would be imported, None when there are ``errors``.

    ``cells`` holds the line's raw text by French header, to show a line in error.
    """

    line: int
    client: ClientInput | None
    errors: list[str]
    archived: bool = False
    created_on: date | None = None
    cells: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CsvPreview:
    """What :func:`parse_clients_csv` read, before anything is written."""

    encoding: str
    separator: str
    rows: list[CsvRow]
    warnings: list[str]

    @property
    def valid_rows(self) -> list[CsvRow]:
        return [row for row in self.rows if row.client is not None and not row.errors]

    @property
    def error_rows(self) -> list[CsvRow]:
        return [row for row in self.rows if row.client is None or row.errors]


def neutralise_cell(text: str) -> str:
    """Prefix ``'`` to text a spreadsheet could take for a formula (see the module doc)."""
    return "'" + text if text.lstrip("'")[:1] in _TRIGGERS else text


def restore_cell(text: str) -> str:
    """Undo :func:`neutralise_cell`."""
    return text[1:] if text[:1] == "'" and neutralise_cell(text[1:]) != text[1:] else text


def _numeric(number: str) -> int | None:
    return int(number) if number.isascii() and number.isdigit() else None


# ----------------------------------------------------------------------------- export

def _cells(row: Client) -> list[str]:
    first = row.contacts[0] if row.contacts else None
    contact = ContactValue(first.name, first.role, first.phone, first.email) if first else None
    values = {attr: getattr(row, attr) for attr in _TEXT_FIELDS} | {
        "kind": "Particulier" if row.kind == "individual" else "Entreprise",
        "archived": "oui" if row.archived else "non",
        "created": row.created_at.strftime("%d/%m/%Y")}
    values |= {f"contact.{f.name}": getattr(contact, f.name) if contact else ""
               for f in fields(ContactValue)}
    return [neutralise_cell(str(values[attr] or "")) for _, attr in COLUMNS]


def export_clients_csv(db: Database, path: Path, include_archived: bool = True) -> int:
    """Write the clients to ``path`` atomically, by number (numeric ones first, 2 before 10)."""
    with db.read() as session:
        query = select(Client).options(selectinload(Client.contacts))
        if not include_archived:
            query = query.where(Client.archived.is_(False))
        rows = sorted(session.scalars(query),
                      key=lambda c: (_numeric(c.number) is None, _numeric(c.number) or 0, c.number))
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
        writer.writerow(HEADERS)
        writer.writerows(_cells(row) for row in rows)
    path = Path(path)
    atomic_write(path, buffer.getvalue().encode("utf-8-sig"))
    return len(rows)


# ----------------------------------------------------------------------------- reading

def _key(header: str) -> str:
    """``"Archivé (oui/non)"`` → ``"archive"``: no accents, case, spaces, punctuation or note."""
    text = header.split("(")[0] if not header.startswith("(") else header
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return "".join(c for c in text.casefold() if c.isalnum())


_ALIASES = {_key(h): h for h in HEADERS} | {
    "courriel": "E-mail", "mail": "E-mail", "tel": "Téléphone", "cp": "Code postal",
    "tva": "N° TVA", "numerodetva": "N° TVA", "ntvaintracommunautaire": "N° TVA",
    "raisonsociale": "Nom", "numeroclient": "Numéro", "datedecreation": "Créé le"}


def _decode(path: Path) -> tuple[str, str]:
    """The text of the file and the name of its encoding."""
    try:
        with path.open("rb") as handle:
            data = handle.read(_MAX_BYTES + 1)
    except FileNotFoundError:
        raise CsvError(f"Le fichier « {path} » n'existe pas.") from None
    except OSError as exc:
        raise CsvError(f"Impossible de lire « {path} » : {exc.strerror or exc}.") from None
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise CsvError(f"« {path.name} » est en UTF-16 (« Texte Unicode ») : enregistrez-le au "
                       "format « CSV UTF-8 » ou « CSV (séparateur : point-virgule) ».")
    if b"\x00" in data or len(data) > _MAX_BYTES:
        raise CsvError(f"« {path.name} » n'est pas un fichier CSV de clients (binaire ou > 50 Mo).")
    bom = " avec BOM" if data.startswith(b"\xef\xbb\xbf") else ""
    for codec, label in (("utf-8-sig", "UTF-8" + bom), ("cp1252", "Windows-1252")):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if not text.strip():
            raise CsvError(f"« {path.name} » est vide.")
        return text, label
    raise CsvError(f"« {path.name} » n'est ni en UTF-8 ni en Windows-1252 : "
                   "ce n'est pas un fichier CSV lisible.")


def _parse_date(text: str) -> date:
    try:
        token = text.split()[0]
        if "-" in token:
            return date.fromisoformat(token)
        day, month, year = (int(part) for part in token.split("/"))
        if year < 1000:
            raise ValueError(year)
        return date(year, month, day)
    except ValueError:
        raise ValueError(f"date « {text} » invalide : attendu JJ/MM/AAAA") from None


def _read_row(line: int, cells: dict[str, str], warnings: list[str]) -> CsvRow:
    """One line checked on its own; postcode warnings are added to ``warnings``."""
    errors: list[str] = []

    def cell_error(header: str, reason: str) -> None:
        errors.append(f"Ligne {line}, colonne « {header} » : {reason}.")

    kind = _KINDS.get(_key(cells.get("Type", "")) or "entreprise")
    if kind is None:
        cell_error("Type", f"« {cells['Type']} » : attendu Entreprise ou Particulier")
    archived = _YES_NO.get(cells.get("Archivé", "").strip().casefold())
    if archived is None:
        cell_error("Archivé", f"« {cells['Archivé']} » : attendu oui ou non")
    created_on = None
    if cells.get("Créé le", "").strip():
        try:
            created_on = _parse_date(cells["Créé le"].strip())
        except ValueError as exc:
            cell_error("Créé le", str(exc))
    # A line shorter than the header has no cell for the last columns, "Nom" included.
    values = {"name": ""} | {attr: cells[h] for h, attr in COLUMNS
                             if h in cells and attr in _TEXT_FIELDS}
    for pc, country, header in (("billing_postcode", "billing_country", "Code postal"),
                                ("delivery_postcode", "delivery_country", "CP livraison")):
        code = values.get(pc, "").strip()
        if len(code) == 4 and code.isdigit() and _key(values.get(country, "")) in ("", "france"):
            values[pc] = "0" + code
            warnings.append(f"Ligne {line}, colonne « {header} » : « {code} » complété en "
                            f"« 0{code} » (Excel efface le zéro initial).")
    contact = ContactValue(*(cells.get(h, "") for h, a in COLUMNS if a.startswith("contact.")))
    has_contact = any(text.strip() for text in (contact.name, contact.role, contact.phone,
                                                contact.email))
    client: ClientInput | None = None
    try:
        client = validate_client(ClientInput(**values, kind=kind or "company",
                                             contacts=(contact,) if has_contact else ()))
    except InvalidIdentifier as exc:
        cell_error(_ID_COLUMNS.get(exc.kind, exc.kind), f"« {exc.value} » : {exc.reason}")
    except DomainError as exc:
        errors.append(f"Ligne {line} : {exc}")
    return CsvRow(line, client, errors, bool(archived), created_on, cells)


def _map_header(header: list[str], records: list[list[str]]) -> tuple[dict[int, str], list[str]]:
    """Column index → French header, and a warning for each column left out."""
    columns: dict[int, str] = {}
    warnings: list[str] = []
    for index, title in enumerate(cell.strip() for cell in header):
        known = _ALIASES.get(_key(restore_cell(title)))
        if known is not None and known not in columns.values():
            columns[index] = known
        elif known is not None:
            warnings.append(f"Colonne « {title} » en double : ignorée.")
        elif title:
            warnings.append(f"Colonne « {title} » inconnue : ignorée.")
        elif any(index < len(record) and record[index].strip() for record in records):
            warnings.append(f"Colonne n° {index + 1} sans titre : ignorée.")
    return columns, warnings


def parse_clients_csv(path: Path, db: Database | None = None) -> CsvPreview:
    """Read and check a client CSV without writing anything; ``db`` also flags taken numbers.

    Raises:
        CsvError: only when the file cannot be read at all (missing, empty, no ``Nom``).
    """
    path = Path(path)
    text, encoding = _decode(path)
    first = text.lstrip("\r\n").splitlines()[0]
    separator = ";" if first.count(";") >= first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    records: list[tuple[int, list[str]]] = []  # (line where the record starts, cells)
    try:
        start = 1
        for record in reader:
            if any(value.strip() for value in record):
                records.append((start, record))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise CsvError(f"« {path.name} », ligne {reader.line_num} : CSV illisible ({exc}).") from None
    if not records:
        raise CsvError(f"« {path.name} » n'a pas de ligne d'en-tête.")
    header_line, header = records.pop(0)
    columns, warnings = _map_header(header, [record for _, record in records])
    if "Nom" not in columns.values():
        raise CsvError(f"« {path.name} » n'a pas de colonne « Nom » sur sa ligne d'en-tête "
                       f"(ligne {header_line}) : ce n'est pas une liste de clients.")
    taken: set[str] = set()
    if db is not None:
        with db.read() as session:
            taken = set(session.scalars(select(Client.number)))
    rows = [_read_row(line, {columns[i]: restore_cell(v) for i, v in enumerate(record)
                             if i in columns}, warnings) for line, record in records]
    lines_of: dict[str, list[int]] = {}
    for row in rows:
        lines_of.setdefault(row.cells.get("Numéro", "").strip(), []).append(row.line)
    for row, (_, record) in zip(rows, records):
        if any(value.strip() for value in record[len(header):]):
            row.errors.append(f"Ligne {row.line} : {len(record)} cellules pour {len(header)} "
                              "colonnes d'en-tête (un séparateur en trop ?).")
        number = row.cells.get("Numéro", "").strip()
        if number in taken:
            row.errors.append(f"Ligne {row.line}, colonne « Numéro » : le numéro de client "
                              f"{number} est déjà pris dans la base.")
        if number and len(lines_of[number]) > 1:
            others = ", ".join(str(n) for n in lines_of[number] if n != row.line)
            row.errors.append(f"Ligne {row.line}, colonne « Numéro » : le numéro {number} "
                              f"figure aussi ligne {others}.")
    rows = [replace(row, client=None) if row.errors else row for row in rows]
    return CsvPreview(encoding, separator, rows, warnings)


# ----------------------------------------------------------------------------- import

def import_clients(db: Database, preview: CsvPreview) -> int:
    """Write the valid rows of ``preview`` in one transaction; on any error, write nothing.

    Raises:
        DomainError: naming the line at fault; the database is left as it was.
    """
    valid = preview.valid_rows
    line = 0  # the line being written, 0 at commit
    try:
        with db.write() as session:
            # The numbers of the lines in error are kept free too, for when they are fixed.
            in_file = (_numeric(row.cells.get("Numéro", "").strip()) for row in preview.rows)
            free = max([int(next_client_number(session)) - 1,
                        *(n for n in in_file if n is not None)]) + 1
            for row in valid:
                line, data = row.line, row.client
                if data is None:
                    continue
                if not data.number:
                    data, free = replace(data, number=str(free)), free + 1
                now = datetime.combine(row.created_on, time()) if row.created_on else None
                client_in_session(session, data, now=now).archived = row.archived
            line = 0
    except Exception as exc:
        where = f"Import refusé, ligne {line}" if line else "Import refusé"
        reason = str(exc) if isinstance(exc, DomainError) else f"erreur inattendue ({exc})"
        raise DomainError(f"{where} : {reason.rstrip('. ')}. Aucun client n'a été importé.") from exc
    return len(valid)
