"""The main window as its features see it: named actions, docks and menus, the views they
may use, and the features installed.

    api.add_action("ruler.show", "&Ruler", slot, shortcuts="Ctrl+R", checkable=True, menu="View")
    api.add_dock("ruler", "Ruler", widget, area="right", tabify_with="settings",
                 toggle_text="Show &ruler", menu="View", before="fullscreen")
    api.add_menu("Overlays", "&Overlays")          # top level: before Help
    api.add_menu("View/Presenter", "P&resenter")   # a submenu, at the end of View
    api.add_menu_entry("View/Presenter", "fullscreen")   # an action by name; None: a separator
    api.action("play"), api.dock("loss"), api.menu("Playback"), api.feature("overlays")

Names are unique in a window. The window's own actions are "quit", "play", "step", "reset",
"faster", "slower", "fit", "log_levels", "log_loss", "thick_trails", "show_loss",
"show_panels", "fullscreen", "shortcuts", "about" and File's "file.*"; its docks
"surface", "optimizers", "settings", "loss"; its menus "File", "View", "Playback", "Help".
A dock's toggle action is named "show_<dock name>" and its Qt object "<dockName>Dock" (the
key of its place in the saved window state). Every action joins the window, so its
shortcuts work with the menu bar hidden and Help → Keyboard shortcuts lists them.

Each feature gets its own WindowApi, which records what the feature added: removing the
feature (:meth:`FeatureHost.remove`) takes exactly that away again.
"""
from __future__ import annotations

import re

import shiboken6
from PySide6 import QtCore, QtGui, QtWidgets

from desktop_app.features.base import check_view_states

AREAS = {"left": QtCore.Qt.DockWidgetArea.LeftDockWidgetArea,
         "right": QtCore.Qt.DockWidgetArea.RightDockWidgetArea,
         "top": QtCore.Qt.DockWidgetArea.TopDockWidgetArea,
         "bottom": QtCore.Qt.DockWidgetArea.BottomDockWidgetArea}
LAST_MENU = "Help"  # a feature's top-level menu goes before it


def plain(text: str) -> str:
    """A menu title without its mnemonic: "&View" -> "View" (a menu path uses these)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def object_name(dock_name: str) -> str:
    """"update_rule" -> "updateRuleDock": the name Qt saves the dock's place under."""
    first, *rest = re.split(r"[^0-9A-Za-z]+", dock_name)
    return first + "".join(p[:1].upper() + p[1:] for p in rest) + "Dock"


class Appearance(QtCore.QObject):
    """How the window is drawn for the room it is in. Presenter mode sets it; a view with
    colours or fonts of its own follows the signals (and reads the values when it is made)."""

    sigHighContrastChanged = QtCore.Signal(bool)
    sigTextScaleChanged = QtCore.Signal(float)
    sigCanvasOnlyChanged = QtCore.Signal(bool)  # after the chrome was hidden, or shown again

    def __init__(self, parent=None):
        super().__init__(parent)
        self.high_contrast = False
        self.text_scale = 1.0
        self.canvas_only = False

    def set_canvas_only(self, on: bool):
        if bool(on) != self.canvas_only:
            self.canvas_only = bool(on)
            self.sigCanvasOnlyChanged.emit(self.canvas_only)

    def set_high_contrast(self, on: bool):
        if bool(on) != self.high_contrast:
            self.high_contrast = bool(on)
            self.sigHighContrastChanged.emit(self.high_contrast)

    def set_text_scale(self, scale: float):
        if float(scale) != self.text_scale:
            self.text_scale = float(scale)
            self.sigTextScaleChanged.emit(self.text_scale)


def scrolling(widget: QtWidgets.QWidget) -> QtWidgets.QWidget:
    """A panel inside a scroll area: what it holds (a wide formula, many buttons) scrolls
    instead of widening the dock and pushing the map. Views that scroll or draw themselves
    (tables, plots, GL views) are docked as they are."""
    if isinstance(widget, (QtWidgets.QAbstractScrollArea, QtWidgets.QScrollArea)) or "GL" in type(widget).__name__ \
            or widget.inherits("QOpenGLWidget"):
        return widget
    area = QtWidgets.QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
    area.setObjectName(widget.objectName() + "Scroll" if widget.objectName() else "dockScroll")
    return area


class _Parts:
    """Everything added to one window by name, and by whom (shared by its WindowApis)."""

    def __init__(self):
        self.actions: dict[str, QtGui.QAction] = {}
        self.docks: dict[str, QtWidgets.QDockWidget] = {}
        self.menus: dict[str, QtWidgets.QMenu] = {}
        self.features: dict = {}                    # name -> Feature, in install order
        self.added: dict[str, list[tuple]] = {}     # owner -> [(kind, name or None, object)]
        self.appearance: Appearance | None = None


