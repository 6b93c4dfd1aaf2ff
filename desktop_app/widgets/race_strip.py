"""The race in one line: every racer's colour, name, loss and status, wrapped to the width.

What the projector layout shows instead of the race table: readable from the back of a room
and never taller than the racers need."""
from __future__ import annotations

import html

from PySide6 import QtCore, QtWidgets

from desktop_app.widgets.race_table import status_text


class RaceStrip(QtWidgets.QLabel):
    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.ctrl = controller
        self.setObjectName("raceStrip")
        self.setWordWrap(True)
        self.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.setContentsMargins(6, 2, 6, 2)
        # as wide as the map and no wider: the text wraps instead of widening the window
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Minimum)
        self._plain = ""
        for sig in (controller.sigStepped, controller.sigReset, controller.sigLanesChanged):
            sig.connect(self.refresh)
        self.refresh()

    def parts(self) -> list[tuple[str, str, str, str]]:
        """(colour, name, loss, status) of each racer, in the race table's order."""
        out = []
        for e in self.ctrl.active:
            lane = e.lane
            loss = "–" if lane is None else f"{lane.value:.4g}"
            out.append((e.colour, e.label, loss, status_text(self.ctrl.status_text(e))))  # in the app's language, as the table
        return out

    def plain_text(self) -> str:
        return self._plain

    def refresh(self, *_):
        if not self.isVisible() and self._plain:
            return  # hidden: refreshed when shown
        parts = self.parts()
        self._plain = "   ".join(f"{name}  {loss}  {status}" for _, name, loss, status in parts)
        self.setText("&nbsp;&nbsp; ".join(
            f"<span style='white-space:nowrap'><span style='color:{c}; font-size:large'>●</span> "
            f"<b>{html.escape(name)}</b>&nbsp;{html.escape(loss)}&nbsp;<i>{html.escape(status)}</i></span>"
            for c, name, loss, status in parts))

    def showEvent(self, ev):
        self._plain = ""
        self.refresh()
        super().showEvent(ev)
