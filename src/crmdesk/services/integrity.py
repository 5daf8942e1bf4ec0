"""``crmdesk check``: is the file sound, is every series continuous, is every issued document intact?

Five checks, each naming the documents at fault:

1. SQLite's ``PRAGMA quick_check`` (file structure);
2. numbering: within each (kind, prefix) the sequences of issued documents run
   without gap or duplicate, and the series' next number follows the last one;
3. issued documents unchanged: the totals stored at issue equal what
   :func:`crmdesk.domain.totals.compute_totals` recomputes from the frozen lines;
4. credit notes: each corrects an issued invoice, and together they never credit
   more than the invoice (:func:`crmdesk.domain.credit.check_credits`);
5. tamper evidence: in each series the seals chain from the first document to the
   last (:mod:`crmdesk.services.chain`); the first document whose content or link
   does not match is named, even when its lines and totals were rewritten together;
6. attachment: each issued document still belongs to the client it was issued for
   (the client number in its sealed buyer identity), so a document moved to another
   client's account outside the application is named too.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import select, text
from sqlalchemy.orm import selectinload

from crmdesk.domain.credit import check_credits
from crmdesk.domain.errors import DomainError
from crmdesk.domain.invoice import DocumentKind, DocumentState
from crmdesk.domain.totals import compute_totals
from crmdesk.services.chain import chain_breaks, last_seals
from crmdesk.services.invoices import credit_of, lines_of
from crmdesk.storage.db import Database
from crmdesk.storage.models import Client, Invoice, NumberSeries

KIND_LABELS = {DocumentKind.INVOICE.value: "facture", DocumentKind.CREDIT_NOTE.value: "avoir"}
TOTAL_FIELDS = (("total_ht", "total HT"), ("discount", "remise"), ("net", "net commercial"),
                ("vat_total", "TVA"), ("ttc", "total TTC"))


@dataclass(frozen=True)
class Problem:
    """One fault: the document concerned (or the file) and what is wrong, in French."""

    where: str
    what: str


@dataclass
class CheckReport:
    problems: list[Problem] = field(default_factory=list)
    documents: int = 0
    series: int = 0
    storage: str = ""
    last_seals: list[tuple[str, str]] = field(default_factory=list)  # (document, its seal)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        if self.ok:
            return "\n".join([
                f"Base saine : {self.storage}, {self.documents} document(s) émis vérifié(s), "
                f"numérotation continue ({self.series} série(s)), scellements intacts.",
                *(f"Dernier scellement : {name} — {seal}" for name, seal in self.last_seals)])
        lines = [f"{len(self.problems)} problème(s) trouvé(s) :"]
        lines += [f"- {p.where} : {p.what}" for p in self.problems]
        return "\n".join(lines)


def check_database(db: Database) -> CheckReport:
    """Run every check; never changes the database."""
    report = CheckReport()
    with db.read() as session:
        if db.is_sqlite:
            results = [r for (r,) in session.execute(text("PRAGMA quick_check"))]
            if results == ["ok"]:
                report.storage = "intégrité SQLite ok"
            else:
                report.problems += [Problem("fichier", f"quick_check : {r}") for r in results]
        else:
            report.storage = f"serveur {db.url.get_backend_name()}"
        issued = session.scalars(
            select(Invoice).where(Invoice.state == DocumentState.ISSUED.value)
            .options(selectinload(Invoice.lines))
            .order_by(Invoice.kind, Invoice.prefix, Invoice.sequence)).all()
        report.documents = len(issued)
        by_series: dict[tuple[str, str], list[Invoice]] = defaultdict(list)
        for row in issued:
            by_series[(row.kind, row.prefix or "")].append(row)
            _check_totals(row, report)
        report.series = len(by_series)
        _check_credit_notes(issued, report)
        report.problems += [Problem(b.name, b.reason) for b in chain_breaks(issued, _name)]
        report.last_seals = last_seals(issued, _name)
        numbers: dict[int, str] = {id_: number for id_, number in
                                   session.execute(select(Client.id, Client.number))}
        report.problems += [_moved(row, numbers.get(row.client_id, "?")) for row in issued
                            if _buyer_number(row) not in (None, numbers.get(row.client_id))]
        next_numbers = {s.kind: (s.prefix, s.next_number)
                        for s in session.scalars(select(NumberSeries))}
        for (kind, prefix), rows in by_series.items():
            _check_sequence(kind, prefix, rows, next_numbers.get(kind), report)
    return report


def _name(row: Invoice) -> str:
    return f"{KIND_LABELS.get(row.kind, row.kind)} n° {row.number}"


def _buyer_number(row: Invoice) -> str | None:
    """The client number printed on the document (None when its identity cannot be read)."""
    try:
        number = json.loads(row.buyer_snapshot or "").get("number")
    except (ValueError, AttributeError):
        return None
    return number if isinstance(number, str) and number else None


def _moved(row: Invoice, now_number: str) -> Problem:
    return Problem(_name(row), f"émis pour le client n° {_buyer_number(row)}, rattaché maintenant "
                               f"au client n° {now_number} (modifié hors de l'application)")


def _check_totals(row: Invoice, report: CheckReport) -> None:
    totals = compute_totals(lines_of(row), row.discount_pct)
    for attr, label in TOTAL_FIELDS:
        stored, computed = getattr(row, attr), getattr(totals, attr)
        if stored != computed:
            report.problems.append(Problem(_name(row), f"{label} enregistré {stored} € ≠ {computed} € "
                                                       "recalculé depuis ses lignes"))
    if not row.seller_snapshot or not row.buyer_snapshot or not row.number:
        report.problems.append(Problem(_name(row), "identités figées ou numéro manquants"))


def _check_sequence(kind: str, prefix: str, rows: list[Invoice],
                    series: tuple[str, int] | None, report: CheckReport) -> None:
    label = f"série {KIND_LABELS.get(kind, kind)}s « {prefix} »" if prefix else \
        f"série {KIND_LABELS.get(kind, kind)}s"
    expected = rows[0].sequence or 0
    for row in rows:
        if row.sequence != expected:
            what = ("numéro en double" if row.sequence is not None and row.sequence < expected
                    else f"trou dans la numérotation : n° {expected} attendu")
            report.problems.append(Problem(f"{label}, {_name(row)}", what))
            expected = row.sequence or expected
        expected += 1
    if series is not None and series[0] == prefix and series[1] != expected:
        report.problems.append(Problem(label, f"le prochain numéro prévu est {series[1]} alors que "
                                              f"le dernier émis appelle {expected}"))


def _check_credit_notes(issued: Sequence[Invoice], report: CheckReport) -> None:
    invoices = {row.id: row for row in issued if row.kind == DocumentKind.INVOICE.value}
    notes: dict[int, list[Invoice]] = defaultdict(list)
    for row in issued:
        if row.kind != DocumentKind.CREDIT_NOTE.value:
            continue
        if row.corrects_id not in invoices:
            report.problems.append(Problem(
                _name(row), "ne corrige aucune facture émise (un avoir porte le numéro de la "
                            "facture qu'il corrige)"))
        else:
            notes[row.corrects_id].append(row)
    for invoice_id, credits in notes.items():
        invoice = invoices[invoice_id]
        lines = lines_of(invoice)
        in_order = sorted(credits, key=lambda note: note.sequence or 0)
        try:
            check_credits(invoice.number or "", lines, compute_totals(lines, invoice.discount_pct),
                          [credit_of(note) for note in in_order])
        except DomainError as exc:
            report.problems.append(Problem(_name(invoice), str(exc)))
