"""The client file and instant search: appointments, journal, folded search text with FTS5.

- ``clients.search_text``: folded (lower-case, accent-free) number, name, city, e-mail,
  phones and identifiers, written by the service on every save;
- ``clients_fts``: an FTS5 trigram index over it (SQLite), kept in step by triggers, so
  a substring search over 100 000 clients uses an index instead of a scan;
- ``appointments`` (rendez-vous) and ``interactions`` (the client's journal).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04
"""

import re
import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_LIG = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss"})


def _fold(text: str) -> str:  # frozen copy of crmdesk.domain.text.fold at this revision
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIG))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", stripped.casefold()).strip()


def _search_text(*parts: str) -> str:
    words = [_fold(p) for p in parts if p and p.strip()]
    for part in parts:
        number = "".join(c for c in part or "" if c.isdigit())
        if len(number) >= 6:
            words.append(number)
            if number.startswith("33") and len(number) == 11:
                words.append("0" + number[2:])
    return " | ".join(words)


def upgrade() -> None:
    with op.batch_alter_table("clients") as batch:
        batch.add_column(sa.Column("search_text", sa.Text(), nullable=False, server_default=""))
        batch.create_index("ix_clients_name", ["name"])
        batch.create_index("ix_clients_billing_city", ["billing_city"])
    op.create_table(
        "appointments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("duration_min", sa.Integer(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"],
                                name=op.f("fk_appointments_client_id_clients"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointments")),
    )
    with op.batch_alter_table("appointments") as batch:
        batch.create_index(batch.f("ix_appointments_client_id"), ["client_id"])
        batch.create_index(batch.f("ix_appointments_starts_at"), ["starts_at"])
    op.create_table(
        "interactions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"],
                                name=op.f("fk_interactions_client_id_clients"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interactions")),
    )
    with op.batch_alter_table("interactions") as batch:
        batch.create_index("ix_interactions_client_occurred", ["client_id", "occurred_at"])

    bind = op.get_bind()
    rows = bind.execute(sa.text(
        "SELECT id, number, name, billing_city, billing_postcode, email, phone, siren, siret "
        "FROM clients")).fetchall()
    for row in rows:
        bind.execute(sa.text("UPDATE clients SET search_text = :t WHERE id = :id"),
                     {"t": _search_text(*[str(v or "") for v in row[1:]]), "id": row[0]})
    if bind.dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE clients_fts USING fts5(search_text, content='clients', "
                   "content_rowid='id', tokenize='trigram')")
        op.execute("CREATE TRIGGER clients_fts_ai AFTER INSERT ON clients BEGIN "
                   "INSERT INTO clients_fts(rowid, search_text) VALUES (new.id, new.search_text); END")
        op.execute("CREATE TRIGGER clients_fts_ad AFTER DELETE ON clients BEGIN "
                   "INSERT INTO clients_fts(clients_fts, rowid, search_text) "
                   "VALUES ('delete', old.id, old.search_text); END")
        op.execute("CREATE TRIGGER clients_fts_au AFTER UPDATE OF search_text ON clients BEGIN "
                   "INSERT INTO clients_fts(clients_fts, rowid, search_text) "
                   "VALUES ('delete', old.id, old.search_text); "
                   "INSERT INTO clients_fts(rowid, search_text) VALUES (new.id, new.search_text); END")
        op.execute("INSERT INTO clients_fts(clients_fts) VALUES ('rebuild')")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("clients_fts_ai", "clients_fts_ad", "clients_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS clients_fts")
    op.drop_table("interactions")
    op.drop_table("appointments")
    with op.batch_alter_table("clients") as batch:
        batch.drop_index("ix_clients_billing_city")
        batch.drop_index("ix_clients_name")
        batch.drop_column("search_text")
