"""The update-rule panel tells the truth (issue 14 item 3): for every optimizer and every
option it has (each bool flipped, each other choice, each 0-means-off number turned on,
AdamW's weight decay turned off), the displayed rule changes, every row of numbers is the
recorded value of the step shown under the symbol the rule calls it by, and the rule's
equation for the step, evaluated on those numbers, gives the step shown."""
from __future__ import annotations

import html
import math
import re

import numpy as np
import pytest

from engine import optimizers
from engine.optimizers import record_schema

from desktop_app.widgets.update_rule_panel import UpdateRulePanel

ON = 0.5  # a value that turns on an option whose 0 means off (clipping, dampening, damping...)
KEY_OF = {d.symbol: d.key for d in record_schema.SCHEMA}


def toggles(name: str) -> list[dict]:
    out = []
    for p in optimizers.create(name).spec:
        if p.kind == "bool":
            out.append({p.name: not p.default})
        elif p.kind == "choice":
            out += [{p.name: c} for c in p.choices if c != p.default]
        elif p.kind == "float" and p.default == 0.0:
            out.append({p.name: ON})
    if name == "adamw":
        out.append({"weight_decay": 0.0})
    return out


CASES = [(name, t) for name in optimizers.names() for t in toggles(name)]


@pytest.mark.parametrize("name, toggle", CASES, ids=[f"{n}-{'-'.join(f'{k}={v}' for k, v in t.items())}"
                                                     for n, t in CASES])
def test_every_option_changes_the_displayed_rule(name, toggle):
    plain = optimizers.create(name).formula_lines()
    assert optimizers.create(name, **toggle).formula_lines() != plain


def panel_rows(panel) -> dict[str, list[float]]:
    """{symbol: numbers} of the panel's table (a matrix's second row joins its first)."""
    rows, last = {}, None
    for tr in re.findall(r"<tr>(.*?)</tr>", panel.numbers.text())[1:]:
        cells = [html.unescape(re.sub(r"<[^>]+>", "", c)) for c in re.findall(r"<td[^>]*>(.*?)</td>", tr)]
        sym, nums = cells[0], [float(c.replace("−", "-")) for c in cells[1:]]
        if sym:
            rows[sym] = nums
            last = sym
        else:
            rows[last] += nums
    return rows


def check_step_equation(name, hp, rec, t, origin):
    """The rule's equation for Δx on the recorded numbers (float32 in the history)."""
    g = rec.get("clipped_grad", rec["grad"])
    lr_t = float(rec["lr_t"]) if "lr_t" in rec else None
    step = rec["step"]
    if name == "sgd":
        np.testing.assert_allclose(step, -lr_t * g, rtol=1e-4, atol=1e-9)
    elif name == "momentum":
        np.testing.assert_allclose(step, rec["velocity"], rtol=1e-4, atol=1e-9)
    elif name in ("adam", "adamw"):
        if hp["bias_correction"]:
            np.testing.assert_allclose(rec["m_hat"], rec["m"] / (1 - hp["beta1"] ** t), rtol=1e-4)
            if not hp["amsgrad"]:
                np.testing.assert_allclose(rec["v_hat"], rec["v"] / (1 - hp["beta2"] ** t), rtol=1e-4)
            m, v = rec["m_hat"], rec["v_hat"]
        else:
            assert "m_hat" not in rec and "v_hat" not in rec
            m, v = rec["m"], rec["v"]
        if hp["amsgrad"] and not hp["bias_correction"]:
            return  # the rule divides by √vₘₐₓ, which is not a row
        decay = hp.get("weight_decay", 0.0) * origin
        np.testing.assert_allclose(step, -lr_t * (m / (np.sqrt(v) + hp["eps"]) + decay), rtol=1e-4, atol=1e-9)
    elif name == "rmsprop" and not hp["momentum"] and not hp["centered"]:
        np.testing.assert_allclose(step, -lr_t * g / (np.sqrt(rec["v"]) + hp["eps"]), rtol=1e-4, atol=1e-9)
    elif name == "adagrad" and not hp["lr_decay"]:
        np.testing.assert_allclose(step, -lr_t * g / (np.sqrt(rec["sum_sq"]) + hp["eps"]), rtol=1e-4, atol=1e-9)


@pytest.mark.parametrize("name", optimizers.names())
def test_each_shown_row_is_the_recorded_value_the_rule_names(qtbot, ctrl, name):
    panel = UpdateRulePanel(ctrl)
    qtbot.addWidget(panel)
    entry = next(e for e in ctrl.entries if e.name == name)
    ctrl.set_checked(entry.key, True)
    ctrl.set_focus(entry.key)
    base = dict(entry.optimizer.hyperparams)
    for toggle in [{}] + toggles(name):
        assert ctrl.set_hyperparams(entry.key, **{**base, **toggle}), toggle
        ctrl.reset()
        ctrl.advance(3)
        formula = panel.formula.text().replace("\u00a0", " ")
        assert formula == "\n".join(entry.optimizer.formula_lines())
        hist = entry.lane.history
        row = hist.row_at(3)
        rec = {k: np.asarray(v, dtype=float) for k, v in hist.record_at(row - 1).items()}
        rows = panel_rows(panel)
        assert rows, (name, toggle)
        for sym, numbers in rows.items():
            key = KEY_OF[sym]
            assert record_schema.named(key, formula), (name, toggle, sym, formula)  # the rule calls it so
            want = rec[key].reshape(-1)
            np.testing.assert_allclose(numbers, want, rtol=6e-4, atol=1e-300, err_msg=f"{name} {toggle} {sym}")
        # every recorded value the rule names has its row
        assert {KEY_OF[s] for s in rows} == {k for k in rec if record_schema.named(k, formula)}
        check_step_equation(name, entry.optimizer.hyperparams, rec, int(hist.view("steps")[row - 1]) + 1,
                            hist.view("points")[row - 1])


def test_without_bias_correction_the_rule_and_rows_have_no_hats(qtbot, ctrl):
    """Scenario 17's lesson: m̂ = m and v̂ = v would be shown as if corrected."""
    panel = UpdateRulePanel(ctrl)
    qtbot.addWidget(panel)
    entry = next(e for e in ctrl.entries if e.name == "adam")
    ctrl.set_checked(entry.key, True)
    ctrl.set_focus(entry.key)
    ctrl.set_hyperparams(entry.key, bias_correction=False)
    ctrl.advance(2)
    rows = panel_rows(panel)
    assert "m̂" not in rows and "v̂" not in rows and "m" in rows and "v" in rows
    assert "m / (√v + ε)" in panel.formula.text().replace("\u00a0", " ")
    assert not math.isnan(rows["m"][0])


def test_clipping_shows_the_clipped_gradient_the_rule_uses(qtbot, ctrl):
    panel = UpdateRulePanel(ctrl)
    qtbot.addWidget(panel)
    entry = next(e for e in ctrl.entries if e.name == "sgd")
    ctrl.set_checked(entry.key, True)
    ctrl.set_focus(entry.key)
    ctrl.set_hyperparams(entry.key, max_grad_norm=1e-3)
    ctrl.advance(2)
    rows = panel_rows(panel)
    g, clipped = np.array(rows["g"]), np.array(rows["g (clipped)"])
    assert np.hypot(*clipped) == pytest.approx(1e-3, rel=1e-3) and np.hypot(*g) > 1e-2
    np.testing.assert_allclose(rows["Δx"], -entry.optimizer.hyperparams["lr"] * clipped, rtol=1e-3)