class WindowApi:
    def __init__(self, window, owner: str = "window", parts: _Parts | None = None):
        self._window = window
        self._owner = owner
        self._parts = parts if parts is not None else _Parts()
        self._parts.added.setdefault(owner, [])
        if self._parts.appearance is None:
            self._parts.appearance = Appearance(window)

    @property
    def appearance(self) -> Appearance:
        """High contrast and text scale, shared by the window's views."""
        return self._parts.appearance

    def for_owner(self, owner: str) -> WindowApi:
        """An API on the same window that records what ``owner`` adds."""
        return WindowApi(self._window, owner, self._parts)

    # -- what features may use -----------------------------------------------------------------
    @property
    def parent(self) -> QtWidgets.QMainWindow:
        """The window as a parent of dialogs and QObjects (not a place for attributes)."""
        return self._window

    @property
    def controller(self):
        return self._window.ctrl

    @property
    def canvas(self):
        return self._window.canvas

    @property
    def loss_plot(self):
        return self._window.loss_plot

    @property
    def race_table(self):
        return self._window.race_table

    @property
    def settings(self) -> QtCore.QSettings:
        return self._window.settings

    @property
    def export_folder(self) -> str:
        """The folder the File menu's exports start in."""
        return self._window.files.folder()

    def status(self, text: str, ms: int = 8000):
        self._window.statusBar().showMessage(text, ms)

    # -- setups (what a deck's slides hold) ---------------------------------------------------
    def check_setup(self, setup):
        """The window's and its features' rules on a setup (SetupError names where): what a
        deck checks each slide with before anything changes."""
        from desktop_app.window import setup_io

        return setup_io.check(setup, FeatureHost(self))

    def apply_setup(self, setup) -> None:
        """Show ``setup`` paused at step 0, as File → Open would (SetupError: nothing changed)."""
        from desktop_app.window import setup_io

        setup_io.apply(self._window, setup)

    def capture_setup(self):
        """The window as a setup, as File → Save would write it."""
        from desktop_app.window import setup_io

        return setup_io.capture(self._window, getattr(self._window.files, "base", None))

    def feature(self, name: str):
        """The installed feature of that name, or None (a feature must work without the others)."""
        return self._parts.features.get(name)

    def chrome(self) -> list[QtWidgets.QWidget]:
        """Every part of the window but the map: what canvas-only mode hides."""
        w = self._window
        parts: list[QtWidgets.QWidget] = [w.menuBar(), w.statusBar()]
        parts += w.findChildren(QtWidgets.QToolBar) + w.findChildren(QtWidgets.QDockWidget)
        holder = w.canvas_holder or w.canvas
        parts += [w.central.widget(i) for i in range(w.central.count()) if w.central.widget(i) is not holder]
        if w.canvas_holder is not None:
            box = w.canvas_holder.layout()
            parts += [box.itemAt(i).widget() for i in range(box.count())
                      if box.itemAt(i).widget() not in (None, w.canvas)]
        return parts

    def show_map(self, on: bool):
        """Show or hide the map with what sits under it (the window's central part): a view
        that takes the map's place hides it, the docks then share the whole window."""
        self._window.centralWidget().setVisible(bool(on))

    def resize_dock(self, name: str, *, width: int | None = None, height: int | None = None):
        """Ask for a dock's size in pixels (its neighbours give or take the difference)."""
        dock, win = self.dock(name), self._window
        if width is not None:
            win.resizeDocks([dock], [int(width)], QtCore.Qt.Orientation.Horizontal)
        if height is not None:
            win.resizeDocks([dock], [int(height)], QtCore.Qt.Orientation.Vertical)

    # -- lookups -------------------------------------------------------------------------------
    def action(self, name: str) -> QtGui.QAction:
        return self._lookup(self._parts.actions, name, "action")

    def dock(self, name: str) -> QtWidgets.QDockWidget:
        return self._lookup(self._parts.docks, name, "dock")

    def menu(self, path: str) -> QtWidgets.QMenu:
        """A menu by its path of plain titles: "View", "View/Presenter"."""
        return self._lookup(self._parts.menus, path, "menu")

    @staticmethod
    def _lookup(table: dict, name: str, kind: str):
        try:
            return table[name]
        except KeyError:
            raise KeyError(f"No {kind} named {name!r}; there are: {', '.join(table) or 'none'}") from None

    def _claim(self, table: dict, name: str, kind: str, obj):
        if not name or name in table:
            raise ValueError(f"Invalid {kind} name {name!r}: " + ("taken" if name else "empty"))
        table[name] = obj
        self._parts.added[self._owner].append((kind, name, obj))

    # -- adding --------------------------------------------------------------------------------
    def add_action(self, name: str, text: str, slot=None, *, shortcuts=(), checkable=False, tip="",
                   icon=None, menu: str | None = None, before=None, after=None,
                   toolbar: bool = False) -> QtGui.QAction:
        """A named action on the window (its shortcuts work everywhere and Help lists them),
        optionally in ``menu`` (a path; ``before``/``after`` an action there) and at the end
        of the toolbar. ``slot`` gets the checked state when ``checkable``. ``icon``: a
        QIcon or a QStyle.StandardPixmap."""
        action = QtGui.QAction(text, self._window)
        if isinstance(icon, QtWidgets.QStyle.StandardPixmap):
            icon = self._window.style().standardIcon(icon)
        if icon is not None:
            action.setIcon(icon)
        self._set_shortcuts(action, shortcuts)
        action.setCheckable(checkable)
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        if slot is not None:
            (action.toggled if checkable else action.triggered).connect(slot)
        self._claim(self._parts.actions, name, "action", action)
        self._window.addAction(action)  # shortcuts work with the menu bar hidden (full screen)
        if menu is not None:
            self.add_menu_entry(menu, action, before=before, after=after)
        if toolbar:
            self._window.toolbar.addAction(action)
        return action

    @staticmethod
    def _set_shortcuts(action, shortcuts):
        if isinstance(shortcuts, (str, QtGui.QKeySequence, QtGui.QKeySequence.StandardKey)):
            shortcuts = [shortcuts]
        if shortcuts:
            action.setShortcuts([QtGui.QKeySequence(s) for s in shortcuts])

    def add_dock(self, name: str, title: str, widget: QtWidgets.QWidget, *, area="right", tabify_with=None,
                 hidden=False, toggle_text: str | None = None, shortcuts=(), menu: str | None = None,
                 before=None, after=None) -> QtWidgets.QDockWidget:
        """A movable, closable, floatable dock in ``area`` ("left", "right", "top", "bottom"),
        a tab beside dock ``tabify_with`` when that one is in the same area. Its toggle
        action ("show_<name>") takes ``toggle_text`` and ``shortcuts`` and goes into ``menu``."""
        win = self._window
        where = AREAS[area] if isinstance(area, str) else area
        dock = QtWidgets.QDockWidget(title, win)
        dock.setObjectName(object_name(name))
        dock.setWidget(scrolling(widget))
        dock.setFeatures(QtWidgets.QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QtWidgets.QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QtWidgets.QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        win.addDockWidget(where, dock)
        neighbour = self._parts.docks.get(tabify_with) if tabify_with else None
        if neighbour is not None and win.dockWidgetArea(neighbour) == where:
            win.tabifyDockWidget(neighbour, dock)
        if hidden:
            dock.hide()
        self._claim(self._parts.docks, name, "dock", dock)
        win.docks.append(dock)  # Show panels (Ctrl+P) shows and hides them all
        toggle = dock.toggleViewAction()  # stays in sync when the dock's close button is used
        if toggle_text:
            toggle.setText(toggle_text)
        self._claim(self._parts.actions, f"show_{name}", "action", toggle)
        if shortcuts:
            self._set_shortcuts(toggle, shortcuts)
            win.addAction(toggle)
        if menu is not None:
            self.add_menu_entry(menu, toggle, before=before, after=after)
        return dock

    def add_menu(self, path: str, title: str | None = None, *, before=None) -> QtWidgets.QMenu:
        """A menu: top level ("Overlays": before Help unless ``before`` names another top
        menu) or a submenu ("View/Presenter": at the end of View, or before an action)."""
        parent_path, _, last = path.rpartition("/")
        menu = QtWidgets.QMenu(title or last, self._window)
        if parent_path:
            self._place(self.menu(parent_path), menu.menuAction(), before, None)
        else:
            bar = self._window.menuBar()
            ahead = self._parts.menus.get(before or LAST_MENU)
            bar.insertMenu(ahead.menuAction(), menu) if ahead is not None else bar.addMenu(menu)
        self._claim(self._parts.menus, path, "menu", menu)
        return menu

    def add_menu_entry(self, path: str, entry, *, before=None, after=None) -> QtGui.QAction:
        """Put ``entry`` (a QAction, an action's name, a QMenu, or None for a separator)
        into the menu at ``path``, before or after an action there (a name or a QAction);
        at the end when neither is given. Returns the QAction the menu holds."""
        menu = self.menu(path)
        if entry is None:
            action = QtGui.QAction(menu)
            action.setSeparator(True)
        elif isinstance(entry, QtWidgets.QMenu):
            action = entry.menuAction()
        elif isinstance(entry, str):
            action = self.action(entry)
        else:
            action = entry
        self._place(menu, action, before, after)
        self._parts.added[self._owner].append(("entry", None, (menu, action)))
        return action

    def _place(self, menu: QtWidgets.QMenu, action: QtGui.QAction, before, after):
        if isinstance(before, str):
            before = self.action(before)
        if isinstance(after, str):
            after = self.action(after)
        if after is not None:
            items = menu.actions()
            i = items.index(after) if after in items else len(items) - 1
            before = items[i + 1] if i + 1 < len(items) else None
        if before is not None and before in menu.actions():
            menu.insertAction(before, action)
        else:
            menu.addAction(action)

    def add_below_canvas(self, widget: QtWidgets.QWidget):
        """A strip under the map (the timeline); it follows the map in and out of view."""
        self._window.below_canvas().addWidget(widget)
        self._parts.added[self._owner].append(("below_canvas", None, widget))

    # -- taking back ---------------------------------------------------------------------------
    def _remove_added(self, owner: str):
        """Undo everything ``owner`` added, newest first."""
        win = self._window
        for kind, name, obj in reversed(self._parts.added.pop(owner, [])):
            if kind == "action":
                del self._parts.actions[name]
                if shiboken6.isValid(obj):
                    for holder in obj.associatedObjects():
                        holder.removeAction(obj)
                    if obj.parent() is win:  # (a dock's toggle goes with its dock)
                        obj.deleteLater()
            elif kind == "entry":
                menu, action = obj
                if shiboken6.isValid(menu) and shiboken6.isValid(action):
                    menu.removeAction(action)
                    if action.isSeparator() and action.parent() is menu:
                        action.deleteLater()
            elif kind == "dock":
                del self._parts.docks[name]
                if obj in win.docks:
                    win.docks.remove(obj)
                win.removeDockWidget(obj)
                obj.setParent(None)  # out of the window now (findChildren), deleted soon
                obj.deleteLater()
            elif kind == "menu":
                del self._parts.menus[name]
                for holder in obj.menuAction().associatedObjects():
                    holder.removeAction(obj.menuAction())
                obj.deleteLater()
            elif kind == "below_canvas":
                win.below_canvas().removeWidget(obj)
                obj.hide()
                obj.setParent(None)
                obj.deleteLater()


class FeatureHost:
    """The features of one window, in install order: ``window.features``."""

    def __init__(self, api: WindowApi):
        self._api = api

    def __iter__(self):
        return iter(list(self._api._parts.features.values()))

    def names(self) -> list[str]:
        return list(self._api._parts.features)

    def get(self, name: str):
        return self._api._parts.features.get(name)

    def install(self, feature):
        """Install ``feature`` with an API of its own; if its install fails, what it added goes."""
        name = feature.name
        if not name or name in self._api._parts.features or name == "window":
            raise ValueError(f"Invalid feature name {name!r}: " + ("taken" if name else "empty"))
        api = self._api.for_owner(name)
        self._api._parts.features[name] = feature  # from now on api.feature(name) finds it
        try:
            feature.install(api)
        except BaseException:
            del self._api._parts.features[name]
            self._api._remove_added(name)
            raise
        return feature

    def remove(self, name: str):
        """Shut the feature down and take away every action, dock and menu it added."""
        feature = self._api._parts.features.pop(name)
        try:
            feature.shutdown()
        finally:
            self._api._remove_added(name)
        return feature

    def shutdown(self):
        """The window is closing: every feature stops its background work (newest first)."""
        for feature in reversed(list(self)):
            feature.shutdown()

    # -- view state in setups ------------------------------------------------------------------
    def view_keys(self) -> set[str]:
        return {f.name for f in self if f.has_view_state}

    def view_states(self) -> dict:
        states = {}
        for f in self:
            state = f.view_state() if f.has_view_state else None
            if state is not None:
                states[f.name] = state
        return states

    def check(self, view: dict):
        check_view_states(view, self)

    def prepare(self, view: dict) -> list:
        """Each feature's preparation for a setup's race; the undo functions they returned."""
        undo = []
        for f in self:
            step = f.prepare(view.get(f.name) if f.has_view_state else None)
            if step is not None:
                undo.append(step)
        return undo

    def restore(self, view: dict):
        for f in self:
            f.restore(view.get(f.name) if f.has_view_state else None, view)
