"""The Fidélisation tab, organised by the seed's four objectives, plus an agenda.

- Agenda: what is late and what is due this week, across all clients;
- Connaître: the quality of the client file and the RFM segments, each list one click away;
- Informer / nourrir: follow-ups planned per client or list, mailings;
- Récompenser: discounts, vouchers, gifts, invitations, offers;
- Impliquer: satisfaction surveys and the NPS, referrals, suggestions.

Each page opens with a short text saying what the objective is for, in the seed's words,
for trainees. Lists are Qt models over the services' frozen values.

Signals:
    status_message(str): a short message for the window's status bar.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, TypeVar

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex,
                            QPersistentModelIndex, Qt, Signal)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGroupBox, QHBoxLayout,
                               QHeaderView, QInputDialog, QLabel, QPushButton, QSpinBox, QSplitter,
                               QTableView, QTabWidget, QVBoxLayout, QWidget)

from crmdesk.domain.errors import DomainError
from crmdesk.domain.loyalty import SEGMENT_ORDER, ActionStatus, FileGap, Objective, months_before
from crmdesk.services import loyalty, rewards
from crmdesk.services.database import Database
from crmdesk.ui import fmt
from crmdesk.ui.charts import BarChart, LineChart, Point
from crmdesk.ui.client_dialog import plain_label
from crmdesk.ui.loyalty_dialogs import (Audience, FollowUpDialog, LoyaltyDialog, MailingDialog,
                                        ReferralDialog, RewardDialog, SuggestionDialog,
                                        SurveyDialog)
from crmdesk.ui.messages import plain_tooltip, plain_warning
from crmdesk.ui.read_only import set_writable
from crmdesk.ui.rows_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")
LATE = QColor("#a31515")
DONE = QColor("#808080")  # a reward used or expired: kept for the record, no longer usable
HELP_STYLE = ("QLabel { background: #f4f7fb; border: 1px solid #d5dfea; border-radius: 4px;"
              " padding: 6px; color: #223; }")

HELP = {
    "agenda": QT_TRANSLATE_NOOP(
        "LoyaltyTab", "L'agenda rassemble ce qui est à faire pour tous les clients : les suivis "
        "et rendez-vous en retard (en rouge), puis ceux de la semaine. Une action faite est "
        "notée dans le journal du client."),
    Objective.CONNAITRE: QT_TRANSLATE_NOOP(
        "LoyaltyTab", "Connaître son client : récolter et actualiser les données sur le client "
        "(identité, coordonnées, historique des commandes et des rendez-vous). Complétez les "
        "fiches incomplètes ; les segments RFM (récence, fréquence, montant des factures) "
        "disent qui remercier, qui entretenir, qui relancer."),
    Objective.INFORMER: QT_TRANSLATE_NOOP(
        "LoyaltyTab", "Informer, « nourrir » son client : lui parler de la vie de l'entreprise, "
        "de ses produits, de son secteur, par des rendez-vous de suivi, des appels, des "
        "mails et des lettres d'information. Planifiez-les ici pour un client ou un segment."),
    Objective.RECOMPENSER: QT_TRANSLATE_NOOP(
        "LoyaltyTab", "Récompenser son client pour encourager la dynamique d'achat et lui "
        "montrer la reconnaissance de l'entreprise : cadeaux (objets publicitaires, chèques "
        "cadeaux), invitations à des événements, remises, offres promotionnelles."),
    Objective.IMPLIQUER: QT_TRANSLATE_NOOP(
        "LoyaltyTab", "Impliquer son client pour l'engager dans une relation de confiance et "
        "créer ensemble : parrainage, enquêtes de satisfaction (le NPS résume les notes de "
        "0 à 10), suggestions."),
}


def help_label(key: object) -> QLabel:
    label = plain_label(QCoreApplication.translate("LoyaltyTab", HELP[key]))  # type: ignore[index]
    label.setStyleSheet(HELP_STYLE)
    return label


def table_view(model: RowsTableModel[Any], stretch: int) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


# ----------------------------------------------------------------------------- models

class CellsModel(RowsTableModel[Row]):
    """A list model whose subclasses give each row's cells, tooltip and lateness."""

    def cells(self, row: Row) -> tuple[str, ...]:
        raise NotImplementedError

    def tooltip(self, row: Row) -> str | None:
        return None

    def late(self, row: Row) -> bool:
        return False

    def greyed(self, row: Row) -> bool:
        return False

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells(row)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self.tooltip(row))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(LATE) if self.late(row) else QBrush(DONE) if self.greyed(row) else None
        return None


