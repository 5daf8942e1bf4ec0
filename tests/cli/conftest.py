"""A demo database file per test module of the command-line tests (the training scenario)."""

from pathlib import Path

import pytest
from clirun import TODAY

from crmdesk.services.database import open_database
from crmdesk.services.demo import load_demo


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "formation.sqlite"
    db = open_database(path)
    load_demo(db, TODAY)
    db.dispose()
    return path
