"""The overlays' legend beside the plot when that leaves the surface larger (issue 14: at
1280x720 an aspect-locked map in a wide canvas was a 326 px square, its height taken by a
legend of a few lines under it, with empty margins on both sides)."""
from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6 import QtCore

from desktop_app.plot.canvas import ContourCanvas
from desktop_app.plot.text_band import SIDE_GAIN, SIDE_WIDTH, legend_goes_beside, plot_side
from engine import surfaces


@pytest.mark.parametrize("width, height, aspect, legend, expected", [
    (1000, 400, 1.0, 80, (320, 400)),    # wide: below, the height minus the legend; beside, all of it
    (500, 800, 1.0, 80, (500, 250)),     # tall: the width sets the size either way
    (1000, 400, 2.0, 80, (320, 375)),    # a 2:1 window: beside, (1000 - 250) / 2
    (300, 400, 1.0, 0, (300, 50)),
])
def test_the_plots_size_below_and_beside(width, height, aspect, legend, expected):
    assert plot_side(width, height, aspect, legend) == pytest.approx(expected)


def test_beside_only_when_the_plot_grows():
    assert legend_goes_beside(1000, 400, 1.0, 80)
    assert not legend_goes_beside(500, 800, 1.0, 80)
    assert not legend_goes_beside(1000, 400, 1.0, 0)  # no legend, nothing to move
    # the plot must gain SIDE_GAIN px: a legend of a few px stays under it
    assert not legend_goes_beside(SIDE_WIDTH + 400 + 10, 400, 1.0, SIDE_GAIN - 1)


def drawn_surface(canvas) -> QtCore.QRectF:
    (x0, x1), (y0, y1) = canvas.surface.bounds
    return canvas.vb.mapViewToScene(QtCore.QRectF(x0, y0, x1 - x0, y1 - y0)).boundingRect()


def canvas_with_legend(qtbot, size):
    canvas = ContourCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(*size)
    canvas.set_surface(surfaces.get("quadratic"))
    legend = pg.TextItem("")
    legend.setHtml("<b>Adam</b>, step 12<br>➔ gradient −η∇f   arrows ×10<br>◯ Newton's quadratic model")
    canvas.legend_band.hold(legend)
    canvas.show()
    qtbot.waitExposed(canvas)
    qtbot.wait(50)
    return canvas, legend


def test_a_wide_canvas_puts_the_legend_beside_the_plot_and_the_surface_grows(qtbot):
    canvas, legend = canvas_with_legend(qtbot, (1075, 482))  # the map at 1280x720
    assert canvas.legend_beside
    beside = drawn_surface(canvas)
    plot = canvas.vb.mapRectToScene(canvas.vb.boundingRect())
    box = legend.mapRectToScene(legend.boundingRect())
    assert not box.intersects(plot), "the legend never covers the race"
    assert box.left() >= plot.right() and box.width() <= SIDE_WIDTH
    canvas._move_legend(False)  # as it was: under the plot
    qtbot.wait(50)
    below = drawn_surface(canvas)
    assert beside.height() >= below.height() + SIDE_GAIN, (beside, below)


def test_a_tall_canvas_keeps_it_below_and_a_legend_gone_gives_the_column_back(qtbot):
    canvas, legend = canvas_with_legend(qtbot, (600, 800))
    assert not canvas.legend_beside
    canvas.resize(1075, 482)
    qtbot.wait(50)
    assert canvas.legend_beside
    legend.hide()
    canvas.legend_band.fit()
    qtbot.wait(50)
    assert not canvas.legend_beside
