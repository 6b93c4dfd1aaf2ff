"""Lecture scenarios in the window: every file loads exactly (lanes, colours, seeds, speed,
step limit, focus, caption, overlays) from the Scenarios menu and its keys, and plays."""
from __future__ import annotations

import numpy as np
import pytest

from desktop_app.model import scenarios

ALL = scenarios.load_all()


def test_every_scenario_file_is_listed_with_a_unique_key():
    assert len(ALL) >= 24
    assert [sc.number for sc in ALL] == list(range(1, len(ALL) + 1))
    keys = [sc.shortcut for sc in ALL]
    # the first twenty on the digit keys; later ones only in the menu (and the decks)
    assert keys[:20] == [str(i) for i in range(1, 10)] + ["0"] + [f"Shift+{i}" for i in range(1, 10)] + ["Shift+0"]
    assert set(keys[20:]) == {""}
    assert all(sc.title and sc.setup.caption for sc in ALL)


@pytest.mark.parametrize("key, text", [(1, "1"), (0, "0"), ("shift+5", "Shift+5"), ("Shift+0", "Shift+0"),
                                       (True, ""), (12, ""), ("ctrl+1", ""), (None, ""), ("x", "")])
def test_key_text(key, text):
    assert scenarios.key_text(key) == text


def test_a_broken_file_is_skipped(tmp_path):
    (tmp_path / "a.json").write_text(ALL[0].path.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "b.json").write_text("{not json", encoding="utf-8")
    assert [sc.path.name for sc in scenarios.load_all(tmp_path)] == ["a.json"]


def test_load_setup_races_exactly_the_setup(ctrl):
    sc = next(s for s in ALL if s.number == 10)  # two SGD lanes: the second is an added instance
    assert ctrl.load_setup(sc.setup)
    setup = sc.setup
    assert [e.label for e in ctrl.active] == [lane.label for lane in setup.lanes]
    assert [e.colour for e in ctrl.active] == [lane.color for lane in setup.lanes]
    for entry, lane in zip(ctrl.active, setup.lanes):
        for k, v in lane.hyperparams.items():
            assert entry.optimizer.hyperparams[k] == v
    assert ctrl.step_limit == setup.steps and ctrl.speed == sc.speed
    np.testing.assert_array_equal(ctrl.start, setup.start)
    assert ctrl.focused is ctrl.active[sc.focus]
    assert ctrl.caption == setup.caption and ctrl.t == 0 and not ctrl.playing
    # loading another drops the added instance and restores the plain entry's look
    sc2 = next(s for s in ALL if s.number == 1)
    assert ctrl.load_setup(sc2.setup)
    assert sum(e.name == "sgd" for e in ctrl.entries) == 1
    assert [e.label for e in ctrl.active] == [lane.label for lane in sc2.setup.lanes]


def test_load_setup_keeps_the_seeds_so_noisy_runs_replay(ctrl):
    sc = next(s for s in ALL if s.number == 18)
    assert ctrl.load_setup(sc.setup)
    ctrl.advance(50)
    ref = sc.setup.build_run()
    ref.step(50)
    np.testing.assert_allclose(ctrl.active[0].lane.history.view("points"), ref.lanes[0].history.view("points"))


def test_a_bad_setup_changes_nothing(ctrl):
    sc = ALL[0]
    bad = scenarios.load(sc.path).setup
    bad.start = (float("nan"), 0.0)
    before = [e.label for e in ctrl.active]
    messages = []
    ctrl.sigStatus.connect(messages.append)
    assert not ctrl.load_setup(bad)
    assert [e.label for e in ctrl.active] == before and messages


def test_every_scenario_loads_from_its_menu_and_plays(window, qtbot):
    """Each menu entry loads its scenario paused with its caption on the canvas and its
    overlays on; Play races it (the timer really runs); it then runs to its step limit."""
    ctrl, menu = window.ctrl, window.feature("scenarios")
    assert menu.menu.title() == "&Scenarios"
    assert [a.text().split(". ", 1)[1].replace("&&", "&") for a in menu.actions] == [sc.title for sc in ALL]
    for sc, action in zip(ALL, menu.actions):
        action.trigger()
        assert menu.current.path == sc.path
        assert ctrl.t == 0 and not ctrl.playing
        assert window.canvas.caption.isVisible() and window.canvas.caption.toPlainText() == sc.setup.caption
        assert set(window.feature("overlays").overlays.names_on()) == set(sc.overlays) - {"basin_map"} | (
            {"basin_map"} & set(sc.overlays) & set(window.feature("overlays").overlays.external))
        assert ctrl.focused.label == sc.setup.lanes[sc.focus].label
        ctrl.set_speed(500)
        ctrl.play()
        # (a scenario's pause point may stop playback first: scenario 17 at step 1)
        qtbot.waitUntil(lambda: ctrl.t >= 3 or not ctrl.run.running or (ctrl.t >= 1 and not ctrl.playing),
                        timeout=5000)
        ctrl.pause()
        ctrl.advance(sc.setup.steps)
        assert ctrl.t <= sc.setup.steps
        assert all(np.all(np.isfinite(e.lane.history.view("points"))) or e.lane.status == "diverged"
                   for e in ctrl.active), sc.title
        window.feature("timeline").timeline.slider.setValue(ctrl.t // 2)  # and its history scrubs
        assert ctrl.shown_step == ctrl.t // 2 or ctrl.t == 0
    if window.feature("basin") is not None:
        window.feature("basin").act_toggle.setChecked(False)


@pytest.mark.parametrize("key, mods, number", [
    ("3", (), 3), ("0", (), 10), ("5", ("Shift",), 15), ("0", ("Shift",), 20)])
def test_number_keys_load_scenarios(window, qtbot, key, mods, number):
    from PySide6 import QtCore
    mod = QtCore.Qt.KeyboardModifier.NoModifier
    if mods:
        mod = QtCore.Qt.KeyboardModifier.ShiftModifier
    window.activateWindow()
    qtbot.keyClick(window, getattr(QtCore.Qt.Key, f"Key_{key}"), mod)
    assert window.feature("scenarios").current is not None and window.feature("scenarios").current.number == number
    if window.feature("basin") is not None:
        window.feature("basin").act_toggle.setChecked(False)
