"""Play, pause, step, reset, speed and the step limit, by keys and by the controller."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6 import QtCore

from desktop_app.model import pacing
from desktop_app.widgets.race_table import COLUMNS

from desktop_helpers import assert_trail_ends_at_lane


def test_play_advances_the_race_by_the_expected_number_of_steps(qtbot, window, ctrl):
    ctrl.set_speed(600)
    ctrl.set_step_limit(90)
    ctrl.play()
    assert ctrl.playing
    qtbot.waitUntil(lambda: not ctrl.playing, timeout=5000)
    assert ctrl.t == 90
    for entry in ctrl.active:
        lane = entry.lane
        assert lane.t == 90 and lane.status == "running"
        assert lane.history.size == 91  # the start and 90 steps
        assert_trail_ends_at_lane(window.canvas, entry)
    # the table and the status bar say so
    model = window.race_table.model()
    step_col = COLUMNS.index("Step")
    assert [model.index(r, step_col).data() for r in range(model.rowCount())] == ["90"] * len(ctrl.active)
    assert "90 / 90" in window.step_label.text()
    assert "Step limit 90 reached" in window.statusBar().currentMessage()


def test_play_after_the_limit_starts_a_new_race(qtbot, window, ctrl):
    ctrl.set_step_limit(5)
    ctrl.advance(5)
    assert not ctrl.playing and ctrl.t == 5
    ctrl.play()
    assert ctrl.playing and ctrl.t <= 1
    ctrl.pause()


def test_timer_steps_by_elapsed_time_and_never_piles_up(ctrl):
    ctrl.set_speed(500)
    assert ctrl.steps_due(0.016) == 8            # 500 steps/s x 16 ms
    ctrl.set_speed(1)
    due = [ctrl.steps_due(0.016) for _ in range(int(1 / 0.016) + 1)]
    assert sum(due) == 1                          # fractions carry over: 1 step per second
    ctrl.set_speed(100)
    assert ctrl.steps_due(2.0) == int(100 * pacing.MAX_TICK_DEBT_S)  # a 2 s stall is not made up


def test_space_plays_and_pauses_right_steps_r_resets(qtbot, window, ctrl):
    window.activateWindow()
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Right)
    assert ctrl.t == 1 and not ctrl.playing
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Right)
    assert ctrl.t == 2
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Space)
    assert ctrl.playing
    assert window.act_play.text() == "&Pause"
    qtbot.waitUntil(lambda: ctrl.t > 5, timeout=3000)
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Space)
    assert not ctrl.playing
    t = ctrl.t
    qtbot.wait(100)
    assert ctrl.t == t  # paused means paused
    qtbot.keyClick(window, QtCore.Qt.Key.Key_R)
    assert ctrl.t == 0
    for entry in ctrl.active:
        x, y = window.canvas.trail_data(entry.key)
        assert len(x) == 1


def test_speed_range_faster_slower_and_the_toolbar(qtbot, window, ctrl):
    ctrl.set_speed(100)
    window.act_faster.trigger()
    assert ctrl.speed == 200 and window.speed_spin.value() == 200
    window.act_slower.trigger()
    window.act_slower.trigger()
    assert ctrl.speed == 50
    ctrl.set_speed(10 ** 6)
    assert ctrl.speed == 2000 and window.speed_slider.value() == window.speed_slider.maximum()
    ctrl.set_speed(0)
    assert ctrl.speed == 1 and window.speed_slider.value() == 0
    window.speed_spin.setValue(750)
    assert ctrl.speed == 750
    window.limit_spin.setValue(321)
    assert ctrl.step_limit == 321


@pytest.mark.parametrize("speed", [2000])
def test_top_speed_steps_many_per_tick_and_draws_once(qtbot, window, ctrl, speed):
    ctrl.set_speed(speed)
    ctrl.set_step_limit(10 ** 6)
    for entry in ctrl.active:  # noisy gradients: nobody converges and stops the timer early
        assert ctrl.set_hyperparams(entry.key, noise=0.5)
    draws = []
    ctrl.sigStepped.connect(lambda: draws.append(ctrl.t))
    ctrl.play()
    qtbot.waitUntil(lambda: len(draws) >= 10, timeout=5000)
    ctrl.pause()
    per_tick = np.diff(draws)
    assert per_tick.max() > 1                 # several engine steps per redraw
    assert per_tick.max() <= speed * pacing.MAX_TICK_DEBT_S


def test_stepping_per_tick_is_capped_by_the_engine_time_budget(ctrl):
    ctrl.set_speed(2000)
    ctrl.advance(20)  # measures the cost of a step
    assert ctrl.pacer.step_cost is not None
    lo, hi = pacing.STEP_BUDGET_RANGE_S
    assert lo <= ctrl.step_budget <= hi
    cap = max(1, int(ctrl.step_budget / ctrl.pacer.step_cost))
    assert ctrl.steps_affordable(cap) == cap and not ctrl.engine_limited
    assert ctrl.steps_affordable(100 * cap + 100) == cap and ctrl.engine_limited
    assert ctrl.steps_affordable(1) == 1
    for _ in range(40):  # drawing alone takes longer than a frame: the engine still moves
        ctrl.pacer.keep_up(1.0, 0.016)
    assert ctrl.step_budget == lo and ctrl.steps_affordable(10 ** 6) >= 1
    for _ in range(40):  # frames on time: the engine gets the most a tick allows
        ctrl.pacer.keep_up(0.016, 0.016)
    assert ctrl.step_budget == hi
