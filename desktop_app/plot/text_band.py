"""Strips of the canvas's layout that hold text which must never cover the race."""
from __future__ import annotations

import pyqtgraph as pg
from PySide6 import QtWidgets


class TextBand(pg.GraphicsWidget):
    """A strip of the canvas's layout, above or below the plot, holding one TextItem: text
    that must never cover the race (a scenario's caption, the overlays' legend). It is as tall
    as its text wrapped to its width, and has no height while the text is hidden."""

    MARGIN = 8

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

    def fit(self):
        """Wrap the text to the band's width and take its height (none when hidden)."""
        item = self.item
        shown = item is not None and item.isVisible() and bool(item.textItem.toPlainText().strip())
        height = 0.0
        if shown:
            item.setTextWidth(-1)
            room = self.width() - 2 * self.MARGIN
            if room > 50 and item.textItem.boundingRect().width() > room:
                item.setTextWidth(room)
            height = item.textItem.boundingRect().height() + 2
        self._fitted_width = self.width()
        self.setMinimumHeight(height)
        self.setMaximumHeight(height)
        self.setPreferredHeight(height)
        self.updateGeometry()

    def resizeEvent(self, ev):
        super().resizeEvent(ev)
        if self.width() != self._fitted_width:
            self.fit()
