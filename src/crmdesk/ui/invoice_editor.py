"""The invoice editor: header, lines edited in place, live totals, mandatory mentions.

Every edit goes through one ``QUndoStack`` (Édition > Annuler / Rétablir). A draft
is saved a moment after each change, so a crash loses at most the last second of
typing. Once issued, the invoice is shown read-only with its number and status.

Signals:
    invoice_saved(int): the draft (or the issued invoice) with this id was stored.
    status_message(str): a short message for the window's status bar.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QCompleter, QDateEdit, QDialog,
                               QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
                               QLineEdit, QListWidget, QListWidgetItem, QMessageBox,
                               QPlainTextEdit, QPushButton, QSplitter, QStyledItemDelegate,
                               QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from crmdesk.domain.errors import DomainError
from crmdesk.domain.invoice import (STANDARD_TERMS, DocumentKind, DocumentState, PaymentStatus,
                                    PaymentTerms)
from crmdesk.domain.mentions import missing_mentions
from crmdesk.domain.money import format_rate_fr
from crmdesk.domain.totals import FRENCH_VAT_RATES, parse_discount
from crmdesk.services import catalogue, invoices
from crmdesk.services.client_directory import client_page
from crmdesk.services.clients import get_client
from crmdesk.services.company import get_seller
from crmdesk.services.database import Database
from crmdesk.services.values import DraftInput, InvoiceView
from crmdesk.ui import fmt, labels
from crmdesk.ui.client_dialog import ERROR_STYLE, plain_label
from crmdesk.ui.lines_model import EDITABLE, LinesModel, LineText
from crmdesk.ui.loyalty_rewards import RewardBanner
from crmdesk.ui.messages import plain_warning
from crmdesk.ui.read_only import set_writable
from crmdesk.ui.undo_fields import FieldCommand

AUTOSAVE_MS = 800


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class LinesDelegate(QStyledItemDelegate):
    """Completion from the catalogue on descriptions, the French VAT rates in a list."""

    def __init__(self, editor: InvoiceEditor) -> None:
        super().__init__(editor)
        self._editor = editor

    def createEditor(self, parent: QWidget, option: Any, index: Any) -> QWidget:  # noqa: N802
        if index.column() == 4:
            combo = QComboBox(parent)
            combo.setEditable(True)
            combo.addItems([format_rate_fr(r).replace("\u00a0%", "") for r in FRENCH_VAT_RATES])
            return combo
        widget = super().createEditor(parent, option, index)
        if index.column() == 0 and isinstance(widget, QLineEdit):
            completer = QCompleter(self._editor.product_names, widget)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            row = index.row()
            completer.activated.connect(lambda text: self._editor.use_product(row, text))
            widget.setCompleter(completer)
        return widget

    def setEditorData(self, editor: QWidget, index: Any) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class LinesView(QTableView):
    """Keyboard-only entry: Tab and Enter move on; Tab after the last cell opens a new line."""

    def __init__(self, editor: InvoiceEditor) -> None:
        super().__init__(editor)
        self._editor = editor

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        index = self.currentIndex()
        model = self._editor.lines
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and index.isValid() and not model.read_only:
            if self.state() != QAbstractItemView.State.EditingState:
                self.edit(index)
                return
        if key == Qt.Key.Key_Tab and index.isValid() and not model.read_only \
                and index.column() == EDITABLE - 1 and index.row() == model.rowCount() - 1:
            self._editor.add_line()
            return
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: Any) -> None:  # noqa: N802
        index = self.currentIndex()
        super().closeEditor(editor, hint)
        if hint == QStyledItemDelegate.EndEditHint.SubmitModelCache and index.isValid():
            # Enter: go on to the next cell, as in a spreadsheet
            model = self._editor.lines
            if index.column() < EDITABLE - 1:
                self.setCurrentIndex(model.index(index.row(), index.column() + 1))
            elif index.row() == model.rowCount() - 1:
                self._editor.add_line()
            else:
                self.setCurrentIndex(model.index(index.row() + 1, 0))


class InvoiceEditor(QWidget):
    """Edit one draft, or show one issued invoice read-only."""

    invoice_saved = Signal(int)
    status_message = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.undo = QUndoStack(self)
        self.invoice_id: int | None = None
        self.view: InvoiceView | None = None
        self.client_id: int | None = None
        self._loading = False
        self._base_read_only = False  # see set_base_read_only
        self._client_choices: dict[str, int] = {}
        self.products = {p.description: p for p in catalogue.list_products(db)}
        self.product_names = sorted(self.products)
        self.lines = LinesModel(self.undo, self)
        self.lines.lines_changed.connect(self._changed)
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_draft)
        self._build()
        self.new_invoice()

    # --- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        self.status = plain_label()
        self.status.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.saved_label = plain_label()
        self.saved_label.setStyleSheet("color: #666;")

        header = QGroupBox(self.tr("En-tête"))
        grid = QGridLayout(header)
        self.client = QLineEdit()
        self.client.setPlaceholderText(self.tr("Tapez le nom ou le numéro du client…"))
        self._client_model = QStringListModel(self)
        completer = QCompleter(self._client_model, self.client)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.activated.connect(self._client_picked)
        self.client.setCompleter(completer)
        self.client.textEdited.connect(self._client_typed)
        self.buyer = plain_label()
        self.buyer.setStyleSheet("color: #444;")
        self.issue_date = self._date_edit("issue_date", self.tr("Date de la facture"))
        self.sale_date = self._date_edit("sale_date", self.tr("Date de la vente"))
        self.due_date = self._date_edit("due_date", self.tr("Échéance"))
        self.terms = QComboBox()
        self.terms.setEditable(True)
        self.terms.addItems([self.tr(t.label) for t in STANDARD_TERMS])
        self.terms.setToolTip(self.tr("À réception, 30 jours, 45 jours fin de mois, 60 jours ou un "
                                      "nombre de jours : l'échéance est recalculée."))
        self.terms.currentTextChanged.connect(self._terms_changed)
        self.issued_by = self._line_edit("issued_by", self.tr("Émis par"))
        self.contact = QComboBox()
        self.contact.setEditable(True)
        self.contact.currentTextChanged.connect(lambda _t: self._changed())
        self.reference = self._line_edit("reference", self.tr("Référence de commande"))
        self.info = QPlainTextEdit()
        self.info.setPlaceholderText(self.tr("Informations additionnelles : service après-vente, "
                                             "garantie…"))
        self.info.setFixedHeight(48)
        self.info.textChanged.connect(self._changed)
        for row, (label, widget) in enumerate((
                (self.tr("Client"), self.client), (self.tr("Date de la facture"), self.issue_date),
                (self.tr("Date de la vente / prestation"), self.sale_date),
                (self.tr("Modalité de paiement"), self.terms), (self.tr("Paiement dû le"), self.due_date))):
            grid.addWidget(plain_label(label), row, 0)
            grid.addWidget(widget, row, 1)
        grid.addWidget(self.buyer, 0, 2, 1, 2)
        for row, (label, widget) in enumerate(((self.tr("Émis par"), self.issued_by),
                                                (self.tr("Contact client"), self.contact),
                                                (self.tr("Référence de commande"), self.reference)),
                                               start=1):
            grid.addWidget(plain_label(label), row, 2)
            grid.addWidget(widget, row, 3)
        grid.addWidget(self.info, 4, 2, 1, 2)

        self.table = LinesView(self)
        self.table.setModel(self.lines)
        self.table.setItemDelegate(LinesDelegate(self))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setTabKeyNavigation(True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 80), (2, 80), (3, 120), (4, 80), (5, 110), (6, 120)):
            self.table.setColumnWidth(column, width)
        line_buttons = QHBoxLayout()
        self.line_buttons: list[QPushButton] = []
        for text, slot in ((self.tr("Ajouter une ligne"), self.add_line),
                           (self.tr("Dupliquer"), lambda: self.lines.duplicate(self._row())),
                           (self.tr("Supprimer"), lambda: self.lines.remove(self._row())),
                           (self.tr("Monter"), lambda: self._move(-1)),
                           (self.tr("Descendre"), lambda: self._move(1))):
            button = QPushButton(text)
            button.clicked.connect(slot)
            line_buttons.addWidget(button)
            self.line_buttons.append(button)
        line_buttons.addStretch()
        self.line_errors = plain_label()
        self.line_errors.setStyleSheet(ERROR_STYLE)

        self.discount = QLineEdit("0")
        self.discount.setMaximumWidth(70)
        self.discount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.discount.textEdited.connect(lambda text: self._push_field(
            "discount", self.tr("Remise"), self._discount_text, text, self.discount.setText))
        self._discount_text = "0"
        self.totals = QTableWidget(0, 2)
        self.totals.horizontalHeader().setVisible(False)
        self.totals.verticalHeader().setVisible(False)
        self.totals.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.totals.setColumnWidth(1, 130)
        self.totals.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.totals.setMinimumWidth(300)
        discount_row = QHBoxLayout()
        discount_row.addWidget(plain_label(self.tr("Remise (%)")))
        discount_row.addWidget(self.discount)
        discount_row.addStretch()
        totals_box = QGroupBox(self.tr("Totaux"))
        totals_layout = QVBoxLayout(totals_box)
        self.reward_banner = RewardBanner(self)  # the client's discounts and vouchers
        totals_layout.addWidget(self.reward_banner)
        totals_layout.addLayout(discount_row)
        totals_layout.addWidget(self.totals)

        self.mentions = QListWidget()
        self.mentions.setWordWrap(True)
        mentions_box = QGroupBox(self.tr("Mentions obligatoires"))
        mentions_layout = QVBoxLayout(mentions_box)
        mentions_layout.addWidget(self.mentions)

        self.issue_button = QPushButton(self.tr("Émettre la facture…"))
        self.issue_button.clicked.connect(self.issue)
        self.pay_button = QPushButton(self.tr("Enregistrer un paiement…"))
        self.pay_button.clicked.connect(self.record_payment)
        self.credit_button = QPushButton(self.tr("Créer un avoir…"))
        self.credit_button.clicked.connect(self.create_credit_note)
        self.pdf_button = QPushButton(self.tr("Enregistrer le PDF…"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.preview_button = QPushButton(self.tr("Aperçu"))
        self.preview_button.clicked.connect(self.preview_pdf)
        actions = QHBoxLayout()
        actions.addWidget(self.status)
        actions.addWidget(self.saved_label, 1)
        for button in (self.preview_button, self.pdf_button, self.credit_button, self.pay_button,
                       self.issue_button):
            actions.addWidget(button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(header)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(line_buttons)
        left_layout.addWidget(self.line_errors)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(totals_box, 3)
        right_layout.addWidget(mentions_box, 2)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)

    def _date_edit(self, field: str, label: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setProperty("previous", edit.date())
        edit.dateChanged.connect(lambda value, e=edit: self._date_changed(field, label, e, value))
        return edit

    def _line_edit(self, field: str, label: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setProperty("previous", "")
        edit.textEdited.connect(lambda text, e=edit: self._push_field(
            field, label, e.property("previous"), text, e.setText, e))
        return edit

    # --- undoable form fields --------------------------------------------------------------
    def _push_field(self, field: str, label: str, old: Any, new: Any, setter: Any,
                    widget: QObject | None = None) -> None:
        if self._loading:
            return

        def apply(value: Any) -> None:
            self._loading = True
            setter(value)
            self._loading = False
            if widget is not None:
                widget.setProperty("previous", value)
            if field == "discount":
                self._discount_text = value
            self._changed()

        if widget is not None:
            widget.setProperty("previous", new)
        if field == "discount":
            self._discount_text = new
        self.undo.push(FieldCommand(field, label, old, new, apply))
        self._changed()

    def _date_changed(self, field: str, label: str, edit: QDateEdit, value: QDate) -> None:
        old = edit.property("previous")
        edit.setProperty("previous", value)
        if self._loading:
            return
        self._push_field(field, label, old, value, edit.setDate, edit)
        if field == "issue_date":
            self._terms_changed(self.terms.currentText())

    def _terms_changed(self, text: str) -> None:
        if self._loading:
            return
        try:
            terms = PaymentTerms.parse(text)
        except DomainError:
            return
        self.due_date.setDate(to_qdate(terms.due_date(from_qdate(self.issue_date.date()))))
        self._changed()

    # --- client -------------------------------------------------------------------------------
    def _client_typed(self, text: str) -> None:
        rows = client_page(self._db, text, limit=15) if text.strip() else []
        self._client_choices = {f"{r.name} (n° {r.number})": r.id for r in rows}
        self._client_model.setStringList(list(self._client_choices))

    def _client_picked(self, text: str) -> None:
        client_id = self._client_choices.get(text)
        if client_id is not None:
            self.set_client(client_id)
            self._changed()

    def set_client(self, client_id: int) -> None:
        client = get_client(self._db, client_id)
        self.client_id = client_id
        self._buyer = invoices.buyer_for_client(self._db, client_id)
        data = client.data
        self._loading = True
        self.client.setText(f"{data.name} (n° {data.number})")
        self.contact.clear()
        self.contact.addItems([""] + [c.name for c in data.contacts])
        if data.contacts:
            self.contact.setCurrentText(data.contacts[0].name)
        self._loading = False
        address = ", ".join(x for x in (data.billing_street, f"{data.billing_postcode} "
                                        f"{data.billing_city}".strip()) if x)
        self.buyer.setText(address or self.tr("Adresse du client à compléter"))
        self.reward_banner.refresh()

    # --- loading ----------------------------------------------------------------------------
    def new_invoice(self, client_id: int | None = None) -> None:
        """An empty draft (saved once a client and a line exist)."""
        self._loading = True
        self.invoice_id, self.view, self.client_id = None, None, None
        today = date.today()
        seller = self._seller = get_seller(self._db)
        self.client.clear()
        self.buyer.clear()
        self.contact.clear()
        for edit in (self.issue_date, self.sale_date):
            edit.setDate(to_qdate(today))
        self.terms.setCurrentText(self.tr(PaymentTerms(30).label))
        self.due_date.setDate(to_qdate(PaymentTerms(30).due_date(today)))
        self.issued_by.setText(seller.contact_name)
        self.reference.clear()
        self.info.setPlainText("")
        self.discount.setText("0")
        self._discount_text = "0"
        self.lines.load([LineText()])
        self._loading = False
        if client_id is not None:
            self.set_client(client_id)
        self.undo.clear()
        self._set_read_only(False)
        self._changed(save=False)

    def open_invoice(self, invoice_id: int) -> None:
        view = invoices.get_invoice(self._db, invoice_id)
        self._seller = get_seller(self._db)
        self._loading = True
        self.invoice_id, self.view = invoice_id, view
        draft = view.draft
        self.set_client(draft.client_id)
        self._loading = True
        self.issue_date.setDate(to_qdate(draft.issue_date))
        self.sale_date.setDate(to_qdate(draft.sale_date or draft.issue_date))
        self.terms.setCurrentText(PaymentTerms(draft.terms_days, draft.terms_end_of_month).label)
        if draft.due_date:
            self.due_date.setDate(to_qdate(draft.due_date))
        self.issued_by.setText(draft.issued_by)
        self.contact.setCurrentText(draft.client_contact)
        self.reference.setText(draft.reference)
        self.info.setPlainText(draft.additional_info)
        self._discount_text = format(draft.discount_pct.normalize(), "f").replace(".", ",")
        self.discount.setText(self._discount_text)
        self.lines.load([LineText.of(line) for line in draft.lines] or [LineText()])
        self._loading = False
        self.undo.clear()
        self._set_read_only(view.state is DocumentState.ISSUED)
        self._changed(save=False)

    def set_base_read_only(self, read_only: bool) -> None:
        """On a read-only base a draft is shown like an issued invoice, and nothing that
        writes (issue, payment, credit note, reward) can be pressed."""
        self._base_read_only = read_only
        self._set_read_only(self.view is not None and self.view.state is DocumentState.ISSUED)

    def _set_read_only(self, issued: bool) -> None:
        locked = issued or self._base_read_only
        self.lines.read_only = locked
        for widget in (self.client, self.issue_date, self.sale_date, self.due_date, self.terms,
                       self.issued_by, self.contact, self.reference, self.discount):
            widget.setEnabled(not locked)
        self.info.setReadOnly(locked)
        set_writable([*self.line_buttons, self.issue_button, self.pay_button, self.credit_button,
                      self.reward_banner.apply_button, self.reward_banner.remove_button],
                     not self._base_read_only)
        for button in self.line_buttons:
            button.setEnabled(not locked)
        self.issue_button.setEnabled(not locked)
        is_invoice = self.view is None or self.view.kind is DocumentKind.INVOICE
        self.pay_button.setEnabled(issued and is_invoice and not self._base_read_only)
        self.credit_button.setEnabled(issued and is_invoice and not self._base_read_only)
        self.reward_banner.refresh()

    # --- the draft as typed ------------------------------------------------------------------
    def _row(self) -> int:
        return self.table.currentIndex().row()

    def _move(self, delta: int) -> None:
        row = self.lines.move(self._row(), delta)
        self.table.setCurrentIndex(self.lines.index(row, 0))

    def add_line(self) -> None:
        row = self.lines.add_line()
        self.table.setCurrentIndex(self.lines.index(row, 0))
        self.table.setFocus()

    def use_product(self, row: int, description: str) -> None:
        product = self.products.get(description)
        if product is not None and 0 <= row < self.lines.rowCount():
            self.lines.fill_from_catalogue(row, product.description, product.unit,
                                           product.unit_price, product.vat_rate)

    def discount_pct(self) -> Decimal | None:
        try:
            return parse_discount(self.discount.text() or "0")
        except DomainError:
            return None

    def draft(self) -> DraftInput | None:
        """The draft as typed (valid lines only), or None without a client."""
        if self.client_id is None:
            return None
        try:
            terms = PaymentTerms.parse(self.terms.currentText())
        except DomainError:
            terms = PaymentTerms(30)
        return DraftInput(
            client_id=self.client_id, issue_date=from_qdate(self.issue_date.date()),
            lines=tuple(self.lines.valid_lines()), sale_date=from_qdate(self.sale_date.date()),
            due_date=from_qdate(self.due_date.date()), terms_days=terms.days,
            terms_end_of_month=terms.end_of_month, discount_pct=self.discount_pct() or Decimal(0),
            issued_by=self.issued_by.text().strip(), client_contact=self.contact.currentText().strip(),
            reference=self.reference.text().strip(), additional_info=self.info.toPlainText().strip())

    def _changed(self, save: bool = True) -> None:
        if self._loading:
            return
        self.reward_banner.follow_lines()
        self._refresh_totals()
        self._refresh_mentions()
        if save and (self.view is None or self.view.state is DocumentState.DRAFT):
            self._autosave.start()

    def _refresh_totals(self) -> None:
        pct = self.discount_pct()
        self.discount.setStyleSheet("" if pct is not None else "background: #fde2e2;")
        self.lines.set_discount(pct or Decimal(0))
        totals = self._totals = self.lines.totals
        rows: list[tuple[str, str, bool]] = [
            (self.tr("Total HT"), fmt.money(totals.total_ht), False)]
        if totals.discount:
            rows.append((self.tr("Remise %1").replace("%1", fmt.rate(totals.discount_pct)),
                         fmt.money(totals.discount), False))
        rows.append((self.tr("Net commercial"), fmt.money(totals.net), False))
        for part in totals.vat_by_rate:
            rows.append((self.tr("TVA %1 sur %2").replace("%1", fmt.rate(part.rate))
                         .replace("%2", fmt.money(part.base)), fmt.money(part.vat), False))
        rows.append((self.tr("TOTAL TTC"), fmt.money(totals.ttc), True))
        paid = self.view.paid if self.view is not None else Decimal("0.00")
        credited = self.view.credited if self.view is not None else Decimal("0.00")
        rows.append((self.tr("Déjà réglé"), fmt.money(paid), False))
        if credited:
            rows.append((self.tr("Avoirs"), fmt.money(credited), False))
        if self.view is None or self.view.kind is DocumentKind.INVOICE:
            rows.append((self.tr("Reste à payer"), fmt.money(totals.ttc - paid - credited), True))
        self.totals.setRowCount(len(rows))
        for r, (label, amount, strong) in enumerate(rows):
            for c, text in enumerate((label, amount)):
                item = self.totals.item(r, c)
                if item is None:
                    item = QTableWidgetItem()
                    if c == 1:
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    self.totals.setItem(r, c, item)
                if item.text() != text:
                    item.setText(text)
                if item.font().bold() != strong:
                    font = item.font()
                    font.setBold(strong)
                    item.setFont(font)
        self.line_errors.setText("\n".join(self.lines.errors()))
        self.totals_ttc = totals.ttc

    def _refresh_mentions(self) -> None:
        self.mentions.clear()
        if self.view is not None and self.view.state is DocumentState.ISSUED:
            status = self.view.status
            title = (self.tr("Avoir n° %1 — émis") if self.view.kind is DocumentKind.CREDIT_NOTE
                     else self.tr("Facture n° %1 — émise, %2"))
            self.status.setText(title.replace("%1", self.view.number or "")
                                .replace("%2", labels.payment_status(status)))
            self.status.setStyleSheet("font-size: 13pt; font-weight: 600; color: %s;" % (
                "#9c1c1c" if status is PaymentStatus.OVERDUE else "#1b5e20"))
            self.mentions.addItem(self.tr("Facture émise : elle ne peut plus être modifiée. "
                                          "Une erreur se corrige par un avoir."))
            from crmdesk.services.claims import claims_of_invoice

            for claim in claims_of_invoice(self._db, self.view.id):
                item = QListWidgetItem(self.tr("Réclamation %1 — %2 — %3").replace("%1", claim.number)
                                       .replace("%2", claim.type.label).replace("%3", claim.status.label))
                item.setForeground(Qt.GlobalColor.darkYellow)
                self.mentions.addItem(item)
            return
        self.status.setText(self.tr("Brouillon") if self.invoice_id else self.tr("Nouvelle facture"))
        self.status.setStyleSheet("font-size: 13pt; font-weight: 600; color: #555;")
        draft = self.draft()
        missing = [] if draft is None else missing_mentions(
            self._seller, self._buyer, draft.lines, due_date=draft.due_date,
            total_ht=self._totals.total_ht)
        if draft is None:
            self.mentions.addItem(self.tr("✗ Client : choisissez le client à facturer."))
        for mention in missing:
            item = QListWidgetItem(f"✗ {mention.label}")
            item.setToolTip(mention.rule)
            item.setForeground(Qt.GlobalColor.darkRed)
            self.mentions.addItem(item)
            rule = QListWidgetItem(f"    {mention.rule}")
            rule.setForeground(Qt.GlobalColor.darkGray)
            self.mentions.addItem(rule)
        if draft is not None and not missing:
            item = QListWidgetItem(self.tr("✓ Toutes les mentions obligatoires sont présentes."))
            item.setForeground(Qt.GlobalColor.darkGreen)
            self.mentions.addItem(item)
        self.missing = missing

    # --- saving, issuing, paying ---------------------------------------------------------------
    def save_draft(self) -> bool:
        """Store the draft now (also called by the autosave timer)."""
        self._autosave.stop()
        draft = self.draft()
        if draft is None or self._base_read_only \
                or (self.view is not None and self.view.state is DocumentState.ISSUED):
            return False
        refused = self._unsaveable()
        if refused:  # the stored draft keeps its last valid state rather than lose a line
            self.saved_label.setText(self.tr("Brouillon non enregistré : %1").replace("%1", refused))
            self.saved_label.setStyleSheet(ERROR_STYLE)
            return False
        try:
            if self.invoice_id is None:
                if not draft.lines:
                    return False
                self.invoice_id = invoices.create_draft(self._db, draft)
            else:
                invoices.update_draft(self._db, self.invoice_id, draft)
        except DomainError as exc:
            self.saved_label.setText(str(exc))
            self.saved_label.setStyleSheet(ERROR_STYLE)
            return False
        self.saved_label.setText(self.tr("Brouillon enregistré à %1").replace(
            "%1", datetime.now().strftime("%H:%M:%S")))
        self.saved_label.setStyleSheet("color: #666;")
        self.invoice_saved.emit(self.invoice_id)
        return True

    def _unsaveable(self) -> str:
        """Why what is typed cannot be stored: a line or the discount that does not read."""
        try:
            parse_discount(self.discount.text() or "0")
        except DomainError as exc:
            return str(exc)
        errors = self.lines.errors()
        return errors[0] if errors else ""

    def confirm_issue(self, text: str) -> bool:
        """Overridable in tests."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Émettre la facture"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        return box.exec() == QMessageBox.StandardButton.Yes

    def show_error(self, text: str) -> None:
        """Overridable in tests."""
        plain_warning(self, self.tr("crmdesk"), text).exec()

    def issue(self) -> None:
        self._seller = get_seller(self._db)  # the profile may have been completed meanwhile
        if self.client_id is not None:
            self._buyer = invoices.buyer_for_client(self._db, self.client_id)
        self._refresh_mentions()
        if self.lines.errors():
            self.show_error(self.tr("Corrigez d'abord les lignes en erreur :") + "\n" +
                            "\n".join(self.lines.errors()))
            return
        if not self.save_draft() and self.invoice_id is None:
            self.show_error(self.tr("Choisissez un client et saisissez au moins une ligne."))
            return
        if self.missing:
            self.show_error(self.tr("La facture ne peut pas être émise, il manque :") + "\n" + "\n".join(
                f"• {m.label} : {m.rule}" for m in self.missing))
            return
        if not self.confirm_issue(self.tr(
                "Une fois émise, la facture reçoit son numéro définitif et ne peut plus être "
                "modifiée ni supprimée (une erreur se corrige par un avoir). Émettre maintenant ?")):
            return
        assert self.invoice_id is not None
        try:
            number = invoices.issue_invoice(self._db, self.invoice_id)
        except DomainError as exc:
            self.show_error(str(exc))
            return
        self.open_invoice(self.invoice_id)
        self.invoice_saved.emit(self.invoice_id)
        self.status_message.emit(self.tr("Facture n° %1 émise.").replace("%1", number))

    def open_credit_dialog(self) -> str | None:
        """Overridable in tests: the credit note's number, or None."""
        from crmdesk.ui.credit_note_dialog import CreditNoteDialog

        assert self.view is not None
        dialog = CreditNoteDialog(self._db, self.view, self)
        return dialog.number if dialog.exec() == QDialog.DialogCode.Accepted else None

    def create_credit_note(self) -> None:
        if self.view is None or self.invoice_id is None or self.view.state is not DocumentState.ISSUED:
            return
        number = self.open_credit_dialog()
        if number is not None:
            self.open_invoice(self.invoice_id)
            self.invoice_saved.emit(self.invoice_id)
            self.status_message.emit(self.tr("Avoir n° %1 émis.").replace("%1", number))

    def ask_payment(self) -> tuple[date, str, str] | None:
        """Overridable in tests: (date, amount as typed, method) or None."""
        from crmdesk.ui.payment_dialog import PaymentDialog

        assert self.view is not None
        dialog = PaymentDialog(self.view.amount_due, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.value()

    def record_payment(self) -> None:
        if self.view is None or self.invoice_id is None or self.view.state is not DocumentState.ISSUED:
            return
        answer = self.ask_payment()
        if answer is None:
            return
        paid_on, amount, method = answer
        try:
            invoices.record_payment(self._db, self.invoice_id, paid_on, amount, method)
        except DomainError as exc:
            self.show_error(str(exc))
            return
        self.open_invoice(self.invoice_id)
        self.invoice_saved.emit(self.invoice_id)
        self.status_message.emit(self.tr("Paiement enregistré."))

    def _pdf_bytes(self) -> bytes | None:
        try:
            from crmdesk.services.printing import invoice_pdf
        except ImportError:
            self.show_error(self.tr("L'impression en PDF n'est pas disponible."))
            return None
        if self.view is None or self.view.state is DocumentState.DRAFT:
            self.save_draft()
        if self.invoice_id is None:
            self.show_error(self.tr("Choisissez un client et saisissez au moins une ligne."))
            return None
        return invoice_pdf(self._db, self.invoice_id)

    def save_pdf(self) -> None:
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        data = self._pdf_bytes()
        if data is None:
            return
        from crmdesk.services.printing import pdf_file_name

        # A number may hold a "/" (prefix "F/2026-"): the name proposed must not be a path.
        name = (pdf_file_name(self.view.kind, self.view.number) if self.view and self.view.number
                else "brouillon.pdf")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Enregistrer le PDF"), name,
                                              self.tr("PDF (*.pdf)"))
        if path:
            Path(path).write_bytes(data)
            self.status_message.emit(self.tr("PDF enregistré : %1").replace("%1", path))

    def preview_pdf(self) -> None:
        import tempfile

        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        data = self._pdf_bytes()
        if data is None:
            return
        with tempfile.NamedTemporaryFile(prefix="crmdesk-", suffix=".pdf", delete=False) as handle:
            handle.write(data)
        QDesktopServices.openUrl(QUrl.fromLocalFile(handle.name))

