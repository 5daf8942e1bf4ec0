"""The client file: identity and contacts, invoices and balance, appointments, journal.

Signals:
    edit_requested(int): the user asked to edit this client.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateTimeEdit, QDialog,
                               QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QHeaderView, QInputDialog, QLineEdit, QMessageBox, QPushButton,
                               QSpinBox, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout,
                               QWidget)

from crmdesk.domain.errors import DomainError
from crmdesk.domain.invoice import PaymentStatus
from crmdesk.services.client_file import (ClientFile,
                                          InteractionKind, add_interaction, load_client_file,
                                          plan_appointment, record_appointment)
from crmdesk.services import privacy
from crmdesk.services.database import Database
from crmdesk.ui import fmt, labels
from crmdesk.ui.client_dialog import ERROR_STYLE, plain_label
from crmdesk.ui.read_only import set_writable

def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], right: set[int] = frozenset()) -> None:  # type: ignore[assignment]
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if c in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)


class AppointmentDialog(QDialog):
    """Plan a rendez-vous: date and time, duration, place, subject."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Planifier un rendez-vous"))
        form = QFormLayout(self)
        self.when = QDateTimeEdit(QDateTime.currentDateTime().addDays(1))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.duration = QSpinBox()
        self.duration.setRange(5, 24 * 60)
        self.duration.setSingleStep(15)
        self.duration.setValue(60)
        self.duration.setSuffix(self.tr(" min"))
        self.place = QLineEdit()
        self.subject = QLineEdit()
        form.addRow(self.tr("Date et heure"), self.when)
        form.addRow(self.tr("Durée"), self.duration)
        form.addRow(self.tr("Lieu"), self.place)
        form.addRow(self.tr("Objet *"), self.subject)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def starts_at(self) -> datetime:
        value = self.when.dateTime()
        d, t = value.date(), value.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class ClientFileDialog(QDialog):
    """Everything about one client, with the actions of the follow-up."""

    edit_requested = Signal(int)

    def __init__(self, db: Database, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._client_id = client_id
        self._read_only = False
        # What writes (greyed out by set_read_only); « Exporter ses données » only reads.
        self._write_widgets: list[QWidget] = []
        self.resize(900, 620)
        self.header = plain_label()
        self.header.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.balance = plain_label()
        self.error = plain_label()
        self.error.setStyleSheet(ERROR_STYLE)
        self.tabs = QTabWidget()
        self.identity = plain_label()
        self.identity.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.identity.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.contacts = _table([self.tr("Nom"), self.tr("Fonction"), self.tr("Téléphone"),
                                self.tr("E-mail")])
        identity_page = QWidget()
        identity_layout = QVBoxLayout(identity_page)
        identity_layout.addWidget(self.identity)
        identity_layout.addWidget(plain_label(self.tr("Contacts")))
        identity_layout.addWidget(self.contacts)
        self.tabs.addTab(identity_page, self.tr("Identité"))
        self.invoices = _table([self.tr("N°"), self.tr("Date"), self.tr("Échéance"),
                                self.tr("Statut"), self.tr("TTC"), self.tr("Payé"),
                                self.tr("Reste dû")])
        self.tabs.addTab(self.invoices, self.tr("Factures"))
        self.tabs.addTab(self._appointments_page(), self.tr("Rendez-vous"))
        self.tabs.addTab(self._journal_page(), self.tr("Journal"))
        self.claims = _table([self.tr("N°"), self.tr("Date"), self.tr("Facture"), self.tr("Type"),
                              self.tr("Statut")])
        self.tabs.addTab(self.claims, self.tr("Réclamations"))
        self.tabs.addTab(self._loyalty_page(), self.tr("Fidélisation"))
        edit = QPushButton(self.tr("Modifier le client…"))
        self._write_widgets.append(edit)
        edit.clicked.connect(lambda: self.edit_requested.emit(self._client_id))
        export = QPushButton(self.tr("Exporter ses données…"))
        export.clicked.connect(self.export_data)
        self.anonymise_button = QPushButton(self.tr("Anonymiser…"))
        self.anonymise_button.clicked.connect(self.anonymise)
        self.notice = plain_label()
        close = QPushButton(self.tr("Fermer"))
        close.clicked.connect(self.accept)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.balance)
        bottom = QHBoxLayout()
        bottom.addWidget(self.error, 1)
        bottom.addWidget(self.notice)
        bottom.addWidget(export)
        bottom.addWidget(self.anonymise_button)
        bottom.addWidget(edit)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs)
        layout.addLayout(bottom)
        self.reload()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        set_writable([*self._write_widgets, self.anonymise_button], not read_only)
        self.anonymise_button.setEnabled(self._can_anonymise())

    def _can_anonymise(self) -> bool:
        return not self._read_only and privacy.is_anonymised(self._db, self._client_id) is None

    def _appointments_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.appointments = _table([self.tr("Date"), self.tr("Lieu"), self.tr("Objet"),
                                    self.tr("État"), self.tr("Résultat")])
        plan = QPushButton(self.tr("Planifier un rendez-vous…"))
        plan.clicked.connect(self.plan)
        record = QPushButton(self.tr("Enregistrer le résultat…"))
        record.clicked.connect(self.record)
        self._write_widgets += [plan, record]
        buttons = QHBoxLayout()
        buttons.addWidget(plan)
        buttons.addWidget(record)
        buttons.addStretch()
        layout.addWidget(self.appointments)
        layout.addLayout(buttons)
        return page

    def _journal_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.journal = _table([self.tr("Date"), self.tr("Type"), self.tr("Résumé")])
        self.kind = QComboBox()
        for kind in (InteractionKind.CALL, InteractionKind.VISIT, InteractionKind.MAIL,
                     InteractionKind.NOTE):
            self.kind.addItem(labels.interaction(kind.value), kind.value)
        self.summary = QLineEdit()
        self.summary.setPlaceholderText(self.tr("Ce qui s'est dit, ce qui est convenu…"))
        add = QPushButton(self.tr("Ajouter au journal"))
        add.clicked.connect(self.add_entry)
        self.summary.returnPressed.connect(self.add_entry)
        self._write_widgets += [self.kind, self.summary, add]
        entry = QHBoxLayout()
        entry.addWidget(self.kind)
        entry.addWidget(self.summary, 1)
        entry.addWidget(add)
        layout.addWidget(self.journal)
        layout.addLayout(entry)
        return page

    def _loyalty_page(self) -> QWidget:
        from crmdesk.ui import loyalty_client

        page = QWidget()
        layout = QVBoxLayout(page)
        self.loyalty_summary = plain_label()
        self.loyalty = _table(loyalty_client.headers())
        layout.addWidget(self.loyalty_summary)
        layout.addWidget(self.loyalty)
        return page

    def reload(self) -> None:
        file: ClientFile = load_client_file(self._db, self._client_id)
        self.file = file
        data = file.client.data
        self.setWindowTitle(self.tr("Fiche client — %1").replace("%1", data.name))
        archived = self.tr(" (archivé)") if file.client.archived else ""
        self.header.setText(f"{data.name} — n° {data.number}{archived}")
        self.balance.setText(self.tr("Solde dû : %1").replace("%1", fmt.money(file.balance)))
        lines = [data.legal_form, data.billing_street,
                 f"{data.billing_postcode} {data.billing_city}".strip(), data.billing_country]
        if data.delivery_street:
            lines.append(self.tr("Livraison : ") + f"{data.delivery_street}, "
                         f"{data.delivery_postcode} {data.delivery_city}")
        for label, value in ((self.tr("SIREN"), data.siren), (self.tr("SIRET"), data.siret),
                             (self.tr("TVA"), data.vat_number), (self.tr("Tél."), data.phone),
                             (self.tr("E-mail"), data.email)):
            if value:
                lines.append(f"{label} : {value}")
        if data.notes:
            lines += ["", data.notes]
        self.identity.setText("\n".join(line for line in lines if line is not None))
        self.anonymise_button.setEnabled(self._can_anonymise())
        _fill(self.contacts, [[c.name, c.role, c.phone, c.email] for c in data.contacts])
        _fill(self.invoices, [[i.number or self.tr("(brouillon)"), fmt.day(i.issue_date),
                               fmt.day(i.due_date), labels.payment_status(i.status), fmt.money(i.ttc),
                               fmt.money(i.paid), fmt.money(i.amount_due)]
                              for i in file.invoices], right={4, 5, 6})
        for row, invoice in enumerate(file.invoices):
            if invoice.status is PaymentStatus.OVERDUE:
                for column in range(self.invoices.columnCount()):
                    self.invoices.item(row, column).setForeground(Qt.GlobalColor.darkRed)
        _fill(self.appointments, [[fmt.moment(a.starts_at), a.place, a.subject,
                                   labels.appointment_status(a.status.value), a.outcome]
                                  for a in file.appointments])
        from crmdesk.services.claims import claims_of_client

        _fill(self.claims, [[c.number, fmt.day(c.opened_on), c.invoice_number or "—", c.type.label,
                             c.status.label] for c in claims_of_client(self._db, self._client_id)])
        _fill(self.journal, [[fmt.moment(e.occurred_at), labels.interaction(e.kind.value),
                              e.summary] for e in file.journal])
        from crmdesk.ui import loyalty_client

        self.loyalty_summary.setText(loyalty_client.summary(file.loyalty))
        _fill(self.loyalty, loyalty_client.rows(file.loyalty))

    def open_appointment_dialog(self) -> AppointmentDialog | None:
        """Overridable in tests: returns the accepted dialog, or None."""
        dialog = AppointmentDialog(self)
        return dialog if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_outcome(self) -> str | None:
        """Overridable in tests: the outcome typed, or None."""
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Résultat du rendez-vous"),
                                                 self.tr("Qu'est-il ressorti du rendez-vous ?"))
        return text if ok else None

    def plan(self) -> None:
        dialog = self.open_appointment_dialog()
        if dialog is None:
            return
        self._act(lambda: plan_appointment(self._db, self._client_id, dialog.starts_at(),
                                           subject=dialog.subject.text(), place=dialog.place.text(),
                                           duration_min=dialog.duration.value()))

    def record(self) -> None:
        row = self.appointments.currentRow()
        if row < 0:
            self.error.setText(self.tr("Choisissez d'abord un rendez-vous dans la liste."))
            return
        outcome = self.ask_outcome()
        if outcome is not None:
            appointment = self.file.appointments[row]
            self._act(lambda: record_appointment(self._db, appointment.id, outcome))

    def add_entry(self) -> None:
        kind = InteractionKind(self.kind.currentData())
        if self._act(lambda: add_interaction(self._db, self._client_id, kind, self.summary.text())):
            self.summary.clear()

    def ask_export_path(self, proposed: str) -> Path | None:
        """Overridable in tests: where to write the client's data, or None."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Exporter les données du client"),
                                              proposed, self.tr("JSON (*.json)"))
        return Path(path) if path else None

    def confirm_anonymise(self, text: str) -> bool:
        """Overridable in tests."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Anonymiser le client"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def export_data(self) -> None:
        """Everything held about the client, in one JSON file (docs/privacy.md)."""
        path = self.ask_export_path(privacy.data_file_name(self.file.client.number))
        if path is None:
            return
        try:
            result = privacy.export_client_data(self._db, self._client_id, path)
        except (DomainError, OSError) as exc:
            self.error.setText(str(exc))
            return
        self.error.setText("")
        self.notice.setText(self.tr("Données exportées dans %1").replace("%1", result.path.name))

    def anonymise_text(self) -> str:
        """What the confirmation says is erased and what is kept, and why."""
        issued = privacy.issued_documents(self._db, self._client_id)
        data = self.file.client.data
        return fmt.fill(self.tr(
            "Anonymiser « %1 » (client n° %2) ?\n\n"
            "Seront effacés : le nom, le SIREN, le SIRET, le n° de TVA, les adresses, l'e-mail, "
            "le téléphone, les contacts et les notes, ainsi que les textes du journal, des "
            "rendez-vous, des réclamations, des actions de fidélisation, des enquêtes de "
            "satisfaction et des parrainages.\n\n"
            "Seront gardés, pour la comptabilité et les statistiques : le numéro du client, les "
            "dates, les montants et les notes de satisfaction. Les factures et avoirs émis (%3) "
            "gardent l'identité imprimée : la loi impose de les conserver 10 ans.\n\n"
            "Exportez d'abord ses données s'il les a demandées. L'anonymisation est définitive."),
            data.name, data.number, str(issued))

    def anonymise(self) -> None:
        if not self.confirm_anonymise(self.anonymise_text()):
            return
        if self._act(lambda: privacy.anonymise_client(self._db, self._client_id)):
            self.notice.setText(self.tr("Client anonymisé."))

    def _act(self, action: object) -> bool:
        try:
            action()  # type: ignore[operator]
        except DomainError as exc:
            self.error.setText(str(exc))
            return False
        self.error.setText("")
        self.reload()
        return True


__all__ = ["AppointmentDialog", "ClientFileDialog"]
