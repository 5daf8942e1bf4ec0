"""Instant search with one or two letters: a word-prefix FTS5 index, and names sorted by index.

- ``clients_words``: FTS5 over the same folded ``search_text`` with the ``unicode61``
  tokenizer and prefix indexes of 1 and 2 characters, so "d" or "du" finds the clients
  with a word starting so (Dupont, Durand) through an index instead of a scan;
- ``ix_clients_name_nocase``: the client list's default order without a sort step.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE INDEX ix_clients_name_nocase ON clients (name COLLATE NOCASE)")
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("CREATE VIRTUAL TABLE clients_words USING fts5(search_text, content='clients', "
               "content_rowid='id', tokenize='unicode61', prefix='1 2')")
    op.execute("CREATE TRIGGER clients_words_ai AFTER INSERT ON clients BEGIN "
               "INSERT INTO clients_words(rowid, search_text) VALUES (new.id, new.search_text); END")
    op.execute("CREATE TRIGGER clients_words_ad AFTER DELETE ON clients BEGIN "
               "INSERT INTO clients_words(clients_words, rowid, search_text) "
               "VALUES ('delete', old.id, old.search_text); END")
    op.execute("CREATE TRIGGER clients_words_au AFTER UPDATE OF search_text ON clients BEGIN "
               "INSERT INTO clients_words(clients_words, rowid, search_text) "
               "VALUES ('delete', old.id, old.search_text); "
               "INSERT INTO clients_words(rowid, search_text) VALUES (new.id, new.search_text); END")
    op.execute("INSERT INTO clients_words(clients_words) VALUES ('rebuild')")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("clients_words_ai", "clients_words_ad", "clients_words_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS clients_words")
    op.execute("DROP INDEX IF EXISTS ix_clients_name_nocase")
