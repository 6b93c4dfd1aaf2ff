"""Saved setups in the window: exact round trips, a message for every broken file with the
window left as it was, recent files, File → New, and the setup that comes back at start."""
from __future__ import annotations

import json
import os

import numpy as np
import pytest
from desktop_helpers import entry_named
from PySide6 import QtCore, QtWidgets

from desktop_app.window import setup_io
from desktop_app.window.file_menu import LAST_SETUP_KEY
from engine import resources
from engine.setup import Setup

SCENARIO = resources.path("scenarios", "04-adam-saddle-and-ravine.json")


def make_window(qtbot, settings=None):
    from desktop_app.model.controller import Controller
    from desktop_app.window.main_window import MainWindow

    ctrl = Controller()
    win = MainWindow(ctrl, settings=settings)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    return win


def state(win) -> dict:
    """Everything a setup restores, read from the window's parts (not through setup_io)."""
    c = win.ctrl
    return {
        "surface": (c.surface_name, dict(getattr(c.surface, "values", {})), c.surface_formula, c.surface_bounds),
        "start": tuple(c.start), "step_limit": c.step_limit, "speed": c.speed, "t": c.t,
        "lanes": [(e.name, e.label, e.colour, e.optimizer.hyperparams, e.noise, e.seed) for e in c.active],
        "focus": c.focused.label if c.focused else None, "log_levels": c.log_levels,
        "overlays": win.feature("overlays").overlays.names_on(),
        "range": np.round(np.array(win.canvas.vb.viewRange()), 9).tolist(),
    }


def busy_window(win):
    """A window far from its defaults: other surface and parameters, a duplicate with its
    own lr, noise and colour, a custom label, moved start, speed, limit, zoom, overlays."""
    c = win.ctrl
    c.set_surface("ravine", condition=30.0, angle=10.0)
    c.set_checked(entry_named(c, "rmsprop").key, False)
    sgd = entry_named(c, "sgd")
    twin = c.add_instance(sgd.key)
    c.set_hyperparams(twin.key, lr=0.02, noise=0.1, schedule="cosine")
    twin.colour, twin.label, twin.seed = "#AA3377", "SGD noisy", 7  # no widget sets these yet
    twin.lane.seed = 7
    c.set_checked(entry_named(c, "nesterov").key, True)
    c.set_start(0.5, -0.3)
    c.set_speed(250)
    c.set_step_limit(777)
    c.set_focus(twin.key)
    c.set_log_levels(True)
    win.feature("overlays").overlays.set_only(["gradient", "velocity"])
    win.canvas.vb.setRange(xRange=(-1.0, 1.5), yRange=(-1.0, 1.0), padding=0)
    c.advance(20)
    return twin


def test_round_trip_restores_exactly_what_was_saved(qtbot, tmp_path):
    a = make_window(qtbot)
    busy_window(a)
    path = tmp_path / "lecture.json"
    assert a.files.save_to(path)
    b = make_window(qtbot)
    assert b.files.open_path(path)
    saved, opened = state(a), state(b)
    assert saved.pop("t") == 20 and opened.pop("t") == 0  # opening starts the race over
    assert opened == saved
    assert b.files.capture().to_dict() == Setup.from_json(path.read_text()).to_dict()
    # the same race: both run from the start to the same points, bit for bit
    a.ctrl.reset()
    for w in (a, b):
        w.ctrl.advance(60)
    for ea, eb in zip(a.ctrl.active, b.ctrl.active):
        np.testing.assert_array_equal(ea.lane.history.view("points"), eb.lane.history.view("points"))
    assert b.windowTitle().startswith("lecture.json")


def test_saved_file_is_a_versioned_setup_the_engine_reads(qtbot, window, tmp_path):
    path = tmp_path / "s.json"
    assert window.files.save_to(path)
    data = json.loads(path.read_text())
    assert data["format"] == "optimizer-playground-setup" and data["version"] == 1
    assert {"speed", "range", "focus", "overlays", "log_levels"} <= set(data["view"])
    assert [lane["optimizer"] for lane in data["optimizers"]] == ["sgd", "momentum", "rmsprop", "adam"]
    Setup.from_json(path.read_text()).build_run().step(5)
    assert [p for p in os.listdir(tmp_path) if p.startswith(".")] == []  # no temporary file left
    umask = os.umask(0)
    os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask  # like any new file, not private


