"""The public API in DESIGN.md, exactly as scripts use it, and the engine's independence from Qt."""
import subprocess
import sys

import numpy as np
import pytest

import engine


def test_importing_engine_loads_no_qt():
    code = ("import sys, engine, engine.setup, engine.basin\n"
            "engine.simulate(engine.surfaces.get('ravine'), engine.optimizers.create('adam'), start=(1, 1), steps=3)\n"
            "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph', 'PyQt5', 'PyQt6'))\n"
            "print(bad)\n"
            "sys.exit(1 if bad else 0)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr


def test_design_md_example_runs_as_written():
    s = engine.surfaces.get("ravine", condition=100.0)
    grid = np.stack(np.meshgrid(np.linspace(-1, 1, 5), np.linspace(-1, 1, 4)), axis=-1)
    assert s.value(grid).shape == (4, 5)
    assert s.grad(grid).shape == (4, 5, 2)
    assert s.hessian(grid).shape == (4, 5, 2, 2)
    (xmin, xmax), (ymin, ymax) = s.bounds
    assert xmin < xmax and ymin < ymax
    assert s.minima.shape[1] == 2
    assert [p.name for p in s.spec] == ["condition", "angle"]
    names = engine.optimizers.names()
    assert names[:3] == ["sgd", "momentum", "nesterov"]
    opt = engine.optimizers.create("adam", lr=0.05, beta1=0.9, beta2=0.999)
    spec = {p.name: p for p in opt.spec}
    assert spec["lr"].log and spec["lr"].doc and spec["beta1"].default == 0.9
    traj = engine.simulate(s, opt, start=(1.0, 0.5), steps=300, noise=0.0, seed=0)
    assert traj.points.shape == (301, 2) and traj.values.shape == (301,)
    assert traj.status in ("running", "converged", "diverged")
    starts = np.random.default_rng(0).uniform(-1, 1, size=(7, 2))
    many = engine.simulate(s, opt, start=starts, steps=500)
    assert many.points.shape == (501, 7, 2)
    assert engine.surfaces.names()[:4] == ["quadratic", "ravine", "saddle", "plateau"] or \
        {"saddle", "plateau", "cliff", "ravine"} <= set(engine.surfaces.names())


def test_simulate_accepts_any_object_with_the_protocol():
    class Bowl:
        bounds = ((-1.0, 1.0), (-1.0, 1.0))

        def value(self, p):
            p = np.asarray(p)
            return (p ** 2).sum(-1)

        def grad(self, p):
            return 2 * np.asarray(p, dtype=float)

        def hessian(self, p):
            p = np.asarray(p)
            return np.broadcast_to(2 * np.eye(2), p.shape[:-1] + (2, 2))

    for name in ("sgd", "adam", "newton", "bfgs", "cg"):
        opt = engine.optimizers.create(name, **({"lr": 0.1} if name in ("sgd", "adam") else {}))
        traj = engine.simulate(Bowl(), opt, start=(0.8, -0.6), steps=100)
        assert traj.values[-1] < 1e-3 * traj.values[0], name
    run = engine.Run(Bowl(), (0.5, 0.5))
    run.add("momentum", lr=0.1)
    run.step(10)
    assert run.lanes[0].value < 0.5


def test_unknown_surface_and_parameters():
    with pytest.raises(ValueError, match="Unknown surface 'ravin'.*Did you mean 'ravine'"):
        engine.surfaces.get("ravin")
    with pytest.raises(ValueError, match="condition"):
        engine.surfaces.get("ravine", condition=-5)
    with pytest.raises(ValueError, match="'conditon'.*Did you mean 'condition'"):
        engine.surfaces.get("ravine", conditon=5)