@dataclass(frozen=True, slots=True)
class ListRow:
    """One list of the Connaître page: an RFM segment or a file-quality gap, with its members."""

    audience: Audience
    explanation: str
    members: tuple[tuple[loyalty.ClientBrief, Any], ...]  # each client and what puts it there
    detail: Callable[[Any], str]  # that reason in words: formatted only for the rows shown


class ListsModel(CellsModel[ListRow]):
    CONTEXT = "ListsModel"
    HEADERS = (QT_TRANSLATE_NOOP("ListsModel", "Liste"), QT_TRANSLATE_NOOP("ListsModel", "Clients"))

    def cells(self, row: ListRow) -> tuple[str, ...]:
        return (row.audience.label, str(len(row.members)))

    def tooltip(self, row: ListRow) -> str:
        return row.explanation


class MembersModel(CellsModel[tuple[loyalty.ClientBrief, Any]]):
    CONTEXT = "MembersModel"
    HEADERS = (QT_TRANSLATE_NOOP("MembersModel", "N°"), QT_TRANSLATE_NOOP("MembersModel", "Client"),
               QT_TRANSLATE_NOOP("MembersModel", "E-mail"),
               QT_TRANSLATE_NOOP("MembersModel", "Téléphone"),
               QT_TRANSLATE_NOOP("MembersModel", "Détail"))

    detail: Callable[[Any], str] = str

    def cells(self, row: tuple[loyalty.ClientBrief, Any]) -> tuple[str, ...]:
        client, reason = row
        return (client.number, client.name, client.email or "—", client.phone or "—",
                self.detail(reason))


class ActionsModel(CellsModel[loyalty.LoyaltyActionValue]):
    CONTEXT = "ActionsModel"
    HEADERS = (QT_TRANSLATE_NOOP("ActionsModel", "Date"), QT_TRANSLATE_NOOP("ActionsModel", "Client"),
               QT_TRANSLATE_NOOP("ActionsModel", "Type"), QT_TRANSLATE_NOOP("ActionsModel", "Objet"),
               QT_TRANSLATE_NOOP("ActionsModel", "Statut"),
               QT_TRANSLATE_NOOP("ActionsModel", "Segment"))

    def __init__(self, today: Callable[[], date], parent: Any = None) -> None:
        super().__init__(parent)
        self._today = today

    def cells(self, row: loyalty.LoyaltyActionValue) -> tuple[str, ...]:
        value = f" — {fmt.money(row.value)}" if row.value is not None else ""
        return (fmt.day(row.on), f"{row.client_name} (n° {row.client_number})", row.kind.label,
                row.title + value, row.status.label, segment_label(row.segment))

    def tooltip(self, row: loyalty.LoyaltyActionValue) -> str | None:
        return row.details or None

    def late(self, row: loyalty.LoyaltyActionValue) -> bool:
        return row.is_late(self._today())


class AgendaModel(CellsModel[loyalty.AgendaItem]):
    CONTEXT = "AgendaModel"
    HEADERS = (QT_TRANSLATE_NOOP("AgendaModel", "Date"), QT_TRANSLATE_NOOP("AgendaModel", "Client"),
               QT_TRANSLATE_NOOP("AgendaModel", "Type"), QT_TRANSLATE_NOOP("AgendaModel", "Objet"))

    def cells(self, row: loyalty.AgendaItem) -> tuple[str, ...]:
        when = fmt.moment(row.starts_at) if row.starts_at is not None else fmt.day(row.due_on)
        return (when, f"{row.client_name} (n° {row.client_number})", row.kind, row.title)

    def late(self, row: loyalty.AgendaItem) -> bool:
        return row.late


class SurveysModel(CellsModel[loyalty.SurveyValue]):
    CONTEXT = "SurveysModel"
    HEADERS = (QT_TRANSLATE_NOOP("SurveysModel", "Date"), QT_TRANSLATE_NOOP("SurveysModel", "Client"),
               QT_TRANSLATE_NOOP("SurveysModel", "Note"),
               QT_TRANSLATE_NOOP("SurveysModel", "Catégorie"),
               QT_TRANSLATE_NOOP("SurveysModel", "Commentaire"))

    def cells(self, row: loyalty.SurveyValue) -> tuple[str, ...]:
        return (fmt.day(row.answered_on), f"{row.client_name} (n° {row.client_number})",
                f"{row.score}/10", str(row.category), row.comment)


