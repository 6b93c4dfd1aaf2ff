"""The gradient fan on the map: every example's −∇lᵢ at the focused lane's point (thin),
the minibatch the step used (orange), their means (bold: the full gradient; orange: the
minibatch's) and the ellipse of one standard deviation of a minibatch's mean around the
full one. Geometry in geometry/gradient_fan.py; this keeps the graphics items current.

It sits where the shown step started (the step's minibatch moved the lane from there), or
at the start point at step 0 (with the first step's minibatch), and follows the timeline.
"""
from __future__ import annotations

import html
import time

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets

from desktop_app.geometry import gradient_fan as geo_fan
from desktop_app.geometry.overlays import arrow_angle, scale_label, step_view
from desktop_app.plot.overlay_style import arrow_head, curve, halo

FAN = (40, 70, 160, 110)
BATCH = "#E66100"
FULL = "#000000"
PLAYING_REFRESH_S = 1 / 30  # while the race plays: at most 30 redraws a second (a frame is 8 ms)


def _pairs(colour, width) -> pg.PlotCurveItem:
    """Separate segments, tail and tip in turn (connect='pairs': one cheap path)."""
    return pg.PlotCurveItem(pen=pg.mkPen(colour, width=width), connect="pairs", skipFiniteCheck=True)


class GradientFanOverlay(QtCore.QObject):
    sigChanged = QtCore.Signal(bool)

    def __init__(self, canvas, controller, parent=None):
        super().__init__(parent)
        self.canvas = canvas
        self.ctrl = controller
        self.enabled = False
        self.fan: geo_fan.Fan | None = None
        self.scale = 1.0
        self.items = {
            "fan": _pairs(FAN, 1.0),
            "batch": _pairs(BATCH, 1.6),
            "spread": curve(BATCH, 1.5, dashed=True),
            "batch_mean.halo": halo(3.0),
            "batch_mean": curve(BATCH, 3.0),
            "batch_mean.head": arrow_head(BATCH, 14),
            "full.halo": halo(5.0),
            "full": curve(FULL, 5.0),
            "full.head": arrow_head(FULL, 18),
        }
        for z, (key, item) in enumerate(self.items.items()):
            item.hide()
            canvas.add_overlay(f"fan.{key}", item, 5 + 0.1 * z)
        self.legend = pg.TextItem("", anchor=(1, 0))   # top right, under the caption: the
        # bottom left holds the other overlays' legend
        self.legend.setParentItem(canvas.vb)
        self.legend.setZValue(60)
        self.legend.fill = pg.mkBrush(255, 255, 255, 215)
        self.legend.hide()
        canvas.vb.sigResized.connect(self._place_legend)
        c = controller
        self._last = 0.0
        self._html = ""
        c.sigStepped.connect(self._stepped)
        for sig in (c.sigReset, c.sigFocusChanged, c.sigLanesChanged, c.sigSurfaceChanged, c.sigShownStepChanged):
            sig.connect(self.refresh)
        if hasattr(c, "sigPlayingChanged"):  # paused: the last step drawn at once
            c.sigPlayingChanged.connect(lambda _playing: self.refresh())
        c.sigHyperparamsChanged.connect(lambda _key: self.refresh())
        canvas.vb.sigRangeChanged.connect(lambda *_: self.refresh())

    def set_enabled(self, on: bool):
        if bool(on) != self.enabled:
            self.enabled = bool(on)
            self.sigChanged.emit(self.enabled)
        self.refresh()

    def is_enabled(self) -> bool:
        return self.enabled

    def detach(self):
        for key in self.items:
            self.canvas.remove_overlay(f"fan.{key}")
        self.legend.setParentItem(None)
        if self.legend.scene() is not None:
            self.legend.scene().removeItem(self.legend)

    def _fit_legend(self):
        """Wrapped to the map's width when wider (at 1280 x 720 its left end was cut off)."""
        self.legend.setTextWidth(-1)
        room = self.canvas.vb.width() - 16
        if room > 50 and self.legend.textItem.boundingRect().width() > room:
            self.legend.setTextWidth(room)

    def _place_legend(self, *_):
        self._fit_legend()
        caption = getattr(self.canvas, "caption", None)
        top = 8.0
        if caption is not None and caption.isVisible():
            top += caption.boundingRect().height() + 4
        self.legend.setPos(self.canvas.vb.width() - 8, top)

    def _extent(self) -> float:
        (x0, x1), (y0, y1) = self.canvas.vb.viewRange()
        return max(min(x1 - x0, y1 - y0), 1e-12)

    def _stepped(self):
        if getattr(self.ctrl, "playing", False) and time.perf_counter() - self._last < PLAYING_REFRESH_S:
            return
        self.refresh()

    def refresh(self):
        self._last = time.perf_counter()
        for item in self.items.values():
            item.hide()
        self.fan = None
        entry = self.ctrl.focused
        if not self.enabled or entry is None or entry.lane is None or not self.ctrl.is_data:
            self.legend.setVisible(self.enabled and self.ctrl.is_data is False)
            if self.enabled and not self.ctrl.is_data:
                self._html = "<div style='color:#000'><i>Gradient fan: only on data surfaces</i></div>"
                self.legend.setHtml(self._html)
                self._place_legend()
            return
        sv = step_view(entry.lane.history, self.ctrl.shown_row(entry))
        here, step = (sv.origin, sv.origin_step + 1) if sv.origin is not None else (sv.point, 0)
        batch = self.ctrl.minibatch_at(entry, step)
        fan = geo_fan.gradient_fan(self.ctrl.surface, here, batch)
        if fan is None:
            self.legend.hide()
            return
        self.fan = fan
        self.scale = s = geo_fan.fan_scale(fan, self._extent())
        self._show("fan", fan.pairs(s))
        if fan.batch is not None:
            self._show("batch", fan.pairs(s, fan.batch))
            self._arrow("batch_mean", here, -s * fan.batch_mean)
        b = self.ctrl.batch_size_of(entry)
        if b is not None and b < fan.n:
            ring = fan.spread_ellipse(s, b)
            if ring is not None:
                self._show("spread", ring)
        self._arrow("full", here, -s * fan.full)
        self._legend(entry, fan, b)

    def _show(self, key, xy):
        item = self.items[key]
        item.setData(x=xy[:, 0], y=xy[:, 1])
        item.show()

    def _arrow(self, key, tail, vec):
        if not np.hypot(*vec) > 0:
            return
        tip = tail + vec
        xy = np.array([tail, tip])
        self._show(f"{key}.halo", xy)
        self._show(key, xy)
        head = self.items[f"{key}.head"]
        head.setStyle(angle=arrow_angle(vec))
        head.setPos(float(tip[0]), float(tip[1]))
        head.show()

    def _legend(self, entry, fan, b):
        """Two short lines: the map matters more than the key (a 1280 x 720 projector)."""
        keys = [f"<span style='color:rgb{FAN[:3]}'>—</span> −∇lᵢ ({fan.n} examples)", "<b>➔</b> mean −∇L"]
        if fan.batch is not None:
            keys.append(f"<span style='color:{BATCH}'>➔</span> minibatch ({len(fan.batch)})")
        if b is not None and b < fan.n:
            keys.append(f"<span style='color:{BATCH}'>┄</span> ±1 s.d., batch {b}")
        head = f"<b>Gradient fan</b> at {html.escape(entry.label)}, arrows {scale_label(self.scale)}"
        font_pt = max(8, QtWidgets.QApplication.font().pointSize() - 1)
        text = f"<div style='color:#000; font-size:{font_pt}pt'>{head}<br>{'  '.join(keys)}</div>"
        if text != self._html:  # laying out rich text costs more than the fan itself
            self._html = text
            self.legend.setHtml(text)
            self._place_legend()
        self.legend.show()
