"""The window API: a feature added and removed through it, its view state saved, checked
and restored, and the app's own features leaving no attribute on the window."""
from __future__ import annotations

import json

import pytest
from PySide6 import QtWidgets

from engine.setup import SetupError

from desktop_app.features.base import Feature
from desktop_app.window.help import action_rows
from desktop_app.window.main_window import MainWindow


class Ruler(Feature):
    """A feature as a new issue would write one: a dock, a menu of its own, an entry in
    View, a toolbar button, a strip under the map and a view state."""

    name = "ruler"
    has_view_state = True

    def __init__(self):
        self.restored: list = []
        self.prepared: list = []
        self.shutdowns = 0

    def install(self, api):
        self.panel = QtWidgets.QLabel("ruler")
        self.dock = api.add_dock("ruler", "Ruler", self.panel, area="right", tabify_with="settings",
                                 toggle_text="Show &ruler", shortcuts="Ctrl+Alt+R", menu="View", before="fullscreen")
        api.add_menu("Ruler", "&Ruler")
        self.act = api.add_action("ruler.shown", "Ruler &on the map", shortcuts="Ctrl+Alt+U", checkable=True,
                                  menu="Ruler", toolbar=True)
        api.add_menu("View/Ruler units", "Ruler &units")
        api.add_action("ruler.metric", "&Metric", menu="View/Ruler units")
        api.add_menu_entry("Playback", None)
        api.add_menu_entry("Playback", "ruler.shown")
        self.strip = QtWidgets.QLabel("0 ─── 1")
        api.add_below_canvas(self.strip)

    def view_state(self):
        return {"shown": self.act.isChecked()}

    @classmethod
    def check_view_state(cls, state, where):
        if not isinstance(state, dict) or not isinstance(state.get("shown"), bool):
            raise SetupError(f"{where}.shown", f"must be true or false, got {state!r}")

    def prepare(self, state):
        self.prepared.append(state)

    def restore(self, state, view):
        self.restored.append(state)
        self.act.setChecked(bool(state and state["shown"]))

    def shutdown(self):
        self.shutdowns += 1


def menu_tree(menu) -> list:
    """Texts of a menu's entries, submenus nested ("---" a separator)."""
    out = []
    for a in menu.actions():
        if a.menu() is not None:
            out.append((a.text(), menu_tree(a.menu())))
        else:
            out.append("---" if a.isSeparator() else a.text())
    return out


def snapshot(window) -> dict:
    return {"menus": menu_tree(window.menuBar()), "actions": [a.text() for a in window.actions()],
            "docks": [d.objectName() for d in window.docks],
            "all docks": sorted(d.objectName() for d in window.findChildren(QtWidgets.QDockWidget)),
            "toolbar": [a.text() for a in window.toolbar.actions()],
            "below": window.below_canvas().count(), "features": window.features.names()}


def test_a_feature_added_and_removed_through_the_api(qtbot, window):
    before = snapshot(window)
    ruler = window.features.install(Ruler())
    assert window.feature("ruler") is ruler and window.features.names()[-1] == "ruler"

    menus = menu_tree(window.menuBar())
    titles = [t for t, _ in menus]
    assert titles[-2:] == ["&Ruler", "&Help"]  # a feature's menu goes before Help
    assert dict(menus)["&Ruler"] == ["Ruler &on the map"]
    view = dict(menus)["&View"]
    assert view[view.index("F&ull screen") - 1] == "Show &ruler"
    assert view[-1] == ("Ruler &units", ["&Metric"])
    assert dict(menus)["&Playback"][-2:] == ["---", "Ruler &on the map"]
    assert ruler.act in window.toolbar.actions()
    assert ruler.dock.objectName() == "rulerDock" and ruler.dock in window.docks
    settings = window.findChild(QtWidgets.QDockWidget, "settingsDock")
    QtWidgets.QApplication.processEvents()
    assert ruler.dock in window.tabifiedDockWidgets(settings)
    rows = dict(action_rows(window.actions()))  # Help → Keyboard shortcuts lists both
    assert rows["Ruler on the map"] == "Ctrl+Alt+U" and rows["Show ruler"] == "Ctrl+Alt+R"
    assert ruler.strip.isVisible()

    window.features.remove("ruler")
    assert ruler.shutdowns == 1
    assert window.feature("ruler") is None
    QtWidgets.QApplication.processEvents()
    assert snapshot(window) == before


