"""The Fidélisation tab's dialogs: plan a follow-up, prepare a mailing, give a reward or a
gift, record a survey, a referral, a suggestion.

Each dialog checks nothing itself: :meth:`LoyaltyDialog.save` calls one service, and
the French error it raises is shown under the form, the dialog staying open. Who
receives an action is an :class:`Audience`: one client, or a whole list (an RFM
segment or a file-quality list) chosen in the same combo.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QCompleter, QDateEdit, QDialog, QDialogButtonBox,
                               QFileDialog, QFormLayout, QHBoxLayout, QLineEdit, QPlainTextEdit,
                               QPushButton, QSpinBox, QVBoxLayout, QWidget)

from crmdesk.domain.errors import DomainError
from crmdesk.domain.loyalty import FOLLOW_UP_KINDS, GIFT_KINDS, ActionKind
from crmdesk.domain.money import parse_decimal
from crmdesk.services import loyalty
from crmdesk.services.client_directory import client_page
from crmdesk.services.database import Database
from crmdesk.ui.client_dialog import ERROR_STYLE, plain_label

REWARD_VALIDITY_DAYS = 180


@dataclass(frozen=True, slots=True)
class Audience:
    """A list of clients an action may be given to: its label, its segment key, its members."""

    label: str
    segment: str
    client_ids: tuple[int, ...]


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(to_qdate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    return edit


class ClientPicker(QLineEdit):
    """Type a client's name or number and pick it in the list (as in the invoice editor)."""

    client_changed = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.client_id: int | None = None
        self._choices: dict[str, int] = {}
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.activated.connect(self.pick)
        self.setCompleter(completer)
        self.setPlaceholderText(self.tr("Tapez le nom ou le numéro du client…"))
        self.textEdited.connect(self._typed)

    def _typed(self, text: str) -> None:
        rows = client_page(self._db, text, limit=15) if text.strip() else []
        self._choices = {f"{r.name} (n° {r.number})": r.id for r in rows}
        self._model.setStringList(list(self._choices))
        self.client_id = self._choices.get(text)
        self.client_changed.emit(self.client_id)

    def pick(self, text: str) -> None:
        self.client_id = self._choices.get(text)
        self.client_changed.emit(self.client_id)

    def set_client(self, client_id: int, label: str) -> None:
        self.setText(label)
        self._choices = {label: client_id}
        self.client_id = client_id
        self.client_changed.emit(client_id)


class AudiencePicker(QWidget):
    """One client, or one of the lists (RFM segments, file-quality lists) given by the tab."""

    def __init__(self, db: Database, audiences: Sequence[Audience],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = QComboBox()
        self.choice.addItem(self.tr("Un client"), None)
        for audience in audiences:
            self.choice.addItem(self.tr("%1 (%2 client(s))").replace("%1", audience.label)
                                .replace("%2", str(len(audience.client_ids))), audience)
        self.client = ClientPicker(db)
        self.choice.currentIndexChanged.connect(
            lambda _i: self.client.setVisible(self.choice.currentData() is None))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.choice)
        layout.addWidget(self.client)

    def choose(self, label: str) -> None:
        """Select the list whose label is ``label``."""
        for i in range(self.choice.count()):
            audience = self.choice.itemData(i)
            if isinstance(audience, Audience) and audience.label == label:
                self.choice.setCurrentIndex(i)
                return
        raise KeyError(label)

    def value(self) -> tuple[list[int], str]:
        """The client ids and the segment recorded with the action."""
        audience = self.choice.currentData()
        if isinstance(audience, Audience):
            if not audience.client_ids:
                raise DomainError(f"La liste « {audience.label} » est vide.")
            return list(audience.client_ids), audience.segment
        if self.client.client_id is None:
            raise DomainError("Choisissez un client dans la liste proposée.")
        return [self.client.client_id], ""


