"""Undo commands for the editor's form fields: consecutive edits of one field merge."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand


class FieldCommand(QUndoCommand):
    """Set a form field from ``old`` to ``new``; ``apply`` writes the value without a new command."""

    _ids: dict[str, int] = {}

    def __init__(self, field: str, label: str, old: Any, new: Any, apply: Callable[[Any], None]) -> None:
        super().__init__(QCoreApplication.translate("FieldCommand", "Modifier « %1 »").replace("%1", label))
        self.field, self.old, self.new, self.apply = field, old, new, apply
        self._first = True

    def id(self) -> int:
        return 1000 + FieldCommand._ids.setdefault(self.field, len(FieldCommand._ids))

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        if not isinstance(other, FieldCommand) or other.field != self.field:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        if self._first:  # the widget already shows the new value the user typed
            self._first = False
            return
        self.apply(self.new)

    def undo(self) -> None:
        self.apply(self.old)
