"""Tamper evidence: each issued document is sealed to the previous one of its series.

Adds ``invoices.seal_version``, ``seal_previous`` and ``seal`` (docs/integrity.md)
with plain ``ADD COLUMN`` — recreating the table would drop the triggers of 0002 —
and seals the documents already issued, series by series in number order, so an
upgraded file is protected from now on exactly like a new one. The canonical form
below is a frozen copy of version 1 of ``crmdesk.domain.seal`` (this file must
never import application code; a test proves both give the same bytes).

Writing the seals of issued rows needs the trigger that refuses any UPDATE of
them to step aside: it is dropped and recreated, identical, inside the migration's
transaction, so no other connection ever sees the table unprotected.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05
"""

import hashlib
import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

GENESIS = "0" * 64
NO_UPDATE = "trg_invoices_issued_no_update"
NO_UPDATE_SQL = """
        CREATE TRIGGER trg_invoices_issued_no_update BEFORE UPDATE ON invoices
        WHEN OLD.state = 'issued'
        BEGIN SELECT RAISE(ABORT, 'crmdesk: document émis, modification interdite'); END"""


def _iso(value: Any) -> str | None:
    """A date as ISO text: SQLite returns the stored text, other servers a date."""
    return value if value is None or isinstance(value, str) else value.isoformat()


def canonical_v1(doc: Any, lines: list[Any], corrects: str | None) -> bytes:
    """Version 1 of the canonical bytes, from the stored columns (frozen copy)."""
    data = {
        "v": 1, "kind": doc.kind, "prefix": doc.prefix, "sequence": doc.sequence,
        "number": doc.number, "issue_date": _iso(doc.issue_date), "sale_date": _iso(doc.sale_date),
        "due_date": _iso(doc.due_date), "terms_days": doc.terms_days,
        "terms_end_of_month": bool(doc.terms_end_of_month), "discount_pct": doc.discount_pct,
        "issued_by": doc.issued_by, "client_contact": doc.client_contact,
        "reference": doc.reference, "additional_info": doc.additional_info,
        "seller": doc.seller_snapshot, "buyer": doc.buyer_snapshot, "corrects": corrects,
        "lines": [{"position": x.position, "description": x.description, "quantity": x.quantity,
                   "unit": x.unit, "unit_price": x.unit_price, "vat_rate": x.vat_rate}
                  for x in lines],
        "total_ht": doc.total_ht, "discount": doc.discount, "net": doc.net,
        "vat_total": doc.vat_total, "ttc": doc.ttc,
    }
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def _seal_issued_documents(conn: sa.engine.Connection) -> None:
    docs = conn.execute(sa.text(
        "SELECT d.*, c.number AS corrects_number FROM invoices d "
        "LEFT JOIN invoices c ON c.id = d.corrects_id "
        "WHERE d.state = 'issued' ORDER BY d.kind, d.prefix, d.sequence, d.id")).all()
    lines: dict[int, list[Any]] = {}
    for line in conn.execute(sa.text(
            "SELECT l.* FROM invoice_lines l JOIN invoices d ON d.id = l.invoice_id "
            "WHERE d.state = 'issued' ORDER BY l.invoice_id, l.position, l.id")):
        lines.setdefault(line.invoice_id, []).append(line)
    previous: dict[tuple[str, str | None], str] = {}
    for doc in docs:
        series = (doc.kind, doc.prefix)
        before = previous.get(series, GENESIS)
        content = canonical_v1(doc, lines.get(doc.id, []), doc.corrects_number)
        seal = hashlib.sha256(before.encode("ascii") + content).hexdigest()
        conn.execute(sa.text("UPDATE invoices SET seal_version = 1, seal_previous = :before, "
                             "seal = :seal WHERE id = :id"),
                     {"before": before, "seal": seal, "id": doc.id})
        previous[series] = seal


def upgrade() -> None:
    op.add_column("invoices", sa.Column("seal_version", sa.Integer(), nullable=True))
    op.add_column("invoices", sa.Column("seal_previous", sa.String(length=64), nullable=True))
    op.add_column("invoices", sa.Column("seal", sa.String(length=64), nullable=True))
    conn = op.get_bind()
    sqlite = conn.dialect.name == "sqlite"
    if sqlite:
        op.execute(f"DROP TRIGGER IF EXISTS {NO_UPDATE}")
    _seal_issued_documents(conn)
    if sqlite:
        op.execute(NO_UPDATE_SQL)


def downgrade() -> None:
    for column in ("seal", "seal_previous", "seal_version"):
        op.drop_column("invoices", column)
