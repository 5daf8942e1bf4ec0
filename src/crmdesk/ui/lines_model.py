"""The invoice lines as typed, edited in place like a spreadsheet, with undo.

Each row keeps the five texts the user typed (description, quantity, unit, unit
price, VAT rate); they are parsed by the domain on every change, so a wrong value
stays visible, in red with its French explanation, instead of being lost. The VAT
and TTC columns are computed by :func:`crmdesk.domain.totals.compute_totals`.

Every change goes through the editor's ``QUndoStack``: consecutive edits of one cell
merge into one undo step.

Signals:
    lines_changed(): the lines changed (edit, insert, remove, move, undo or redo).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex,
                            QPersistentModelIndex, Qt, Signal)
from PySide6.QtGui import QBrush, QColor, QUndoCommand, QUndoStack

from crmdesk.domain.errors import DomainError
from crmdesk.domain.money import format_plain
from crmdesk.domain.totals import Line, LineTotals, Totals, compute_totals
from crmdesk.ui import fmt
from crmdesk.ui.messages import plain_tooltip

Index = QModelIndex | QPersistentModelIndex
FIELDS = ("description", "quantity", "unit", "unit_price", "vat_rate")
HEADERS = (QT_TRANSLATE_NOOP("LinesModel", "Description"), QT_TRANSLATE_NOOP("LinesModel", "Quantité"),
           QT_TRANSLATE_NOOP("LinesModel", "Unité"), QT_TRANSLATE_NOOP("LinesModel", "Prix unitaire HT"),
           QT_TRANSLATE_NOOP("LinesModel", "Taux TVA"), QT_TRANSLATE_NOOP("LinesModel", "Montant TVA"),
           QT_TRANSLATE_NOOP("LinesModel", "TOTAL TTC"))
EDITABLE = 5
VAT_COLUMN, TTC_COLUMN = 5, 6


@dataclass(frozen=True, slots=True)
class LineText:
    """One line exactly as typed."""

    description: str = ""
    quantity: str = ""
    unit: str = ""
    unit_price: str = ""
    vat_rate: str = "20"

    @classmethod
    def of(cls, line: Line) -> LineText:
        def plain(value: Decimal, places: int = 0) -> str:
            text = format_plain(value.normalize()) if value else "0"
            whole, _, decimals = text.partition(".")
            if places:
                decimals = decimals.ljust(places, "0")
            return whole + ("," + decimals if decimals else "")
        return cls(line.description, plain(line.quantity), line.unit, plain(line.unit_price, 2),
                   plain(line.vat_rate))

    def is_blank(self) -> bool:
        return not (self.description.strip() or self.quantity.strip() or self.unit_price.strip())

    def parse(self) -> Line:
        """The domain line, or :class:`DomainError` naming the field at fault."""
        if not self.description.strip():
            raise DomainError(QCoreApplication.translate("LinesModel", "désignation : obligatoire"))
        return Line.parse(self.description, self.quantity, self.unit, self.unit_price, self.vat_rate)


class _SetCell(QUndoCommand):
    ID = 1

    def __init__(self, model: LinesModel, row: int, column: int, old: str, new: str) -> None:
        super().__init__(QCoreApplication.translate("LinesModel", "Modifier la ligne %1")
                         .replace("%1", str(row + 1)))
        self.model, self.row, self.column, self.old, self.new = model, row, column, old, new

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        if not isinstance(other, _SetCell) or (other.row, other.column) != (self.row, self.column):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.model.put(self.row, self.column, self.new)

    def undo(self) -> None:
        self.model.put(self.row, self.column, self.old)


class _Replace(QUndoCommand):
    """Any structural change: the whole list before and after (lines are few and small)."""

    def __init__(self, model: LinesModel, text: str, before: list[LineText], after: list[LineText]) -> None:
        super().__init__(text)
        self.model, self.before, self.after = model, before, after

    def redo(self) -> None:
        self.model.reset_to(self.after)

    def undo(self) -> None:
        self.model.reset_to(self.before)


class LinesModel(QAbstractTableModel):
    """The editable lines of one invoice."""

    lines_changed = Signal()

    def __init__(self, undo: QUndoStack, parent: Any = None) -> None:
        super().__init__(parent)
        self.undo = undo
        self.read_only = False
        self.rows: list[LineText] = []
        self._parsed: list[Line | None] = []
        self._errors: list[str | None] = []
        self._computed: list[LineTotals | None] = []
        self._valid: list[Line] = []
        self.discount_pct = Decimal(0)
        self.totals: Totals = compute_totals([])

    # --- reading -------------------------------------------------------------------
    def valid_lines(self) -> list[Line]:
        """The lines that parse (blank rows are ignored); parsed once per edit, not per call."""
        return self._valid

    def errors(self) -> list[str]:
        """One French message per line that does not parse."""
        return [f"{QCoreApplication.translate('LinesModel', 'Ligne')} {i + 1} : {e}"
                for i, e in enumerate(self._errors) if e]

    @staticmethod
    def _parse(text: LineText) -> tuple[Line | None, str | None]:
        if text.is_blank():
            return None, None
        try:
            return text.parse(), None
        except DomainError as exc:
            return None, str(exc)

    def _recompute(self, changed_row: int | None = None) -> None:
        """Parse what changed (one row, or all), then compute the line columns once."""
        if changed_row is None or len(self._parsed) != len(self.rows):
            results = [self._parse(text) for text in self.rows]
            self._parsed = [line for line, _ in results]
            self._errors = [error for _, error in results]
        else:
            self._parsed[changed_row], self._errors[changed_row] = self._parse(self.rows[changed_row])
        self._valid = [line for line in self._parsed if line is not None]
        self.totals = compute_totals(self._valid, self.discount_pct)  # once per edit
        it = iter(self.totals.lines)
        self._computed = [next(it) if line is not None else None for line in self._parsed]

    def set_discount(self, pct: Decimal) -> None:
        """The document discount changes the totals, not the line columns."""
        if pct != self.discount_pct:
            self.discount_pct = pct
            self.totals = compute_totals(self._valid, pct)

    # --- changing (through the undo stack) -----------------------------------------------
    def put(self, row: int, column: int, text: str) -> None:
        """Set one typed cell (used by the undo commands)."""
        self.rows[row] = replace(self.rows[row], **{FIELDS[column]: text})
        self._recompute(row)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))
        self.lines_changed.emit()

    def reset_to(self, rows: list[LineText]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._recompute()
        self.endResetModel()
        self.lines_changed.emit()

    def load(self, lines: list[LineText]) -> None:
        """Replace the lines without an undo step (opening an invoice)."""
        self.reset_to(lines)

    def _structural(self, text: str, after: list[LineText]) -> None:
        self.undo.push(_Replace(self, text, list(self.rows), after))

    def add_line(self, at: int | None = None, line: LineText | None = None) -> int:
        position = len(self.rows) if at is None else at
        after = list(self.rows)
        after.insert(position, line or LineText())
        self._structural(QCoreApplication.translate("LinesModel", "Ajouter une ligne"), after)
        return position

    def duplicate(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            after = list(self.rows)
            after.insert(row + 1, self.rows[row])
            self._structural(QCoreApplication.translate("LinesModel", "Dupliquer la ligne"), after)

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            after = self.rows[:row] + self.rows[row + 1:]
            self._structural(QCoreApplication.translate("LinesModel", "Supprimer la ligne"), after)

    def move(self, row: int, delta: int) -> int:
        target = row + delta
        if not (0 <= row < len(self.rows) and 0 <= target < len(self.rows)):
            return row
        after = list(self.rows)
        after[row], after[target] = after[target], after[row]
        self._structural(QCoreApplication.translate("LinesModel", "Déplacer la ligne"), after)
        return target

    def fill_from_catalogue(self, row: int, description: str, unit: str, price: Decimal,
                            rate: Decimal) -> None:
        """Description chosen in the catalogue: unit, price and VAT follow, as one undo step."""
        after = list(self.rows)
        after[row] = replace(after[row], description=description, unit=unit,
                             unit_price=format_plain(price.normalize()).replace(".", ","),
                             vat_rate=format_plain(rate.normalize()).replace(".", ","),
                             quantity=after[row].quantity or "1")
        self._structural(QCoreApplication.translate("LinesModel", "Article du catalogue"), after)

    # --- Qt model interface ------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            return QCoreApplication.translate("LinesModel", HEADERS[section])
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, column = index.row(), index.column()
        text = self.rows[row]
        computed = self._computed[row] if row < len(self._computed) else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column < EDITABLE:
                value = getattr(text, FIELDS[column])
                if column == 4 and role == Qt.ItemDataRole.DisplayRole and value:
                    return f"{value} %"
                return value
            if computed is None:
                return ""
            return fmt.money(computed.vat if column == VAT_COLUMN else computed.ttc,
                             currency=column == TTC_COLUMN)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 3, 4, 5, 6):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        error = self._errors[row] if row < len(self._errors) else None
        if role == Qt.ItemDataRole.ToolTipRole and error:
            return plain_tooltip(error)  # the message quotes what was typed
        if role == Qt.ItemDataRole.BackgroundRole:
            if error:
                return QBrush(QColor("#fde2e2"))
            if column >= EDITABLE:
                return QBrush(QColor("#f3f5f8"))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if (self.read_only or not index.isValid() or role != Qt.ItemDataRole.EditRole
                or index.column() >= EDITABLE):
            return False
        new = str(value)
        old = getattr(self.rows[index.row()], FIELDS[index.column()])
        if new == old:
            return False
        self.undo.push(_SetCell(self, index.row(), index.column(), old, new))
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if not self.read_only and index.column() < EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags
