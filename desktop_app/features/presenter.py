"""Presenter mode: text size for the whole UI, a high-contrast theme, a canvas-only view
and the scenario caption on the canvas. F11 (full screen) lives in the main window;
Esc leaves canvas-only and full screen.

Text size scales the application font (every widget follows) and the pyqtgraph fonts,
which are set per item (axes ticks and labels, colour bar, caption). High contrast is
black/white/yellow: a black UI with yellow highlights, a dark heatmap with light contour
lines, lane colours that are too dark for black lifted towards white, bigger markers.
Trails stay 1 pixel wide (the pen-width trap in DESIGN.md).
"""
from __future__ import annotations

import pyqtgraph as pg
import shiboken6
from PySide6 import QtCore, QtGui, QtWidgets

from desktop_app.features.base import Feature
from desktop_app.model.settings import read
from desktop_app.plot import steady_axes
from desktop_app.model.data_text import shown
from desktop_app.plot.canvas import LaneStyle, heatmap_colormap

SCALE_RANGE = (0.8, 3.0)
SCALE_STEP = 1.15
CANVAS_TICK_PT, CANVAS_LABEL_PT = 11, 13  # canvas.py's defaults (font_size=11)
LOSS_TICK_PT, LOSS_LABEL_PT = 10, 11  # loss_plot.py's defaults
YELLOW = "#FFD700"
DARK_HEATMAP = ((0.0, "#000000"), (0.35, "#10161C"), (0.7, "#1D2A33"), (1.0, "#2E4250"))
DARK_CONTOUR = (210, 210, 210, 150)
HC_MARKER_SCALE = 1.5
HIGH_CONTRAST_QSS = f"""
QLabel#formula, QLabel#updateRule {{ background: #000000; color: #FFFFFF; border: 2px solid {YELLOW}; }}
QToolTip {{ background: #000000; color: #FFFFFF; border: 1px solid {YELLOW}; }}
QMenu::item:selected, QMenuBar::item:selected {{ background: {YELLOW}; color: #000000; }}
QTableView {{ gridline-color: #555555; }}
"""


def lifted(colour: str) -> str:
    """A lane colour readable on black: dark ones are mixed towards white (black -> white)."""
    c = QtGui.QColor(colour)
    r, g, b = c.redF(), c.greenF(), c.blueF()
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    if luminance >= 0.3:
        return c.name()
    t = 1.0 if luminance < 0.02 else 0.55
    return QtGui.QColor.fromRgbF(r + t * (1 - r), g + t * (1 - g), b + t * (1 - b)).name()


def high_contrast_palette() -> QtGui.QPalette:
    p = QtGui.QPalette()
    role, group = QtGui.QPalette.ColorRole, QtGui.QPalette.ColorGroup
    black, white, yellow = QtGui.QColor("#000000"), QtGui.QColor("#FFFFFF"), QtGui.QColor(YELLOW)
    for r, c in ((role.Window, black), (role.WindowText, white), (role.Base, black),
                 (role.AlternateBase, QtGui.QColor("#1A1A1A")), (role.Text, white), (role.Button, QtGui.QColor("#111111")),
                 (role.ButtonText, white), (role.Highlight, yellow), (role.HighlightedText, black),
                 (role.ToolTipBase, black), (role.ToolTipText, white), (role.Link, yellow),
                 (role.BrightText, yellow), (role.PlaceholderText, QtGui.QColor("#BBBBBB")),
                 (role.Light, QtGui.QColor("#444444")), (role.Mid, QtGui.QColor("#333333")),
                 (role.Dark, QtGui.QColor("#222222")), (role.Shadow, black)):
        p.setColor(r, c)
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(group.Disabled, r, QtGui.QColor("#888888"))
    return p


def _style_axes(plot_item, tick_pt: float, label_pt: float, colour: str, width: float):
    font = QtGui.QFont()
    font.setPointSizeF(tick_pt)
    for name in ("left", "bottom", "right", "top"):
        axis = plot_item.getAxis(name)
        if axis is None:
            continue
        axis.setTickFont(font)
        axis.setTextPen(colour)
        axis.setPen(pg.mkPen(colour, width=width))
        if axis.labelText:
            axis.setLabel(axis.labelText, units=axis.labelUnits or None,
                          **{"font-size": f"{label_pt:g}pt", "color": colour})
    steady_axes.refit(plot_item)  # smaller text: narrower axes


_APP_BASE: dict = {}  # the application's own font, palette and style sheet, taken once