class LoyaltyDialog(QDialog):
    """A form, an error line and OK/Annuler; :meth:`save` does the work."""

    saved = Signal(str)  # a short message for the status bar

    def __init__(self, db: Database, title: str, help_text: str, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.today = db, today
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.form = QFormLayout()
        self.error = plain_label()
        self.error.setStyleSheet(ERROR_STYLE)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = plain_label(help_text)
        intro.setStyleSheet("color: #444;")
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> str:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            message = self.save()
        except (DomainError, OSError) as exc:
            self.error.setText(str(exc))
            return
        self.saved.emit(message)
        super().accept()


class FollowUpDialog(LoyaltyDialog):
    """Plan a call or an appointment for a client or a whole list."""

    def __init__(self, db: Database, audiences: Sequence[Audience], today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, self.tr("Planifier un suivi"), self.tr(
            "Un appel ou un rendez-vous de suivi garde le contact : il apparaît dans l'agenda "
            "à sa date, puis dans le dossier du client une fois fait."), today, parent)
        self.audience = AudiencePicker(db, audiences)
        self.kind = QComboBox()
        for kind in FOLLOW_UP_KINDS:
            self.kind.addItem(kind.label, kind.value)
        self.title = QLineEdit(self.tr("Appel de suivi"))
        self.due = date_edit(today + timedelta(days=2))
        self.details = QPlainTextEdit()
        self.details.setFixedHeight(60)
        for label, widget in ((self.tr("Pour"), self.audience), (self.tr("Type"), self.kind),
                              (self.tr("Objet"), self.title), (self.tr("À faire le"), self.due),
                              (self.tr("Détails"), self.details)):
            self.form.addRow(label, widget)

    def save(self) -> str:
        ids, segment = self.audience.value()
        loyalty.plan_follow_up(self.db, ids, self.kind.currentData(), self.title.text().strip(),
                               from_qdate(self.due.date()), segment=segment,
                               details=self.details.toPlainText().strip())
        return self.tr("%1 suivi(s) planifié(s).").replace("%1", str(len(ids)))


class MailingDialog(LoyaltyDialog):
    """Write a message for a list and produce the .eml files and the CSV in a folder."""

    def __init__(self, db: Database, audiences: Sequence[Audience], today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, self.tr("Préparer un mailing"), self.tr(
            "« Nourrir » le client : l'informer de la vie de l'entreprise et de ses produits. "
            "crmdesk écrit un fichier .eml par client (à ouvrir et envoyer depuis votre "
            "messagerie, même plus tard hors connexion) et un CSV pour un outil d'envoi ; "
            "chaque envoi est noté dans le journal du client."), today, parent)
        self.audience = AudiencePicker(db, audiences)
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setMinimumHeight(140)
        self.folder = QLineEdit(str(QSettings().value("loyalty/mailing_folder",
                                                      str(Path.home() / "mailings"))))
        browse = QPushButton(self.tr("Choisir…"))
        browse.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        for label, widget in ((self.tr("Pour"), self.audience), (self.tr("Objet"), self.subject),
                              (self.tr("Message"), self.body)):
            self.form.addRow(label, widget)
        self.form.addRow(self.tr("Dossier de sortie"), folder_row)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Dossier du mailing"),
                                                  self.folder.text())
        if folder:
            self.folder.setText(folder)

    def save(self) -> str:
        ids, segment = self.audience.value()
        folder = Path(self.folder.text().strip()).expanduser()
        if not self.folder.text().strip():
            raise DomainError("Choisissez le dossier où écrire les messages.")
        result = loyalty.prepare_mailing(self.db, ids, self.subject.text().strip(),
                                         self.body.toPlainText(), folder, segment=segment)
        QSettings().setValue("loyalty/mailing_folder", str(folder))
        self.outcome = result
        text = self.tr("%1 message(s) écrit(s) dans %2").replace("%1", str(len(result.eml_files))) \
            .replace("%2", str(result.folder))
        if result.skipped:
            text += self.tr(" ; %1 client(s) sans e-mail.").replace("%1", str(len(result.skipped)))
        return text