def test_a_scenario_keeps_its_own_keys_when_saved_again(qtbot, window, tmp_path):
    assert window.files.open_path(SCENARIO)
    original = json.loads(SCENARIO.read_text())
    again = window.files.capture().to_dict()
    for key in ("number", "key", "claim", "notes", "speed", "focus", "overlays"):
        assert again["view"][key] == original["view"][key]
    assert again["title"] == original["title"] and again["caption"] == original["caption"]
    assert [lane["color"] for lane in again["optimizers"]] == [lane["color"] for lane in original["optimizers"]]


def test_custom_formula_surface_round_trips(qtbot, tmp_path):
    a = make_window(qtbot)
    assert a.ctrl.set_custom_surface("x**2 + 3*y**2 - x*y", ((-2.0, 3.0), (-1.5, 1.5)))
    path = tmp_path / "custom.json"
    assert a.files.save_to(path)
    data = json.loads(path.read_text())
    assert data["surface"] == {"name": "custom", "formula": "x**2 + 3*y**2 - x*y", "bounds": [[-2.0, 3.0], [-1.5, 1.5]]}
    b = make_window(qtbot)
    assert b.files.open_path(path)
    assert state(b) == {**state(a), "t": 0}


GOOD = json.loads(SCENARIO.read_text())


def broken(path: str, value) -> str:
    data = json.loads(json.dumps(GOOD))
    node, keys = data, path.split(".")
    for key in keys[:-1]:
        node = node[int(key)] if key.isdigit() else node[key]
    node[int(keys[-1]) if keys[-1].isdigit() else keys[-1]] = value
    return json.dumps(data)


BROKEN = [  # (case, file contents, where, what the message says)
    ("truncated", SCENARIO.read_text()[:200], "", "not valid JSON (line"),
    ("empty", "", "", "not valid JSON"),
    ("binary", b"\x80\x04\x95pickle\xff", "", "not a text file"),
    ("future version", broken("version", 2), "version", "newer than this program"),
    ("unknown optimizer", broken("optimizers.0.optimizer", "adamm"), "optimizers[0].optimizer", "Did you mean 'adam'"),
    ("negative lr", broken("optimizers.1.hyperparams.lr", -1), "optimizers[1].hyperparams.lr", "must be in"),
    ("unknown surface", broken("surface.name", "sadle"), "surface.name", "Did you mean 'saddle'"),
    ("NaN start", SCENARIO.read_text().replace('"start": [', '"start": [NaN, '), "", "NaN is not allowed"),
    ("bad formula", broken("surface", {"name": "custom", "formula": "__import__('os')", "bounds": [[0, 1], [0, 1]]}),
     "surface.formula", ""),
    ("step limit too big", broken("steps", 5_000_000), "steps", "between 1 and 1,000,000"),
    ("speed out of range", broken("view.speed", 1e6), "view.speed", "between 1 and 2000"),
    ("focus out of range", broken("view.focus", 9), "view.focus", "index of an optimizer"),
    ("bad colour", broken("optimizers.0.color", "#zzz"), "optimizers[0].color", "not a colour"),
    ("reversed view", broken("view.range", [[1, -1], [0, 1]]), "view.range[0]", "xmin must be less than xmax"),
    ("overlays not a list", broken("view.overlays", "gradient"), "view.overlays", "list of overlay names"),
]


def settled(qapp, win, timeout_s: float = 3.0):
    """Spin the event loop until the window's layout (and so the map's view range) holds still."""
    import time

    last, calm, end = None, 0, time.monotonic() + timeout_s
    while calm < 5 and time.monotonic() < end:
        qapp.processEvents()
        time.sleep(0.02)
        now = state(win)["range"]
        calm = calm + 1 if now == last else 0
        last = now


@pytest.fixture(scope="module")
def opened(qapp, tmp_path_factory):
    """One busy window with a document open, shared by the table below: a refused file
    changes nothing, so every case must find it exactly as the first one did."""
    from desktop_app.model.settings import ENV
    from desktop_app.window.main_window import MainWindow

    folder = tmp_path_factory.mktemp("broken")
    os.environ[ENV] = str(folder / "settings.ini")
    try:
        win = make_window_unmanaged(MainWindow)
        busy_window(win)
        win.files.save_to(folder / "before.json")
        settled(qapp, win)  # the map-share guard lays the docks out from a timer: the view range moves
        yield win, folder, state(win), win.windowTitle()
    finally:
        os.environ.pop(ENV, None)
    win.ctrl.pause()
    win.close()
    win.deleteLater()