class ReferralsModel(CellsModel[loyalty.ReferralValue]):
    CONTEXT = "ReferralsModel"
    HEADERS = (QT_TRANSLATE_NOOP("ReferralsModel", "Date"),
               QT_TRANSLATE_NOOP("ReferralsModel", "Parrain"),
               QT_TRANSLATE_NOOP("ReferralsModel", "Filleul"),
               QT_TRANSLATE_NOOP("ReferralsModel", "Récompense du parrain"))

    def cells(self, row: loyalty.ReferralValue) -> tuple[str, ...]:
        reward = row.reward.label if row.reward is not None else "—"
        if row.reward is not None and row.reward.used_at is not None:
            reward += QCoreApplication.translate("ReferralsModel", " — utilisée")
        return (fmt.day(row.referred_on), f"{row.sponsor_name} (n° {row.sponsor_number})",
                f"{row.referred_name} (n° {row.referred_number})", reward)

    def tooltip(self, row: loyalty.ReferralValue) -> str | None:
        return row.note or None


class RewardsModel(CellsModel[rewards.RewardRow]):
    """Every discount and voucher given, whatever it was given for, with its state."""

    CONTEXT = "RewardsModel"
    HEADERS = (QT_TRANSLATE_NOOP("RewardsModel", "Date"),
               QT_TRANSLATE_NOOP("RewardsModel", "Client"),
               QT_TRANSLATE_NOOP("RewardsModel", "Récompense"),
               QT_TRANSLATE_NOOP("RewardsModel", "Origine"),
               QT_TRANSLATE_NOOP("RewardsModel", "Valable jusqu'au"),
               QT_TRANSLATE_NOOP("RewardsModel", "Statut"))
    STATUS = {rewards.RewardStatus.AVAILABLE: QT_TRANSLATE_NOOP("RewardsModel", "Disponible"),
              rewards.RewardStatus.RESERVED: QT_TRANSLATE_NOOP("RewardsModel",
                                                               "Réservée (brouillon)"),
              rewards.RewardStatus.USED: QT_TRANSLATE_NOOP("RewardsModel",
                                                           "Utilisée — facture n° %1"),
              rewards.RewardStatus.EXPIRED: QT_TRANSLATE_NOOP("RewardsModel", "Expirée")}

    def cells(self, row: rewards.RewardRow) -> tuple[str, ...]:
        reward = row.reward
        value = fmt.rate(reward.percent) if reward.percent is not None else \
            fmt.money(reward.amount) if reward.amount is not None else "—"
        what = self.tr("Remise de %1") if reward.kind == "remise" else self.tr("Bon de %1")
        status = QCoreApplication.translate(self.CONTEXT, self.STATUS[row.status]).replace("%1", row.invoice_number or "—")
        return (fmt.day(reward.created_at), f"{row.client_name} (n° {row.client_number})",
                what.replace("%1", value), self.origin(row), fmt.day(reward.expires_on), status)

    def origin(self, row: rewards.RewardRow) -> str:
        if row.claim_number is not None:
            return self.tr("réclamation N° %1").replace("%1", row.claim_number)
        if row.referred_name is not None:
            return self.tr("parrainage de %1").replace("%1", row.referred_name)
        return self.tr("fidélisation")

    def tooltip(self, row: rewards.RewardRow) -> str | None:
        return row.reward.note or None

    def greyed(self, row: rewards.RewardRow) -> bool:
        return row.status in (rewards.RewardStatus.USED, rewards.RewardStatus.EXPIRED)


class MailingsModel(CellsModel[loyalty.MailingValue]):
    CONTEXT = "MailingsModel"
    HEADERS = (QT_TRANSLATE_NOOP("MailingsModel", "Date"),
               QT_TRANSLATE_NOOP("MailingsModel", "Segment"),
               QT_TRANSLATE_NOOP("MailingsModel", "Objet"),
               QT_TRANSLATE_NOOP("MailingsModel", "Destinataires"))

    def cells(self, row: loyalty.MailingValue) -> tuple[str, ...]:
        return (fmt.day(row.created_at), segment_label(row.segment), row.subject, str(row.recipients))


def signed(score: int) -> str:
    """An NPS as it is read: ``+40``, ``0``, ``-25``."""
    return f"{score:+d}" if score else "0"