def app_base(app) -> tuple[QtGui.QFont, QtGui.QPalette, str]:
    """What the application looked like before any presenter changed it (a second
    window, or a test after another, must not take a scaled font as its base)."""
    if app not in _APP_BASE:
        _APP_BASE.clear()
        _APP_BASE[app] = (QtGui.QFont(app.font()), QtGui.QPalette(app.palette()), app.styleSheet())
    return _APP_BASE[app]


class Presenter(QtCore.QObject, Feature):
    """Presenter mode as a feature: View → Presenter, and the window's appearance (high
    contrast, text scale) that other views follow."""

    name = "presenter"

    def __init__(self):
        super().__init__()
        self.scale = 1.0
        self.high_contrast = False
        self.canvas_only = False
        self._hidden: list[QtWidgets.QWidget] = []

    def install(self, api):
        self.api = api
        self.setParent(api.parent)
        self.app = QtWidgets.QApplication.instance()
        self.base_font, self.base_palette, self.base_qss = app_base(self.app)
        self.canvas, self.ctrl, self.loss_plot = api.canvas, api.controller, api.loss_plot
        self.canvas.vb.sigResized.connect(self.fit_caption)
        self.ctrl.sigSetupLoaded.connect(lambda _setup: self.show_caption())
        self.ctrl.sigSurfaceChanged.connect(self.show_caption)
        self.ctrl.sigLanesChanged.connect(self._recolour_lanes)  # after the window's own slot
        self.show_caption()
        self._add_actions(api)
        settings = api.settings
        scale = read(settings, "presenter/font_scale", 1.0, float, lambda v: SCALE_RANGE[0] <= v <= SCALE_RANGE[1])
        if scale != 1.0:
            self.set_font_scale(scale)
        if read(settings, "presenter/high_contrast", False, bool):
            self.act_high_contrast.setChecked(True)

    def _add_actions(self, api):
        menu = "View/Presenter"
        api.add_menu(menu, self.tr("P&resenter"))
        api.add_menu_entry(menu, "fullscreen")
        a = api.add_action
        self.act_canvas_only = a("presenter.canvas_only", self.tr("&Canvas only (hide panels)"), self.set_canvas_only,
                                 shortcuts=["F10", "Ctrl+Shift+F"], checkable=True, menu=menu,
                                 tip=self.tr("Only the map: for presenting (Esc returns)"))
        self.act_high_contrast = a("presenter.high_contrast", self.tr("&High-contrast theme"), self.set_high_contrast,
                                   shortcuts="Ctrl+Shift+H", checkable=True, menu=menu,
                                   tip=self.tr("Black, white and yellow, bigger markers: for projectors"))
        api.add_menu_entry(menu, None)
        self.act_larger = a("presenter.larger", self.tr("&Larger text"), self.larger, shortcuts=["Ctrl++", "Ctrl+="],
                            menu=menu, tip=self.tr("Scale the whole UI up"))
        self.act_smaller = a("presenter.smaller", self.tr("&Smaller text"), self.smaller, shortcuts="Ctrl+-", menu=menu,
                             tip=self.tr("Scale the whole UI down"))
        self.act_reset_text = a("presenter.reset_text", self.tr("&Reset text size"), self.reset_text, shortcuts="Ctrl+0",
                                menu=menu)
        api.add_menu_entry(menu, None)
        self.act_leave = a("presenter.leave", self.tr("Leave canvas-only and full screen"), self.leave, shortcuts="Esc",
                           menu=menu)

    # -- caption ----------------------------------------------------------------------
    def show_caption(self):
        self.canvas.set_caption(shown(self.ctrl.caption, "scenario", "deck"))
        self.fit_caption()

    def fit_caption(self, *_):
        """One line when it fits; wrapped to the canvas's width when it does not."""
        self.canvas.caption_band.fit()

    # -- text size ---------------------------------------------------------------------
    def set_font_scale(self, scale: float):
        lo, hi = SCALE_RANGE
        self.scale = round(min(max(float(scale), lo), hi), 3)
        font = QtGui.QFont(self.base_font)
        font.setPointSizeF(self.base_font.pointSizeF() * self.scale)
        if font == self.app.font():
            return  # at a limit already: a re-polish of every widget would change nothing
        self.app.setFont(font)
        # with an application style sheet, widgets only take the new font when re-polished
        self.app.setStyleSheet(self.app.styleSheet())
        self._style_plots()
        self.api.appearance.set_text_scale(self.scale)  # views with fonts of their own follow
        self.api.settings.setValue("presenter/font_scale", self.scale)

    def larger(self):
        self.set_font_scale(self.scale * SCALE_STEP)

    def smaller(self):
        self.set_font_scale(self.scale / SCALE_STEP)

    def reset_text(self):
        self.set_font_scale(1.0)

    def _style_plots(self):
        k = self.scale
        canvas, loss_plot = self.canvas, self.loss_plot
        fg = "#FFFFFF" if self.high_contrast else "#000000"
        width = 2.0 if self.high_contrast else 1.0
        _style_axes(canvas.plot, CANVAS_TICK_PT * k, CANVAS_LABEL_PT * k, fg, width)
        _style_axes(canvas.colorbar, CANVAS_TICK_PT * k, CANVAS_LABEL_PT * k, fg, width)
        _style_axes(loss_plot.getPlotItem(), LOSS_TICK_PT * k, LOSS_LABEL_PT * k, fg, width)
        style = getattr(loss_plot, "_style", None)
        if isinstance(style, dict):  # the loss plot relabels itself (log scale) with this style
            style.update({"font-size": f"{LOSS_LABEL_PT * k:g}pt", "color": fg})
        label_style = getattr(canvas, "_label_style", None)
        if isinstance(label_style, dict):  # and the canvas its colour bar (log levels)
            label_style.update({"font-size": f"{CANVAS_LABEL_PT * k:g}pt", "color": fg})
        cap = canvas.caption
        font = QtGui.QFont()
        font.setPointSizeF(CANVAS_LABEL_PT * k)
        cap.setFont(font)
        self.fit_caption()

    # -- high contrast -------------------------------------------------------------------
    def set_high_contrast(self, on: bool):
        self.high_contrast = bool(on)
        app, canvas = self.app, self.canvas
        app.setPalette(high_contrast_palette() if on else self.base_palette)
        app.setStyleSheet(self.base_qss + (HIGH_CONTRAST_QSS if on else ""))
        bg = "k" if on else "w"
        canvas.setBackground(bg)
        self.loss_plot.setBackground(bg)
        if on:
            pos, colours = zip(*DARK_HEATMAP)
            cmap = pg.ColorMap(list(pos), [QtGui.QColor(c) for c in colours])
        else:
            cmap = heatmap_colormap()
        canvas.colorbar.setColorMap(cmap)
        from desktop_app.geometry import palette
        canvas.contour_item.setPen(pg.mkPen(DARK_CONTOUR if on else palette.CONTOUR_COLOUR, width=1))
        cap = canvas.caption
        cap.setColor("#FFFFFF" if on else "k")
        cap.fill = pg.mkBrush(0, 0, 0, 220) if on else pg.mkBrush(255, 255, 255, 200)
        cap.border = pg.mkPen(YELLOW, width=2) if on else pg.mkPen(None)
        cap.update()
        canvas.set_marker_scale(HC_MARKER_SCALE if on else 1.0)
        self.api.appearance.set_high_contrast(on)  # the overlays' colours, and any view's that follows
        self._style_plots()
        self._recolour_lanes()
        self.api.settings.setValue("presenter/high_contrast", self.high_contrast)

    def lane_colour(self, colour: str) -> str:
        return lifted(colour) if self.high_contrast else colour

    def _recolour_lanes(self):
        active = self.ctrl.active
        self.canvas.set_lanes(LaneStyle(e.key, self.lane_colour(e.colour), e.label) for e in active)
        for e in active:
            curve = self.loss_plot.curves.get(e.key)
            if curve is not None:
                curve.setPen(pg.mkPen(self.lane_colour(e.colour), width=1))

    # -- canvas only -------------------------------------------------------------------
    def set_canvas_only(self, on: bool):
        if bool(on) == self.canvas_only:
            return
        self.canvas_only = bool(on)
        if on:
            self._hidden = [p for p in self.api.chrome() if p.isVisible()]
            for p in self._hidden:
                p.hide()
        else:
            for p in self._hidden:
                if shiboken6.isValid(p):  # a panel may have been closed for good meanwhile
                    p.show()
            self._hidden = []
        self.api.appearance.set_canvas_only(self.canvas_only)  # a view that may take the map's place
        if self.act_canvas_only.isChecked() != self.canvas_only:
            with QtCore.QSignalBlocker(self.act_canvas_only):
                self.act_canvas_only.setChecked(self.canvas_only)

    def restore_app(self):
        """The application's own font, palette and style sheet (the window is closing)."""
        self.app.setFont(self.base_font)
        self.app.setPalette(self.base_palette)
        self.app.setStyleSheet(self.base_qss)

    def leave(self):
        """Esc: back from canvas-only and full screen."""
        self.set_canvas_only(False)
        fullscreen = self.api.action("fullscreen")
        if fullscreen.isChecked():
            fullscreen.setChecked(False)

