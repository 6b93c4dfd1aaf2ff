"""The suggested-settings table holds only valid names and values that differ from the
optimizers' defaults; surfaces read it."""
from __future__ import annotations

import pytest

from engine import optimizers, surfaces
from engine.surfaces.suggested import SUGGESTED


@pytest.mark.parametrize("surface", list(SUGGESTED))
def test_the_table_lists_only_non_default_values_of_known_names(surface):
    assert surface in surfaces.names()
    for name, values in SUGGESTED[surface].items():
        assert name in optimizers.names(), f"{surface}: unknown optimizer {name!r}"
        assert values, f"{surface}: {name} lists nothing (leave it out)"
        spec = optimizers.create(name, **values).spec      # valid names and values
        defaults = {k: v for k, v in spec.defaults().items() if k in values}
        same = {k for k, v in values.items() if defaults[k] == v}
        assert not same, f"{surface}: {name}'s {same} equal the defaults"


def test_every_built_in_surface_has_a_row_and_reads_it():
    assert set(SUGGESTED) <= set(surfaces.names())
    assert {"quadratic", "ravine", "saddle", "plateau", "cliff", "rosenbrock", "beale", "himmelblau",
            "rastrigin", "two_minima"} <= set(SUGGESTED)
    s = surfaces.get("ravine", condition=10.0)
    assert s.suggested_for("sgd") == {"lr": 0.038} == SUGGESTED["ravine"]["sgd"]
    assert s.suggested_for("bfgs") == {}                  # not listed: its defaults
    assert set(s.suggested) == set(optimizers.names())
    s.suggested_for("sgd")["lr"] = 1.0                   # a copy: the table stays
    assert SUGGESTED["ravine"]["sgd"] == {"lr": 0.038}


def test_a_formula_surface_keeps_its_own_suggestions():
    s = surfaces.from_formula("x**2 + 3*y**2", bounds=((-2, 2), (-2, 2)))
    assert set(s.suggested) <= set(optimizers.names()) and s.suggested_for("sgd")["lr"] > 0
