"""The contour canvas: heatmap, contour lines, trails, markers and overlays of one surface.

Self-contained: it knows nothing of the controller or the main window, so an offscreen
renderer (GIF/MP4/PNG) can drive the very same class:

    canvas = ContourCanvas()
    canvas.set_surface(surface)                       # heatmap + colour bar + contours + minima
    canvas.set_lanes([LaneStyle(key=1, colour="#0072B2", label="SGD")])
    canvas.update_lanes([(1, points, "running")])     # points: (n, 2), the whole trail so far
    canvas.set_start(x, y)
    canvas.add_overlay("grad", pg.ArrowItem(...))     # drawn above the trails
    canvas.set_caption("Adam, step 120")

Z order, bottom to top: heatmap, contours, trails, minima and saddles, overlays, current
points, start marker, caption. Static layers are cached as device pixmaps, so a frame
repaints only what moved; trails use width-1 cosmetic pens (width 2 costs 4x, DESIGN.md)
and are decimated to what the screen can show (decimate.py).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Hashable, Iterable

import numpy as np
import pyqtgraph as pg
import shiboken6
from PySide6 import QtCore, QtGui, QtWidgets

from desktop_app.geometry import contours, palette
from desktop_app.geometry.decimate import Decimator, cell_size
from desktop_app.plot import steady_axes
from desktop_app.plot.text_band import SIDE_WIDTH, TextBand, legend_goes_beside

Z_HEATMAP, Z_CONTOURS, Z_TRAILS, Z_MINIMA, Z_OVERLAYS, Z_MARKERS, Z_START, Z_CAPTION = (
    -30, -20, 0, 10, 20, 30, 40, 50)
CACHE = QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache
QWIDGETSIZE_MAX = (1 << 24) - 1


@dataclass(frozen=True)
class LaneStyle:
    key: Hashable
    colour: str
    label: str = ""


class ColorBar(pg.ColorBarItem):
    """pg.ColorBarItem whose context menu is switched off without being destroyed.

    ColorBarItem.__init__ builds a PlotItem with its ViewBox menu and then calls
    setMenuEnabled(False), which drops the freshly built QMenu; PySide deleting it under
    pyqtgraph crashed the test suite now and then (a segfault inside _applyMenuEnabled).
    Keeping the menu and only marking it disabled shows the same thing: no menu.
    """

    def setMenuEnabled(self, enableMenu=True, enableViewBoxMenu="same"):
        self._menuEnabled = enableMenu
        if enableViewBoxMenu is not None:
            self.vb.state["enableMenu"] = enableMenu if enableViewBoxMenu == "same" else enableViewBoxMenu


TRAIL_WIDTH = 2   # px: 1 px trails vanished on a projector (issue 14)...
WIDE_VERTICES = 6000  # ...but 2-px lines cost ~4x per vertex: beyond this many drawn vertices
                      # (all lanes, after decimation) the default width falls back to 1 px, so
                      # 10 long trails keep the 8 ms frame (bench_window); a class's race of a few
                      # lanes x a few hundred steps stays far below it
FOCUS_EXTRA = 1   # px: the focused lane's trail is this much wider


def heatmap_colormap() -> pg.ColorMap:
    pos, colours = zip(*palette.HEATMAP_STOPS)
    return pg.ColorMap(np.array(pos), [QtGui.QColor(c) for c in colours])


class ContourCanvas(pg.GraphicsLayoutWidget):
    """A PlotItem with the surface drawn in it. Signals carry data coordinates."""

    sigStartChosen = QtCore.Signal(float, float)  # left click or start marker dropped
    sigCursorMoved = QtCore.Signal(float, float)
    sigCursorLeft = QtCore.Signal()

    def __init__(self, parent=None, *, font_size: int = 11):
        super().__init__(parent)
        self.setBackground("w")
        # A dozen items that all move every frame: a BSP index costs more than it saves.
        self.scene().setItemIndexMethod(QtWidgets.QGraphicsScene.ItemIndexMethod.NoIndex)
        self.field: contours.Field | None = None
        self.surface = None
        # enableMenu=False at construction: disabling the context menu afterwards
        # (setMenuEnabled(False)) destroys a freshly built QMenu, which crashed PySide now
        # and then in long test runs
        # steady axes: else label widths and the locked aspect can relay the window for ever
        # the caption above the plot, the overlays' legend below it: neither covers the race
        self.caption_band = TextBand()
        self.legend_band = TextBand()
        self.ci.addItem(self.caption_band, row=0, col=0)
        self.plot: pg.PlotItem = self.addPlot(row=1, col=0, enableMenu=False, axisItems=steady_axes.axis_items())
        self.ci.addItem(self.legend_band, row=2, col=0)
        self.ci.layout.setVerticalSpacing(0)
        self.legend_beside = False  # the legend's band beside the plot, not under it
        self._legend_key = None
        self._placing = False
        # after the layout's pass (the band fits itself inside it, the view box has its size)
        self._place_timer = QtCore.QTimer(self, singleShot=True, interval=0, timeout=self.place_legend)
        self.legend_band.sigFitted.connect(self._place_timer.start)
        self.vb: pg.ViewBox = self.plot.getViewBox()
        self.vb.setAspectLocked(True)  # gradients look perpendicular to contours only 1:1
        self.vb.disableAutoRange()
        self.plot.hideButtons()
        self.plot.showGrid(False, False)
        font = QtGui.QFont()
        font.setPointSize(font_size)
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setTickFont(font)
            axis.setTextPen("k")
            axis.setPen("k")
        label_style = {"font-size": f"{font_size + 2}pt", "color": "#000"}
        self.plot.setLabel("bottom", "x", **label_style)
        self.plot.setLabel("left", "y", **label_style)
        self._label_style = label_style

        self.heatmap = pg.ImageItem(axisOrder="row-major")
        self.heatmap.setZValue(Z_HEATMAP)
        self.heatmap.setCacheMode(CACHE)
        self.plot.addItem(self.heatmap)
        self.colorbar = ColorBar(colorMap=heatmap_colormap(), interactive=False, width=18,
                                        colorMapMenu=False, label="f")
        for name in ("left", "right"):
            self.colorbar.getAxis(name).setTextPen("k")
        self.colorbar.axis.setTickFont(font)
        self.colorbar.setImageItem(self.heatmap, insert_in=self.plot)
        # Axes replay a QPicture of their tick labels on every repaint (~3 ms each here);
        # cached, a frame only blits them until the view range changes.
        for item in (self.plot, self.colorbar):
            for name in ("left", "bottom", "right", "top"):
                item.getAxis(name).setCacheMode(CACHE)

        self.contour_item = pg.PlotDataItem(connect="finite", pen=pg.mkPen(palette.CONTOUR_COLOUR, width=1),
                                            skipFiniteCheck=True)
        self.contour_item.setZValue(Z_CONTOURS)
        self.contour_item.curve.setCacheMode(CACHE)
        self.plot.addItem(self.contour_item)

        self.minima_item = pg.ScatterPlotItem(symbol="star", size=18, pen=pg.mkPen("k", width=1),
                                              brush=pg.mkBrush("w"))
        self.saddles_item = pg.ScatterPlotItem(symbol="d", size=13, pen=pg.mkPen("k", width=1.5),
                                               brush=pg.mkBrush(255, 255, 255, 60))
        for item in (self.minima_item, self.saddles_item):
            item.setZValue(Z_MINIMA)
            self.plot.addItem(item)

        self.markers = pg.ScatterPlotItem(pxMode=True)
        self.markers.setZValue(Z_MARKERS)
        self.plot.addItem(self.markers)

        self.start_item = pg.TargetItem(pos=(0, 0), size=16, symbol="o", pen=pg.mkPen("k", width=2),
                                        brush=pg.mkBrush(255, 255, 255, 160), hoverPen=pg.mkPen("#D55E00", width=2),
                                        hoverBrush=pg.mkBrush(255, 255, 255, 220), movable=True)
        self.start_item.setZValue(Z_START)
        self.start_item.sigPositionChangeFinished.connect(self._start_dropped)
        self.plot.addItem(self.start_item)

        self.caption = pg.TextItem("", color="k", anchor=(0, 0), fill=pg.mkBrush(255, 255, 255, 200))
        caption_font = QtGui.QFont()
        caption_font.setPointSize(font_size + 2)
        self.caption.setFont(caption_font)
        self.caption.setZValue(Z_CAPTION)
        self.caption.hide()
        self.caption_band.hold(self.caption)

        self.overlays: dict[str, QtWidgets.QGraphicsItem] = {}
        # PlotCurveItem, not PlotDataItem: the wrapper's setData costs ~0.12 ms more per
        # call, 10 lanes x 60 frames a second (measured in tests/benchmarks/bench_window.py).
        self.trails: dict[Hashable, pg.PlotCurveItem] = {}
        self._styles: dict[Hashable, LaneStyle] = {}
        self._decimators: dict[Hashable, Decimator] = {}
        self._states: dict[Hashable, tuple[np.ndarray, str]] = {}
        self._marker_cache: dict[tuple[str, bool], dict] = {}
        self.marker_scale = 1.0  # presenter mode: bigger markers (few points: width is cheap)
        self._cell = (0.0, 0.0)
        self.trail_width = TRAIL_WIDTH
        self._drawn_width = TRAIL_WIDTH  # the width in use: TRAIL_WIDTH or 1 beyond WIDE_VERTICES
        self.focused_key: Hashable | None = None  # its trail on top of the others, FOCUS_EXTRA px wider

        self.scene().sigMouseClicked.connect(self._clicked)
        self.scene().sigMouseMoved.connect(self._moved)
        self.vb.sigRangeChanged.connect(self._range_changed)

    # -- surface -------------------------------------------------------------------
    def set_surface(self, surface, log: bool | None = None, fit: bool | None = None,
                    field: contours.Field | None = None):
        """Heatmap, colour bar, contours and known minima/saddles of ``surface``.
        ``fit=None`` fits the view only when the surface's window changed."""
        if fit is None:
            fit = self.surface is None or tuple(map(tuple, self.surface.bounds)) != tuple(map(tuple, surface.bounds))
        self.surface = surface
        self.field = f = field or contours.compute_cached(surface, log=log)
        dx = f.xs[1] - f.xs[0]
        dy = f.ys[1] - f.ys[0]
        x, y, w, h = f.rect
        self.heatmap.setImage(f.colour, levels=f.colour_range, autoLevels=False)
        self.heatmap.setRect(QtCore.QRectF(x - dx / 2, y - dy / 2, w + dx, h + dy))
        self.colorbar.axis.setLogMode(f.log)
        self.colorbar.getAxis("left").setLabel(self.colour_bar_label(f), **self._label_style)
        self.colorbar.setLevels(values=f.colour_range)
        self.contour_item.setData(f.lines[:, 0], f.lines[:, 1])
        self._set_points(self.minima_item, getattr(surface, "minima", None))
        self._set_points(self.saddles_item, getattr(surface, "saddles", None))
        if fit:
            self.fit_window()
        self._place_timer.start()  # another aspect: the legend may belong elsewhere

    def colour_bar_label(self, f: contours.Field) -> str:
        """What the colour bar measures, and where it is clipped (a formula that overflows)."""
        label = self.tr("f − f_min  (log scale)") if f.log else "f"
        if f.clip is None:
            return label
        return self.tr("{0}, clipped above {1}").format(
            label, f"{f.clip:.3g}")

    @staticmethod
    def _set_points(item, pts):
        pts = np.zeros((0, 2)) if pts is None else np.asarray(pts, dtype=float).reshape(-1, 2)
        item.setData(pos=pts)

    def fit_window(self):
        """Show the surface's whole window."""
        if self.surface is None:
            return
        (x0, x1), (y0, y1) = self.surface.bounds
        steady_axes.refit(self.plot)
        self.vb.setRange(QtCore.QRectF(x0, y0, x1 - x0, y1 - y0), padding=0.01)

    # -- the legend's place -------------------------------------------------------
    def place_legend(self):
        """The overlays' legend under the plot, or in a column beside it when that leaves
        the (aspect-locked) surface larger: in a wide canvas the map's height, not its
        width, sets its size, and a legend under it took that height (text_band.py)."""
        band = self.legend_band
        # a deferred call: the canvas or its legend may have been deleted since (a film's)
        if self._placing or self.surface is None or not (shiboken6.isValid(self) and shiboken6.isValid(band)):
            return
        if band.item is not None and not shiboken6.isValid(band.item):
            band.item = None
        (x0, x1), (y0, y1) = self.surface.bounds
        aspect = (x1 - x0) / (y1 - y0) if y1 > y0 else 1.0
        item = band.item
        text = item.textItem.toPlainText() if item is not None and item.isVisible() else ""
        # the legend's text changes each frame (its step): its height only with its lines
        key = (self.width(), self.height(), round(aspect, 3), text.count("\n"), len(text) // 16)
        if key == self._legend_key:
            return
        self._legend_key = key
        vb = self.vb.geometry()
        # the room for the plot and its legend: the view box and the legend's own place
        room_w = vb.width() + (band.width() if self.legend_beside else 0)
        room_h = vb.height() + (0 if self.legend_beside else band.height())
        below = band.height_at(self.ci.width()) if text.strip() else 0.0
        beside = legend_goes_beside(room_w, room_h, aspect, below)
        if beside != self.legend_beside:
            self._move_legend(beside)

    def _move_legend(self, beside: bool):
        band = self.legend_band
        self._placing = True
        try:
            self.ci.removeItem(band)
            if beside:
                self.ci.addItem(band, row=1, col=1)
                band.setMinimumWidth(SIDE_WIDTH)
                band.setMaximumWidth(SIDE_WIDTH)
                self.ci.layout.setAlignment(band, QtCore.Qt.AlignmentFlag.AlignTop)
            else:
                self.ci.addItem(band, row=2, col=0)
                band.setMinimumWidth(0)
                band.setMaximumWidth(QWIDGETSIZE_MAX)
            self.legend_beside = beside
            band.fit()
        finally:
            self._placing = False

    def resizeEvent(self, ev):
        super().resizeEvent(ev)
        timer = getattr(self, "_place_timer", None)  # None: resized while being made
        if timer is not None:
            timer.start()

    # -- lanes ---------------------------------------------------------------------
    def set_lanes(self, styles: Iterable[LaneStyle]):
        """Which lanes exist and how they look; trails of lanes not listed are removed."""
        styles = list(styles)
        wanted = {s.key: s for s in styles}
        for key in list(self.trails):
            if key not in wanted:
                self.plot.removeItem(self.trails.pop(key))
                self._decimators.pop(key, None)
                self._states.pop(key, None)
        for style in styles:
            item = self.trails.get(style.key)
            if item is None:
                item = pg.PlotCurveItem(skipFiniteCheck=True)
                item.setZValue(Z_TRAILS + (0.5 if style.key == self.focused_key else 0))
                self.plot.addItem(item)
                self.trails[style.key] = item
                self._decimators[style.key] = Decimator()
            if self._styles.get(style.key) != style:
                item.setPen(self._trail_pen(style.key, style.colour))
        self._styles = wanted
        self._draw_markers()

    def _trail_pen(self, key, colour) -> QtGui.QPen:
        return pg.mkPen(colour, width=self._drawn_width + (FOCUS_EXTRA if key == self.focused_key else 0))

    def set_trail_width(self, width: int):
        """TRAIL_WIDTH (default) or more pixels. Width 2 costs more per vertex than 1
        (DESIGN.md); bench_window's frame stays within its 8 ms budget at 2 (issue 14: 1-px
        trails vanished on a projector, RMSProp's under SGD's)."""
        self.trail_width = self._drawn_width = max(1, int(width))
        for key, item in self.trails.items():
            item.setPen(self._trail_pen(key, self._styles[key].colour))

    def set_focused_lane(self, key: Hashable | None):
        """The lane in focus drawn on top of the others and a pixel wider: where trails
        overlap, the one the class is told about is the one seen."""
        self.focused_key = key
        for k, item in self.trails.items():
            item.setZValue(Z_TRAILS + (0.5 if k == key else 0))
            item.setPen(self._trail_pen(k, self._styles[k].colour))

    def update_lanes(self, states: Iterable[tuple[Hashable, np.ndarray, str]]):
        """New trail data: (key, points (n, 2), status) per lane; status "diverged" draws
        the current point as a cross."""
        for key, points, status in states:
            if key in self.trails:
                self._states[key] = (points, status)
                self._draw_trail(key)
        self._thin_when_long()
        self._draw_markers()

    def _thin_when_long(self):
        """The default width while the trails are short, 1 px once they are long (WIDE_VERTICES);
        a width chosen on purpose (Thick trails) is kept."""
        if self.trail_width != TRAIL_WIDTH:
            return
        drawn = sum(0 if item.xData is None else len(item.xData) for item in self.trails.values())
        width = TRAIL_WIDTH if drawn <= WIDE_VERTICES else 1
        if width != self._drawn_width:
            self._drawn_width = width
            for key, item in self.trails.items():
                item.setPen(self._trail_pen(key, self._styles[key].colour))

    def _draw_trail(self, key):
        points, _ = self._states[key]
        x, y = self._decimators[key].update(points, self._cell)
        self.trails[key].setData(x, y)

    def _marker_style(self, colour: str, diverged: bool) -> dict:
        style = self._marker_cache.get((colour, diverged))
        if style is None:
            k = self.marker_scale
            if diverged:
                style = dict(symbol="x", size=20 * k, brush=pg.mkBrush(colour), pen=pg.mkPen("w", width=1.2 * k))
            else:
                style = dict(symbol="o", size=13 * k, brush=pg.mkBrush(colour), pen=pg.mkPen("w", width=1.5 * k))
            self._marker_cache[(colour, diverged)] = style
        return style

    def _draw_markers(self):
        spots = []
        for key, (points, status) in self._states.items():
            style = self._marker_style(self._styles[key].colour, status == "diverged")
            p = points[-1]
            spots.append(dict(pos=(float(p[0]), float(p[1])), data=key, **style))
        self.markers.setData(spots)

    def set_marker_scale(self, scale: float):
        self.marker_scale = float(scale)
        self._marker_cache.clear()
        self._draw_markers()

    def trail_data(self, key) -> tuple[np.ndarray, np.ndarray]:
        """What is drawn for a lane (after decimation)."""
        return self.trails[key].getData()

    # -- start point -------------------------------------------------------------------
    def set_start(self, x: float, y: float):
        with QtCore.QSignalBlocker(self.start_item):
            self.start_item.setPos(float(x), float(y))

    def _start_dropped(self, item):
        p = item.pos()
        self.sigStartChosen.emit(float(p.x()), float(p.y()))

    # -- overlays and caption ----------------------------------------------------------------
    def add_overlay(self, name: str, item: QtWidgets.QGraphicsItem, z: float = 0.0):
        """Add (or replace) a named item drawn above the trails and below the markers."""
        self.remove_overlay(name)
        item.setZValue(Z_OVERLAYS + z)
        self.plot.addItem(item, ignoreBounds=True)
        self.overlays[name] = item
        return item

    def remove_overlay(self, name: str):
        item = self.overlays.pop(name, None)
        if item is not None:
            self.plot.removeItem(item)

    def clear_overlays(self):
        for name in list(self.overlays):
            self.remove_overlay(name)

    def set_caption(self, text: str):
        self.caption.setText(text)
        self.caption.setVisible(bool(text))
        self.caption_band.fit()

    # -- mouse -------------------------------------------------------------------------
    def data_at(self, scene_pos) -> tuple[float, float] | None:
        if not self.vb.sceneBoundingRect().contains(scene_pos):
            return None
        p = self.vb.mapSceneToView(scene_pos)
        return float(p.x()), float(p.y())

    def pixel_of(self, x: float, y: float) -> QtCore.QPoint:
        """The viewport pixel showing data point (x, y) (what a test clicks)."""
        return self.mapFromScene(self.vb.mapViewToScene(QtCore.QPointF(x, y)))

    def _clicked(self, ev):
        if ev.button() != QtCore.Qt.MouseButton.LeftButton or ev.double():
            return
        p = self.data_at(ev.scenePos())
        if p is not None:
            ev.accept()
            self.sigStartChosen.emit(*p)

    def _moved(self, scene_pos):
        p = self.data_at(scene_pos)
        if p is None:
            self.sigCursorLeft.emit()
        else:
            self.sigCursorMoved.emit(*p)

    def leaveEvent(self, ev):
        self.sigCursorLeft.emit()
        super().leaveEvent(ev)

    def _range_changed(self, *_):
        px, py = self.vb.viewPixelSize()
        cell = (cell_size(px), cell_size(py))
        if cell != self._cell:
            self._cell = cell
            for key in self._states:
                self._draw_trail(key)
