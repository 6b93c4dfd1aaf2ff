"""Pause points in the window (issue 14 item 11): scenario 17 stops at its 3.16x first step,
scenario 1 when SGD reaches the saddle, marked on the timeline; Space goes on; Reset re-arms;
a setup file keeps them and a broken one is refused with its JSON path."""
from __future__ import annotations

import json

import numpy as np
from PySide6 import QtCore

from engine import resources


def scenario(window, number):
    menu = window.feature("scenarios")
    action = next(a for a in menu.actions if a.text().startswith(f"{number}. "))
    action.trigger()
    return menu.current


def test_scenario_17_stops_at_its_first_step_and_space_goes_on(qtbot, window, ctrl):
    scenario(window, 17)
    timeline = window.feature("timeline").timeline
    assert timeline.slider.marks == [1] and "step 1" in timeline.slider.toolTip()
    ctrl.set_speed(2000)                 # many steps a tick: the pause still shows step 1 exactly
    window.act_play.trigger()
    qtbot.waitUntil(lambda: not ctrl.playing, timeout=5000)
    assert ctrl.shown_step == 1 and ctrl.t >= 1
    assert "Paused at step 1" in window.statusBar().currentMessage()
    assert window.statusBar().currentMessage().startswith("Paused at step 1 (Space goes on): ")
    assert "3.16x" in window.statusBar().currentMessage()
    window.canvas.setFocus()
    qtbot.keyClick(window.canvas, QtCore.Qt.Key.Key_Space)   # goes on: from the live end, no second stop
    qtbot.waitUntil(lambda: ctrl.t >= 30 or not ctrl.playing, timeout=5000)
    assert ctrl.t >= 30 and not ctrl.rewound
    ctrl.pause()
    ctrl.reset()                          # re-armed
    window.act_play.trigger()
    qtbot.waitUntil(lambda: not ctrl.playing, timeout=5000)
    assert ctrl.shown_step == 1


def test_scenario_1_stops_when_sgd_reaches_the_saddle(qtbot, window, ctrl):
    scenario(window, 1)
    timeline = window.feature("timeline").timeline
    assert timeline.slider.marks == []               # a condition is marked once it happens
    ctrl.set_speed(2000)
    window.act_play.trigger()
    qtbot.waitUntil(lambda: not ctrl.playing, timeout=10_000)
    step = ctrl.shown_step
    sgd = ctrl.active[0]
    points = sgd.lane.history.view("points")
    steps = sgd.lane.history.view("steps")
    at = points[np.flatnonzero(steps == step)[0]]
    before = points[np.flatnonzero(steps == step - 1)[0]]
    assert np.linalg.norm(at) <= 0.1 < np.linalg.norm(before)     # the first step within 0.1 of (0, 0)
    assert timeline.slider.marks == [step]
    assert "SGD at the saddle" in window.statusBar().currentMessage()


def test_stepping_by_hand_passes_a_pause_point_without_rewinding(qtbot, window, ctrl):
    scenario(window, 17)
    ctrl.advance(5)
    assert not ctrl.rewound and ctrl.shown_step == 5


def test_a_saved_setup_keeps_its_pause_points_and_a_broken_one_is_refused(qtbot, window, ctrl, tmp_path,
                                                                        monkeypatch):
    data = json.loads(sorted(resources.path("scenarios").glob("17-*.json"))[0].read_text(encoding="utf-8"))
    data["view"]["pauses"] = [{"step": 4, "note": "four"}, {"lane": 1, "loss_below": 0.5}]
    good = tmp_path / "good.json"
    good.write_text(json.dumps(data))
    assert window.files.open_path(good)
    assert window.feature("pauses").view_state() == data["view"]["pauses"]
    assert window.feature("timeline").timeline.slider.marks == [4]
    data["view"]["pauses"] = [{"step": 4}, {"lane": 0, "near": "valley", "within": 1}]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data))
    messages = []
    monkeypatch.setattr(window.files, "_show_message", lambda title, text: messages.append(text))
    assert not window.files.open_path(bad)
    assert messages and "view.pauses[1].near" in messages[0]
    assert window.feature("pauses").view_state() == [{"step": 4, "note": "four"}, {"lane": 1, "loss_below": 0.5}]


def test_a_step_pause_at_high_speed_stops_exactly_there_not_a_tick_later(qtbot, window, ctrl, tmp_path):
    """At many steps a tick the race ran past a step pause point and showed it rewound: the
    timeline read "step 45 of 46 (rewound)" and the status bar "step 46". Playback now never
    runs past it: the computed and the shown step are the pause's, nothing is rewound."""
    setup = json.loads(sorted(resources.path("scenarios").glob("17-*.json"))[0].read_text(encoding="utf-8"))
    setup["view"]["pauses"] = [{"step": 45, "note": "mid-race"}]
    path = tmp_path / "pause45.json"
    path.write_text(json.dumps(setup), encoding="utf-8")
    assert window.files.open_path(path)
    ctrl.set_speed(2000)                  # ~33 steps a tick: 45 is inside the second tick
    window.act_play.trigger()
    qtbot.waitUntil(lambda: not ctrl.playing, timeout=5000)
    assert (ctrl.t, ctrl.shown_step, ctrl.rewound) == (45, 45, False)
    assert "Paused at step 45" in window.statusBar().currentMessage()
    window.act_play.trigger()             # Space goes on, past it
    qtbot.waitUntil(lambda: ctrl.t > 100 or not ctrl.playing, timeout=5000)
    assert ctrl.t > 100
