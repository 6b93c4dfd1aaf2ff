"""The playground window: canvas in the middle with the race table under it, surface and
optimizer list on the left, the focused optimizer's settings and the loss plot on the right.

Every view subscribes to the controller; this module only lays them out, wires the canvas
to the controller and owns the menus, toolbar, status bar and QSettings. Everything else
(overlays, basin map, timeline, presenter...) is a feature (features/registry.py) that
plugs in through the window API (api.py): ``window.feature("overlays")`` is one of them.
"""
from __future__ import annotations

import logging
import math

from PySide6 import QtCore, QtGui, QtWidgets

from engine import resources
from desktop_app.features import registry
from desktop_app.model.race import SPEED_RANGE, STEP_LIMIT_RANGE
from desktop_app.model.settings import open_settings, read, take_damaged
from desktop_app.plot.canvas import ContourCanvas, LaneStyle
from desktop_app.widgets.loss_plot import LossPlot
from desktop_app.widgets.optimizer_list import OptimizerList
from desktop_app.widgets.optimizer_panel import OptimizerPanel
from desktop_app.widgets.race_table import RaceTable
from desktop_app.widgets.surface_panel import SurfacePanel
from desktop_app.window.api import FeatureHost, WindowApi
from desktop_app.window import status_text
from desktop_app.window.help import ShortcutsDialog, about_text

RESOURCES = resources.root()
log = logging.getLogger("optimizer_playground")
SLIDER_STEPS = 1000


def speed_to_slider(speed: float) -> int:
    lo, hi = SPEED_RANGE
    return round(SLIDER_STEPS * math.log(speed / lo) / math.log(hi / lo))


def slider_to_speed(pos: int) -> float:
    lo, hi = SPEED_RANGE
    return lo * (hi / lo) ** (pos / SLIDER_STEPS)


SMALL_SCREEN = (1440, 900)  # at or below either: the window opens as large as the screen's free area


def first_geometry(area: QtCore.QRect) -> QtCore.QRect:
    """Where a window without saved geometry opens on a screen whose free area is ``area``:
    all of it on a small screen (a 1280x720 projector: 92% left the window ~1176 px wide and
    the map squeezed), else 92% of it up to 1600x1000, in its top-left corner."""
    if area.width() <= SMALL_SCREEN[0] or area.height() <= SMALL_SCREEN[1]:
        return QtCore.QRect(area)
    return QtCore.QRect(area.topLeft(), QtCore.QSize(min(1600, int(area.width() * 0.92)),
                                                     min(1000, int(area.height() * 0.92))))