def segment_label(key: str) -> str:
    """A segment as recorded with an action (an RFM segment's key, or a list's label)."""
    from crmdesk.domain.loyalty import Segment

    try:
        return Segment(key).label
    except ValueError:
        return key


# ----------------------------------------------------------------------------- the tab

class LoyaltyTab(QWidget):
    """Agenda, then one page per objective of the seed."""

    status_message = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._today = today
        self.lists: list[ListRow] = []
        # Every page button plans, gives, records, completes, cancels or prepares: all write.
        self.write_buttons: list[QPushButton] = []
        self.pages = QTabWidget()
        self.pages.addTab(self._agenda_page(), self.tr("Agenda"))
        self.pages.addTab(self._know_page(), self.tr("1. Connaître"))
        self.pages.addTab(self._inform_page(), self.tr("2. Informer / nourrir"))
        self.pages.addTab(self._reward_page(), self.tr("3. Récompenser"))
        self.pages.addTab(self._involve_page(), self.tr("4. Impliquer"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.pages)
        self.refresh()

    def set_read_only(self, read_only: bool) -> None:
        set_writable(self.write_buttons, not read_only)

    @property
    def today(self) -> date:
        return self._today or date.today()

    # --- pages --------------------------------------------------------------------------
    def _page(self, key: object, buttons: Sequence[tuple[str, Callable[[], object]]]) \
            -> tuple[QWidget, QVBoxLayout]:
        """A page: the objective's help text, its buttons; the caller adds the lists."""
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(help_label(key))
        row = QHBoxLayout()
        for text, slot in buttons:
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, s=slot: s())
            row.addWidget(button)
            self.write_buttons.append(button)
        row.addStretch()
        layout.addLayout(row)
        return page, layout

    def _agenda_page(self) -> QWidget:
        page, layout = self._page("agenda", ((self.tr("Planifier un suivi…"), self.plan_follow_up),
                                       (self.tr("Marquer comme fait…"), self.complete_selected),
                                       (self.tr("Annuler l'action"), self.cancel_selected)))
        self.agenda_summary = plain_label()
        self.agenda_summary.setStyleSheet("font-weight: 600;")
        self.late_model, self.week_model = AgendaModel(self), AgendaModel(self)
        self.late_view, self.week_view = table_view(self.late_model, 3), table_view(self.week_model, 3)
        layout.addWidget(self.agenda_summary)
        for title, view in ((self.tr("En retard"), self.late_view),
                            (self.tr("Cette semaine"), self.week_view)):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(view)
            layout.addWidget(box, 1)
        return page

    def _know_page(self) -> QWidget:
        page, layout = self._page(Objective.CONNAITRE, (
            (self.tr("Planifier un suivi pour cette liste…"), self.plan_follow_up),
            (self.tr("Mailing à cette liste…"), self.prepare_mailing),
            (self.tr("Récompenser cette liste…"), self.give_reward)))
        self.months = QSpinBox()
        self.months.setRange(1, 60)
        self.months.setValue(loyalty.DEFAULT_MONTHS_WITHOUT_CONTACT)
        self.months.setSuffix(self.tr(" mois"))
        self.months.valueChanged.connect(lambda _v: self.refresh_lists())
        self.quality_summary = plain_label()
        top = QHBoxLayout()
        top.addWidget(self.quality_summary, 1)
        since = plain_label(self.tr("« Sans contact récent » : aucun contact depuis"))
        since.setWordWrap(False)
        top.addWidget(since)
        top.addWidget(self.months)
        layout.addLayout(top)
        self.lists_model, self.members_model = ListsModel(self), MembersModel(self)
        self.lists_view = table_view(self.lists_model, 0)
        self.lists_view.selectionModel().currentRowChanged.connect(lambda current, _prev: self._show_list(
            current.row()))
        self.members_view = table_view(self.members_model, 4)
        self.list_explanation = plain_label()
        self.list_explanation.setStyleSheet("color: #444;")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.list_explanation)
        right_layout.addWidget(self.members_view, 1)
        self.segment_chart = BarChart(self.tr("Clients par segment RFM"), self.tr("Segment"),
                                      self.tr("Clients"))
        lists = QSplitter()
        lists.addWidget(self.lists_view)
        lists.addWidget(right)
        lists.setSizes([320, 900])
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(lists)
        splitter.addWidget(self.segment_chart)
        splitter.setSizes([420, 240])
        layout.addWidget(splitter, 1)
        return page

    def _actions_page(self, key: Objective, buttons: Sequence[tuple[str, Callable[[], object]]]) \
            -> tuple[QWidget, QVBoxLayout, ActionsModel, QTableView]:
        page, layout = self._page(key, buttons)
        model = ActionsModel(lambda: self.today, self)
        view = table_view(model, 3)
        box = QGroupBox(self.tr("Actions « %1 »").replace("%1", key.label))
        QVBoxLayout(box).addWidget(view)
        layout.addWidget(box, 2)
        return page, layout, model, view

    def _inform_page(self) -> QWidget:
        page, layout, self.inform_model, self.inform_view = self._actions_page(Objective.INFORMER, (
            (self.tr("Planifier un suivi…"), self.plan_follow_up),
            (self.tr("Préparer un mailing…"), self.prepare_mailing),
            (self.tr("Marquer comme fait…"), self.complete_selected),
            (self.tr("Annuler l'action"), self.cancel_selected)))
        self.mailings_model = MailingsModel(self)
        box = QGroupBox(self.tr("Mailings préparés"))
        QVBoxLayout(box).addWidget(table_view(self.mailings_model, 2))
        layout.addWidget(box, 1)
        return page

    def _reward_page(self) -> QWidget:
        page, layout, self.reward_model, self.reward_view = self._actions_page(
            Objective.RECOMPENSER, ((self.tr("Remise, bon, cadeau, invitation…"), self.give_reward),))
        self.rewards_model = RewardsModel(self)
        self.rewards_view = table_view(self.rewards_model, 3)
        box = QGroupBox(self.tr("Remises et bons de réduction"))
        QVBoxLayout(box).addWidget(self.rewards_view)
        layout.addWidget(box, 2)
        return page

    def _involve_page(self) -> QWidget:
        page, layout = self._page(Objective.IMPLIQUER, (
            (self.tr("Enquête de satisfaction…"), self.record_survey),
            (self.tr("Parrainage…"), self.record_referral),
            (self.tr("Suggestion…"), self.record_suggestion)))
        self.nps_months = QComboBox()
        for months in (1, 3, 6, 12, 24):
            self.nps_months.addItem(self.tr("%1 dernier(s) mois").replace("%1", str(months)), months)
        self.nps_months.setCurrentIndex(3)
        self.nps_segment = QComboBox()
        self.nps_segment.addItem(self.tr("Tous les clients"), None)
        for segment in SEGMENT_ORDER:
            self.nps_segment.addItem(segment.label, segment.value)
        for combo in (self.nps_months, self.nps_segment):
            combo.currentIndexChanged.connect(lambda _i: self.refresh_nps())
        self.nps_value = plain_label()
        self.nps_value.setStyleSheet("font-size: 20pt; font-weight: 600;")
        self.nps_detail = plain_label()
        choose = QHBoxLayout()
        choose.addWidget(plain_label(self.tr("NPS sur")))
        choose.addWidget(self.nps_months)
        choose.addWidget(self.nps_segment)
        choose.addStretch()
        figure = QVBoxLayout()
        figure.addLayout(choose)
        figure.addWidget(self.nps_value)
        figure.addWidget(self.nps_detail)
        figure.addStretch()
        self.nps_chart = LineChart(self.tr("NPS par mois (12 derniers mois)"), self.tr("Mois"),
                                   self.tr("NPS"))
        self.nps_chart.fixed_range = (-100.0, 100.0)
        self.nps_chart.empty_text = self.tr("Aucune réponse à une enquête sur 12 mois.")
        top = QHBoxLayout()
        top.addLayout(figure, 1)
        top.addWidget(self.nps_chart, 2)
        layout.addLayout(top, 2)
        self.surveys_model, self.referrals_model = SurveysModel(self), ReferralsModel(self)
        self.suggestions_model = ActionsModel(lambda: self.today, self)
        lists = QTabWidget()
        lists.addTab(table_view(self.surveys_model, 4), self.tr("Enquêtes"))
        lists.addTab(table_view(self.referrals_model, 3), self.tr("Parrainages"))
        lists.addTab(table_view(self.suggestions_model, 3), self.tr("Suggestions"))
        layout.addWidget(lists, 3)
        return page

    # --- refreshing ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read everything again (after an action, or when the tab is shown)."""
        self.refresh_agenda()
        self.refresh_lists()
        self.refresh_actions()
        self.refresh_nps()

    def refresh_agenda(self) -> None:
        agenda = loyalty.agenda(self.db, self.today)
        self.late_model.set_rows(list(agenda.late))
        self.week_model.set_rows(list(agenda.this_week))
        self.agenda_summary.setText(
            self.tr("%1 en retard — %2 d'ici dimanche %3").replace("%1", str(len(agenda.late)))
            .replace("%2", str(len(agenda.this_week))).replace("%3", fmt.day(agenda.week_end)))

    def refresh_lists(self) -> None:
        current = self.lists_view.currentIndex().row()
        rfms = loyalty.client_rfms(self.db, self.today)
        quality = loyalty.file_quality(self.db, self.today, self.months.value())
        lists: list[ListRow] = []
        for segment in SEGMENT_ORDER:
            members = sorted((r for r in rfms if r.segment is segment),
                             key=lambda r: (-r.rfm.monetary, r.client.number))
            lists.append(ListRow(
                Audience(self.tr("Segment : %1").replace("%1", segment.label), segment.value,
                         tuple(r.client.id for r in members)), segment.explanation,
                tuple((r.client, r.rfm) for r in members), self._rfm_detail))
        for gap in FileGap:
            rows = quality.with_gap(gap)
            lists.append(ListRow(
                Audience(self.tr("Fichier : %1").replace("%1", gap.label), gap.label,
                         tuple(r.client.id for r in rows)),
                self.tr("Fiches à compléter : %1.").replace("%1", gap.label.lower()),
                tuple((r.client, r) for r in rows), self._gap_detail))
        self.lists = lists
        self.lists_model.set_rows(lists)
        self.segment_chart.set_points([
            Point(segment.label, len(row.members), tooltip=f"{segment.label} : {segment.explanation}")
            for segment, row in zip(SEGMENT_ORDER, lists)])
        incomplete = len(quality.rows)
        self.quality_summary.setText(
            self.tr("%1 client(s) suivis, dont %2 avec une fiche à compléter.")
            .replace("%1", str(quality.total)).replace("%2", str(incomplete)))
        self.lists_view.selectRow(max(0, min(current, len(lists) - 1)))
        self._show_list(max(0, current))

    def _rfm_detail(self, rfm: Any) -> str:
        last = fmt.day(rfm.last_invoice) if rfm.last_invoice else "—"
        return self.tr("%1 — %2 facture(s) en 12 mois, %3 HT, dernière le %4") \
            .replace("%1", rfm.code).replace("%2", str(rfm.frequency)) \
            .replace("%3", fmt.money(rfm.monetary)).replace("%4", last)

    def _gap_detail(self, row: loyalty.QualityRow) -> str:
        last = fmt.day(row.last_contact) if row.last_contact else self.tr("jamais")
        return self.tr("%1 ; dernier contact : %2").replace(
            "%1", ", ".join(g.label for g in row.gaps)).replace("%2", last)

    def _show_list(self, row: int) -> None:
        if not 0 <= row < len(self.lists):
            self.members_model.set_rows([])
            return
        chosen = self.lists[row]
        self.members_model.detail = chosen.detail
        self.members_model.set_rows(list(chosen.members))
        self.list_explanation.setText(f"{chosen.audience.label} — {chosen.explanation}")

    def refresh_actions(self) -> None:
        self.inform_model.set_rows(list(loyalty.list_actions(self.db, objective=Objective.INFORMER)))
        self.reward_model.set_rows(list(loyalty.list_actions(self.db, objective=Objective.RECOMPENSER)))
        self.rewards_model.set_rows(list(rewards.list_rewards(self.db, self.today)))
        self.mailings_model.set_rows(list(loyalty.list_mailings(self.db)))
        self.surveys_model.set_rows(list(loyalty.list_surveys(self.db)))
        self.referrals_model.set_rows(list(loyalty.list_referrals(self.db)))
        involve = loyalty.list_actions(self.db, objective=Objective.IMPLIQUER)
        self.suggestions_model.set_rows([a for a in involve if a.kind.value == "suggestion"])

    def refresh_nps(self) -> None:
        months = int(self.nps_months.currentData())
        start = months_before(self.today, months) + timedelta(days=1)
        result = loyalty.nps(self.db, start, self.today, self.nps_segment.currentData())
        if result.score is None:
            self.nps_value.setText(self.tr("NPS : —"))
            self.nps_detail.setText(self.tr("Aucune réponse sur la période."))
        else:
            self.nps_value.setText(self.tr("NPS : %1").replace("%1", signed(result.score)))
            self.nps_detail.setText(
                self.tr("%1 réponse(s) du %2 au %3 : %4 promoteur(s), %5 passif(s), "
                        "%6 détracteur(s).").replace("%1", str(result.answers))
                .replace("%2", fmt.day(start)).replace("%3", fmt.day(self.today))
                .replace("%4", str(result.promoters)).replace("%5", str(result.passives))
                .replace("%6", str(result.detractors)))
        self.nps_chart.set_points([
            Point(p.label, float(p.result.score), signed(p.result.score), self.tr(
                "%1 : NPS %2 sur %3 réponse(s)").replace("%1", p.label)
                .replace("%2", signed(p.result.score)).replace("%3", str(p.result.answers)))
            for p in loyalty.nps_by_month(self.db, 12, self.today) if p.result.score is not None])

    # --- actions -----------------------------------------------------------------------------
    def audiences(self) -> list[Audience]:
        return [row.audience for row in self.lists]

    def current_audience(self) -> Audience | None:
        """The list selected on the Connaître page."""
        row = self.lists_view.currentIndex().row()
        return self.lists[row].audience if 0 <= row < len(self.lists) else None

    def _open(self, dialog: LoyaltyDialog) -> LoyaltyDialog:
        if hasattr(dialog, "audience") and self.pages.currentIndex() == 1:
            audience = self.current_audience()
            if audience is not None:
                dialog.audience.choose(audience.label)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def _saved(self, message: str) -> None:
        self.refresh()
        self.status_message.emit(message)

    def plan_follow_up(self) -> LoyaltyDialog:
        return self._open(FollowUpDialog(self.db, self.audiences(), self.today, self))

    def prepare_mailing(self) -> LoyaltyDialog:
        return self._open(MailingDialog(self.db, self.audiences(), self.today, self))

    def give_reward(self) -> LoyaltyDialog:
        return self._open(RewardDialog(self.db, self.audiences(), self.today, self))

    def record_survey(self) -> LoyaltyDialog:
        return self._open(SurveyDialog(self.db, self.today, self))

    def record_referral(self) -> LoyaltyDialog:
        return self._open(ReferralDialog(self.db, self.today, self))

    def record_suggestion(self) -> LoyaltyDialog:
        return self._open(SuggestionDialog(self.db, self.today, self))

    def selected_action_id(self) -> int | None:
        """The planned action selected on the page shown (the agenda or Informer)."""
        if self.pages.currentIndex() == 2:
            rows = self.inform_view.selectionModel().selectedRows()
            action = self.inform_model.rows[rows[0].row()] if rows else None
            return action.id if action is not None and action.status is ActionStatus.PLANNED else None
        for view, model in ((self.late_view, self.late_model), (self.week_view, self.week_model)):
            rows = view.selectionModel().selectedRows()
            if rows and model.rows[rows[0].row()].source == "action":
                return model.rows[rows[0].row()].id
        return None

    def ask_outcome(self) -> str | None:
        """Overridable in tests: what came of the action, or None to cancel."""
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Action faite"),
                                                 self.tr("Ce qui en est sorti (facultatif) :"))
        return text if ok else None

    def complete_selected(self) -> None:
        action_id = self.selected_action_id()
        if action_id is None:
            self.show_error(self.tr("Choisissez une action prévue (un rendez-vous se note dans "
                                    "le dossier du client)."))
            return
        outcome = self.ask_outcome()
        if outcome is None:
            return
        self._run(lambda: loyalty.complete_action(self.db, action_id, self.today, outcome.strip()),
                  self.tr("Action notée comme faite."))

    def cancel_selected(self) -> None:
        action_id = self.selected_action_id()
        if action_id is None:
            self.show_error(self.tr("Choisissez une action prévue."))
            return
        self._run(lambda: loyalty.cancel_action(self.db, action_id), self.tr("Action annulée."))

    def _run(self, call: Callable[[], object], message: str) -> None:
        try:
            call()
        except DomainError as exc:
            self.show_error(str(exc))
            return
        self._saved(message)

    def show_error(self, text: str) -> None:
        """Overridable in tests."""
        plain_warning(self, self.tr("Fidélisation"), text).exec()


__all__ = ["LoyaltyTab"]
