"""The client list model: a thin, lazily filled adapter over the SQL client directory.

It never holds more than the pages the view has scrolled to: ``rowCount`` grows by
pages through ``canFetchMore``/``fetchMore``, search and sort reset it and ask the
service again. Rows are frozen :class:`ClientRow` values, never ORM objects.

Painting asks the model for every visible cell, so this path is kept short: a cell
answers all the roles the delegate asks for in one ``multiData`` call (instead of one
Python call per role), a row's display texts are formatted once, the first time it is
shown, and ``flags`` is Qt's own (the same flags, without a call into Python per cell).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex,
                            QPersistentModelIndex, Qt)
from PySide6.QtCore import QLocale
from PySide6.QtGui import QBrush, QColor

from crmdesk.services.client_directory import (COUNT_CAP, ClientRow, ClientSort, client_page,
                                               count_clients)
from crmdesk.services.database import Database
from crmdesk.ui import fmt
from crmdesk.ui.messages import plain_tooltip

PAGE = 100
ClientIdRole = Qt.ItemDataRole.UserRole + 1

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_CLIENT_ID = int(ClientIdRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

COLUMNS: tuple[tuple[str, ClientSort], ...] = (
    (QT_TRANSLATE_NOOP("ClientListModel", "N°"), ClientSort.NUMBER),
    (QT_TRANSLATE_NOOP("ClientListModel", "Nom"), ClientSort.NAME),
    (QT_TRANSLATE_NOOP("ClientListModel", "Ville"), ClientSort.CITY),
    (QT_TRANSLATE_NOOP("ClientListModel", "Téléphone"), ClientSort.PHONE),
    (QT_TRANSLATE_NOOP("ClientListModel", "E-mail"), ClientSort.EMAIL),
    (QT_TRANSLATE_NOOP("ClientListModel", "Solde dû"), ClientSort.BALANCE),
    (QT_TRANSLATE_NOOP("ClientListModel", "Dernier contact"), ClientSort.LAST_CONTACT),
)
BALANCE_COLUMN = 5
_ARCHIVED = QBrush(QColor("#888888"))
_DUE = QBrush(QColor("#9c2a00"))

Index = QModelIndex | QPersistentModelIndex


class ClientListModel(QAbstractTableModel):
    """Clients matching the current search, in the current order, loaded page by page."""

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._rows: list[ClientRow] = []
        self._cells: list[tuple[str, ...] | None] = []  # formatted when first shown
        self._more = False
        self._total: int | None = None
        self._search = ""
        self._sort = ClientSort.NAME
        self._descending = False
        self._archived = False
        self._changing = False
        self.refresh()

    # --- what the tab drives -------------------------------------------------------
    @property
    def total(self) -> int:
        """How many clients match (counted on demand, at most COUNT_CAP + 1)."""
        if self._total is None:
            self._total = count_clients(self._db, self._search, self._archived, cap=COUNT_CAP)
        return self._total

    @property
    def total_is_capped(self) -> bool:
        return self.total > COUNT_CAP

    def _texts(self, row: int) -> tuple[str, ...]:
        """The display texts of ``row``, made the first time it is shown, not on every paint."""
        cells = self._cells[row]
        if cells is None:
            r, locale = self._rows[row], QLocale()
            cells = self._cells[row] = (r.number, r.name, r.city, r.phone, r.email,
                                        fmt.money(r.balance, locale), fmt.day(r.last_contact, locale))
        return cells

    def set_search(self, text: str) -> None:
        if text != self._search:
            self._search = text
            self.refresh()

    def set_include_archived(self, include: bool) -> None:
        if include != self._archived:
            self._archived = include
            self.refresh()

    def refresh(self) -> None:
        """Ask the database again (after a search, a sort or a save)."""
        rows = client_page(self._db, self._search, sort=self._sort, descending=self._descending,
                           limit=PAGE + 1, include_archived=self._archived)
        more = len(rows) > PAGE
        rows = rows[:PAGE]
        # Views and testers react to modelReset/rowsInserted synchronously; no page is
        # fetched until the change is over, so rows are never inserted in the middle of it.
        self._changing = True
        try:
            self.beginResetModel()
            self._rows, self._cells, self._more, self._total = rows, [None] * len(rows), more, None
            self.endResetModel()
        finally:
            self._changing = False

    def client_id(self, row: int) -> int:
        return self._rows[row].id

    def row_of(self, client_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == client_id), None)

    # --- Qt model interface ---------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and not self._changing and self._more

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if parent.isValid() or self._changing:
            return
        more = client_page(self._db, self._search, sort=self._sort, descending=self._descending,
                           offset=len(self._rows), limit=PAGE + 1, include_archived=self._archived)
        self._more = len(more) > PAGE
        more = more[:PAGE]
        if not more:
            return
        self._changing = True  # no nested fetch from a rowsInserted handler
        try:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self._cells.extend([None] * len(more))
            self.endInsertRows()
        finally:
            self._changing = False

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key, descending = COLUMNS[column][1], order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort, self._descending):
            return  # views ask again when sorting is switched on: nothing to do
        self._sort, self._descending = key, descending
        self.refresh()

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return QCoreApplication.translate("ClientListModel", COLUMNS[section][0])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        return self._value(index.row(), index.column(), int(role))

    def multiData(self, index: Index, roleDataSpan: Any) -> None:  # noqa: N802, N803
        """Every role the delegate asks for, in one call per cell. The span may hold the
        previous cell's values: a role without a value is cleared, as ``data`` returning
        None would leave it."""
        row = index.row()
        valid = index.isValid() and row < len(self._rows)
        column = index.column()
        for position in range(len(roleDataSpan)):  # indexing: iterating ends on an IndexError
            role_data = roleDataSpan[position]
            value = self._value(row, column, role_data.role()) if valid else None
            if value is None:
                role_data.clearData()
            else:
                role_data.setData(value)

    def _value(self, row: int, column: int, role: int) -> Any:
        """What ``data`` answers for one role of one cell."""
        if role == _DISPLAY:
            return self._texts(row)[column]
        if role == _FOREGROUND:
            client = self._rows[row]
            if client.archived:
                return _ARCHIVED
            return _DUE if column == BALANCE_COLUMN and client.balance > 0 else None
        if role == _ALIGNMENT:
            return _RIGHT if column == BALANCE_COLUMN else None
        if role == _TOOLTIP:
            return plain_tooltip(self._texts(row)[column])
        if role == _CLIENT_ID:
            return self._rows[row].id
        return None
