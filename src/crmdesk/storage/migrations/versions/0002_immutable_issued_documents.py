"""Issued invoices and credit notes are immutable, even to raw SQL; numbering never goes back.

Triggers refuse any UPDATE or DELETE of an issued document, any change to the
lines of an issued document, and a numbering series whose next number would go
backwards. The service layer refuses the same things first with a French
message; the triggers are the last line for anything that bypasses it.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-04
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_ISSUED = "(SELECT state FROM invoices WHERE id = {ref}) = 'issued'"

SQLITE_TRIGGERS = {
    "trg_invoices_issued_no_update": """
        CREATE TRIGGER trg_invoices_issued_no_update BEFORE UPDATE ON invoices
        WHEN OLD.state = 'issued'
        BEGIN SELECT RAISE(ABORT, 'crmdesk: document émis, modification interdite'); END""",
    "trg_invoices_issued_no_delete": """
        CREATE TRIGGER trg_invoices_issued_no_delete BEFORE DELETE ON invoices
        WHEN OLD.state = 'issued'
        BEGIN SELECT RAISE(ABORT, 'crmdesk: document émis, suppression interdite'); END""",
    "trg_invoices_issued_needs_number": """
        CREATE TRIGGER trg_invoices_issued_needs_number BEFORE INSERT ON invoices
        WHEN NEW.state = 'issued' AND (NEW.number IS NULL OR NEW.sequence IS NULL)
        BEGIN SELECT RAISE(ABORT, 'crmdesk: document émis sans numéro'); END""",
    "trg_lines_issued_no_insert": f"""
        CREATE TRIGGER trg_lines_issued_no_insert BEFORE INSERT ON invoice_lines
        WHEN {_ISSUED.format(ref='NEW.invoice_id')}
        BEGIN SELECT RAISE(ABORT, 'crmdesk: lignes d''un document émis, ajout interdit'); END""",
    "trg_lines_issued_no_update": f"""
        CREATE TRIGGER trg_lines_issued_no_update BEFORE UPDATE ON invoice_lines
        WHEN {_ISSUED.format(ref='OLD.invoice_id')} OR {_ISSUED.format(ref='NEW.invoice_id')}
        BEGIN SELECT RAISE(ABORT, 'crmdesk: lignes d''un document émis, modification interdite'); END""",
    "trg_lines_issued_no_delete": f"""
        CREATE TRIGGER trg_lines_issued_no_delete BEFORE DELETE ON invoice_lines
        WHEN {_ISSUED.format(ref='OLD.invoice_id')}
        BEGIN SELECT RAISE(ABORT, 'crmdesk: lignes d''un document émis, suppression interdite'); END""",
    "trg_series_never_back": """
        CREATE TRIGGER trg_series_never_back BEFORE UPDATE OF next_number ON number_series
        WHEN NEW.next_number < OLD.next_number AND NEW.prefix = OLD.prefix
        BEGIN SELECT RAISE(ABORT, 'crmdesk: la numérotation ne peut pas revenir en arrière'); END""",
}

TRIGGER_NAMES = list(SQLITE_TRIGGERS)


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # other servers: see docs/storage.md (service-layer checks only for now)
    for sql in SQLITE_TRIGGERS.values():
        op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in TRIGGER_NAMES:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
