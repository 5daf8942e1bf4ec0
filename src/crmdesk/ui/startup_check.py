"""``crmdesk check``, run by the window each time it opens a database.

The window starts the command itself (``python -m crmdesk check --json``) in a child
process: it is the very check of the command line, it runs on another core without
holding the GUI thread or its interpreter lock, and the pages and objects it reads
never weigh on the window's memory. The window is painted and usable at once. When
all is well the user sees a discreet mark in the status bar (the full summary in its
tooltip); when a document was altered outside the application, a red banner above
the tabs names it and stays until another database is opened (docs/integrity.md).
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QProcess, Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget
from shiboken6 import isValid

if TYPE_CHECKING:
    from crmdesk.services.database import Database

#: How many problems the banner lists before "… and N more".
SHOWN_PROBLEMS = 5
#: Exit statuses of ``crmdesk check`` that come with a report (sound, faults found).
REPORTED = (0, 2)


def _end(process: QProcess, *_: object) -> None:
    """Stop ``process`` quietly: no report comes from a check that was stopped."""
    if not isValid(process) or process.state() == QProcess.ProcessState.NotRunning:
        return
    process.finished.disconnect()
    process.errorOccurred.disconnect()
    process.kill()
    process.waitForFinished(5000)


@dataclass(frozen=True)
class CheckOutcome:
    """What the check found on one database (``problems``: « where : what », in French)."""

    db: object
    ok: bool
    summary: str
    problems: tuple[str, ...]


def check_target(db: Database) -> str | None:
    """What to pass to ``--db`` for the child (None for a database only this process sees)."""
    if db.path is not None:
        return str(db.path)
    if db.is_sqlite:
        return None  # in memory: nothing on disk to check
    return db.url.render_as_string(hide_password=False)


def read_outcome(db: object, status: int, output: bytes, errors: bytes) -> CheckOutcome:
    """The child's report, or why there is none (itself a finding)."""
    try:
        report = json.loads(output.decode("utf-8")) if status in REPORTED else None
    except ValueError:
        report = None
    if not isinstance(report, dict):
        last = (errors.decode("utf-8", "replace").strip().splitlines() or [f"code {status}"])[-1]
        text = f"la vérification n'a pas pu aller au bout ({last})"
        return CheckOutcome(db, False, text, (text,))
    return CheckOutcome(db, bool(report["ok"]), str(report["summary"]),
                        tuple(f"{p['where']} : {p['what']}" for p in report["problems"]))


class StartupCheck(QObject):
    """Runs the integrity check off the GUI thread and shows its result.

    ``banner`` is the red label above the tabs; ``mark`` the status-bar label.

    Signals:
        checked(bool): the result has been shown; True when the database is sound.
    """

    checked = Signal(bool)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.process: QProcess | None = None
        self.db: Database | None = None
        self.outcome: CheckOutcome | None = None
        self.banner = QLabel(parent)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.setStyleSheet("QLabel { background: #b3261e; color: white; font-weight: bold; "
                                  "padding: 8px; }")
        self.banner.hide()
        self.mark = QLabel(parent)
        self.mark.setTextFormat(Qt.TextFormat.PlainText)

    def start(self, db: Database) -> None:
        """Check ``db`` in a child process (a check of a database shown before is stopped)."""
        self.stop()
        self.db, self.outcome = db, None
        self.banner.hide()
        self.mark.setToolTip("")
        target = check_target(db)
        if target is None:
            self.mark.setText("")
            return
        self.mark.setText(self.tr("Vérification de la base…"))
        process = QProcess(self)
        process.setProgram(sys.executable)
        process.setArguments(["-m", "crmdesk", "check", "--json", "--db", target])
        process.finished.connect(lambda status, _exit, p=process, d=db: self._finished(p, d, status))
        process.errorOccurred.connect(lambda error, p=process, d=db: self._failed(p, d, error))
        self.destroyed.connect(partial(_end, process))  # a window closed without closeEvent
        self.process = process
        process.start()

    def stop(self) -> None:
        """Stop a running check (it only reads): before the database is closed or replaced."""
        process, self.process = self.process, None
        if process is not None:
            _end(process)

    def _finished(self, process: QProcess, db: Database, status: int) -> None:
        if process is not self.process:
            return  # stopped, or replaced by the check of another database
        self.process = None
        self._show(read_outcome(db, status, process.readAllStandardOutput().data(),
                                process.readAllStandardError().data()))
        process.deleteLater()

    def _failed(self, process: QProcess, db: Database, error: QProcess.ProcessError) -> None:
        if process is self.process and error == QProcess.ProcessError.FailedToStart:
            self.process = None
            self._show(read_outcome(db, -1, b"", process.errorString().encode()))

    def _show(self, outcome: CheckOutcome) -> None:
        if outcome.db is not self.db:
            return
        self.outcome = outcome
        if outcome.ok:
            self.mark.setText(self.tr("✓ Base vérifiée : documents émis intacts"))
            self.mark.setToolTip(outcome.summary)
        else:
            self.mark.setText(self.tr("⚠ Base altérée"))
            self.mark.setToolTip(outcome.summary)
            shown = list(outcome.problems[:SHOWN_PROBLEMS])
            more = len(outcome.problems) - len(shown)
            if more:
                shown.append(self.tr("… et %1 autre(s) problème(s)").replace("%1", str(more)))
            self.banner.setText("\n".join([
                self.tr("Attention : la vérification de cette base a trouvé des documents "
                        "modifiés ou supprimés hors de l'application."),
                *(f"• {line}" for line in shown),
                self.tr("« crmdesk check » donne le rapport complet ; comparez avec une "
                        "sauvegarde antérieure.")]))
            self.banner.show()
        self.checked.emit(outcome.ok)
