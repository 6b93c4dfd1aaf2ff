"""The declared record schema covers what every optimizer records, and each optimizer's
displayed update rule follows its current options."""
from __future__ import annotations

import numpy as np
import pytest

from engine import optimizers, surfaces
from engine.optimizers import record_schema
from engine.optimizers.catalog import DEFINITIONS
from engine.optimizers.rules import RULES
from engine.run import Run

OPTIONS = {  # options that make blocks record more (or other) keys
    "momentum": {"dampening": 0.5}, "rmsprop": {"momentum": 0.9, "centered": True},
    "adam": {"amsgrad": True}, "coordinate_descent": {"line_search": "exact"}, "cg": {"beta_rule": "fletcher_reeves"},
}


@pytest.mark.parametrize("surface", surfaces.names())
def test_every_recorded_key_is_declared_with_its_shape(surface):
    s = surfaces.get(surface)
    run = Run(s, s.start, tol=0.0)
    for name in optimizers.names():
        clip = {"max_grad_norm": 1.0} if optimizers.definition(name).modifiers else {}
        run.add(name, **s.suggested_for(name), **clip)
        run.add(name, **{**s.suggested_for(name), **OPTIONS.get(name, {})})
    seen = set()
    for _ in range(8):
        run.step()
        for lane in run.lanes:
            if lane.last_record is not None:
                record_schema.check_record(lane.last_record)
                seen |= set(lane.last_record)
    assert {"grad", "step"} <= seen


def test_check_record_rejects_undeclared_keys_and_wrong_shapes():
    with pytest.raises(ValueError, match="Unknown diagnostic 'velocty'.*Did you mean 'velocity'"):
        record_schema.check_record({"velocty": np.zeros((1, 2))})
    with pytest.raises(ValueError, match="'hessian' has shape \\(1, 2\\); declared 'matrix'"):
        record_schema.check_record({"hessian": np.zeros((1, 2))})


def test_schema_symbols_and_shapes_are_unique_and_valid():
    keys = [d.key for d in record_schema.SCHEMA]
    assert len(keys) == len(set(keys))
    assert all(d.shape in record_schema.SHAPES and d.symbol and d.meaning for d in record_schema.SCHEMA)
    assert record_schema.symbol("lr_t") == "ηₜ" and record_schema.symbol("m_hat") == "m̂"


def test_every_optimizer_has_a_rule():
    assert set(RULES) == {d.name for d in DEFINITIONS}
    for d in DEFINITIONS:
        assert optimizers.create(d.name).formula_lines()


def _text(name, **hp):
    return "\n".join(optimizers.create(name, **hp).formula_lines())


def test_adam_without_bias_correction_shows_no_m_hat_and_records_none():
    assert "m̂" in _text("adam") and "v̂" in _text("adam")
    off = _text("adam", bias_correction=False)
    assert "m̂" not in off and "v̂" not in off and "m / (√v + ε)" in off
    s = surfaces.get("ravine")
    run = Run(s, s.start)
    on, off_lane = run.add("adam"), run.add("adam", bias_correction=False)
    run.step()
    assert "m_hat" in on.last_record and "m_hat" not in off_lane.last_record


def test_rules_follow_options():
    assert "ḡ" in _text("rmsprop", centered=True) and "ḡ" not in _text("rmsprop")
    assert "b ← μ b + g / (√v + ε)" in _text("rmsprop", momentum=0.9)
    assert "vₘₐₓ" in _text("adam", amsgrad=True) and "vₘₐₓ" not in _text("adam")
    assert "(1 − τ) g" in _text("momentum", dampening=0.3) and "τ" not in _text("momentum")
    assert "λ x" in _text("adamw") and "λ x" not in _text("adamw", weight_decay=0.0)
    assert "(H + λI)⁻¹" in _text("newton", damping=1.0) and "λ" not in _text("newton")
    assert "Wolfe" in _text("bfgs") and "exact" in _text("bfgs", line_search="exact")
    assert "Fletcher" not in _text("cg") and "β = gᵀg / g₋ᵀg₋" in _text("cg", beta_rule="fletcher_reeves")
    assert "α" in _text("coordinate_descent", line_search="exact") and "α" not in _text("coordinate_descent")


def test_a_schedule_turns_eta_into_eta_t_and_clipping_shows():
    plain = _text("sgd")
    assert "ηₜ" not in plain and "x ← x − η g" in plain
    for kind in ("step", "exponential", "inverse_time", "cosine"):
        text = _text("sgd", schedule=kind)
        assert "x ← x − ηₜ g" in text and "ηₜ = η" in text, kind
    assert "min(1, c / (‖g‖ + 10⁻⁶))" in _text("adam", max_grad_norm=2.0) and "‖g‖" not in _text("adam")


def test_the_static_formula_stays():
    assert optimizers.definition("adam").formula.startswith("m ← β₁ m")
    assert optimizers.create("adam").formula == optimizers.definition("adam").formula
