"""Create or edit a client: identity, identifiers checked as typed, addresses, contacts, notes.

On save the service checks for duplicates (same SIREN, same e-mail, a very similar
name in the same postcode); the user may save anyway or open the existing client.

Signals:
    client_saved(int): the id of the client just stored.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QComboBox, QDialog,
                               QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton,
                               QRadioButton, QTableWidget, QTableWidgetItem, QTabWidget,
                               QVBoxLayout, QWidget)

from crmdesk.domain.errors import DomainError
from crmdesk.domain.identifiers import check_siren, check_siret, check_vat_fr
from crmdesk.services import clients
from crmdesk.services.client_file import find_duplicates
from crmdesk.services.database import Database
from crmdesk.services.values import ClientInput, ClientValue, ContactValue

LEGAL_FORMS = ("", "SA", "SAS", "SASU", "SARL", "EURL", "EI", "SCI", "SNC", "Association")
OK_STYLE = "color: #1b7f3b;"
ERROR_STYLE = "color: #9c1c1c;"


def plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class ClientDialog(QDialog):
    """The client form (new when ``client`` is None)."""

    client_saved = Signal(int)

    def __init__(self, db: Database, client: ClientValue | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._client = client
        self.saved_id: int | None = None
        self.open_existing_id: int | None = None
        self.setWindowTitle(self.tr("Nouveau client") if client is None else
                            self.tr("Client n° %1").replace("%1", client.number))
        self.setMinimumWidth(620)
        self._fields: dict[str, QLineEdit] = {}
        self._status: dict[str, QLabel] = {}
        tabs = QTabWidget()
        tabs.addTab(self._identity_page(), self.tr("Identité"))
        tabs.addTab(self._address_page(), self.tr("Adresses"))
        tabs.addTab(self._contacts_page(), self.tr("Contacts"))
        self.notes = QPlainTextEdit()
        tabs.addTab(self.notes, self.tr("Notes"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                        QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Enregistrer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.error = plain_label()
        self.error.setStyleSheet(ERROR_STYLE)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if client is not None:
            self._load(client)
        self._validate_all()

    # --- pages ---------------------------------------------------------------------
    def _line(self, key: str, tip: str = "", check: Callable[[str], str] | None = None) -> QWidget:
        edit = QLineEdit()
        edit.setObjectName(key)
        edit.setToolTip(tip)
        self._fields[key] = edit
        if check is None:
            return edit
        status = plain_label()
        self._status[key] = status
        edit.textChanged.connect(self._validate_all)
        box = QWidget()
        row = QVBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit)
        row.addWidget(status)
        return box

    def _identity_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.company_radio = QRadioButton(self.tr("Entreprise"))
        self.individual_radio = QRadioButton(self.tr("Particulier"))
        self.company_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.company_radio)
        group.addButton(self.individual_radio)
        kind = QHBoxLayout()
        kind.addWidget(self.company_radio)
        kind.addWidget(self.individual_radio)
        kind.addStretch()
        form.addRow(self.tr("Type"), kind)
        form.addRow(self.tr("Numéro"), self._line("number", self.tr(
            "Laissez vide : le prochain numéro libre sera attribué.")))
        form.addRow(self.tr("Nom ou raison sociale *"), self._line("name"))
        self.legal_form = QComboBox()
        self.legal_form.setEditable(True)
        self.legal_form.addItems(LEGAL_FORMS)
        form.addRow(self.tr("Forme juridique"), self.legal_form)
        form.addRow(self.tr("SIREN"), self._line("siren", self.tr(
            "9 chiffres : obligatoire sur les factures entre professionnels (réforme 2026-2027)."),
            check_siren))
        form.addRow(self.tr("SIRET"), self._line("siret", self.tr(
            "14 chiffres : le SIREN suivi du NIC de l'établissement."), check_siret))
        form.addRow(self.tr("N° TVA intracommunautaire"), self._line("vat_number", self.tr(
            "FR + 2 caractères de clé + SIREN : exigé pour les livraisons intracommunautaires."),
            check_vat_fr))
        form.addRow(self.tr("E-mail"), self._line("email"))
        form.addRow(self.tr("Téléphone"), self._line("phone"))
        self.company_radio.toggled.connect(self._validate_all)
        return page

    def _address_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        for prefix, title in (("billing", self.tr("Adresse de facturation")),
                              ("delivery", self.tr("Adresse de livraison (si différente)"))):
            box = QGroupBox(title)
            form = QFormLayout(box)
            form.addRow(self.tr("Rue"), self._line(f"{prefix}_street"))
            form.addRow(self.tr("Code postal"), self._line(f"{prefix}_postcode"))
            form.addRow(self.tr("Ville"), self._line(f"{prefix}_city"))
            form.addRow(self.tr("Pays"), self._line(f"{prefix}_country"))
            layout.addWidget(box)
        self._fields["billing_country"].setText("France")
        return page

    def _contacts_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.contacts = QTableWidget(0, 4)
        self.contacts.setHorizontalHeaderLabels([self.tr("Nom"), self.tr("Fonction"),
                                                 self.tr("Téléphone"), self.tr("E-mail")])
        self.contacts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.contacts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        add = QPushButton(self.tr("Ajouter un contact"))
        add.clicked.connect(lambda: self.add_contact(ContactValue("")))
        remove = QPushButton(self.tr("Retirer le contact"))
        remove.clicked.connect(lambda: self.contacts.removeRow(self.contacts.currentRow()))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch()
        layout.addWidget(self.contacts)
        layout.addLayout(buttons)
        return page

    def add_contact(self, contact: ContactValue) -> None:
        row = self.contacts.rowCount()
        self.contacts.insertRow(row)
        for column, value in enumerate((contact.name, contact.role, contact.phone, contact.email)):
            self.contacts.setItem(row, column, QTableWidgetItem(value))

    # --- values --------------------------------------------------------------------
    def _load(self, client: ClientValue) -> None:
        data = client.data
        for key, edit in self._fields.items():
            edit.setText(str(getattr(data, key)))
        self.legal_form.setCurrentText(data.legal_form)
        self.individual_radio.setChecked(data.kind == "individual")
        self.notes.setPlainText(data.notes)
        for contact in data.contacts:
            self.add_contact(contact)

    def value(self) -> ClientInput:
        """What the form holds, as typed."""
        contacts = []
        for row in range(self.contacts.rowCount()):
            cells = [(self.contacts.item(row, c).text() if self.contacts.item(row, c) else "")
                     for c in range(4)]
            if any(cell.strip() for cell in cells):
                contacts.append(ContactValue(*cells))
        texts = {key: edit.text() for key, edit in self._fields.items()}
        return ClientInput(kind="individual" if self.individual_radio.isChecked() else "company",
                           legal_form=self.legal_form.currentText(), notes=self.notes.toPlainText(),
                           contacts=tuple(contacts), **texts)

    def _validate_all(self) -> bool:
        valid = True
        for key, check in (("siren", check_siren), ("siret", check_siret), ("vat_number", check_vat_fr)):
            text = self._fields[key].text()
            status = self._status[key]
            if not text.strip():
                status.setText("")
                continue
            try:
                check(text)
            except DomainError as exc:
                status.setText(str(exc))
                status.setStyleSheet(ERROR_STYLE)
                valid = False
            else:
                status.setText("✓")
                status.setStyleSheet(OK_STYLE)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(valid)
        return valid

    # --- saving ----------------------------------------------------------------------
    def ask_about_duplicates(self, text: str) -> str:
        """Returns "save", "open" or "cancel" (overridable in tests)."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Doublon possible"), text,
                          parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        save = box.addButton(self.tr("Enregistrer quand même"), QMessageBox.ButtonRole.AcceptRole)
        open_existing = box.addButton(self.tr("Ouvrir le client existant"),
                                      QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("Annuler"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is save:
            return "save"
        return "open" if box.clickedButton() is open_existing else "cancel"

    def save(self) -> None:
        """Validate, check for duplicates, store; on error say why and keep everything typed."""
        if not self._validate_all():
            return
        data = self.value()
        try:
            matches = find_duplicates(self._db, data, exclude_id=self._client.id if self._client else None)
            if matches:
                lines = "\n".join(f"• n° {m.number} {m.name} : {m.reason}" for m in matches)
                choice = self.ask_about_duplicates(
                    self.tr("Ce client ressemble à un client existant :") + "\n" + lines)
                if choice == "open":
                    self.open_existing_id = matches[0].client_id
                    self.reject()
                    return
                if choice != "save":
                    return
            if self._client is None:
                saved = clients.create_client(self._db, data)
            else:
                saved = clients.update_client(self._db, self._client.id, data)
        except DomainError as exc:
            self.error.setText(str(exc))
            return
        self.saved_id = saved.id
        self.client_saved.emit(saved.id)
        self.accept()
