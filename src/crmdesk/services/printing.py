"""Printing invoices and credit notes to PDF files (docs/pdf.md).

The layout lives in :mod:`crmdesk.documents.invoice_pdf`, below the services: it
knows nothing of the database. This module turns an :class:`InvoiceView` into a
:class:`PrintableInvoice`, finds documents by number and writes files atomically.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from crmdesk.documents.invoice_pdf import PrintableInvoice, render_invoice_pdf
from crmdesk.domain.errors import DomainError
from crmdesk.domain.invoice import DocumentKind, DocumentState, PaymentTerms
from crmdesk.services.database import open_database
from crmdesk.services.files import atomic_write, safe_file_stem
from crmdesk.services.invoices import find_invoice, get_invoice, list_invoices
from crmdesk.services.values import InvoiceView
from crmdesk.storage.db import Database
from crmdesk.storage.models import Invoice

__all__ = ["invoice_pdf", "pdf_command", "pdf_file_name", "printable", "write_all_pdfs",
           "write_invoice_pdf"]

_PREFIX = {DocumentKind.INVOICE: "facture", DocumentKind.CREDIT_NOTE: "avoir"}


def printable(view: InvoiceView, corrected: tuple[str, date] | None = None) -> PrintableInvoice:
    """What the PDF prints of a document.

    ``corrected``: for a credit note, the number and date of the invoice it corrects.
    """
    draft = view.draft
    return PrintableInvoice(
        kind=view.kind, number=view.number if view.state is DocumentState.ISSUED else None,
        issue_date=draft.issue_date, seller=view.seller, buyer=view.buyer,
        client_number=view.client_number, lines=draft.lines, totals=view.totals,
        terms_label=PaymentTerms(draft.terms_days, draft.terms_end_of_month).label,
        sale_date=draft.sale_date, due_date=draft.due_date, client_contact=draft.client_contact,
        issued_by=draft.issued_by, reference=draft.reference,
        additional_info=draft.additional_info, paid=view.paid, amount_due=view.amount_due,
        corrected_number=corrected[0] if corrected else None,
        corrected_date=corrected[1] if corrected else None)


def _corrected(db: Database, invoice_id: int) -> tuple[str, date] | None:
    with db.read() as session:
        row = session.get(Invoice, invoice_id)
        if row is None or row.corrects_id is None:
            return None
        original = session.get(Invoice, row.corrects_id)
        if original is None or original.number is None:
            return None
        return original.number, original.issue_date


def invoice_pdf(db: Database, invoice_id: int) -> bytes:
    """The PDF of one document (a draft prints with a "BROUILLON" watermark)."""
    view = get_invoice(db, invoice_id)
    return render_invoice_pdf(printable(view, _corrected(db, invoice_id)))


def pdf_file_name(kind: DocumentKind, number: str) -> str:
    """``facture-123.pdf``, ``avoir-A2026-7.pdf``: letters, digits, ``-`` and ``_`` only."""
    return f"{_PREFIX[kind]}-{safe_file_stem(number, 'sans-numero')}.pdf"


def _atomic_write(path: Path, data: bytes) -> Path:
    folder = path.parent
    if not folder.is_dir():
        raise DomainError(f"Le dossier « {folder} » n'existe pas.")
    return atomic_write(path, data)


def write_invoice_pdf(db: Database, number: str, path: Path,
                      kind: DocumentKind = DocumentKind.INVOICE) -> Path:
    """Write the PDF of the issued document ``number`` to ``path`` (atomically).

    Raises:
        DomainError: no such document, or the folder of ``path`` does not exist.
    """
    invoice_id = find_invoice(db, number, kind)
    if invoice_id is None:
        raise DomainError(f"Aucun{'e' if kind is DocumentKind.INVOICE else ''} "
                          f"{_PREFIX[kind]} n° {number} dans cette base.")
    if not path.parent.is_dir():
        raise DomainError(f"Le dossier « {path.parent} » n'existe pas.")
    return _atomic_write(path, invoice_pdf(db, invoice_id))


def write_all_pdfs(db: Database, folder: Path,
                   progress: Callable[[int, int], None] | None = None,
                   cancelled: Callable[[], bool] | None = None) -> list[Path]:
    """Write one PDF per issued document into ``folder``; returns the files written.

    ``progress(done, total)`` is called before the first file and after each one;
    ``cancelled()`` is asked before each file and stops the run when it says True
    (the files already written stay). Drafts are not printed.

    Raises:
        DomainError: ``folder`` does not exist.
    """
    if not folder.is_dir():
        raise DomainError(f"Le dossier « {folder} » n'existe pas.")
    rows = [r for r in list_invoices(db) if r.number is not None]
    written: list[Path] = []
    used: set[str] = set()
    if progress is not None:
        progress(0, len(rows))
    for done, row in enumerate(rows, start=1):
        if cancelled is not None and cancelled():
            break
        assert row.number is not None
        name = pdf_file_name(row.kind, row.number)
        if name in used:  # "F/1" and "F-1" would share a name
            name = name.removesuffix(".pdf") + f"-{row.id}.pdf"
        used.add(name)
        written.append(_atomic_write(folder / name, invoice_pdf(db, row.id)))
        if progress is not None:
            progress(done, len(rows))
    return written


def pdf_command(db_arg: str | None, number: str | None, output: Path, *, kind: str = "invoice",
                every: bool = False) -> list[Path]:
    """``crmdesk invoice pdf``: one document to the file ``output``, or ``every`` one into it.

    Raises:
        DomainError: a French message (unknown number, missing folder, bad arguments).
    """
    if every == (number is not None):
        raise DomainError("Indiquez soit le numéro d'un document, soit --all (pas les deux).")
    if every and not output.is_dir():
        raise DomainError(f"Le dossier « {output} » n'existe pas.")
    if not every and not output.parent.is_dir():
        raise DomainError(f"Le dossier « {output.parent} » n'existe pas.")
    db = open_database(db_arg)
    try:
        if every:
            return write_all_pdfs(db, output)
        assert number is not None
        return [write_invoice_pdf(db, number, output, DocumentKind(kind))]
    finally:
        db.dispose()
