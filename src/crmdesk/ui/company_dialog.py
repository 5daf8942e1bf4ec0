"""The company profile dialog: the seller identity printed on every invoice.

Identifiers (SIREN, SIRET, VAT number, IBAN, BIC) are checked as they are typed and
explained in French under their field; the capital and the late-penalty rate are read
with :func:`~crmdesk.domain.money.parse_decimal`. "Enregistrer" stays disabled while a
field is wrong, and a refusal from the service keeps everything that was typed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QGroupBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton,
                               QVBoxLayout, QWidget)

from crmdesk.domain.errors import DomainError, InvalidAmount, InvalidIdentifier
from crmdesk.domain.identifiers import check_bic, check_iban, check_siren, check_siret, check_vat_fr
from crmdesk.domain.money import format_money_fr, parse_decimal
from crmdesk.domain.parties import Seller
from crmdesk.services.company import get_seller, save_seller
from crmdesk.services.database import Database, StorageError
from crmdesk.ui.messages import plain_warning

#: The legal forms offered; the combo box stays editable for any other one.
LEGAL_FORMS = ("SA", "SAS", "SASU", "SARL", "EURL", "EI", "SCI", "SNC", "Micro-entreprise")

VALID_MARK = "✓"
_VALID_STYLE = "color: #1b5e20;"
_ERROR_STYLE = "color: #8b0000;"
_INVALID_FIELD_STYLE = "QLineEdit { border: 2px solid #b71c1c; border-radius: 3px; padding: 1px; }"

#: Checked as typed: the compact value, or InvalidIdentifier with a French reason.
_IDENTIFIER_CHECKS: dict[str, Callable[[str], str]] = {
    "siren": check_siren,
    "siret": check_siret,
    "vat_number": check_vat_fr,
    "iban": check_iban,
    "bic": check_bic,
}

#: Seller fields typed as text in a QLineEdit and stored as typed (stripped).
_TEXT_FIELDS = ("legal_name", "rcs_city", "street", "postcode", "city", "country", "siren", "siret",
                "vat_number", "contact_name", "phone", "email", "website", "bank_name", "bank_code",
                "account_number", "iban", "bic", "early_payment_discount")

#: Longest text accepted per field (the storage columns, with room for spaces in identifiers).
_MAX_LENGTH = {
    "legal_name": 200, "rcs_city": 100, "street": 200, "postcode": 20, "city": 100, "country": 60,
    "siren": 11, "siret": 17, "vat_number": 20, "contact_name": 120, "phone": 40, "email": 200,
    "website": 200, "bank_name": 120, "bank_code": 20, "account_number": 40, "iban": 42, "bic": 14,
    "early_payment_discount": 500, "share_capital": 30, "late_penalty_rate": 12,
}


def _plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _rate_text(rate: Decimal | None) -> str:
    """12.1500 → "12,15"; no exponent (100 stays "100")."""
    if rate is None:
        return ""
    text = format(rate, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


class CompanyDialog(QDialog):
    """Edit the company profile (raison sociale, address, identifiers, bank, terms).

    Attributes:
        fields: the line edits by Seller field name (``fields["siret"]``).
        status_labels: the message under each checked field (identifiers and amounts).
        legal_form: the editable combo box of legal forms.
        vat_on_debits: the "TVA sur les débits" check box.
        ok_button: "Enregistrer", disabled while a field is invalid.
        seller: the Seller as stored, once the dialog was accepted (None before).
        error_box: the last message box shown for a refusal of the service.

    Signals:
        company_saved(object): emitted with the stored Seller when the profile is saved.
    """

    company_saved = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._loaded = get_seller(db)
        self.seller: Seller | None = None
        self.error_box: QMessageBox | None = None
        self.fields: dict[str, QLineEdit] = {}
        self.status_labels: dict[str, QLabel] = {}
        self._names: dict[str, str] = {}
        self._amounts: dict[str, Decimal | None] = {}
        self._invalid: list[str] = []
        self.setWindowTitle(self.tr("Profil de l'entreprise"))

        intro = _plain_label(self.tr(
            "Ces informations sont imprimées sur chaque facture. Survolez un champ pour savoir "
            "pourquoi il y figure ; un champ encadré de rouge est à corriger avant d'enregistrer."))
        intro.setWordWrap(True)

        left = QVBoxLayout()
        left.addWidget(self._identity_group())
        left.addWidget(self._address_group())
        left.addWidget(self._contact_group())
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self._identifiers_group())
        right.addWidget(self._bank_group())
        right.addWidget(self._terms_group())
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        self.summary_label = _plain_label()
        self.summary_label.setWordWrap(True)
        self.summary_label.setStyleSheet(_ERROR_STYLE)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert isinstance(ok_button, QPushButton) and isinstance(cancel_button, QPushButton)
        self.ok_button = ok_button
        self.ok_button.setText(self.tr("Enregistrer"))
        self.ok_button.setToolTip(self.tr("Enregistre le profil : il sera imprimé sur les "
                                          "prochaines factures émises."))
        cancel_button.setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(columns)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(820)  # two readable columns; the French reasons wrap under fields

        for name in ("siren", "siret", "vat_number", "iban", "bic", "share_capital",
                     "late_penalty_rate"):
            self.fields[name].textChanged.connect(self._validate)
        self._validate()

    # -- building the form ---------------------------------------------------------------

    def _add_line(self, form: QFormLayout, name: str, label: str, tooltip: str, value: str,
                  *, checked: bool = False, placeholder: str = "") -> QLineEdit:
        """A labelled line edit for Seller field ``name``; ``checked`` adds a status line."""
        edit = QLineEdit(value)
        edit.setObjectName(name)
        edit.setMaxLength(_MAX_LENGTH[name])
        edit.setToolTip(tooltip)
        edit.setAccessibleName(label)
        if placeholder:
            edit.setPlaceholderText(placeholder)
        row_label = _plain_label(label)
        row_label.setToolTip(tooltip)
        row_label.setBuddy(edit)
        self.fields[name] = edit
        self._names[name] = label
        if not checked:
            form.addRow(row_label, edit)
            return edit
        status = _plain_label()
        status.setObjectName(f"{name}_status")
        status.setWordWrap(True)
        self.status_labels[name] = status
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(edit)
        column.addWidget(status)
        form.addRow(row_label, box)
        return edit

    @staticmethod
    def _form(group: QGroupBox) -> QFormLayout:
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return form

    def _identity_group(self) -> QGroupBox:
        seller = self._loaded
        group = QGroupBox(self.tr("Identité"))
        form = self._form(group)
        self._add_line(form, "legal_name", self.tr("Raison sociale"), self.tr(
            "Obligatoire sur toute facture : le nom légal du vendeur, tel qu'inscrit au registre."),
            seller.legal_name)
        self.legal_form = QComboBox()
        self.legal_form.setEditable(True)
        self.legal_form.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.legal_form.addItems(LEGAL_FORMS)
        line = self.legal_form.lineEdit()
        if line is not None:
            line.setMaxLength(40)
        self.legal_form.setCurrentIndex(-1)
        self.legal_form.setEditText(seller.legal_form)
        tooltip = self.tr("Une société (SA, SAS, SARL…) indique sa forme juridique sur ses factures : "
                          "elle dit au client jusqu'où va la responsabilité des associés.")
        self.legal_form.setToolTip(tooltip)
        self.legal_form.setAccessibleName(self.tr("Forme juridique"))
        label = _plain_label(self.tr("Forme juridique"))
        label.setToolTip(tooltip)
        label.setBuddy(self.legal_form)
        form.addRow(label, self.legal_form)
        capital = "" if seller.share_capital is None else format_money_fr(seller.share_capital,
                                                                           currency=False)
        self._add_line(form, "share_capital", self.tr("Capital social (€)"), self.tr(
            "Une société indique le montant de son capital social sur ses factures : c'est "
            "une information sur sa solidité pour le client."), capital, checked=True,
            placeholder=self.tr("ex. 50 000,00"))
        self._add_line(form, "rcs_city", self.tr("RCS (ville du greffe)"), self.tr(
            "Un commerçant indique « RCS » suivi de la ville du greffe où il est immatriculé : "
            "le client peut y consulter son extrait Kbis."), seller.rcs_city,
            placeholder=self.tr("ex. Marseille"))
        return group

    def _address_group(self) -> QGroupBox:
        seller = self._loaded
        group = QGroupBox(self.tr("Adresse"))
        form = self._form(group)
        self._add_line(form, "street", self.tr("Rue"), self.tr(
            "Obligatoire sur toute facture : l'adresse du siège social du vendeur."), seller.street)
        self._add_line(form, "postcode", self.tr("Code postal"), self.tr(
            "Partie de l'adresse du siège, obligatoire sur la facture."), seller.postcode)
        self._add_line(form, "city", self.tr("Ville"), self.tr(
            "Partie de l'adresse du siège, obligatoire sur la facture."), seller.city)
        self._add_line(form, "country", self.tr("Pays"), self.tr(
            "Le pays du siège : utile dès que la facture part à l'étranger."),
            seller.country or self.tr("France"))
        return group

    def _contact_group(self) -> QGroupBox:
        seller = self._loaded
        group = QGroupBox(self.tr("Contact"))
        form = self._form(group)
        self._add_line(form, "contact_name", self.tr("Nom du contact"), self.tr(
            "Facultatif : la personne que le client peut joindre pour une question sur sa "
            "facture, utile au suivi après-vente."), seller.contact_name)
        self._add_line(form, "phone", self.tr("Téléphone"), self.tr(
            "Facultatif : permet au client de joindre rapidement le service qui facture."),
            seller.phone)
        self._add_line(form, "email", self.tr("E-mail"), self.tr(
            "Facultatif : l'adresse où le client envoie ses questions ou ses réclamations."),
            seller.email)
        self._add_line(form, "website", self.tr("Site web"), self.tr(
            "Facultatif : le site où le client retrouve vos produits et vos conditions."),
            seller.website)
        return group

    def _identifiers_group(self) -> QGroupBox:
        seller = self._loaded
        group = QGroupBox(self.tr("Identifiants"))
        form = self._form(group)
        self._add_line(form, "siren", self.tr("SIREN"), self.tr(
            "Obligatoire sur toute facture : identifie l'entreprise au répertoire SIRENE."),
            seller.siren, checked=True, placeholder=self.tr("9 chiffres"))
        self._add_line(form, "siret", self.tr("SIRET"), self.tr(
            "Identifie l'établissement qui facture : les 9 chiffres du SIREN suivis des "
            "5 chiffres du NIC."), seller.siret, checked=True, placeholder=self.tr("14 chiffres"))
        self._add_line(form, "vat_number", self.tr("N° TVA intracommunautaire"), self.tr(
            "Obligatoire pour une entreprise assujettie à la TVA : FR, une clé de 2 caractères "
            "et le SIREN. Le client professionnel en a besoin pour déduire la TVA."),
            seller.vat_number, checked=True, placeholder=self.tr("FR + clé + SIREN"))
        return group

    def _bank_group(self) -> QGroupBox:
        seller = self._loaded
        group = QGroupBox(self.tr("Banque"))
        form = self._form(group)
        self._add_line(form, "bank_name", self.tr("Banque"), self.tr(
            "Le nom de la banque du vendeur : le client sait où part son virement."),
            seller.bank_name)
        self._add_line(form, "bank_code", self.tr("Code banque"), self.tr(
            "Le code banque du RIB, imprimé pour le client qui règle par virement."),
            seller.bank_code)
        self._add_line(form, "account_number", self.tr("N° de compte"), self.tr(
            "Le numéro de compte du RIB, imprimé pour le client qui règle par virement."),
            seller.account_number)
        self._add_line(form, "iban", self.tr("IBAN"), self.tr(
            "Le compte à créditer, que le client recopie pour payer par virement : un IBAN "
            "français compte 27 caractères."), seller.iban, checked=True,
            placeholder=self.tr("FR76 …"))
        self._add_line(form, "bic", self.tr("BIC"), self.tr(
            "Le code de la banque (8 ou 11 caractères) qui accompagne l'IBAN pour un virement."),
            seller.bic, checked=True)
        return group

    def _terms_group(self) -> QGroupBox:
        seller = self._loaded
        group = QGroupBox(self.tr("Conditions"))
        form = self._form(group)
        self._add_line(form, "late_penalty_rate", self.tr("Pénalités de retard (%)"), self.tr(
            "Obligatoire entre professionnels : le taux des pénalités dues en cas de retard de "
            "paiement (au moins trois fois le taux d'intérêt légal)."),
            _rate_text(seller.late_penalty_rate), checked=True, placeholder=self.tr("ex. 12,15"))
        self._add_line(form, "early_payment_discount", self.tr("Escompte"), self.tr(
            "Obligatoire entre professionnels : les conditions d'escompte en cas de paiement "
            "anticipé, ou la mention qu'il n'y en a pas."),
            seller.early_payment_discount or self.tr("Pas d'escompte pour paiement anticipé"))
        self.vat_on_debits = QCheckBox(self.tr("TVA sur les débits"))
        self.vat_on_debits.setChecked(seller.vat_on_debits)
        self.vat_on_debits.setToolTip(self.tr(
            "À cocher si l'entreprise a opté pour le paiement de la TVA d'après les débits : "
            "la facture doit alors porter la mention « Option pour le paiement de la taxe "
            "d'après les débits »."))
        form.addRow(self.vat_on_debits)
        return group

    # -- checking as typed ---------------------------------------------------------------

    def _show_status(self, name: str, error: str | None) -> None:
        """The French reason in dark red with a red border, else ✓ in green under a valid
        identifier (nothing under an empty field or a valid amount)."""
        edit, status = self.fields[name], self.status_labels[name]
        if error is None:
            empty = not edit.text().strip()
            status.setText("" if empty or name not in _IDENTIFIER_CHECKS else VALID_MARK)
            status.setStyleSheet(_VALID_STYLE)
            edit.setStyleSheet("")
        else:
            status.setText(error)
            status.setStyleSheet(_ERROR_STYLE)
            edit.setStyleSheet(_INVALID_FIELD_STYLE)

    def _check_identifiers(self) -> dict[str, str | None]:
        """The error of each identifier (None when valid or empty), cross-checks included."""
        errors: dict[str, str | None] = {}
        compact: dict[str, str] = {}
        for name, check in _IDENTIFIER_CHECKS.items():
            text = self.fields[name].text()
            errors[name] = None
            if not text.strip():
                continue
            try:
                compact[name] = check(text)
            except InvalidIdentifier as exc:
                errors[name] = exc.reason
        siren = compact.get("siren")
        siret = compact.get("siret")
        if siren and siret and not siret.startswith(siren):
            errors["siret"] = self.tr(
                "le SIRET doit commencer par les 9 chiffres du SIREN (%1) : l'un des deux a été "
                "mal recopié").replace("%1", siren)
        reference = siren or (siret[:9] if siret and not errors["siret"] else None)
        vat = compact.get("vat_number")
        if vat and reference and vat[-9:] != reference:
            errors["vat_number"] = self.tr(
                "les 9 derniers chiffres (%1) doivent être ceux du SIREN (%2) : un numéro de "
                "TVA français est formé à partir du SIREN").replace("%1", vat[-9:]) \
                .replace("%2", reference)
        return errors

    def _check_amounts(self) -> dict[str, str | None]:
        errors: dict[str, str | None] = {}
        specs = {
            "share_capital": (self.tr("capital social"), 2, Decimal("999999999.99")),
            "late_penalty_rate": (self.tr("taux des pénalités de retard"), 4, Decimal("100")),
        }
        for name, (field, places, maximum) in specs.items():
            text = self.fields[name].text()
            errors[name] = None
            self._amounts[name] = None
            if not text.strip():
                continue
            try:
                self._amounts[name] = parse_decimal(text, field=field, places=places,
                                                    maximum=maximum)
            except InvalidAmount as exc:
                errors[name] = exc.reason
        return errors

    def _validate(self) -> bool:
        """Recheck every checked field, update the messages and the OK button."""
        errors = self._check_amounts() | self._check_identifiers()
        for name, error in errors.items():
            self._show_status(name, error)
        order = ("share_capital", "siren", "siret", "vat_number", "iban", "bic",
                 "late_penalty_rate")
        self._invalid = [name for name in order if errors.get(name)]
        if self._invalid:
            names = ", ".join(self._names[name] for name in self._invalid)
            self.summary_label.setText(self.tr(
                "À corriger avant d'enregistrer : %1.").replace("%1", names))
        else:
            self.summary_label.setText("")
        self.ok_button.setEnabled(not self._invalid)
        return not self._invalid

    def is_valid(self) -> bool:
        """True when every field can be saved as it stands."""
        return not self._invalid

    # -- saving ----------------------------------------------------------------------------

    def typed_seller(self) -> Seller:
        """The Seller as typed in the form (call only when :meth:`is_valid`)."""
        values: dict[str, Any] = {name: self.fields[name].text().strip()
                                  for name in _TEXT_FIELDS}
        values["legal_form"] = self.legal_form.currentText().strip()
        values["share_capital"] = self._amounts.get("share_capital")
        values["late_penalty_rate"] = self._amounts.get("late_penalty_rate")
        values["vat_on_debits"] = self.vat_on_debits.isChecked()
        return dataclasses.replace(self._loaded, **values)

    def accept(self) -> None:
        """Save through the service; on a refusal, explain and keep the dialog as typed."""
        if not self._validate():
            return
        try:
            saved = save_seller(self.db, self.typed_seller())
        except (DomainError, StorageError) as exc:
            self._show_error(str(exc))
            return
        self.seller = saved
        self.company_saved.emit(saved)
        super().accept()

    def _show_error(self, message: str) -> None:
        """A window-modal, plain-text message box; the form stays as typed behind it."""
        box = plain_warning(self, self.tr("Profil non enregistré"), self.tr(
            "Le profil de l'entreprise n'a pas été enregistré :\n\n%1").replace("%1", message))
        self.error_box = box
        box.open()
