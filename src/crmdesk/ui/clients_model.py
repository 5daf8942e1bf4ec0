"""The client list model: a thin, lazily filled adapter over the SQL client directory.

It never holds more than the pages the view has scrolled to: ``rowCount`` grows by
pages through ``canFetchMore``/``fetchMore``, search and sort reset it and ask the
service again. Rows are frozen :class:`ClientRow` values, never ORM objects.
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

PAGE = 100
ClientIdRole = Qt.ItemDataRole.UserRole + 1

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

Index = QModelIndex | QPersistentModelIndex


class ClientListModel(QAbstractTableModel):
    """Clients matching the current search, in the current order, loaded page by page."""

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._rows: list[ClientRow] = []
        self._cells: list[tuple[str, ...]] = []
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

    def _format(self, rows: list[ClientRow]) -> list[tuple[str, ...]]:
        """Display texts made once per page, not once per paint."""
        locale = QLocale()
        return [(r.number, r.name, r.city, r.phone, r.email, fmt.money(r.balance, locale),
                 fmt.day(r.last_contact, locale)) for r in rows]

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
            self._rows, self._cells, self._more, self._total = rows, self._format(rows), more, None
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
            self._cells.extend(self._format(more))
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
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.ToolTipRole:
            return self._cells[index.row()][column]
        row = self._rows[index.row()]
        if role == ClientIdRole:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == BALANCE_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.archived:
                return QBrush(QColor("#888888"))
            if column == BALANCE_COLUMN and row.balance > 0:
                return QBrush(QColor("#9c2a00"))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
