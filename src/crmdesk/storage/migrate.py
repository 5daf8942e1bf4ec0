"""Alembic migrations run at start-up: an older database is upgraded in place, never recreated.

Opening a database that is already current needs no Alembic at all (a plain read of
``alembic_version`` against :data:`HEAD`), which keeps start-up fast; Alembic is
imported only when there is something to migrate.
"""

from __future__ import annotations

from importlib import resources
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from crmdesk.storage.db import Database, StorageError

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

#: The newest revision of this version of crmdesk (a test checks it is Alembic's head).
HEAD = "0007"


def alembic_config(database: Database) -> Config:
    """An Alembic configuration pointing at the migrations shipped in the package."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    location = resources.files("crmdesk.storage") / "migrations"
    config.set_main_option("script_location", str(location))
    config.set_main_option("sqlalchemy.url", database.url.render_as_string(hide_password=False))
    return config


def head_revision(database: Database) -> str:
    """The newest revision found among the shipped migration scripts."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config(database)).get_current_head()
    assert head is not None
    return head


def current_revision(database: Database) -> str | None:
    """The revision the database is at (None for an empty database)."""
    with database.read_engine.connect() as conn:
        if "alembic_version" not in inspect(conn).get_table_names():
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(database: Database, revision: str = "head") -> None:
    """Bring the database to ``revision``; refuses a file that is not a crmdesk database.

    Raises:
        StorageError: the database holds tables but no crmdesk revision, or a
            revision newer than this program knows.
    """
    with database.read_engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        current = (conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
                   if "alembic_version" in tables else None)
    if tables and "alembic_version" not in tables:
        raise StorageError(f"« {database.label} » n'est pas une base crmdesk : elle contient déjà "
                           "d'autres tables. Elle n'a pas été modifiée.")
    _ensure_wal(database)
    if current == HEAD and revision == "head":
        return  # up to date: no Alembic, no write lock
    from alembic import command
    from alembic.script import ScriptDirectory

    config = alembic_config(database)
    if current is not None and not _known(ScriptDirectory.from_config(config), current):
        raise StorageError(f"« {database.label} » a été créée par une version plus récente de "
                           f"crmdesk (révision {current}) : mettez crmdesk à jour.")
    with database.write_engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)


def _known(scripts: ScriptDirectory, revision: str) -> bool:
    """Whether ``revision`` is one of ours (Alembic raises rather than answer no)."""
    from alembic.util import CommandError

    try:
        return scripts.get_revision(revision) is not None
    except CommandError:
        return False


def _ensure_wal(database: Database) -> None:
    """Put a crmdesk SQLite file in WAL mode (persistent; a no-op when it already is)."""
    if database.path is None:
        return
    raw = database.write_engine.raw_connection()  # outside any transaction
    try:
        cursor = raw.cursor()
        if cursor.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            cursor.execute("PRAGMA journal_mode = WAL")
    finally:
        raw.close()
    database.read_engine.dispose()  # connections opened before a switch