def test_saving_asks_the_feature_and_opening_restores_it(qtbot, window, tmp_path):
    ruler = window.features.install(Ruler())
    ruler.act.setChecked(True)
    path = tmp_path / "ruler.json"
    assert window.files.save_to(path)
    data = json.loads(path.read_text())
    assert data["view"]["ruler"] == {"shown": True}
    assert data["view"]["overlays"] == window.feature("overlays").overlays.names_on()

    data["view"]["ruler"] = {"shown": False}
    path.write_text(json.dumps(data))
    assert window.files.open_path(path)
    assert ruler.prepared[-1] == {"shown": False} and ruler.restored[-1] == {"shown": False}
    assert not ruler.act.isChecked()

    del data["view"]["ruler"]  # a file from before the feature existed
    path.write_text(json.dumps(data))
    assert window.files.open_path(path)
    assert ruler.restored[-1] is None


def test_a_broken_view_state_is_refused_by_its_feature_with_its_path(qtbot, window, tmp_path):
    ruler = window.features.install(Ruler())
    ruler.act.setChecked(True)
    path = tmp_path / "broken.json"
    assert window.files.save_to(path)
    data = json.loads(path.read_text())
    data["view"]["ruler"] = {"shown": "yes"}
    path.write_text(json.dumps(data))
    restored = list(ruler.restored)
    assert not window.files.open_path(path)
    assert "view.ruler.shown" in window.files.message.text()
    assert ruler.restored == restored and ruler.act.isChecked()  # nothing changed


def test_a_window_without_the_feature_keeps_its_state_in_the_file(qtbot, window, tmp_path):
    ruler = window.features.install(Ruler())
    ruler.act.setChecked(True)
    path = tmp_path / "ruler.json"
    assert window.files.save_to(path)
    window.features.remove("ruler")
    assert window.files.open_path(path)  # the key is nobody's here: kept as it was
    assert window.files.save_to(tmp_path / "again.json")
    assert json.loads((tmp_path / "again.json").read_text())["view"]["ruler"] == {"shown": True}


def test_names_are_unique_and_lookups_say_what_there_is(qtbot, window):
    api = window.api
    with pytest.raises(ValueError, match="'play'"):
        api.add_action("play", "Another play")
    with pytest.raises(KeyError, match="No menu named 'Tools'.*View"):
        api.menu("Tools")
    with pytest.raises(ValueError, match="'overlays'"):
        window.features.install(type("Twin", (Ruler,), {"name": "overlays"})())


def test_a_feature_whose_install_fails_leaves_nothing_behind(qtbot, window):
    class Broken(Ruler):
        name = "broken"

        def install(self, api):
            api.add_menu("Broken", "&Broken")
            api.add_action("broken.first", "&First", menu="Broken")
            api.add_action("play", "clash")  # taken: install fails here

    before = snapshot(window)
    with pytest.raises(ValueError):
        window.features.install(Broken())
    QtWidgets.QApplication.processEvents()
    assert snapshot(window) == before and window.feature("broken") is None


def test_features_set_no_attribute_on_the_window(qtbot, ctrl):
    """Everything the app's features add is reached through window.feature(name)."""
    bare = MainWindow(ctrl, features=[])
    qtbot.addWidget(bare)
    full = MainWindow(ctrl)
    qtbot.addWidget(full)
    assert set(vars(full)) == set(vars(bare))
    assert full.features.names() == ["overlays", "basin", "update_rule", "view3d", "timeline", "scenarios", "projector",
                                     "presenter", "data_view", "deck", "tune", "language", "cost_axis", "theory",
                                     "pauses"]
    full.feature("presenter").restore_app()
