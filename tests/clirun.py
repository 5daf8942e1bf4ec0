"""Running ``crmdesk`` in-process in the command-line tests."""

from datetime import date

import pytest

from crmdesk.cli import main

#: The day the demo scenario is built for in the tests.
TODAY = date(2026, 12, 4)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """``crmdesk *argv``: the exit status, stdout and stderr."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err
