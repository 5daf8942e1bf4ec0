"""What the headless commands do, each on the database named by ``--db``.

The CLI parses and prints; these functions open the database, act, and return
plain values. Errors are :class:`DomainError` / ``StorageError`` with French text.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from crmdesk.services.backup import backup_database
from crmdesk.services.database import open_database
from crmdesk.services.demo import DemoCounts, load_demo
from crmdesk.services.integrity import CheckReport, check_database
from crmdesk.services.invoices import list_invoices
from crmdesk.services.values import InvoiceRow

#: Version of the ``invoice list --json`` format (docs/commands.md).
INVOICE_LIST_VERSION = 1


def demo(db_arg: str | None, today: date | None = None) -> DemoCounts:
    db = open_database(db_arg)
    try:
        return load_demo(db, today)
    finally:
        db.dispose()


def invoice_row_json(row: InvoiceRow) -> dict[str, Any]:
    """One row of ``invoice list --json``: stable keys, amounts as 2-decimal strings."""
    def money(value: Any) -> str:
        return f"{value:.2f}"

    return {
        "number": row.number, "kind": row.kind.value, "client_number": row.client_number,
        "client_name": row.client_name, "issue_date": row.issue_date.isoformat(),
        "due_date": row.due_date.isoformat() if row.due_date else None,
        "status": row.status.name.lower(), "status_label": row.status.value,
        "total_ht": money(row.total_ht), "discount": money(row.discount), "net": money(row.net),
        "vat": money(row.vat_total), "ttc": money(row.ttc), "paid": money(row.paid),
        "amount_due": money(row.amount_due),
    }


def invoice_rows(db_arg: str | None, today: date) -> list[dict[str, Any]]:
    db = open_database(db_arg)
    try:
        return [invoice_row_json(r) for r in list_invoices(db, today)]
    finally:
        db.dispose()


def export(db_arg: str | None, output: Path) -> int:
    from crmdesk.services.exchange import write_export

    db = open_database(db_arg)
    try:
        return write_export(db, output)
    finally:
        db.dispose()


def import_(db_arg: str | None, source: Path) -> int:
    from crmdesk.services.exchange import import_document, read_import

    document = read_import(source)
    db = open_database(db_arg)
    try:
        return import_document(db, document)
    finally:
        db.dispose()


def check(db_arg: str | None) -> CheckReport:
    db = open_database(db_arg)
    try:
        return check_database(db)
    finally:
        db.dispose()


def backup(db_arg: str | None, output: Path) -> Path:
    db = open_database(db_arg)
    try:
        return backup_database(db, output)
    finally:
        db.dispose()