def make_window_unmanaged(MainWindow):
    from desktop_app.model.controller import Controller

    win = MainWindow(Controller())
    win.resize(1400, 900)
    win.show()
    return win


@pytest.mark.parametrize("case, content, where, needle", BROKEN, ids=[c[0] for c in BROKEN])
def test_a_broken_file_says_what_and_where_and_changes_nothing(opened, case, content, where, needle):
    window, tmp_path, before, title = opened
    path = tmp_path / "broken.json"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    assert not window.files.open_path(path)
    box = window.files.message
    assert box.isVisible() and not box.isModal()
    assert "broken.json" in box.text() and needle in box.text() and "Nothing was changed" in box.text()
    if where:
        assert f"at {where}:" in box.text()
    assert state(window) == before
    assert window.windowTitle() == title and window.files.path == tmp_path / "before.json"
    assert str(path) not in window.files.recent.paths()


def test_a_missing_or_huge_file(qtbot, window, tmp_path):
    before = state(window)
    assert not window.files.open_path(tmp_path / "gone.json")
    assert "no longer exists" in window.files.message.text()
    huge = tmp_path / "huge.json"
    huge.write_bytes(b" " * (setup_io.MAX_FILE_BYTES + 1))
    assert not window.files.open_path(huge)
    assert "far too big" in window.files.message.text()
    assert state(window) == before


def test_recent_files_menu(qtbot, window, tmp_path):
    paths = [tmp_path / f"s{i}.json" for i in range(3)]
    for p in paths:
        window.files.save_to(p)
    recent = window.files.recent
    assert recent.paths() == [str(p) for p in reversed(paths)]
    recent.rebuild()
    actions = [a for a in recent.menu.actions() if a.data()]
    assert [a.data() for a in actions] == recent.paths()
    window.ctrl.set_surface("saddle")
    actions[-1].trigger()  # s0.json
    assert window.ctrl.surface_name == "ravine" and recent.paths()[0] == str(paths[0])
    paths[1].unlink()
    assert not window.files.open_path(paths[1])
    assert str(paths[1]) not in recent.paths()
    recent.clear()
    assert recent.paths() == []


def test_save_after_open_writes_to_the_same_file_and_a_scenario_is_not_a_document(qtbot, window, tmp_path, monkeypatch):
    path = tmp_path / "mine.json"
    window.files.save_to(path)
    window.ctrl.set_speed(321)
    assert window.files.save()
    assert json.loads(path.read_text())["view"]["speed"] == 321
    window.ctrl.load_setup(Setup.from_json(SCENARIO.read_text()))  # the Scenarios menu's way
    asked = []
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a) or ("", ""))
    assert not window.files.save()  # asks where (and the user cancels): never overwrites mine.json
    assert asked and json.loads(path.read_text())["view"]["speed"] == 321


def test_new_starts_clean(qtbot, window):
    busy_window(window)
    window.files.new()
    fresh = make_window(qtbot)
    assert state(window) == state(fresh)
    assert window.files.path is None


def test_last_setup_comes_back_and_a_broken_one_is_ignored(qtbot, isolated_settings):
    a = make_window(qtbot)
    busy_window(a)
    a.close()
    stored = QtCore.QSettings(str(isolated_settings), QtCore.QSettings.Format.IniFormat).value(LAST_SETUP_KEY)
    assert "SGD noisy" in [lane.label for lane in Setup.from_json(stored).lanes]
    b = make_window(qtbot)
    assert b.files.restore_last()
    saved = state(a)
    restored = state(b)
    assert saved.pop("t") == 20 and restored.pop("t") == 0
    assert restored == saved
    for damaged in ("{not json", json.dumps({**GOOD, "version": 99})):
        settings = QtCore.QSettings(str(isolated_settings), QtCore.QSettings.Format.IniFormat)
        settings.setValue(LAST_SETUP_KEY, damaged)
        settings.sync()
        c = make_window(qtbot)
        before = state(c)
        assert not c.files.restore_last()
        assert "not restored" in c.statusBar().currentMessage()
        assert state(c) == before


