"""The map first, on any screen: a guard that keeps the map's share of the window, and the
one-key projector layout (F9).

At 1280x720 (the common projector) the panels on both sides left the map ~380x300 px, and a
wide panel (the Update rule of BFGS) could squeeze it to ~200 px. The guard runs whenever the
map or the window changes size: when the map has less than MIN_SHARE of the window it narrows
the dock columns (their contents scroll, api.add_dock), down to DOCK_FLOOR px; when that is not
enough (a small window) it moves the left column's panels into the right one as tabs, and moves
them back once the window has grown enough to keep the map's share with both columns (also at
the next start on a larger screen: the panels it moved are remembered). The projector layout hides the panels and the race table and shows a strip under the map with every
racer's name, loss and status: the map gets >= 70% of the window.
"""
from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from desktop_app.features.base import Feature
from desktop_app.widgets.race_strip import RaceStrip

Area = QtCore.Qt.DockWidgetArea
MIN_SHARE = 0.56     # the map's part of the window's area the guard keeps (the issue asks 55%)
DOCK_FLOOR = 200     # px: a dock column is not narrowed below this before the columns merge
SHORTCUT = "F9"
TABLE_ROWS = 6     # the race table is kept tall enough for this many racers (more scroll)
MAX_TRIES = 3      # the guard's actions per window size and arrangement of panels
NATURAL = {Area.LeftDockWidgetArea: 240, Area.RightDockWidgetArea: 340}  # px: the columns' first widths
SEPARATOR = 6      # px: a dock column's separator, in the guess of the map's width without it
UNMERGE_MARGIN = 0.005  # the guessed share with the left column back must clear MIN_SHARE by this
MOVED_KEY = "layout/moved_to_right"  # settings: the panels the guard moved (object names)


def in_sight(dock: QtWidgets.QDockWidget) -> bool:
    """Shown and not a tab hidden behind another panel."""
    return not dock.visibleRegion().isEmpty()