class MainWindow(QtWidgets.QMainWindow):
    def __init__(self, controller, settings: QtCore.QSettings | None = None, features=None):
        """``features``: the Feature instances to install (default: the app's, registry.py)."""
        super().__init__()
        self.ctrl = controller
        self.settings = settings if settings is not None else open_settings()
        self.setWindowTitle("Optimizer Playground")
        # An explicit minimum: the layout then never changes the window's size constraints
        # as panels are rebuilt (which also spares Qt's offscreen platform a warning).
        self.setMinimumSize(720, 540)
        icon = RESOURCES / "icon.svg"
        if icon.exists():
            self.setWindowIcon(QtGui.QIcon(str(icon)))

        self.api = WindowApi(self)  # the window's own parts are named in it like the features'
        self.features = FeatureHost(self.api)
        self.canvas = ContourCanvas()
        self.race_table = RaceTable(controller)
        self.loss_plot = LossPlot(controller)
        self.canvas_holder: QtWidgets.QWidget | None = None  # the map and strips under it, once there are any
        self.central = QtWidgets.QSplitter(QtCore.Qt.Orientation.Vertical)
        self.central.setObjectName("centralSplitter")
        self.central.addWidget(self.canvas)
        self.central.addWidget(self.race_table)
        self.central.setStretchFactor(0, 3)
        self.central.setStretchFactor(1, 1)
        self.central.setSizes([700, 230])
        self.setCentralWidget(self.central)

        self.surface_panel = SurfacePanel(controller)
        self.optimizer_list = OptimizerList(controller)
        self.optimizer_panel = OptimizerPanel(controller)
        self.docks: list[QtWidgets.QDockWidget] = []  # every dock: Show panels shows and hides them
        add_dock = self.api.add_dock
        add_dock("surface", self.tr("Surface"), self.surface_panel, area="left")
        add_dock("optimizers", self.tr("Optimizers"), self.optimizer_list, area="left")
        add_dock("settings", self.tr("Settings"), self.optimizer_panel, area="right")
        self.loss_dock = add_dock("loss", self.tr("Loss"), self.loss_plot, area="right", toggle_text=self.tr("Show loss &plot"))
        self.resizeDocks(self.docks[:2], [330, 560], QtCore.Qt.Orientation.Vertical)
        self.resizeDocks(self.docks[2:], [420, 380], QtCore.Qt.Orientation.Vertical)
        self.resizeDocks(self.docks[2:3], [340], QtCore.Qt.Orientation.Horizontal)
        self.resizeDocks(self.docks[:1], [240], QtCore.Qt.Orientation.Horizontal)  # panels scroll: no width of their own

        self._make_actions()
        self._make_menus()
        self._make_toolbar()
        self._make_status_bar()
        self._connect_canvas()
        self._quit_asked = False  # File → Quit is closing the window (asks about an unsaved deck)
        self.deck_files = None  # File's deck entries (window/deck_files.py) when the deck feature is installed
        for feature in registry.app_features() if features is None else features:
            self.features.install(feature)  # before _restore: the docks' places are saved state
        if self.features.get("deck") is not None:  # File → Open/Save deck, recent decks: the deck feature's files
            from desktop_app.window.deck_files import DeckFiles

            self.deck_files = DeckFiles(self, self.features.get("deck"))
        self._restore()
        self._report_damaged_settings()

    # -- features -------------------------------------------------------------------------
    def feature(self, name: str):
        """The installed feature of that name (features/registry.py), or None."""
        return self.features.get(name)

    def below_canvas(self) -> QtWidgets.QVBoxLayout:
        """The column under the map that strips (the timeline) join: made on first use, the
        map moving into it, so a window without strips lays out as it always did."""
        if self.canvas_holder is None:
            holder = QtWidgets.QWidget()
            box = QtWidgets.QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(0)
            index = self.central.indexOf(self.canvas)
            self.central.insertWidget(index, holder)
            box.addWidget(self.canvas, 1)
            self.central.setStretchFactor(index, 3)
            self.canvas_holder = holder
        return self.canvas_holder.layout()

    def _make_actions(self):
        sp = QtWidgets.QStyle.StandardPixmap
        c = self.ctrl
        a = self.api.add_action
        # explicit: StandardKey.Quit is empty where no desktop theme defines it
        self.act_quit = a("quit", self.tr("&Quit"), self.request_quit, shortcuts="Ctrl+Q")
        self.act_play = a("play", self.tr("&Play"), c.toggle_play, shortcuts="Space", icon=sp.SP_MediaPlay,
                          tip=self.tr("Play or pause the race (Space)"))
        self.act_step = a("step", self.tr("&Step"), c.step_once, shortcuts="Right", icon=sp.SP_MediaSeekForward,
                          tip=self.tr("One step (Right arrow)"))
        self.act_reset = a("reset", self.tr("&Reset"), c.reset, shortcuts="R", icon=sp.SP_BrowserReload,
                           tip=self.tr("Restart every optimizer from the start point (R)"))
        self.act_faster = a("faster", self.tr("&Faster"), c.faster, shortcuts=["]", "+"], tip=self.tr("Double the speed"))
        self.act_slower = a("slower", self.tr("S&lower"), c.slower, shortcuts=["[", "-"], tip=self.tr("Halve the speed"))
        self.act_fit = a("fit", self.tr("&Fit window"), self.canvas.fit_window, shortcuts=["F", "Home"],
                         tip=self.tr("Show the surface's whole window (F)"))
        self.act_log_levels = a("log_levels", self.tr("&Log-spaced contour levels"), c.set_log_levels, shortcuts="L",
                                checkable=True)
        self.act_log_loss = a("log_loss", self.tr("Log-scale &loss (f − f*)"), self.loss_plot.set_log, shortcuts="G",
                              checkable=True)
        self.act_thick = a("thick_trails", self.tr("&Thick trails (projector)"),
                           lambda on: self.canvas.set_trail_width(3 if on else 2), shortcuts="T",
                           checkable=True, tip=self.tr("3-pixel trails (2 by default): easier to see from the back "
                                                       "of a room, slower to draw at top speed"))
        self.act_show_loss = self.api.action("show_loss")  # the dock's own toggle
        self.act_show_loss.setShortcut(QtGui.QKeySequence("Ctrl+L"))
        self.addAction(self.act_show_loss)
        self.act_show_panels = a("show_panels", self.tr("Show &panels"), self._show_panels, shortcuts="Ctrl+P", checkable=True)
        self.act_show_panels.setChecked(True)
        self.act_fullscreen = a("fullscreen", self.tr("F&ull screen"), self._fullscreen, shortcuts="F11", checkable=True)
        self.act_shortcuts = a("shortcuts", self.tr("&Keyboard shortcuts"), self.show_shortcuts,
                               shortcuts=[QtGui.QKeySequence.StandardKey.HelpContents, "Ctrl+/"])
        self.act_about = a("about", self.tr("&About Optimizer Playground"), self.show_about)
        c.sigPlayingChanged.connect(self._playing_changed)
        c.sigSurfaceChanged.connect(self._sync_log_levels)
        self._sync_log_levels()

    def _make_menus(self):
        api = self.api
        self.menu_file = api.add_menu("File", self.tr("&File"))
        from desktop_app.window.file_menu import FileMenu  # New/Open/Save setups, recent files, exports

        self.files = FileMenu(self)
        self.menu_file.addAction(self.act_quit)
        self.files.install(self.menu_file, before=self.act_quit)
        menus = {"View": (self.tr("&View"), ["fit", "log_levels", "log_loss", "thick_trails", None, "show_loss", "show_panels",
                                    "show_surface", "show_optimizers", "show_settings", None, "fullscreen"]),
                 "Playback": (self.tr("&Playback"), ["play", "step", "reset", None, "faster", "slower"]),
                 "Help": (self.tr("&Help"), ["shortcuts", "about"])}
        for path, (title, entries) in menus.items():
            api.add_menu(path, title)
            for entry in entries:
                api.add_menu_entry(path, entry)
        self.menu_view, self.menu_playback, self.menu_help = (api.menu(p) for p in menus)

    def _make_toolbar(self):
        tb = self.addToolBar(self.tr("Playback"))
        tb.setObjectName("playbackToolbar")
        tb.setToolButtonStyle(QtCore.Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        tb.setIconSize(QtCore.QSize(22, 22))
        for a in (self.act_play, self.act_step, self.act_reset):
            tb.addAction(a)
        tb.addSeparator()
        tb.addWidget(QtWidgets.QLabel(self.tr("Speed")))
        self.speed_slider = QtWidgets.QSlider(QtCore.Qt.Orientation.Horizontal)
        self.speed_slider.setRange(0, SLIDER_STEPS)
        self.speed_slider.setFixedWidth(180)
        self.speed_slider.setToolTip(self.tr("Steps per second, 1 to 2,000 (log scale); [ and ] halve and double"))
        self.speed_spin = QtWidgets.QSpinBox()
        self.speed_spin.setRange(int(SPEED_RANGE[0]), int(SPEED_RANGE[1]))
        self.speed_spin.setSuffix(self.tr(" steps/s"))
        self.speed_spin.setKeyboardTracking(False)
        tb.addWidget(self.speed_slider)
        tb.addWidget(self.speed_spin)
        tb.addSeparator()
        tb.addWidget(QtWidgets.QLabel(self.tr("Stop at step")))
        self.limit_spin = QtWidgets.QSpinBox()
        self.limit_spin.setRange(*STEP_LIMIT_RANGE)
        self.limit_spin.setSingleStep(100)
        self.limit_spin.setKeyboardTracking(False)
        self.limit_spin.setToolTip(self.tr("The race pauses at this step"))
        tb.addWidget(self.limit_spin)
        tb.addSeparator()
        tb.addAction(self.act_fit)
        self.toolbar = tb
        self.speed_slider.valueChanged.connect(lambda v: self.ctrl.set_speed(slider_to_speed(v)))
        self.speed_spin.valueChanged.connect(self.ctrl.set_speed)
        self.limit_spin.valueChanged.connect(self.ctrl.set_step_limit)
        self.ctrl.sigSpeedChanged.connect(self._speed_changed)
        self.ctrl.sigStepLimitChanged.connect(self._limit_changed)
        self._speed_changed(self.ctrl.speed)
        self._limit_changed(self.ctrl.step_limit)

    def _make_status_bar(self):
        sb = self.statusBar()
        self.step_label = QtWidgets.QLabel()
        self.cursor_label = QtWidgets.QLabel()
        self.cursor_label.setMinimumWidth(330)
        self.cursor_label.setFont(QtGui.QFontDatabase.systemFont(QtGui.QFontDatabase.SystemFont.FixedFont))
        sb.addPermanentWidget(self.step_label)
        sb.addPermanentWidget(self.cursor_label)
        self.ctrl.sigStatus.connect(lambda text: sb.showMessage(status_text.translated(text), 8000))
        for sig in (self.ctrl.sigReadout, self.ctrl.sigReset, self.ctrl.sigStepLimitChanged):  # read with every number
            sig.connect(self._show_step)
        self._show_step()

    # -- canvas <-> controller -------------------------------------------------------------
    def _connect_canvas(self):
        c, cv = self.ctrl, self.canvas
        c.sigSurfaceChanged.connect(self._draw_surface)
        c.sigLanesChanged.connect(self._draw_lanes)
        c.sigStepped.connect(self._draw_trails)
        c.sigShownStepChanged.connect(self._draw_trails)
        c.sigReset.connect(self._draw_reset)
        def focus_on_top(*_):  # the focused lane's trail over the others (issue 14 item 10)
            cv.set_focused_lane(c.focused.key if c.focused is not None else None)

        c.sigFocusChanged.connect(focus_on_top)
        c.sigLanesChanged.connect(focus_on_top)
        focus_on_top()
        cv.sigStartChosen.connect(c.set_start)
        cv.sigCursorMoved.connect(self._show_cursor)
        cv.sigCursorLeft.connect(lambda: self.cursor_label.setText(""))
        # playback keys belong to the race: a click on the map takes the keyboard (a spin box
        # or the formula field would eat Space and the arrows), and so does applying a formula
        cv.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)
        self.surface_panel.formula.sigApplied.connect(lambda: cv.setFocus(QtCore.Qt.FocusReason.OtherFocusReason))
        self._draw_surface()
        self._draw_lanes()
        self._draw_reset()

    def _draw_surface(self):
        self.canvas.set_surface(self.ctrl.surface, log=self.ctrl.log_levels)

    def _draw_lanes(self):
        self.canvas.set_lanes(LaneStyle(e.key, e.colour, e.label) for e in self.ctrl.active)
        self._draw_trails()

    def _draw_trails(self):
        rewound = self.ctrl.rewound  # the timeline shows an earlier step: trails end there
        self.canvas.update_lanes((e.key, self.ctrl.shown_points(e), "running" if rewound else e.lane.status)
                                 for e in self.ctrl.active)

    def _draw_reset(self):
        self.canvas.set_start(*self.ctrl.start)
        self._draw_trails()

    def _show_cursor(self, x, y):
        self.cursor_label.setText(f"x = {x: .4f}   y = {y: .4f}   f = {self.ctrl.value_at(x, y): .5g}")

    def _show_step(self, *_):
        text = self.tr("step {0} / {1}").format(self.ctrl.t, self.ctrl.step_limit)
        speed = self.ctrl.achieved_speed
        if speed and self.ctrl.engine_limited:
            text += "   " + self.tr("({0:,.0f} steps/s: the engine's limit here)").format(speed)
        self.step_label.setText(text)

    # -- small slots -------------------------------------------------------------------
    def _playing_changed(self, playing):
        sp = QtWidgets.QStyle.StandardPixmap
        self.act_play.setText(self.tr("&Pause") if playing else self.tr("&Play"))
        self.act_play.setIcon(self.style().standardIcon(sp.SP_MediaPause if playing else sp.SP_MediaPlay))

    def _sync_log_levels(self):
        with QtCore.QSignalBlocker(self.act_log_levels):
            self.act_log_levels.setChecked(self.ctrl.log_levels)

    def _speed_changed(self, speed):
        for w, v in ((self.speed_slider, speed_to_slider(speed)), (self.speed_spin, round(speed))):
            with QtCore.QSignalBlocker(w):
                w.setValue(v)

    def _limit_changed(self, n):
        with QtCore.QSignalBlocker(self.limit_spin):
            self.limit_spin.setValue(n)

    def _show_panels(self, show):
        for d in self.docks:
            d.setVisible(show)

    def _fullscreen(self, on):
        self.showFullScreen() if on else self.showNormal()

    def show_shortcuts(self):
        dialog = ShortcutsDialog(self.actions(), self)
        dialog.setModal(False)
        dialog.show()
        self._shortcuts_dialog = dialog
        return dialog

    def show_about(self):
        QtWidgets.QMessageBox.about(self, self.tr("About Optimizer Playground"), about_text())

    # -- settings -------------------------------------------------------------------------
    def _restore(self):
        s = self.settings

        self._damaged_blobs = []

        def blob(key):  # a damaged settings file must never stop the app from starting
            value = s.value(key)
            if value is not None and not isinstance(value, (QtCore.QByteArray, bytes)):
                self._damaged_blobs.append(key)
                return None
            return value

        def restored(key, ok):
            if not ok:
                self._damaged_blobs.append(key)

        geometry = blob("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            if geometry is not None:
                self._damaged_blobs.append("window/geometry")
            screen = QtGui.QGuiApplication.primaryScreen()
            area = screen.availableGeometry() if screen else QtCore.QRect(0, 0, 1600, 1000)
            self.setGeometry(first_geometry(area))
        state = blob("window/state")
        if state is not None:
            restored("window/state", self.restoreState(state))
        central = blob("window/central")
        if central is not None:
            restored("window/central", self.central.restoreState(central))
        lo, hi = SPEED_RANGE
        self.ctrl.set_speed(read(s, "playback/speed", self.ctrl.speed, float, lambda v: lo <= v <= hi))
        lo, hi = STEP_LIMIT_RANGE
        self.ctrl.set_step_limit(read(s, "playback/step_limit", self.ctrl.step_limit, int, lambda v: lo <= v <= hi))
        self.act_log_loss.setChecked(read(s, "view/log_loss", False, bool))
        self.act_show_loss.setChecked(read(s, "view/show_loss", True, bool))
        self.act_thick.setChecked(read(s, "view/thick_trails", False, bool))

    def _report_damaged_settings(self):
        """Once, everything unreadable the settings held (defaults were used instead)."""
        damaged = [(key, "unreadable") for key in self._damaged_blobs] + take_damaged(self.settings)
        if damaged:
            text = self.tr("Ignored damaged settings (defaults used instead): {0}").format(", ".join(f"{k}={v}" for k, v in damaged))
            log.warning(text)
            self.statusBar().showMessage(text, 8000)
            for key, _ in damaged:  # gone: the next start has nothing to complain about
                self.settings.remove(key)

    def save_settings(self):
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/central", self.central.saveState())
        s.setValue("playback/speed", self.ctrl.speed)
        s.setValue("playback/step_limit", self.ctrl.step_limit)
        s.setValue("view/log_loss", self.act_log_loss.isChecked())
        s.setValue("view/show_loss", self.act_show_loss.isChecked())
        s.setValue("view/thick_trails", self.act_thick.isChecked())
        self.files.remember_last()  # the setup comes back at the next start
        s.sync()

    def request_quit(self):
        """File → Quit: like the title bar's close button, asks about an unsaved deck first."""
        self._quit_asked = True
        try:
            self.close()
        finally:
            self._quit_asked = False

    def closeEvent(self, ev):
        # the user closing the window (title bar, Ctrl+Q) is asked about an unsaved deck;
        # a program closing it (tests, the session ending) is not
        user = ev.spontaneous() or self._quit_asked
        if user and self.deck_files is not None and self.deck_files.unsaved():
            ev.ignore()
            self.deck_files.confirm_discard(self.close)
            return
        self.ctrl.pause()
        self.save_settings()  # asks the features for their view state: before they shut down
        self.features.shutdown()
        super().closeEvent(ev)
