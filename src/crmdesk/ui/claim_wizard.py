"""The claim wizard: the four steps of the textbook, then a summary (QWizard).

Each page saves its step through the claims service when the user moves on, so a
claim can be left at any step ("Enregistrer et fermer") and resumed there later.
Each page starts with the step's help text for the trainee.

Signals:
    claim_saved(int): the claim with this id was stored.
"""

from __future__ import annotations

import getpass
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QCheckBox, QComboBox, QCompleter,
                               QDateEdit, QFormLayout, QHBoxLayout, QHeaderView, QLineEdit,
                               QPlainTextEdit, QPushButton, QRadioButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget, QWizard, QWizardPage)

from crmdesk.domain.claims import (CHECKLISTS, KEY_CHECKLIST, KEY_DELIVERED, KEY_DELIVERY_DATE,
                                   KEY_DUPLICATE_OF, ClaimStep, ClaimType, Department, Gesture)
from crmdesk.domain.errors import DomainError
from crmdesk.services import claims
from crmdesk.services.client_directory import client_page
from crmdesk.services.clients import get_client
from crmdesk.services.database import Database
from crmdesk.services.invoices import get_invoice, list_invoices
from crmdesk.ui import fmt
from crmdesk.ui.client_dialog import ERROR_STYLE, plain_label
from crmdesk.ui.read_only import set_writable

def _user() -> str:
    """Who is recorded in a claim's history: the session's user name."""
    try:
        return getpass.getuser() or "crmdesk"
    except (OSError, KeyError):
        return "crmdesk"


WHO = _user()


def _help(step: ClaimStep) -> QWidget:
    label = plain_label(step.help)
    label.setStyleSheet("background: #eef3f8; border: 1px solid #c9d7e6; padding: 8px; color: #234;")
    return label


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


