"""Small charts drawn with QPainter (PySide6-Essentials has no QtCharts).

:class:`BarChart` shows one bar per category (segment sizes); :class:`LineChart` one
point per period joined by a line (NPS over time). Both write every value on the chart,
label their axes, give each bar or point a tooltip, and describe their data in the
accessible description so a screen reader reads the figures the eye sees.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from crmdesk.ui.messages import plain_tooltip

MARGIN = 8
BAR_COLOR = QColor("#2f6f9f")
NEGATIVE_COLOR = QColor("#b0413e")
AXIS_COLOR = QColor("#555555")
GRID_COLOR = QColor("#e3e3e3")


@dataclass(frozen=True, slots=True)
class Point:
    """One category or period: its label, its value, the text written for it and its tooltip."""

    label: str
    value: float
    text: str = ""
    tooltip: str = ""

    @property
    def shown(self) -> str:
        return self.text or f"{self.value:g}"


class Chart(QWidget):
    """The shared part: title, axis labels, the value range, hit areas for tooltips."""

    def __init__(self, title: str = "", x_label: str = "", y_label: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title, self.x_label, self.y_label = title, x_label, y_label
        self.points: list[Point] = []
        self.empty_text = self.tr("Pas encore de données.")
        self.fixed_range: tuple[float, float] | None = None
        self._hits: list[tuple[QRectF, Point]] = []
        self.setMinimumSize(260, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(420, 240)

    def set_points(self, points: list[Point]) -> None:
        """Show these values (the chart repaints and its accessible description follows)."""
        self.points = list(points)
        summary = "; ".join(f"{p.label} : {p.shown}" for p in self.points) or self.empty_text
        self.setAccessibleName(self.title)
        self.setAccessibleDescription(summary)
        self.setToolTip("" if self.points else self.empty_text)
        self.update()

    def value_range(self) -> tuple[float, float]:
        if self.fixed_range is not None:
            return self.fixed_range
        values = [p.value for p in self.points] or [0.0]
        low, high = min(0.0, *values), max(0.0, *values)
        return (low, high if high > low else low + 1.0)

    def plot_area(self, metrics: QFontMetrics) -> QRectF:
        """The rectangle inside the title, the axis labels and the category labels."""
        line = metrics.height()
        low, high = self.value_range()
        scale = max(metrics.horizontalAdvance(f"{v:g}") for v in (low, high))
        left = MARGIN + line + 4 + scale + 6  # rotated y label, then the scale
        top = MARGIN + (line + 6 if self.title else 0) + line + 4  # room for values above bars
        bottom = self.height() - MARGIN - (line + 4 if self.x_label else 0) - line - 6
        return QRectF(left, top, max(10.0, self.width() - left - MARGIN), max(10.0, bottom - top))

    def y_of(self, area: QRectF, value: float) -> float:
        low, high = self.value_range()
        return area.bottom() - (value - low) / (high - low) * area.height()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        metrics = painter.fontMetrics()
        line = metrics.height()
        text_color = self.palette().text().color()
        painter.setPen(text_color)
        if self.title:
            font = painter.font()
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(QRectF(MARGIN, MARGIN, self.width() - 2 * MARGIN, line),
                             Qt.AlignmentFlag.AlignLeft, self.title)
            font.setBold(False)
            painter.setFont(font)
        area = self.plot_area(metrics)
        self._hits = []
        if not self.points:
            painter.setPen(AXIS_COLOR)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.empty_text)
            return
        self._axes(painter, area, line)
        self.draw_data(painter, area, metrics)

    def _axes(self, painter: QPainter, area: QRectF, line: int) -> None:
        low, high = self.value_range()
        painter.setPen(QPen(GRID_COLOR, 1))
        for value in {low, high, 0.0}:
            y = self.y_of(area, value)
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(AXIS_COLOR)
            painter.drawText(QRectF(0, y - line / 2, area.left() - 6, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{value:g}")
            painter.setPen(QPen(GRID_COLOR, 1))
        painter.setPen(QPen(AXIS_COLOR, 1))
        zero = self.y_of(area, max(low, 0.0))
        painter.drawLine(QPointF(area.left(), area.top()), QPointF(area.left(), area.bottom()))
        painter.drawLine(QPointF(area.left(), zero), QPointF(area.right(), zero))
        if self.x_label:
            painter.drawText(QRectF(area.left(), self.height() - MARGIN - line, area.width(), line),
                             Qt.AlignmentFlag.AlignCenter, self.x_label)
        if self.y_label:
            painter.save()
            painter.translate(MARGIN, area.center().y())
            painter.rotate(-90)
            painter.drawText(QRectF(-area.height() / 2, 0, area.height(), line),
                             Qt.AlignmentFlag.AlignCenter, self.y_label)
            painter.restore()

    def _category(self, painter: QPainter, rect: QRectF, point: Point, metrics: QFontMetrics) -> None:
        painter.setPen(self.palette().text().color())
        label = metrics.elidedText(point.label, Qt.TextElideMode.ElideRight, int(rect.width()))
        painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)

    def draw_data(self, painter: QPainter, area: QRectF, metrics: QFontMetrics) -> None:
        raise NotImplementedError

    def point_at(self, x: float, y: float) -> Point | None:
        """The bar or point under this position (for the tooltip and the tests)."""
        for rect, point in self._hits:
            if rect.contains(QPointF(x, y)):
                return point
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            point = self.point_at(event.pos().x(), event.pos().y())
            if point is not None:
                QToolTip.showText(event.globalPos(),
                                  plain_tooltip(point.tooltip or f"{point.label} : {point.shown}"),
                                  self)
                return True
        return super().event(event)


class BarChart(Chart):
    """One bar per category, its value written above it (below it when negative)."""

    def draw_data(self, painter: QPainter, area: QRectF, metrics: QFontMetrics) -> None:
        line = metrics.height()
        slot = area.width() / len(self.points)
        zero = self.y_of(area, max(self.value_range()[0], 0.0))
        for i, point in enumerate(self.points):
            x = area.left() + i * slot
            y = self.y_of(area, point.value)
            bar = QRectF(x + slot * 0.15, min(y, zero), slot * 0.7, max(abs(zero - y), 1.0))
            painter.fillRect(bar, NEGATIVE_COLOR if point.value < 0 else BAR_COLOR)
            painter.setPen(self.palette().text().color())
            value_box = (QRectF(x, bar.top() - line, slot, line) if point.value >= 0
                         else QRectF(x, bar.bottom(), slot, line))
            painter.drawText(value_box, Qt.AlignmentFlag.AlignCenter, point.shown)
            self._category(painter, QRectF(x, area.bottom() + 4, slot, line), point, metrics)
            self._hits.append((QRectF(x, area.top(), slot, area.height() + line + 4), point))


class LineChart(Chart):
    """One point per period joined by a line, each value written beside its point."""

    def draw_data(self, painter: QPainter, area: QRectF, metrics: QFontMetrics) -> None:
        line = metrics.height()
        slot = area.width() / len(self.points)
        centres = [QPointF(area.left() + (i + 0.5) * slot, self.y_of(area, p.value))
                   for i, p in enumerate(self.points)]
        painter.setPen(QPen(BAR_COLOR, 2))
        for a, b in zip(centres, centres[1:]):
            painter.drawLine(a, b)
        for centre, point in zip(centres, self.points):
            painter.setPen(QPen(BAR_COLOR, 2))
            painter.setBrush(NEGATIVE_COLOR if point.value < 0 else BAR_COLOR)
            painter.drawEllipse(centre, 4, 4)
            painter.setPen(self.palette().text().color())
            # above the point: the plot area keeps one line of room over its top
            box = QRectF(centre.x() - slot / 2, centre.y() - line - 4, slot, line)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, point.shown)
            x = centre.x() - slot / 2
            self._category(painter, QRectF(x, area.bottom() + 4, slot, line), point, metrics)
            self._hits.append((QRectF(x, area.top(), slot, area.height() + line + 4), point))