def test_at_start_the_last_setup_comes_back_unless_clean_or_options(qtbot, monkeypatch, isolated_settings):
    from desktop_app import app as app_mod
    from desktop_app.__main__ import parse_args

    settings = QtCore.QSettings(str(isolated_settings), QtCore.QSettings.Format.IniFormat)
    settings.setValue(LAST_SETUP_KEY, SCENARIO.read_text())
    settings.sync()
    monkeypatch.setattr(app_mod, "make_app", QtWidgets.QApplication.instance)  # not the test app's style
    for argv, surface in (([], "saddle"), (["--clean"], "ravine"), (["--surface", "beale"], "beale")):
        session = app_mod.build(parse_args(argv))
        session.reporter.uninstall()
        qtbot.addWidget(session.window)
        assert session.ctrl.surface_name == surface, argv
        session.window.close()
        settings.setValue(LAST_SETUP_KEY, SCENARIO.read_text())  # closing stored that window's setup
        settings.sync()


def test_setup_option_opens_a_file_at_start(qtbot, monkeypatch, tmp_path, capsys):
    from desktop_app import app as app_mod
    from desktop_app.__main__ import main, parse_args

    monkeypatch.setattr(app_mod, "make_app", QtWidgets.QApplication.instance)
    session = app_mod.build(parse_args(["--setup", str(SCENARIO)]))
    session.reporter.uninstall()
    qtbot.addWidget(session.window)
    assert session.ctrl.surface_name == "saddle" and session.window.files.path == SCENARIO
    session.window.close()
    broken = tmp_path / "broken.json"
    broken.write_text("{")
    session = app_mod.build(parse_args(["--setup", str(broken)]))  # starts anyway, says why
    session.reporter.uninstall()
    qtbot.addWidget(session.window)
    assert "not valid JSON" in session.window.files.message.text()
    session.window.close()
    assert main(["--setup", str(tmp_path / "none.json")]) == 2
    assert main(["--setup", str(SCENARIO), "--surface", "saddle"]) == 2
    err = capsys.readouterr().err
    assert "no such file" in err and "cannot be combined with --surface" in err


def test_lanes_race_in_the_files_order(window, tmp_path):
    """The race table and the lanes follow the file's order, not the optimizer list's."""
    names = ["adam", "sgd", "momentum", "adam"]
    setup = Setup.from_dict({"format": "optimizer-playground-setup", "version": 1, "surface": {"name": "saddle"},
                             "start": [1.0, 0.1], "optimizers": [{"optimizer": n} for n in names]})
    path = tmp_path / "order.json"
    path.write_text(setup.to_json())
    assert window.files.open_path(path)
    ctrl = window.ctrl
    assert [e.name for e in ctrl.active] == names
    assert [lane.optimizer.name for lane in ctrl.run.lanes] == names
    model = window.race_table.model()
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [e.label for e in ctrl.active]
    late = entry_named(ctrl, "rmsprop")
    ctrl.set_checked(late.key, True)  # ticked later: it races last
    assert ctrl.active[-1] is late


@pytest.mark.parametrize("extra", [[], ["--surface", "beale"]])
def test_clean_start_brings_back_no_speed_step_limit_or_loss_scale(qtbot, monkeypatch, isolated_settings, extra):
    """Issue 14 item 13: --clean brought back the last session's 20 steps/s and step limit 300."""
    from desktop_app import app as app_mod
    from desktop_app.__main__ import parse_args
    from desktop_app.model.race import DEFAULT_SPEED, DEFAULT_STEP_LIMIT

    assert (DEFAULT_SPEED, DEFAULT_STEP_LIMIT) != (20.0, 300)
    settings = QtCore.QSettings(str(isolated_settings), QtCore.QSettings.Format.IniFormat)
    settings.setValue("playback/speed", 20.0)
    settings.setValue("playback/step_limit", 300)
    settings.setValue("view/log_loss", True)
    settings.sync()
    monkeypatch.setattr(app_mod, "make_app", QtWidgets.QApplication.instance)
    session = app_mod.build(parse_args(["--clean", *extra]))
    session.reporter.uninstall()
    qtbot.addWidget(session.window)
    assert (session.ctrl.speed, session.ctrl.step_limit) == (DEFAULT_SPEED, DEFAULT_STEP_LIMIT)
    assert not session.window.act_log_loss.isChecked()
    session.window.close()
