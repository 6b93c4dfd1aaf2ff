"""Defects the action storm found, each pinned down by the shortest sequence that showed it."""
from __future__ import annotations

import numpy as np

from PySide6 import QtCore

from reliability_helpers import ExceptionRecorder, restlessness


def test_compare_dialog_follows_instances_removed_while_it_is_open(qtbot, window, ctrl):
    """Storm seed 1: the compare dialog open, a scenario loaded (which drops added
    instances), then Compute raised KeyError for the instance that was gone."""
    window.feature("basin").mapper.set_resolution(8)
    window.feature("basin").mapper.set_steps(20)
    extra = ctrl.add_instance(ctrl.focused.key)
    dialog = window.feature("basin").open_compare()
    qtbot.addWidget(dialog)
    dialog.first.setCurrentIndex(dialog.first.findData(extra.key))
    window.feature("scenarios").actions[0].trigger()  # a scenario: instances added earlier are dropped
    assert all(e.key != extra.key for e in ctrl.entries)
    keys = {e.key for e in ctrl.entries}
    assert {dialog.first.itemData(i) for i in range(dialog.first.count())} == keys
    with ExceptionRecorder() as recorder:
        dialog.compute.click()
    assert not recorder.seen
    assert dialog.busy
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert [t.key for t in dialog.job.tasks] == [dialog.first.currentData(), dialog.second.currentData()]
    dialog.close()


def test_panning_never_sets_the_axes_and_the_locked_aspect_looping(qtbot, window, ctrl):
    """Storm seeds 1, 3 and 17 hung: panned to y ≈ −15, the map's left axis alternated between
    two widths (labels "−17.9" and "−18"), and with the aspect locked each width gave a y
    range whose labels asked for the other: ~150 relayouts a second, for ever, and a
    qtbot.wait that never returned. Every window of this sweep must come to rest."""
    vb = window.canvas.vb
    restless = []
    for centre in np.arange(-26.0, 0.0, 0.37):  # before the fix, 8 of these 71 never rested
        vb.setRange(xRange=(-9.23, -3.94), yRange=(centre - 1.5, centre + 1.5), padding=0)
        qtbot.wait(20)  # the layout takes the new labels
        n = restlessness(qtbot, window, 60)["range changes"]
        if n > 1:
            restless.append((round(float(centre), 2), n))
    assert not restless, f"view windows that never came to rest (centre, range changes in 60 ms): {restless}"


def test_the_map_axis_shrinks_back_when_the_window_is_fitted(qtbot, window, ctrl):
    """Steady axes grow while panning but give the room back on F (fit) and new text sizes."""
    axis = window.canvas.plot.getAxis("left")
    window.canvas.fit_window()
    qtbot.wait(50)
    narrow = axis.width()
    window.canvas.vb.setRange(yRange=(-123456.0, -123450.0), padding=0)
    qtbot.waitUntil(lambda: axis.width() > narrow + 20, timeout=2000)  # "−123455" needs room
    window.canvas.fit_window()
    qtbot.waitUntil(lambda: axis.width() <= narrow + 1, timeout=2000)
    # the presenter's smaller text narrows it too (pyqtgraph's rule: when 10 px are to spare)
    for _ in range(3):
        window.feature("presenter").act_larger.trigger()
    qtbot.waitUntil(lambda: axis.width() > narrow + 12, timeout=2000)
    window.feature("presenter").act_reset_text.trigger()
    qtbot.waitUntil(lambda: axis.width() <= narrow + 10, timeout=2000)


def test_a_paused_window_goes_quiet_and_a_busy_one_is_caught(qtbot, window, ctrl):
    """What the action storm checks at its end: paused and untouched, the window neither
    relays nor repaints. The same measure catches a window kept busy for nothing."""
    ctrl.pause()
    qtbot.wait(300)
    assert restlessness(qtbot, window) == {"range changes": 0, "repaints": 0}
    nudge = QtCore.QTimer()
    nudge.timeout.connect(lambda: window.canvas.vb.translateBy(x=1e-3))
    nudge.start(20)
    try:
        busy = restlessness(qtbot, window)
    finally:
        nudge.stop()
    assert busy["range changes"] >= 10 and busy["repaints"] >= 5, busy