def reward_spec(kind: str, text: str, expires_on: date, note: str = "") -> loyalty.RewardSpec:
    """A discount (``'remise'``, percent typed) or a voucher (``'bon'``, amount HT typed)."""
    if kind == "remise":
        return loyalty.RewardSpec(kind, percent=parse_decimal(text, field="remise", places=4),
                                  expires_on=expires_on, note=note)
    return loyalty.RewardSpec(kind, amount=parse_decimal(text, field="montant du bon", places=2),
                              expires_on=expires_on, note=note)


#: What the reward dialog can give: a discount, a voucher, or one of the gifts.
REWARD_CHOICES = (ActionKind.REMISE, ActionKind.BON, *GIFT_KINDS)


class RewardDialog(LoyaltyDialog):
    """Give a discount, a voucher, a gift, an invitation or an offer to a client or a list."""

    def __init__(self, db: Database, audiences: Sequence[Audience], today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, self.tr("Récompenser"), self.tr(
            "Récompenser encourage à racheter et montre la reconnaissance de l'entreprise. Une "
            "remise (en %) ou un bon (en €) est proposé par l'éditeur de factures sur la "
            "prochaine facture du client, une seule fois, jusqu'à sa date d'expiration. Un "
            "cadeau, une invitation ou une offre est noté dans le dossier du client."), today, parent)
        self.audience = AudiencePicker(db, audiences)
        self.kind = QComboBox()
        for kind in REWARD_CHOICES:
            self.kind.addItem(kind.label, kind.value)
        self.value = QLineEdit("5")
        self.value_label = plain_label()
        self.expires = date_edit(today + timedelta(days=REWARD_VALIDITY_DAYS))
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Ex. : invitation au salon de mars, coffret…"))
        self.note = QLineEdit()
        for label, widget in ((self.tr("Pour"), self.audience), (self.tr("Quoi"), self.kind),
                              (self.value_label, self.value),
                              (self.tr("Valable jusqu'au"), self.expires),
                              (self.tr("Intitulé"), self.title), (self.tr("Note"), self.note)):
            self.form.addRow(label, widget)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = ActionKind(self.kind.currentData())
        is_reward = kind in (ActionKind.REMISE, ActionKind.BON)
        self.value_label.setText(self.tr("Remise (%)") if kind is ActionKind.REMISE
                                 else self.tr("Montant HT (€)") if kind is ActionKind.BON
                                 else self.tr("Valeur (€, facultatif)"))
        self.expires.setEnabled(is_reward)
        self.title.setEnabled(not is_reward)

    def save(self) -> str:
        ids, segment = self.audience.value()
        kind = ActionKind(self.kind.currentData())
        text = self.value.text().strip()
        if kind not in (ActionKind.REMISE, ActionKind.BON):
            value = parse_decimal(text, field="valeur", places=2) if text else None
            loyalty.give_gift(self.db, ids, kind, self.title.text().strip() or kind.label, self.today,
                              value=value, details=self.note.text().strip(), segment=segment)
            return self.tr("%1 : %2 client(s).").replace("%1", kind.label).replace("%2", str(len(ids)))
        spec = reward_spec(kind.value, text, from_qdate(self.expires.date()), self.note.text().strip())
        loyalty.give_reward(self.db, ids, spec, today=self.today, segment=segment)
        return self.tr("%1 donné(e) à %2 client(s).").replace("%1", kind.label) \
            .replace("%2", str(len(ids)))


