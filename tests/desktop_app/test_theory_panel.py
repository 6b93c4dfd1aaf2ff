"""The theory dock (issue 15, window part): the panel's numbers are the engine's local
analysis at the shown step, labelled exact on quadratics and local elsewhere; the stability
meter turns red exactly at the limit; the dock computes only when a step or a setting changed."""
from __future__ import annotations

import math

import numpy as np
import pytest

import engine
from engine import theory

from desktop_app.model import scenarios


def feature(window):
    f = window.feature("theory")
    window.api.action("show_theory").setChecked(True)
    f.dock.show()
    f.dock.raise_()
    return f


def race(ctrl, surface, names, **params):
    ctrl.set_surface(surface, **params)
    for e in ctrl.entries:
        ctrl.set_checked(e.key, e.name in names)
    return [e for e in ctrl.entries if e.checked]


def load_scenario(ctrl, number: int):
    sc = next(s for s in scenarios.load_all() if s.path.name.startswith(f"{number:02d}-"))
    assert ctrl.load_setup(sc.setup)
    return sc


def test_panel_shows_the_engines_local_analysis_at_the_shown_step(window, qtbot):
    f = feature(window)
    ctrl = window.ctrl
    race(ctrl, "rosenbrock", {"momentum"})
    entry = next(e for e in ctrl.active if e.name == "momentum")
    ctrl.set_focus(entry.key)
    ctrl.advance(40)
    ctrl.show_step(25)
    f.refresh()
    row = entry.lane.history.row_at(25)
    ref = theory.local(ctrl.surface, entry.lane.history.view("points")[row], entry.optimizer,
                       state=entry.lane.history.record_at(row), t=25)
    p = f.panel
    assert p.model_label.text() == "local (quadratic model at step 25)"
    assert p.values["kappa"].text() == f"{ref.condition:.4g}".replace("-", "−")
    assert p.values["rate"].text().startswith(f"{ref.rate:.4g}")
    assert not ref.exact


@pytest.mark.parametrize("surface", ["quadratic", "ravine"])
def test_panel_says_exact_on_quadratic_surfaces(window, surface):
    f = feature(window)
    ctrl = window.ctrl
    race(ctrl, surface, {"sgd"})
    ctrl.set_focus(ctrl.active[0].key)
    ctrl.advance(5)
    f.refresh()
    assert f.panel.model_label.text().startswith("exact")
    lam = np.linalg.eigvalsh(ctrl.surface.hessian(np.zeros(2)))
    assert f.panel.values["eigen"].text() == f"{lam[0]:.4g}, {lam[1]:.4g}".replace("-", "−")


def meter_at(window, ratio):
    """The meter for gradient descent on the ravine at lr = ratio × the engine's stable lr."""
    f = window.feature("theory")
    ctrl = window.ctrl
    entry = ctrl.focused
    a0 = theory.local(ctrl.surface, entry.lane.point, entry.optimizer)
    assert ctrl.set_hyperparams(entry.key, lr=a0.stable_lr * ratio)
    f.refresh()
    return f.panel.meter


def test_meter_turns_red_exactly_at_the_limit(window):
    feature(window)
    ctrl = window.ctrl
    race(ctrl, "ravine", {"sgd"})
    ctrl.set_focus(ctrl.active[0].key)
    ctrl.advance(3)
    below = meter_at(window, 1.0 - 1e-12)
    assert below.active and not below.red
    assert meter_at(window, 1.0).red           # at the limit ρ = 1: no convergence
    above = meter_at(window, 1.0 + 1e-12)
    assert above.red
    assert not meter_at(window, 0.5).red


def meter_pixels_red(meter) -> bool:
    img = meter.grab().toImage()
    y = img.height() // 2
    reds = [img.pixelColor(x, y) for x in range(2, img.width() // 3)]
    return all(c.red() > 180 and c.green() < 80 for c in reds)


def test_meter_is_drawn_red_past_the_limit_and_green_below(window):
    feature(window)
    ctrl = window.ctrl
    race(ctrl, "ravine", {"sgd"})
    ctrl.set_focus(ctrl.active[0].key)
    ctrl.advance(3)
    assert not meter_pixels_red(meter_at(window, 0.99))
    assert meter_pixels_red(meter_at(window, 1.01))


def test_adaptive_methods_show_kappa_before_and_after_preconditioning(window):
    f = feature(window)
    ctrl = window.ctrl
    load_scenario(ctrl, 23)
    entry = next(e for e in ctrl.active if e.name == "adam")
    ctrl.set_focus(entry.key)
    ctrl.advance(60)
    f.refresh()
    a = f.analysis.snapshot().analysis
    assert a.effective_condition is not None
    assert f.panel.values["precond"].isVisibleTo(f.panel)
    assert f.panel.values["precond"].text() == f"{a.condition:.3g} → {a.effective_condition:.3g}"
    assert not f.panel.meter.isVisibleTo(f.panel)   # no rate theory for Adam: no meter, no ρ


def test_computes_only_when_the_shown_step_or_setting_changes(window):
    f = feature(window)
    ctrl = window.ctrl
    race(ctrl, "ravine", {"momentum"})
    ctrl.set_focus(ctrl.active[0].key)
    ctrl.advance(10)
    f.refresh()
    n = f.analysis.computed
    for _ in range(5):
        f.refresh()
    assert f.analysis.computed == n
    ctrl.advance(1)
    assert f.analysis.computed == n + 1
    ctrl.set_hyperparams(ctrl.focused.key, momentum=0.5)
    assert f.analysis.computed == n + 2


def test_hidden_dock_computes_nothing(window):
    f = window.feature("theory")
    ctrl = window.ctrl
    f.dock.hide()
    n = f.analysis.computed
    ctrl.advance(20)
    assert f.analysis.computed == n
    assert f.envelope_data() is None


def test_diverged_lane_says_why_and_nothing_breaks(window):
    f = feature(window)
    ctrl = window.ctrl
    race(ctrl, "ravine", {"sgd"})
    entry = ctrl.active[0]
    ctrl.set_focus(entry.key)
    ctrl.set_hyperparams(entry.key, lr=5.0)
    ctrl.advance(400)
    f.refresh()
    assert entry.lane.status == "diverged"
    text = f.panel.header.text() + f.panel.values["rate"].text()
    assert text


def test_toggle_action_has_its_shortcut_and_shows_the_dock(window, qtbot):
    act = window.api.action("show_theory")
    assert [s.toString() for s in act.shortcuts()] == ["Ctrl+H"]
    f = window.feature("theory")
    act.trigger()
    qtbot.waitUntil(lambda: f.dock.isVisible())


def test_sharpness_trace_is_lambda_max_along_the_trail_up_to_the_shown_step(window):
    f = feature(window)
    ctrl = window.ctrl
    load_scenario(ctrl, 24)
    entry = ctrl.focused
    assert entry is not None and entry.name == "sgd"
    ctrl.advance(300)
    ctrl.show_step(200)
    f.refresh()
    x, y = f.trace.curve.getData()
    hist = entry.lane.history
    rows = [hist.row_at(int(s)) for s in x]
    np.testing.assert_allclose(y, theory.sharpness(ctrl.surface, hist.view("points")[rows]), rtol=1e-12)
    assert x[0] == 0 and x[-1] == 200                       # follows the timeline, not the live end
    assert f.trace.edge.value() == pytest.approx(2.0 / entry.optimizer.hyperparams["lr"])   # 2/η for GD
