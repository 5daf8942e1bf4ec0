"""The QPainter charts: values written, axes labelled, a tooltip per bar, data read aloud."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from crmdesk.ui.charts import BAR_COLOR, BarChart, LineChart, Point


def render(chart: BarChart | LineChart) -> QImage:
    return chart.grab().toImage()


def coloured_columns(image: QImage, colour: QColor) -> list[int]:
    """The x positions where at least one pixel has exactly the bar colour."""
    return [x for x in range(image.width())
            if any(image.pixelColor(x, y) == colour for y in range(image.height()))]


def test_bar_chart_draws_one_bar_per_value_and_describes_them(qtbot: QtBot) -> None:
    chart = BarChart("Taille des segments", "Segment", "Clients")
    qtbot.addWidget(chart)
    chart.resize(400, 240)
    chart.set_points([Point("Champions", 6, tooltip="6 clients"), Point("À risque", 3),
                      Point("Perdus", 0)])
    chart.show()
    image = render(chart)
    columns = coloured_columns(image, BAR_COLOR)
    runs = [x for i, x in enumerate(columns) if i == 0 or columns[i - 1] != x - 1]
    assert len(runs) == 3  # "Perdus" (0) is a 1-pixel line on the axis
    assert chart.accessibleDescription() == "Champions : 6; À risque : 3; Perdus : 0"
    assert chart.accessibleName() == "Taille des segments"
    first_bar_x = runs[0] + 2
    hit = chart.point_at(first_bar_x, chart.height() / 2)
    assert hit is not None and hit.label == "Champions" and hit.tooltip == "6 clients"
    assert chart.point_at(2, 2) is None


def test_the_tallest_bar_is_taller(qtbot: QtBot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(300, 200)
    chart.set_points([Point("a", 1), Point("b", 4)])
    image = render(chart)
    heights = []
    for x in (chart.width() // 4 + 20, 3 * chart.width() // 4):
        heights.append(sum(1 for y in range(image.height()) if image.pixelColor(x, y) == BAR_COLOR))
    assert heights[1] > 3 * heights[0] > 0


def test_line_chart_with_negative_nps_and_empty_state(qtbot: QtBot) -> None:
    chart = LineChart("NPS par mois", "Mois", "NPS")
    chart.fixed_range = (-100.0, 100.0)
    qtbot.addWidget(chart)
    chart.resize(400, 240)
    assert chart.toolTip() == ""
    chart.set_points([])
    assert chart.toolTip() == "Pas encore de données."
    blank = render(chart)
    assert coloured_columns(blank, BAR_COLOR) == []
    chart.set_points([Point("01/2026", -20, "-20"), Point("02/2026", 50, "+50")])
    image = render(chart)
    assert coloured_columns(image, BAR_COLOR)  # the line and its points are drawn
    assert "02/2026 : +50" in chart.accessibleDescription()
    assert chart.point_at(chart.width() - 20, chart.height() / 2) == Point("02/2026", 50, "+50")
    assert chart.y_of(chart.plot_area(chart.fontMetrics()), 0) < chart.height()