class ProjectorFeature(QtCore.QObject, Feature):
    name = "projector"

    def __init__(self):
        super().__init__()
        self.on = False
        self._hidden: list[QtWidgets.QWidget] = []
        self._pending = False
        self._busy = False
        self._tried: dict = {}  # tries on the current window size and arrangement of panels
        self._moved: list[str] = []  # object names of the left panels the guard moved right

    def install(self, api):
        self.api = api
        self.win = api.parent
        self.setParent(self.win)
        self.strip = RaceStrip(api.controller)
        self.strip.hide()
        api.add_below_canvas(self.strip)
        self.act = api.add_action("projector.layout", self.tr("&Projector layout (map first)"), self.set_layout,
                                  shortcuts=SHORTCUT, checkable=True, menu="View",
                                  tip=self.tr("Only the map, the timeline and a one-line race strip: for a "
                                              "1280x720 projector (F9 again brings the panels back)"))
        api.canvas.installEventFilter(self)
        # every racer in sight: the map's splitter gave the table ~3 rows at 1280x720
        for sig in (api.controller.sigLanesChanged, api.controller.sigReset):
            sig.connect(self.fit_race_table)
        api.appearance.sigTextScaleChanged.connect(self.fit_race_table)
        self.fit_race_table()
        moved = api.settings.value(MOVED_KEY, [])
        self._moved = [m for m in ([moved] if isinstance(moved, str) else moved or []) if isinstance(m, str)]
        self.win.installEventFilter(self)

    def fit_race_table(self, *_):
        """The race table at least as tall as its rows (up to TABLE_ROWS of them): the
        splitter above it takes that height from the map, never the other way round."""
        table = self.api.race_table
        rows = min(TABLE_ROWS, max(1, len(self.api.controller.active)))
        # rows as tall as their text needs: the style's 30 px rows cost the map 40 px at 5 racers
        row = table.fontMetrics().height() + 6
        table.verticalHeader().setDefaultSectionSize(row)
        header = table.horizontalHeader().sizeHint().height()
        columns = table.horizontalHeader().length()
        bar = table.horizontalScrollBar().sizeHint().height() if columns > table.viewport().width() else 0
        table.setMinimumHeight(header + rows * row + bar + 2 * table.frameWidth() + 2)
        # other panels now (a scenario loaded): the guard may try again
        self._tried = {}
        if not self._pending:
            self._pending = True
            QtCore.QTimer.singleShot(0, self.keep_map_share)

    # -- the guard ---------------------------------------------------------------------------
    def eventFilter(self, obj, ev):
        if ev.type() not in (QtCore.QEvent.Type.Resize, QtCore.QEvent.Type.Show):
            return False
        if obj is self.win:
            # once the layout has placed the map at the new size (filters run before it)
            QtCore.QTimer.singleShot(0, self.give_back_room)
            # at once, before the first paint: the window's layout has already placed the map
            # (a test, or a click, reading pixels right after show sees the final layout)
            self.keep_map_share()
        elif not self._pending:  # the map resized inside the window (a dock dragged wider)
            self._pending = True
            QtCore.QTimer.singleShot(0, self.keep_map_share)
        return False

    def share(self) -> float:
        canvas, win = self.api.canvas, self.win
        area = win.width() * win.height()
        return canvas.width() * canvas.height() / area if area and canvas.isVisible() else 0.0

    def _columns(self) -> dict:
        """Visible docked panels on the left and right, by area."""
        out = {Area.LeftDockWidgetArea: [], Area.RightDockWidgetArea: []}
        for dock in self.win.findChildren(QtWidgets.QDockWidget):
            area = self.win.dockWidgetArea(dock)
            if dock.isVisible() and not dock.isFloating() and area in out:
                out[area].append(dock)
        return out

    def keep_map_share(self):
        self._pending = False
        if self._busy:
            return
        self._busy = True
        try:
            self._keep_map_share()
        finally:
            self._busy = False

    def _signature(self):
        """The window's size and which panels stand where (not their widths)."""
        docks = tuple(sorted((d.objectName(), self.win.dockWidgetArea(d).value)
                             for ds in self._columns().values() for d in ds))
        return self.win.width(), self.win.height(), docks

    def _keep_map_share(self):
        canvas = self.api.canvas
        if not canvas.isVisible() or canvas.height() < 50 or self.share() >= MIN_SHARE:
            return
        # Each action makes the map resize, which calls the guard again. Where the docks
        # cannot give the room (at their minimum width; large text: the toolbar and the race
        # table take the height) a panel's own size hint widened its dock back and the two
        # took turns for ever (a test run hung in processEvents this way): a few tries per
        # window size and arrangement of panels, then the guard leaves the layout alone.
        signature = self._signature()
        tries = self._tried.get(signature, 0)
        if tries >= MAX_TRIES:
            return
        self._tried = {signature: tries + 1}
        win = self.win
        needed = MIN_SHARE * win.width() * win.height() / canvas.height() + 2
        excess = needed - canvas.width()
        columns = {a: docks for a, docks in self._columns().items() if docks}
        # the widths of the panels in sight: a tab behind another keeps the width it had when
        # it was last shown (340 px), and a target cut from that widened the column back
        widths = {a: max((d.width() for d in docks if in_sight(d)), default=0) for a, docks in columns.items()}
        spare = sum(max(0, w - DOCK_FLOOR) for w in widths.values())
        if excess > spare and len(columns) == 2:
            self._merge_columns(columns)
            columns = {a: docks for a, docks in self._columns().items() if docks}
        if excess > spare and len(columns) == 1:  # one column (merged): as narrow as the map needs
            target = {a: max(120, int(win.width() - needed - 8)) for a in columns}
        else:
            cut = min(excess, spare)
            target = {a: int(w - cut * max(0, w - DOCK_FLOOR) / spare) if spare else w for a, w in widths.items()}
        # a dock in sight (resizing a tab hidden behind another does nothing), never wider
        docks = [(d, min(target[a], d.width())) for a in target for d in columns[a] if in_sight(d)]
        win.resizeDocks([d for d, _ in docks], [t for _, t in docks], QtCore.Qt.Orientation.Horizontal)
        self._settle()

    def _merge_columns(self, columns):
        """The left column's panels become tabs of the right column's first panel."""
        right = columns[Area.RightDockWidgetArea]
        anchor = next((d for d in right if in_sight(d)), right[0])
        for dock in sorted(columns[Area.LeftDockWidgetArea], key=lambda d: d.y()):  # top first
            self.win.addDockWidget(Area.RightDockWidgetArea, dock)
            self.win.tabifyDockWidget(anchor, dock)
            if dock.objectName() not in self._moved:
                self._moved.append(dock.objectName())
        anchor.raise_()
        self.api.settings.setValue(MOVED_KEY, self._moved)

    def moved_panels(self) -> list[QtWidgets.QDockWidget]:
        """The panels the guard moved to the right column that are still there (one the user
        floated, closed or dragged elsewhere since is theirs again)."""
        docks = [self.win.findChild(QtWidgets.QDockWidget, name) for name in self._moved]
        return [d for d in docks if d is not None and not d.isFloating()
                and self.win.dockWidgetArea(d) == Area.RightDockWidgetArea]

    def give_back_room(self):
        """When the window has grown: the panels the guard took, back. First the moved panels
        in a left column of their own, once the map keeps MIN_SHARE + UNMERGE_MARGIN beside
        both columns at their narrowest (the guard merges only below MIN_SHARE at that width,
        so it never moves them back); then the columns it narrowed, wider again up to their
        first widths (NATURAL), as far as the map keeps that share. Never narrows anything."""
        if self.on or self._busy:
            return
        self._busy = True
        try:
            if self._moved:
                self._give_back_left_column()
            self._widen_columns()
            self._tried = {}
        finally:
            self._busy = False

    def _room(self) -> float:
        """Pixels of the map's width it can give and keep MIN_SHARE + UNMERGE_MARGIN."""
        canvas, win = self.api.canvas, self.win
        area = win.width() * win.height()
        if not canvas.isVisible() or canvas.height() < 50 or not area:
            return 0.0
        return canvas.width() - (MIN_SHARE + UNMERGE_MARGIN) * area / canvas.height()

    def _settle(self):
        """The window's layout now, not on the next turn of the event loop."""
        if self.win.layout() is not None:
            self.win.layout().activate()

    def _give_back_left_column(self):
        docks = self.moved_panels()
        if len(docks) != len(self._moved):
            self._moved = [d.objectName() for d in docks]
            self.api.settings.setValue(MOVED_KEY, self._moved)
        # the right column gives what it has above DOCK_FLOOR first (the guard narrows it once
        # the left column is back): panels in sight on both sides come before wide ones
        right = [d for d in self._columns()[Area.RightDockWidgetArea] if in_sight(d)]
        spare = max(0, max((d.width() for d in right), default=0) - DOCK_FLOOR)
        if not docks or self._room() + spare < DOCK_FLOOR + SEPARATOR:
            return
        for dock in docks:  # in the order they stood, top first
            self.win.addDockWidget(Area.LeftDockWidgetArea, dock, QtCore.Qt.Orientation.Vertical)
        shown = [d for d in docks if d.isVisible()]
        if shown:
            self.win.resizeDocks(shown, [DOCK_FLOOR] * len(shown), QtCore.Qt.Orientation.Horizontal)
        self._moved = []
        self.api.settings.setValue(MOVED_KEY, self._moved)
        self._settle()

    def _widen_columns(self):
        room = self._room()
        columns = {a: [d for d in docks if in_sight(d)] for a, docks in self._columns().items()}
        short = {a: NATURAL[a] - max(d.width() for d in docks) for a, docks in columns.items() if docks}
        short = {a: gap for a, gap in short.items() if gap > 0}
        if room < 1 or not short:
            return
        scale = min(1.0, room / sum(short.values()))
        docks, widths = [], []
        for a, gap in short.items():
            for d in columns[a]:
                docks.append(d)
                widths.append(int(d.width() + gap * scale))
        self.win.resizeDocks(docks, widths, QtCore.Qt.Orientation.Horizontal)
        self._settle()

    # -- the projector layout ------------------------------------------------------------------
    def set_layout(self, on: bool):
        on = bool(on)
        if on == self.on:
            return
        self.on = on
        if on:
            hide = [d for d in self.win.findChildren(QtWidgets.QDockWidget) if d.isVisible()]
            hide.append(self.api.race_table)
            self._hidden = hide
            for w in hide:
                w.hide()
            self.strip.show()
        else:
            self.strip.hide()
            for w in self._hidden:
                w.show()
            self._hidden = []
        if self.act.isChecked() != on:
            with QtCore.QSignalBlocker(self.act):
                self.act.setChecked(on)

    def shutdown(self):
        if self.on:
            self.set_layout(False)
