"""The invoice editor's reward banner: offer the client's discounts and vouchers, apply one.

Applying reserves the reward for the draft in the database at once (another draft can
no longer take it) and sets the draft's discount; issuing uses it; « Retirer » or
Édition > Annuler gives it back. While a reward is applied the Remise field is locked:
it shows the reward, and a voucher's percent follows the lines so that the discount
stays equal to the voucher's amount (docs/loyalty-ui.md).
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QPushButton, QVBoxLayout

from crmdesk.domain.errors import DomainError
from crmdesk.domain.invoice import DocumentKind, DocumentState
from crmdesk.services import rewards
from crmdesk.services.claims import RewardValue
from crmdesk.ui.client_dialog import plain_label

if TYPE_CHECKING:
    from crmdesk.ui.invoice_editor import InvoiceEditor

BANNER_STYLE = "QFrame#rewardBanner { background: #eef6ee; border: 1px solid #9ccc9c; border-radius: 4px; }"


def discount_text(value: Decimal) -> str:
    """A discount percent as the Remise field shows it (``5``, ``1,9686``)."""
    return format(value.normalize(), "f").replace(".", ",")


class ApplyRewardCommand(QUndoCommand):
    """Apply a reward (undo: give it back and restore the discount typed before)."""

    def __init__(self, banner: RewardBanner, reward: RewardValue, old: str, new: str) -> None:
        super().__init__(QCoreApplication.translate("RewardBanner", "Appliquer « %1 »")
                         .replace("%1", reward.label))
        self.banner, self.reward, self.old, self.new = banner, reward, old, new
        self._first = True

    def redo(self) -> None:
        if self._first:  # applied before the command was pushed
            self._first = False
            return
        if self.banner.reserve(self.reward):
            self.banner.set_discount(self.new)

    def undo(self) -> None:
        self.banner.release()
        self.banner.set_discount(self.old)


class RemoveRewardCommand(ApplyRewardCommand):
    """Give an applied reward back (undo: apply it again)."""

    def __init__(self, banner: RewardBanner, reward: RewardValue, old: str, new: str) -> None:
        super().__init__(banner, reward, new, old)
        self.setText(QCoreApplication.translate("RewardBanner", "Retirer « %1 »")
                     .replace("%1", reward.label))

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        ApplyRewardCommand.undo(self)

    def undo(self) -> None:
        self._first = False
        ApplyRewardCommand.redo(self)


class RewardBanner(QFrame):
    """Shown above the discount when the draft's client has a reward, or the draft holds one."""

    def __init__(self, editor: InvoiceEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.applied: RewardValue | None = None
        self.offers: tuple[RewardValue, ...] = ()
        self.setObjectName("rewardBanner")
        self.setStyleSheet(BANNER_STYLE)
        self.text = plain_label()
        self.text.setWordWrap(True)
        self.choice = QComboBox()
        self.apply_button = QPushButton(self.tr("Appliquer"))
        self.apply_button.clicked.connect(self.apply)
        self.remove_button = QPushButton(self.tr("Retirer"))
        self.remove_button.clicked.connect(self.remove)
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.choice.setMinimumContentsLength(12)
        row = QHBoxLayout()
        row.addWidget(self.choice, 1)
        row.addWidget(self.apply_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.text)
        layout.addLayout(row)
        self.hide()

    # --- state ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read what the client may use and what the draft holds, and show it."""
        editor = self.editor
        view = editor.view
        if editor.client_id is None or (view is not None and view.kind is not DocumentKind.INVOICE):
            self.applied, self.offers = None, ()
        else:
            found = rewards.offers_for(editor._db, editor.client_id, editor.invoice_id)
            self.applied, self.offers = found.applied, found.available
            if self.applied is not None and self.applied.client_id != editor.client_id:
                self.release()  # the draft changed client: the reward goes back to its owner
                self.set_discount("0")
                return
        self._show()

    def _show(self) -> None:
        editor = self.editor
        issued = editor.view is not None and editor.view.state is DocumentState.ISSUED
        self.choice.clear()
        if self.applied is not None:
            text = self.tr("Utilisée sur cette facture : %1") if issued else \
                self.tr("Appliquée, elle sera utilisée à l'émission : %1")
            self.text.setText("✓ " + text.replace("%1", self.applied.label))
        elif self.offers and not issued:
            self.text.setText(self.tr("Récompense du client, à n'utiliser qu'une fois :"))
            for reward in self.offers:
                self.choice.addItem(reward.label, reward.id)
                self.choice.setItemData(self.choice.count() - 1, reward.label,
                                        Qt.ItemDataRole.ToolTipRole)
            self.choice.setToolTip(self.offers[0].label)
        offering = self.applied is None and bool(self.offers) and not issued
        self.choice.setVisible(offering)
        self.apply_button.setVisible(offering)
        self.remove_button.setVisible(self.applied is not None and not issued)
        self.setVisible(self.applied is not None or offering)
        editor.discount.setEnabled(not issued and self.applied is None)
        editor.discount.setToolTip(self.tr("Fixée par la récompense appliquée : retirez-la pour "
                                           "saisir une autre remise.") if self.applied else "")

    # --- actions -----------------------------------------------------------------------------
    def apply(self) -> None:
        """Apply the reward chosen in the list (an undoable command)."""
        editor = self.editor
        reward = next((r for r in self.offers if r.id == self.choice.currentData()), None)
        if reward is None:
            return
        try:
            pct = rewards.discount_pct_for(reward, editor.lines.valid_lines())
        except DomainError as exc:
            editor.show_error(str(exc))
            return
        if editor.invoice_id is None and not editor.save_draft():
            editor.show_error(self.tr("Choisissez le client et saisissez au moins une ligne : "
                                      "la récompense s'applique à un brouillon enregistré."))
            return
        old = editor.discount.text()
        if not self.reserve(reward):
            return
        new = discount_text(pct)
        self.set_discount(new)
        editor.undo.push(ApplyRewardCommand(self, reward, old, new))

    def remove(self) -> None:
        """Give the applied reward back; the discount returns to 0 (an undoable command)."""
        if self.applied is None:
            return
        reward, old = self.applied, self.editor.discount.text()
        self.release()
        self.set_discount("0")
        self.editor.undo.push(RemoveRewardCommand(self, reward, old, "0"))

    def reserve(self, reward: RewardValue) -> bool:
        editor = self.editor
        if editor.invoice_id is None:
            return False
        try:
            self.applied = rewards.reserve_reward(editor._db, reward.id, editor.invoice_id)
        except DomainError as exc:
            editor.show_error(str(exc))
            self.refresh()
            return False
        self.offers = tuple(r for r in self.offers if r.id != reward.id)
        self._show()
        return True

    def release(self) -> None:
        editor = self.editor
        if editor.invoice_id is not None:
            try:
                rewards.release_reward(editor._db, editor.invoice_id)
            except DomainError as exc:
                editor.show_error(str(exc))
        self.refresh()

    def set_discount(self, text: str) -> None:
        """Write the discount field (no undo command of its own) and save the draft now."""
        editor = self.editor
        editor.discount.setText(text)
        editor._discount_text = text
        editor._changed(save=False)
        editor.save_draft()

    def follow_lines(self) -> None:
        """Keep a voucher's discount equal to its amount when the lines change."""
        editor = self.editor
        reward = self.applied
        if reward is None or reward.amount is None or reward.percent is not None \
                or editor.view is not None and editor.view.state is DocumentState.ISSUED:
            return
        try:
            pct = rewards.voucher_discount_pct(editor.lines.valid_lines(), reward.amount)
        except DomainError as exc:
            editor.saved_label.setText(str(exc))
            return
        text = discount_text(pct)
        if editor.discount.text() != text:
            editor.discount.setText(text)
            editor._discount_text = text