class SurveyDialog(LoyaltyDialog):
    """Record a satisfaction answer: a score 0–10 and a comment."""

    def __init__(self, db: Database, today: date, parent: QWidget | None = None) -> None:
        super().__init__(db, self.tr("Enquête de satisfaction"), self.tr(
            "« Sur une échelle de 0 à 10, recommanderiez-vous notre entreprise ? » 9 ou 10 : "
            "promoteur ; 7 ou 8 : passif ; 0 à 6 : détracteur. Le NPS est le pourcentage de "
            "promoteurs moins celui de détracteurs."), today, parent)
        self.client = ClientPicker(db)
        self.answered = date_edit(today)
        self.score = QSpinBox()
        self.score.setRange(0, 10)
        self.score.setValue(8)
        self.comment = QPlainTextEdit()
        self.comment.setFixedHeight(70)
        for label, widget in ((self.tr("Client"), self.client), (self.tr("Répondu le"), self.answered),
                              (self.tr("Note (0 à 10)"), self.score), (self.tr("Commentaire"), self.comment)):
            self.form.addRow(label, widget)

    def save(self) -> str:
        if self.client.client_id is None:
            raise DomainError("Choisissez un client dans la liste proposée.")
        loyalty.record_survey(self.db, self.client.client_id, from_qdate(self.answered.date()),
                              self.score.value(), self.comment.toPlainText().strip())
        return self.tr("Réponse à l'enquête enregistrée.")


class ReferralDialog(LoyaltyDialog):
    """Record who brought whom, and the sponsor's reward."""

    def __init__(self, db: Database, today: date, parent: QWidget | None = None) -> None:
        super().__init__(db, self.tr("Parrainage"), self.tr(
            "Un client satisfait en recommande un autre : notez qui a parrainé qui, et "
            "remerciez le parrain (une remise ou un bon qu'il utilisera sur sa prochaine "
            "facture)."), today, parent)
        self.sponsor = ClientPicker(db)
        self.referred = ClientPicker(db)
        self.on = date_edit(today)
        self.reward = QComboBox()
        self.reward.addItem(self.tr("Aucune"), "")
        self.reward.addItem(self.tr("Remise (%)"), "remise")
        self.reward.addItem(self.tr("Bon de réduction (€ HT)"), "bon")
        self.reward.setCurrentIndex(1)
        self.value = QLineEdit("5")
        self.expires = date_edit(today + timedelta(days=REWARD_VALIDITY_DAYS))
        self.note = QLineEdit()
        for label, widget in ((self.tr("Parrain"), self.sponsor), (self.tr("Filleul"), self.referred),
                              (self.tr("Date"), self.on), (self.tr("Récompense du parrain"), self.reward),
                              (self.tr("Valeur"), self.value), (self.tr("Valable jusqu'au"), self.expires),
                              (self.tr("Note"), self.note)):
            self.form.addRow(label, widget)

    def save(self) -> str:
        if self.sponsor.client_id is None or self.referred.client_id is None:
            raise DomainError("Choisissez le parrain et le filleul dans la liste proposée.")
        kind = self.reward.currentData()
        spec = reward_spec(kind, self.value.text(), from_qdate(self.expires.date())) if kind else None
        loyalty.record_referral(self.db, self.sponsor.client_id, self.referred.client_id,
                                from_qdate(self.on.date()), reward=spec, note=self.note.text().strip())
        return self.tr("Parrainage enregistré.")


class SuggestionDialog(LoyaltyDialog):
    """Record a client's suggestion."""

    def __init__(self, db: Database, today: date, parent: QWidget | None = None) -> None:
        super().__init__(db, self.tr("Suggestion d'un client"), self.tr(
            "Impliquer le client, c'est aussi l'écouter : une idée de produit, de service ou "
            "d'amélioration est notée dans son dossier."), today, parent)
        self.client = ClientPicker(db)
        self.on = date_edit(today)
        self.text = QPlainTextEdit()
        self.text.setFixedHeight(90)
        for label, widget in ((self.tr("Client"), self.client), (self.tr("Date"), self.on),
                              (self.tr("Suggestion"), self.text)):
            self.form.addRow(label, widget)

    def save(self) -> str:
        if self.client.client_id is None:
            raise DomainError("Choisissez un client dans la liste proposée.")
        loyalty.record_suggestion(self.db, self.client.client_id, from_qdate(self.on.date()),
                                  self.text.toPlainText().strip())
        return self.tr("Suggestion enregistrée.")


__all__ = ["Audience", "AudiencePicker", "ClientPicker", "FollowUpDialog", "MailingDialog",
           "ReferralDialog", "RewardDialog", "SuggestionDialog", "SurveyDialog"]