def _item(text: str, editable: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if not editable:
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


class _StepPage(QWizardPage):
    step: ClaimStep

    def __init__(self, wizard: ClaimWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(f"{int(self.step)}. {self.step.title}")
        self.error = plain_label()
        self.error.setStyleSheet(ERROR_STYLE)
        self.body = QVBoxLayout(self)
        self.body.addWidget(_help(self.step))

    def data(self) -> dict[str, Any]:
        return {}

    def validatePage(self) -> bool:  # noqa: N802
        if self.w.read_only and self.w.value is not None:
            return True  # a read-only base: the stored claim is read page by page, nothing saved
        return self.w.save(self.step, self.data(), self.error)


class ListenPage(_StepPage):
    step = ClaimStep.ECOUTER

    def __init__(self, wizard: ClaimWizard) -> None:
        super().__init__(wizard)
        form = QFormLayout()
        self.client = QLineEdit()
        self.client.setPlaceholderText(self.tr("Tapez le nom ou le numéro du client…"))
        self._choices: dict[str, int] = {}
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self.client)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.activated.connect(lambda text: self.set_client(self._choices.get(text)))
        self.client.setCompleter(completer)
        self.client.textEdited.connect(self._typed)
        self.invoice = QComboBox()
        self.invoice.currentIndexChanged.connect(self._show_lines)
        self.lines = _table([self.tr("Désignation"), self.tr("Quantité"), self.tr("Prix unitaire HT"),
                             self.tr("Total HT")])
        self.lines.setMaximumHeight(130)
        self.type = QComboBox()
        for kind in ClaimType:
            self.type.addItem(kind.label, kind.value)
        self.definition = plain_label()
        self.definition.setStyleSheet("color: #444; font-style: italic;")
        self.type.currentIndexChanged.connect(
            lambda: self.definition.setText(ClaimType(self.type.currentData()).definition))
        self.words = QPlainTextEdit()
        self.words.setPlaceholderText(self.tr("Les mots du client, sans l'interrompre…"))
        form.addRow(self.tr("Client"), self.client)
        form.addRow(self.tr("Facture concernée"), self.invoice)
        form.addRow(self.lines)
        form.addRow(self.tr("Type de litige"), self.type)
        form.addRow(self.definition)
        form.addRow(self.tr("Ce que dit le client"), self.words)
        self.body.addLayout(form)
        self.body.addWidget(self.error)
        self.client_id: int | None = None
        self.definition.setText(ClaimType(self.type.currentData()).definition)

    def _typed(self, text: str) -> None:
        rows = client_page(self.w.db, text, limit=15) if text.strip() else []
        self._choices = {f"{r.name} (n° {r.number})": r.id for r in rows}
        self._model.setStringList(list(self._choices))

    def set_client(self, client_id: int | None, invoice_id: int | None = None) -> None:
        if client_id is None:
            return
        self.client_id = client_id
        data = get_client(self.w.db, client_id).data
        self.client.setText(f"{data.name} (n° {data.number})")
        self.invoice.blockSignals(True)
        self.invoice.clear()
        self.invoice.addItem(self.tr("(aucune facture)"), None)
        for row in list_invoices(self.w.db, client_id=client_id):
            if row.number and row.kind.value == "invoice":
                self.invoice.addItem(f"n° {row.number} du {fmt.day(row.issue_date)} — "
                                     f"{fmt.money(row.ttc)}", row.id)
        self.invoice.blockSignals(False)
        if invoice_id is not None:
            self.invoice.setCurrentIndex(max(0, self.invoice.findData(invoice_id)))
        self._show_lines()

    def _show_lines(self) -> None:
        invoice_id = self.invoice.currentData()
        self.lines.setRowCount(0)
        if invoice_id is None:
            return
        view = get_invoice(self.w.db, invoice_id)
        for row, (line, totals) in enumerate(zip(view.draft.lines, view.totals.lines, strict=True)):
            self.lines.insertRow(row)
            for column, text in enumerate((line.description, fmt.rate(line.quantity).rstrip("\u00a0%"),
                                           fmt.money(line.unit_price), fmt.money(totals.net))):
                self.lines.setItem(row, column, _item(text))

    def data(self) -> dict[str, Any]:
        return {"client_id": self.client_id, "invoice_id": self.invoice.currentData(),
                "type": self.type.currentData(), "client_words": self.words.toPlainText()}


class ReformulatePage(_StepPage):
    step = ClaimStep.REFORMULER

    def __init__(self, wizard: ClaimWizard) -> None:
        super().__init__(wizard)
        row = QHBoxLayout()
        self.words = QPlainTextEdit()
        self.words.setReadOnly(True)
        self.reformulation = QPlainTextEdit()
        self.reformulation.setPlaceholderText(self.tr("« Si je vous comprends bien, … »"))
        for title, widget in ((self.tr("Les mots du client"), self.words),
                              (self.tr("Ma reformulation"), self.reformulation)):
            column = QVBoxLayout()
            column.addWidget(plain_label(title))
            column.addWidget(widget)
            row.addLayout(column)
        self.type = QComboBox()
        for kind in ClaimType:
            self.type.addItem(kind.label, kind.value)
        self.body.addLayout(row)
        form = QFormLayout()
        form.addRow(self.tr("Type de litige (à confirmer)"), self.type)
        self.body.addLayout(form)
        self.body.addWidget(self.error)

    def initializePage(self) -> None:  # noqa: N802
        value = self.w.value
        if value is not None:
            self.words.setPlainText(value.client_words)
            self.reformulation.setPlainText(value.reformulation)
            self.type.setCurrentIndex(self.type.findData(value.type.value))

    def data(self) -> dict[str, Any]:
        return {"reformulation": self.reformulation.toPlainText(), "type": self.type.currentData()}


class SolutionPage(_StepPage):
    step = ClaimStep.SOLUTION

    def __init__(self, wizard: ClaimWizard) -> None:
        super().__init__(wizard)
        self.facts = _table([self.tr("Élément"), self.tr("Facture"), self.tr("Constat")])
        self.facts.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.facts.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.facts.setMaximumHeight(150)
        self.body.addWidget(self.facts)
        self.extra = QVBoxLayout()
        self.body.addLayout(self.extra)
        self.hint = plain_label()
        self.hint.setStyleSheet("font-weight: 600;")
        self.body.addWidget(self.hint)
        founded_row = QHBoxLayout()
        self.founded_yes = QRadioButton(self.tr("Réclamation fondée"))
        self.founded_no = QRadioButton(self.tr("Non fondée"))
        group = QButtonGroup(self)
        group.addButton(self.founded_yes)
        group.addButton(self.founded_no)
        founded_row.addWidget(self.founded_yes)
        founded_row.addWidget(self.founded_no)
        founded_row.addStretch()
        self.body.addLayout(founded_row)
        departments = QHBoxLayout()
        departments.addWidget(plain_label(self.tr("Services à contacter :")))
        self.departments: dict[Department, QCheckBox] = {}
        for department in Department:
            box = QCheckBox(department.label)
            self.departments[department] = box
            departments.addWidget(box)
        departments.addStretch()
        self.body.addLayout(departments)
        self.explanation = QPlainTextEdit()
        self.explanation.setPlaceholderText(self.tr(
            "Si elle n'est pas fondée : l'explication donnée au client (incompréhension, erreur "
            "ou mauvaise manipulation de sa part)…"))
        self.explanation.setMaximumHeight(70)
        self.body.addWidget(self.explanation)
        self.body.addWidget(self.error)
        self.delivered: QTableWidget | None = None
        self.delivery_date: QDateEdit | None = None
        self.checks: dict[str, QComboBox] = {}
        self.duplicate: QComboBox | None = None

    def initializePage(self) -> None:  # noqa: N802
        while self.extra.count():
            item = self.extra.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.delivered, self.delivery_date, self.checks, self.duplicate = None, None, {}, None
        value = self.w.value
        assert value is not None
        analysis = claims.analysis_for(self.w.db, value.id)
        rows: list[tuple[str, str, str]] = []
        kind = value.type
        if kind is ClaimType.DOUBLE_FACTURATION:
            self.duplicate = QComboBox()
            self.duplicate.addItem(self.tr("(aucune facture en double trouvée)"), None)
            for c in analysis.get("candidates", ()):
                reason = []
                if c.same_ttc:
                    reason.append(self.tr("même montant"))
                if getattr(c, "same_lines", False):
                    reason.append(self.tr("mêmes lignes"))
                rows.append((f"n° {c.number}", fmt.day(c.issue_date), f"{fmt.money(c.ttc)} — "
                             f"{', '.join(reason)}, {c.days_apart} j d'écart"))
                self.duplicate.addItem(f"n° {c.number} du {fmt.day(c.issue_date)}", c.invoice_id)
            if self.duplicate.count() > 1:
                self.duplicate.setCurrentIndex(1)
            self.extra.addWidget(plain_label(self.tr("Facture qui facture déjà cette livraison :")))
            self.extra.addWidget(self.duplicate)
        elif kind is ClaimType.PRIX:
            for gap in analysis.get("price_gaps", ()):
                reference = fmt.money(gap.reference_price) if gap.reference_price is not None else "—"
                rows.append((gap.description, fmt.money(gap.invoiced_price),
                             self.tr("prix de référence (%1) : %2").replace("%1", gap.reference or "—")
                             .replace("%2", reference)))
        elif kind is ClaimType.MATERIEL_MANQUANT:
            self.delivered = _table([self.tr("Désignation"), self.tr("Facturé"), self.tr("Livré")])
            delivered = analysis.get("delivered", {})
            for index, line in enumerate(analysis.get("lines", ())):
                self.delivered.insertRow(index)
                self.delivered.setItem(index, 0, _item(line.description))
                self.delivered.setItem(index, 1, _item(format(line.quantity.normalize(), "f")))
                typed = delivered.get(index)
                self.delivered.setItem(index, 2, _item(format(typed.normalize(), "f") if typed is not None
                                                       else format(line.quantity.normalize(), "f"), True))
            self.extra.addWidget(plain_label(self.tr("Quantités réellement livrées :")))
            self.extra.addWidget(self.delivered)
        elif kind is ClaimType.DATE_EVENEMENT:
            rows.append((self.tr("Date de la facture"), fmt.day(analysis.get("invoice_date")), ""))
            rows.append((self.tr("Date de la vente / livraison prévue"),
                         fmt.day(analysis.get("sale_date")), ""))
            self.delivery_date = QDateEdit(QDate.currentDate())
            self.delivery_date.setCalendarPopup(True)
            self.delivery_date.setDisplayFormat("dd/MM/yyyy")
            typed = analysis.get("delivery_date")
            if typed is not None:
                self.delivery_date.setDate(QDate(typed.year, typed.month, typed.day))
            self.extra.addWidget(plain_label(self.tr("Date de livraison réelle :")))
            self.extra.addWidget(self.delivery_date)
        elif kind in CHECKLISTS:
            form = QFormLayout()
            for item, answer in analysis.get("checklist", ()):
                combo = QComboBox()
                combo.addItem(self.tr("?"), None)
                combo.addItem(self.tr("Oui"), True)
                combo.addItem(self.tr("Non"), False)
                if answer is not None:
                    combo.setCurrentIndex(1 if answer else 2)
                self.checks[item.key] = combo
                question = plain_label(item.question)
                form.addRow(question, combo)
            holder = QWidget()
            holder.setLayout(form)
            self.extra.addWidget(holder)
        self.facts.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                self.facts.setItem(r, c, _item(text))
        self.facts.setVisible(bool(rows))
        hint = analysis.get("hint")
        self.hint.setText(self.tr("Indice : %1").replace("%1", hint.reason) if hint is not None else "")
        suggested = analysis.get("suggested_departments", ())
        for department, box in self.departments.items():
            box.setChecked(department in (value.departments or suggested))
        if value.founded is not None:
            (self.founded_yes if value.founded else self.founded_no).setChecked(True)
        elif hint is not None and hint.founded is not None:
            (self.founded_yes if hint.founded else self.founded_no).setChecked(True)
        self.explanation.setPlainText(value.explanation)

    def data(self) -> dict[str, Any]:
        analysis: dict[str, Any] = {}
        if self.duplicate is not None and self.duplicate.currentData() is not None:
            analysis[KEY_DUPLICATE_OF] = self.duplicate.currentData()
        if self.delivered is not None:
            analysis[KEY_DELIVERED] = {str(r): self.delivered.item(r, 2).text().replace(",", ".")
                                       for r in range(self.delivered.rowCount())}
        if self.delivery_date is not None:
            d = self.delivery_date.date()
            analysis[KEY_DELIVERY_DATE] = date(d.year(), d.month(), d.day()).isoformat()
        if self.checks:
            analysis[KEY_CHECKLIST] = {key: combo.currentData() for key, combo in self.checks.items()
                                       if combo.currentData() is not None}
        founded = True if self.founded_yes.isChecked() else False if self.founded_no.isChecked() else None
        return {"founded": founded, "analysis": analysis,
                "departments": [d.value for d, box in self.departments.items() if box.isChecked()],
                "explanation": self.explanation.toPlainText()}


class GesturePage(_StepPage):
    step = ClaimStep.GESTE

    def __init__(self, wizard: ClaimWizard) -> None:
        super().__init__(wizard)
        self.gesture = QComboBox()
        for gesture in Gesture:
            self.gesture.addItem(gesture.label, gesture.value)
        self.cancel_duplicate = QPushButton(self.tr("Proposer l'avoir total qui annule la facture "
                                                    "en double"))
        self.cancel_duplicate.clicked.connect(
            lambda: self.gesture.setCurrentIndex(self.gesture.findData(Gesture.AVOIR_TOTAL.value)))
        self.description = QLineEdit()
        self.percent = QLineEdit()
        self.amount = QLineEdit()
        self.expires = QDateEdit(QDate.currentDate().addDays(180))
        self.expires.setCalendarPopup(True)
        self.expires.setDisplayFormat("dd/MM/yyyy")
        self.lines = _table([self.tr("Désignation"), self.tr("Quantité facturée"),
                             self.tr("Quantité à créditer")])
        self.lines.setMaximumHeight(140)
        form = self.form = QFormLayout()
        form.addRow(self.tr("Geste commercial"), self.gesture)
        form.addRow(self.cancel_duplicate)
        form.addRow(self.tr("Produit envoyé"), self.description)
        form.addRow(self.tr("Lignes à créditer"), self.lines)
        form.addRow(self.tr("Montant TTC (€)"), self.amount)
        form.addRow(self.tr("Remise sur la prochaine commande (%)"), self.percent)
        form.addRow(self.tr("Valable jusqu'au"), self.expires)
        self.body.addLayout(form)
        self.body.addStretch()
        self.body.addWidget(self.error)
        self.gesture.currentIndexChanged.connect(self._show_details)
        self._show_details()

    def _show_details(self) -> None:
        """Only the fields the chosen gesture needs."""
        gesture = Gesture(self.gesture.currentData())
        wanted = {
            self.description: gesture in (Gesture.REMPLACEMENT, Gesture.PRODUIT_EQUIVALENT),
            self.lines: gesture is Gesture.AVOIR_LIGNES,
            self.amount: gesture in (Gesture.AVOIR_MONTANT, Gesture.BON_DE_REDUCTION),
            self.percent: gesture is Gesture.REMISE_PROCHAINE_COMMANDE,
            self.expires: gesture in (Gesture.REMISE_PROCHAINE_COMMANDE, Gesture.BON_DE_REDUCTION),
        }
        for widget, visible in wanted.items():
            self.form.setRowVisible(widget, visible)

    def initializePage(self) -> None:  # noqa: N802
        value = self.w.value
        assert value is not None
        self.cancel_duplicate.setVisible(value.type is ClaimType.DOUBLE_FACTURATION and bool(value.founded))
        if value.gesture is not None:
            self.gesture.setCurrentIndex(self.gesture.findData(value.gesture.value))
        elif value.founded is False:
            self.gesture.setCurrentIndex(self.gesture.findData(Gesture.AUCUN.value))
        self.lines.setRowCount(0)
        if value.invoice_id is not None:
            for row, line in enumerate(get_invoice(self.w.db, value.invoice_id).draft.lines):
                self.lines.insertRow(row)
                self.lines.setItem(row, 0, _item(line.description))
                self.lines.setItem(row, 1, _item(format(line.quantity.normalize(), "f")))
                self.lines.setItem(row, 2, _item("0", True))

    def details(self) -> dict[str, Any]:
        gesture = Gesture(self.gesture.currentData())
        d = self.expires.date()
        expires = date(d.year(), d.month(), d.day()).isoformat()
        if gesture in (Gesture.REMPLACEMENT, Gesture.PRODUIT_EQUIVALENT):
            return {"description": self.description.text()}
        if gesture is Gesture.AVOIR_LIGNES:
            return {"lines": {str(r): self.lines.item(r, 2).text().replace(",", ".")
                              for r in range(self.lines.rowCount())
                              if self.lines.item(r, 2).text().strip() not in ("", "0")}}
        if gesture is Gesture.AVOIR_MONTANT:
            value = self.w.value
            assert value is not None and value.invoice_id is not None
            rates = {line.vat_rate for line in get_invoice(self.w.db, value.invoice_id).draft.lines}
            rate = max(rates) if rates else 20
            return {"amounts": {format(rate.normalize(), "f"): self.amount.text().replace(",", ".")}}
        if gesture is Gesture.REMISE_PROCHAINE_COMMANDE:
            return {"percent": self.percent.text().replace(",", "."), "expires_on": expires}
        if gesture is Gesture.BON_DE_REDUCTION:
            return {"amount": self.amount.text().replace(",", "."), "expires_on": expires}
        return {}

    def data(self) -> dict[str, Any]:
        return {"gesture": self.gesture.currentData(), "gesture_details": self.details()}


class SummaryPage(_StepPage):
    step = ClaimStep.RESUME

    def __init__(self, wizard: ClaimWizard) -> None:
        super().__init__(wizard)
        self.summary = plain_label()
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.addWidget(self.summary, 1)
        self.body.addWidget(self.error)
        self.setFinalPage(True)

    def isComplete(self) -> bool:  # noqa: N802
        return not self.w.read_only  # « Terminer » writes: greyed out on a read-only base

    def initializePage(self) -> None:  # noqa: N802
        v = self.w.value
        assert v is not None
        founded = self.tr("fondée") if v.founded else self.tr("non fondée")
        lines = [
            self.tr("Réclamation %1 — %2").replace("%1", v.number).replace("%2", v.client_name),
            self.tr("Facture : %1").replace("%1", v.invoice_number or "—"),
            self.tr("Type : %1").replace("%1", v.type.label),
            "", self.tr("Le client : %1").replace("%1", v.client_words),
            self.tr("Reformulation : %1").replace("%1", v.reformulation),
            self.tr("Analyse : réclamation %1").replace("%1", founded),
        ]
        if v.departments:
            lines.append(self.tr("Services contactés : %1").replace(
                "%1", ", ".join(d.label for d in v.departments)))
        if v.explanation:
            lines.append(self.tr("Explication au client : %1").replace("%1", v.explanation))
        if v.gesture is not None:
            lines.append(self.tr("Geste commercial : %1").replace("%1", v.gesture.label))
        lines += ["", self.tr("« Terminer » applique le geste commercial et clôt la réclamation.")]
        self.summary.setText("\n".join(lines))

    def validatePage(self) -> bool:  # noqa: N802
        value = self.w.value
        assert value is not None
        try:
            self.w.value = claims.apply_gesture(self.w.db, value.id, value.gesture or Gesture.AUCUN,
                                                dict(value.gesture_details), WHO)
        except DomainError as exc:
            self.error.setText(str(exc))
            return False
        self.w.claim_saved.emit(value.id)
        return True


class ClaimWizard(QWizard):
    """Open a new claim (``claim_id`` None) or resume one where it was left."""

    claim_saved = Signal(int)

    def __init__(self, db: Database, claim_id: int | None = None, *, client_id: int | None = None,
                 invoice_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.read_only = False  # see set_read_only
        self.value: claims.ClaimValue | None = None
        self.setWindowTitle(self.tr("Réclamation"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.resize(860, 640)
        self.pages: dict[ClaimStep, _StepPage] = {}
        for page_class in (ListenPage, ReformulatePage, SolutionPage, GesturePage, SummaryPage):
            page = page_class(self)
            self.setPage(int(page.step), page)
            self.pages[page.step] = page
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Enregistrer et fermer"))
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.customButtonClicked.connect(lambda _which: self.save_and_close())
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Suivant >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Précédent"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Terminer"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annuler"))
        listen = self.pages[ClaimStep.ECOUTER]
        assert isinstance(listen, ListenPage)
        if claim_id is not None:
            self.value = claims.resume(db, claim_id)
            listen.set_client(self.value.client_id, self.value.invoice_id)
            listen.type.setCurrentIndex(listen.type.findData(self.value.type.value))
            listen.words.setPlainText(self.value.client_words)
            self.setStartId(int(self.value.step))
        elif client_id is not None:
            listen.set_client(client_id, invoice_id)

    def set_read_only(self, read_only: bool) -> None:
        """On a read-only base: browse the claim, « Enregistrer et fermer » and « Terminer »
        greyed out (QWizard keeps Finish as SummaryPage.isComplete says)."""
        self.read_only = read_only
        set_writable([self.button(QWizard.WizardButton.CustomButton1)], not read_only)
        if read_only:
            set_writable([self.button(QWizard.WizardButton.FinishButton)], False)

    def save(self, step: ClaimStep, data: dict[str, Any], error: Any) -> bool:
        """Store one step; on a refusal say why and stay on the page (nothing typed is lost)."""
        try:
            if self.value is None:
                if data.get("client_id") is None:
                    raise DomainError(self.tr("Choisissez d'abord le client."))
                claim_id = claims.open_claim(self.db, data["client_id"], data.get("invoice_id"),
                                             data["type"], data.get("client_words", ""), WHO)
                self.value = claims.resume(self.db, claim_id)
            self.value = claims.save_step(self.db, self.value.id, int(step), data, WHO)
            problems = self.value.problems.get(step, ()) if self.value.problems else ()
            if problems:
                error.setText("\n".join(problems))
                return False
        except DomainError as exc:
            error.setText(str(exc))
            return False
        error.setText("")
        self.claim_saved.emit(self.value.id)
        return True

    def save_and_close(self) -> None:
        page = self.currentPage()
        if isinstance(page, _StepPage) and page.step is not ClaimStep.RESUME:
            data = page.data()
            try:
                if self.value is None:
                    if data.get("client_id") is None:
                        raise DomainError(self.tr("Choisissez d'abord le client."))
                    claim_id = claims.open_claim(self.db, data["client_id"], data.get("invoice_id"),
                                                 data["type"], data.get("client_words", ""), WHO)
                    self.value = claims.resume(self.db, claim_id)
                self.value = claims.save_step(self.db, self.value.id, int(page.step), data, WHO)
            except DomainError as exc:
                page.error.setText(str(exc))
                return
            self.claim_saved.emit(self.value.id)
        self.reject()


__all__ = ["ClaimWizard"]
