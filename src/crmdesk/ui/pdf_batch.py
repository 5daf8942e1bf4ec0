"""Printing every issued invoice to PDF off the GUI thread, with progress and cancel.

The worker gets only plain values (the database, a folder) and reports by signal;
the services open their own short sessions in the worker thread, and no widget or
ORM row crosses threads.

Signals (PdfBatchWorker):
    progressed(int, int): files done, files in all.
    finished_batch(int, bool): files written, whether the run was cancelled.
    failed(str): the French message of an error.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from crmdesk.domain.errors import DomainError
from crmdesk.services.database import Database


class PdfBatchWorker(QObject):
    progressed = Signal(int, int)
    finished_batch = Signal(int, bool)
    failed = Signal(str)

    def __init__(self, db: Database, folder: Path) -> None:
        super().__init__()
        self._db, self._folder = db, folder
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Thread-safe: the run stops before its next file."""
        self._cancel.set()

    def run(self) -> None:
        from crmdesk.services.printing import write_all_pdfs

        try:
            written = write_all_pdfs(self._db, self._folder,
                                     progress=lambda done, total: self.progressed.emit(done, total),
                                     cancelled=self._cancel.is_set)
        except (DomainError, OSError) as exc:
            self.failed.emit(str(exc))
            return
        self.finished_batch.emit(len(written), self._cancel.is_set())


class PdfBatch(QObject):
    """Runs a :class:`PdfBatchWorker` in a QThread behind a cancellable progress dialog.

    Signals:
        done(str): a summary for the status bar.
    """

    done = Signal(str)

    def __init__(self, db: Database, folder: Path, parent: QWidget) -> None:
        super().__init__(parent)
        self.thread = QThread(self)
        self.worker = PdfBatchWorker(db, folder)
        self.worker.moveToThread(self.thread)
        self.dialog = QProgressDialog(self.tr("Impression des factures en PDF…"), self.tr("Annuler"),
                                      0, 0, parent)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.canceled.connect(self.worker.cancel, Qt.ConnectionType.DirectConnection)
        self.thread.started.connect(self.worker.run)
        self.worker.progressed.connect(self._progress)
        self.worker.finished_batch.connect(self._finished)
        self.worker.failed.connect(self._failed)
        self.result: tuple[int, bool] | None = None
        self.error: str | None = None

    def start(self) -> None:
        self.thread.start()

    def _progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)
        self.dialog.setLabelText(self.tr("Facture %1 sur %2…").replace("%1", str(done))
                                 .replace("%2", str(total)))

    def _stop(self) -> None:
        self.dialog.reset()
        self.thread.quit()
        self.thread.wait()

    def _finished(self, written: int, cancelled: bool) -> None:
        self.result = (written, cancelled)
        self._stop()
        text = (self.tr("Impression interrompue : %1 PDF écrits.") if cancelled
                else self.tr("%1 PDF écrits.")).replace("%1", str(written))
        self.done.emit(text)

    def _failed(self, message: str) -> None:
        self.error = message
        self._stop()
        self.done.emit(message)
