"""Strips of the canvas's layout that hold text which must never cover the race."""
from __future__ import annotations

import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets


class TextBand(pg.GraphicsWidget):
    """A strip of the canvas's layout, above or below the plot, holding one TextItem: text
    that must never cover the race (a scenario's caption, the overlays' legend). It is as tall
    as its text wrapped to its width, and has no height while the text is hidden."""

    MARGIN = 8
    sigFitted = QtCore.Signal()  # its text or its width changed: its height was fitted

    def __init__(self, item: pg.TextItem | None = None):
        super().__init__()
        self.item: pg.TextItem | None = None
        self._fitted_width = -1.0
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Preferred, QtWidgets.QSizePolicy.Policy.Fixed)
        self.hold(item)

    def hold(self, item: pg.TextItem | None):
        self.item = item
        if item is not None:
            item.setParentItem(self)
            item.setAnchor((0, 0))
            item.setPos(self.MARGIN, 1)
        self.fit()

    def _shown(self) -> bool:
        item = self.item
        return item is not None and item.isVisible() and bool(item.textItem.toPlainText().strip())

    def _wrap(self, width: float) -> float:
        """Wrap the text to ``width`` (unwrapped when it fits) and return its height."""
        item = self.item
        item.setTextWidth(-1)
        room = width - 2 * self.MARGIN
        if room > 50 and item.textItem.boundingRect().width() > room:
            item.setTextWidth(room)
        return item.textItem.boundingRect().height() + 2

    def fit(self):
        """Wrap the text to the band's width and take its height (none when hidden)."""
        height = self._wrap(self.width()) if self._shown() else 0.0
        self._fitted_width = self.width()
        self.setMinimumHeight(height)
        self.setMaximumHeight(height)
        self.setPreferredHeight(height)
        self.updateGeometry()
        self.sigFitted.emit()

    def resizeEvent(self, ev):
        super().resizeEvent(ev)
        if self.width() != self._fitted_width:
            self.fit()

    def height_at(self, width: float) -> float:
        """The height its text would take wrapped to ``width`` (0 when hidden); the text
        stays wrapped as it was."""
        if not self._shown():
            return 0.0
        before = self.item.textItem.textWidth()
        height = self._wrap(width)
        self.item.setTextWidth(before)
        return height

SIDE_WIDTH = 250   # px: the legend's column beside the plot
SIDE_GAIN = 8      # px: the plot must grow by this much for the legend to go beside it


def plot_side(width: float, height: float, aspect: float, legend_below: float, side: float = SIDE_WIDTH) -> tuple[float, float]:
    """The plot's height in px (aspect-locked: its width is ``aspect`` times that) with the
    legend below it (``legend_below`` px tall) and beside it (``side`` px wide), in a
    ``width`` x ``height`` px room for the plot and the legend."""
    below = min(width / aspect, height - legend_below)
    beside = min((width - side) / aspect, height)
    return max(0.0, below), max(0.0, beside)


def legend_goes_beside(width: float, height: float, aspect: float, legend_below: float) -> bool:
    """Beside the plot when that makes the plot larger: a wide window, an aspect-locked map
    (its width follows its height) and a legend of a few lines under it left the surface a
    326 px square in a 1075 x 482 px canvas at 1280x720, empty margins on both sides."""
    below, beside = plot_side(width, height, aspect, legend_below)
    return legend_below > 0 and beside >= below + SIDE_GAIN
