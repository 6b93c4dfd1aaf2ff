"""engine.sweep: one batch equals one simulate per setting, bit for bit; shapes, seeds,
best(), bad input, the CSV round trip."""
import numpy as np
import pytest

import engine

START = (-1.0, 1.5)
STEPS = 60

# Per optimizer: its learning rates (one of them diverges where it can) and every other
# float hyperparameter of the method with values that change the path.
FIRST_ORDER = {
    "sgd": ([1e-4, 1e-3, 0.05], {}),
    "momentum": ([1e-4, 1e-3, 0.05], {"momentum": [0.0, 0.5, 0.9], "dampening": [0.0, 0.5]}),
    "nesterov": ([1e-4, 1e-3, 0.05], {"momentum": [0.5, 0.9]}),
    "adagrad": ([0.01, 0.5, 2.0], {"lr_decay": [0.0, 0.1], "eps": [1e-10, 0.5],
                                   "initial_accumulator_value": [0.0, 3.0]}),
    "rmsprop": ([1e-3, 0.05, 0.5], {"alpha": [0.5, 0.99], "eps": [1e-8, 0.1], "momentum": [0.0, 0.9]}),
    "adadelta": ([0.1, 1.0, 50.0], {"rho": [0.5, 0.9], "eps": [1e-6, 1e-2]}),
    "adam": ([1e-3, 0.05, 0.5], {"beta1": [0.0, 0.5, 0.9], "beta2": [0.9, 0.999], "eps": [1e-8, 0.1]}),
    "adamw": ([1e-3, 0.05, 0.5], {"beta1": [0.3, 0.9], "weight_decay": [0.0, 0.5]}),
    "nadam": ([1e-3, 0.05, 0.5], {"beta1": [0.5, 0.9], "beta2": [0.9, 0.999], "momentum_decay": [0.0, 0.004, 0.5]}),
    "radam": ([1e-3, 0.05, 0.5], {"beta1": [0.5, 0.9], "beta2": [0.5, 0.9, 0.999]}),
    "adamax": ([1e-3, 0.05, 0.5], {"beta1": [0.5, 0.9], "beta2": [0.9, 0.999]}),
    "lion": ([1e-4, 0.01, 0.3], {"beta1": [0.5, 0.9], "beta2": [0.9, 0.99]}),
    "newton": ([0.1, 1.0, 3.0], {"damping": [0.0, 0.5, 10.0]}),
    "saddle_free_newton": ([0.1, 1.0], {"damping": [0.0, 0.5]}),
    "coordinate_descent": ([1e-3, 0.05], {}),
}


def alone(surface, name, hp, seed=0, noise=0.0, steps=STEPS, start=START):
    return engine.simulate(surface, engine.optimizers.create(name, **hp), start=start, steps=steps,
                           noise=noise, seed=seed)


def assert_cell_equals(sw, index, traj, target=None):
    """Every outcome of one run of the sweep equals the lone trajectory's, exactly."""
    assert sw.final_value[index] == traj.values[-1]
    assert sw.best_value[index] == traj.values.min()
    assert sw.converged_step[index] == traj.converged_step
    assert sw.diverged_step[index] == traj.diverged_step
    assert sw.diverged[index] == (traj.status == "diverged")
    for kind, counts in traj.evaluations.items():
        assert sw.evaluations[kind][index] == counts[-1], kind
    if target is not None:
        hit = np.flatnonzero(traj.values <= target)
        assert sw.target_step[index] == (hit[0] if len(hit) else -1)


def cases():
    for name, (lrs, others) in FIRST_ORDER.items():
        yield name, {"lr": lrs}
        for key, values in others.items():
            yield name, {"lr": lrs, key: values}


@pytest.mark.parametrize("name,grid", list(cases()), ids=lambda v: v if isinstance(v, str) else "-".join(v))
def test_every_entry_equals_simulate_bit_for_bit(name, grid):
    s = engine.surfaces.get("rosenbrock")
    target = 1.0
    sw = engine.sweep(s, name, start=START, grid=grid, steps=STEPS, seeds=[0, 1], target=target)
    assert sw.shape == tuple(len(v) for v in grid.values()) + (2,)
    for cell in np.ndindex(*sw.shape[:-1]):
        traj = alone(s, name, sw.setting(cell))
        for seed in range(2):
            assert_cell_equals(sw, cell + (seed,), traj, target)


def test_the_sweep_reaches_every_kind_of_outcome():
    s = engine.surfaces.get("rosenbrock")
    sw = engine.sweep(s, "newton", start=START, grid={"lr": [1e-4, 0.5, 50.0]}, steps=600, target=1.0)
    assert sw.diverged[2].all() and not sw.diverged[:2].any()
    assert sw.converged_step[1, 0] > 0 and sw.converged_step[0, 0] == -1
    assert sw.target_step[1, 0] > 0 and sw.target_step[0, 0] == -1
    for cell in np.ndindex(*sw.shape[:-1]):
        assert_cell_equals(sw, cell + (0,), alone(s, "newton", sw.setting(cell), steps=600), target=1.0)


@pytest.mark.parametrize("name,grid", [
    ("bfgs", {"line_search": ["wolfe", "exact"]}),
    ("lbfgs", {"history_size": [1, 5], "line_search": ["wolfe", "exact"]}),
    ("cg", {"beta_rule": ["polak_ribiere", "fletcher_reeves", "none"], "line_search": ["exact", "wolfe"]}),
    ("coordinate_descent", {"lr": [0.01, 0.1], "line_search": ["none", "exact"]}),
    ("rmsprop", {"centered": [False, True], "lr": [1e-3, 0.05]}),
    ("adam", {"lr": [1e-3, 0.05], "amsgrad": [False, True], "bias_correction": [True, False]}),
    ("sgd", {"lr": [1e-3, 0.01], "max_grad_norm": [0.0, 1.0], "schedule": ["constant", "cosine"]}),
])
def test_grouped_hyperparameters_equal_simulate(name, grid):
    s = engine.surfaces.get("rosenbrock")
    sw = engine.sweep(s, name, start=START, grid=grid, steps=25)
    for cell in np.ndindex(*sw.shape[:-1]):
        assert_cell_equals(sw, cell + (0,), alone(s, name, sw.setting(cell), steps=25))


def test_axes_follow_the_grids_order_and_fixed_hyperparameters_apply():
    s = engine.surfaces.get("ravine")
    sw = engine.sweep(s, "momentum", start=(1.5, 1.0), grid={"momentum": [0.5, 0.8, 0.9], "lr": [1e-3, 1e-2]},
                      steps=40, seeds=[3, 4, 5, 6], dampening=0.5)
    assert sw.shape == (3, 2, 4) and sw.axes == ["momentum", "lr", "seed"] and sw.seeds == (3, 4, 5, 6)
    assert sw.hyperparams["dampening"] == 0.5 and "lr" not in sw.hyperparams
    traj = alone(s, "momentum", {"momentum": 0.8, "lr": 1e-2, "dampening": 0.5}, steps=40, start=(1.5, 1.0))
    assert_cell_equals(sw, (1, 1, 2), traj)
    opt = engine.optimizers.create("momentum", dampening=0.5, momentum=0.8)
    again = engine.sweep(s, opt, start=(1.5, 1.0), grid={"lr": [1e-3, 1e-2]}, steps=40)
    assert again.final_value[1, 0] == traj.values[-1]


def test_no_grid_is_one_cell_and_seeds_alone():
    s = engine.surfaces.get("ravine")
    sw = engine.sweep(s, "sgd", start=(1.5, 1.0), grid={}, steps=10, seeds=[0, 1], noise=0.1, lr=0.01)
    assert sw.shape == (2,)
    assert sw.best() == {}


@pytest.mark.parametrize("name,hp", [("sgd", {"lr": 0.01}), ("adam", {"lr": 0.05, "beta1": 0.5}),
                                     ("nadam", {"lr": 0.05}), ("momentum", {"lr": 0.01})])
def test_noisy_rows_are_simulate_with_that_seed(name, hp):
    s = engine.surfaces.get("ravine")
    grid = {k: [v, v * 0.5] for k, v in hp.items()}
    sw = engine.sweep(s, name, start=(1.5, 1.0), grid=grid, steps=50, seeds=[0, 7, 11], noise=0.3)
    for cell in np.ndindex(*sw.shape[:-1]):
        for j, seed in enumerate(sw.seeds):
            traj = alone(s, name, sw.setting(cell), seed=seed, noise=0.3, steps=50, start=(1.5, 1.0))
            assert_cell_equals(sw, cell + (j,), traj)
    assert len(set(sw.final_value[0, ...].ravel().tolist())) == sw.final_value[0, ...].size


def test_noisy_line_search_sweeps_are_simulate_per_seed():
    s = engine.surfaces.get("rosenbrock")
    kw = dict(start=START, grid={"line_search": ["wolfe", "exact"]}, steps=20, noise=0.5)
    a = engine.sweep(s, "bfgs", seeds=[0, 1], **kw)
    b = engine.sweep(s, "bfgs", seeds=[0, 1], **kw)
    c = engine.sweep(s, "bfgs", seeds=[1], **kw)
    np.testing.assert_array_equal(a.final_value, b.final_value)
    np.testing.assert_array_equal(a.final_value[:, 1], c.final_value[:, 0])
    assert not np.array_equal(a.final_value[:, 0], a.final_value[:, 1])
    for i, mode in enumerate(["wolfe", "exact"]):
        traj = engine.simulate(s, engine.optimizers.create("bfgs", line_search=mode), start=START, steps=20,
                               noise=0.5, seed=1)
        assert_cell_equals(a, (i, 1), traj)


def make(final, diverged=None, converged=None, target=None, target_step=None):
    final = np.asarray(final, dtype=float)
    shape = final.shape
    minus = np.full(shape, -1)
    return engine.Sweep("sgd", {"lr": np.array([0.1, 0.2, 0.3][: shape[0]])}, tuple(range(shape[1])), {},
                        (0.0, 0.0), 10, 0.0, 1e-6, target, final, final.copy(),
                        minus if converged is None else np.asarray(converged),
                        minus if target_step is None else np.asarray(target_step),
                        np.where(np.asarray(diverged if diverged is not None else np.zeros(shape, bool)), 5, -1),
                        {k: np.zeros(shape, dtype=int) for k in ("value", "grad", "hessian")})


def test_best_is_by_median_over_seeds_and_never_a_diverged_setting():
    sw = make([[1.0, 9.0, 9.0], [5.0, 5.0, 5.0], [0.0, 0.0, 8.0]],
              diverged=[[False] * 3, [False] * 3, [True, True, False]])
    assert sw.best() == {"lr": 0.2}                  # 0.1's median is 9; 0.3 mostly diverged
    assert sw.summary()["median"].tolist() == [9.0, 5.0, np.inf]
    assert sw.summary()["diverged"].tolist() == [0.0, 0.0, 2 / 3]
    assert sw.best("best_value") == {"lr": 0.2}


def test_fewest_steps_skips_never_and_ties_break_on_final_value():
    sw = make([[3.0, 3.0], [2.0, 2.0], [1.0, 1.0]], converged=[[-1, -1], [40, 30], [20, -1]],
              target=0.5, target_step=[[-1, -1], [-1, -1], [-1, -1]])
    assert sw.best("converged_step") == {"lr": 0.2}   # 0.3 converged for one seed of two: median inf
    assert sw.best("target_step") == {"lr": 0.3}      # nobody got there: the lowest final value
    with pytest.raises(ValueError, match="objective 'fastest'"):
        sw.best("fastest")
    no_target = make([[1.0], [2.0]])
    with pytest.raises(ValueError, match="no target"):
        no_target.best("target_step")


class Exploding:
    """A surface that fails the test if anything is evaluated."""

    bounds = ((-2, 2), (-2, 2))

    def value(self, p):
        raise AssertionError("the sweep started work before checking its input")

    grad = hessian = value


@pytest.mark.parametrize("kwargs,message", [
    (dict(optimizer="adamm"), "Unknown optimizer 'adamm'"),
    (dict(grid={"learning_rate": [0.1]}), "'learning_rate'.*Valid choices: lr"),
    (dict(grid={"lr": []}), "Empty grid axis 'lr'"),
    (dict(grid={"lr": [0.1, -1.0]}), "adam's 'lr': -1.0"),
    (dict(grid={"beta1": [0.9, 1.2]}), "adam's 'beta1': 1.2"),
    (dict(grid={"lr": 0.1}), "grid axis 'lr'"),
    (dict(grid={"amsgrad": [True, "yes"]}), "adam's 'amsgrad': 'yes'"),
    (dict(grid={"lr": [0.1]}, lr=0.2), "'lr' is both swept and fixed"),
    (dict(grid={"lr": np.ones(1001), "beta1": np.full(1000, 0.9)}), "Sweep too large: 1001 lr x 1000 beta1"),
    (dict(grid={"lr": np.ones(1000), "beta1": np.full(500, 0.9)}, seeds=[0, 1, 2]), "1500000 runs"),
    (dict(seeds=[]), "Empty seeds"),
    (dict(seeds=[0, -1]), "Invalid seed -1"),
    (dict(steps=-1), "Invalid steps"),
    (dict(noise=-0.1), "Invalid noise"),
    (dict(start=(0.0, np.nan)), "Invalid start point"),
    (dict(optimizer="nesterov", grid={"momentum": [0.9, 0.0]}), "momentum > 0"),
    (dict(grid={"eps": [1e-8]}, beta2=1.0), "adam's 'beta2': 1.0"),
])
def test_bad_input_raises_naming_it_before_any_work(kwargs, message):
    args = dict(optimizer="adam", start=(0.0, 0.0), grid={"lr": [0.1]}, steps=10, seeds=[0])
    args.update(kwargs)
    with pytest.raises(ValueError, match=message):
        engine.sweep(Exploding(), **args)


def test_csv_round_trip(tmp_path):
    s = engine.surfaces.get("rosenbrock")
    sw = engine.sweep(s, "adam", start=START, grid={"lr": [1e-3, 0.05, 50.0], "amsgrad": [False, True]},
                      steps=40, seeds=[2, 5], noise=0.2, target=1.0, beta2=0.99)
    path = tmp_path / "sweep.csv"
    text = sw.to_csv(path)
    assert path.read_text() == text
    assert text.splitlines()[0].startswith("optimizer,lr,amsgrad,seed,final_value,best_value")
    assert len(text.splitlines()) == 1 + 3 * 2 * 2
    back = engine.Sweep.from_csv(path)
    assert back.optimizer == "adam" and back.seeds == (2, 5) and back.target == 1.0
    assert back.hyperparams == sw.hyperparams and back.start == sw.start
    assert (back.steps, back.noise, back.tol) == (sw.steps, sw.noise, sw.tol)
    assert list(back.grid) == ["lr", "amsgrad"]
    np.testing.assert_array_equal(back.grid["lr"], sw.grid["lr"])
    assert back.grid["amsgrad"].tolist() == [False, True]
    for key in ("final_value", "best_value", "converged_step", "target_step", "diverged_step", "diverged"):
        np.testing.assert_array_equal(getattr(back, key), getattr(sw, key))
    for kind in sw.evaluations:
        np.testing.assert_array_equal(back.evaluations[kind], sw.evaluations[kind])
    assert back.best() == sw.best()
    plain = engine.sweep(s, "sgd", start=START, grid={"lr": [1e-3]}, steps=5)
    assert engine.Sweep.from_csv(plain.to_csv()).target is None


def test_csv_that_is_not_a_sweep_is_refused(tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("optimizer,label,step\nadam,a,1\n")
    with pytest.raises(ValueError, match="Not a sweep CSV"):
        engine.Sweep.from_csv(path)


def test_progress_reaches_one_and_cancel_stops_between_steps():
    import threading
    s = engine.surfaces.get("ravine")
    seen = []
    sw = engine.sweep(s, "rmsprop", start=(1.5, 1.0), grid={"lr": [1e-3, 1e-2], "centered": [False, True]},
                      steps=200, progress=seen.append)
    assert sw.completed and seen[-1] == 1.0 and seen == sorted(seen) and 50 <= len(seen) <= 102
    stop = threading.Event()
    calls = []

    def progress(f):
        calls.append(f)
        if f >= 0.25:
            stop.set()

    part = engine.sweep(s, "rmsprop", start=(1.5, 1.0), grid={"lr": [1e-3, 1e-2], "centered": [False, True]},
                        steps=200, progress=progress, cancel=stop)
    assert not part.completed and 1.0 not in calls
    assert np.isnan(part.final_value[:, 1]).all() and (part.converged_step[:, 1] == -1).all()
    assert not np.isnan(part.final_value[:, 0]).any()     # the first group was under way
    assert engine.sweep(s, "sgd", start=(1.5, 1.0), grid={"lr": [0.1]}, steps=50, cancel=lambda: True).completed is False


def test_a_sweep_is_one_batch_not_a_loop_over_runs():
    inner = engine.surfaces.get("ravine")
    calls = []

    class Calls:
        bounds = inner.bounds

        def value(self, p):
            calls.append(("value", np.shape(p)))
            return inner.value(p)

        def grad(self, p):
            calls.append(("grad", np.shape(p)))
            return inner.grad(p)

        def hessian(self, p):
            return inner.hessian(p)

    sw = engine.sweep(Calls(), "adam", start=(1.5, 1.0), grid={"lr": np.logspace(-4, -2, 40), "beta1": [0.5, 0.9]},
                      steps=10, seeds=[0, 1, 2, 3, 4], noise=0.1)
    assert sw.shape == (40, 2, 5)
    assert calls.count(("grad", (400, 2))) == 10 and len([c for c in calls if c[0] == "grad"]) == 10
    assert len(calls) == 21                          # the starts' values, then a gradient and a value per step
    np.testing.assert_array_equal(sw.evaluations["grad"], 10)
    np.testing.assert_array_equal(sw.evaluations["value"], 11)


def test_per_row_powers_are_pythons_own_for_small_and_big_batches():
    from engine.optimizers import rows
    rng = np.random.default_rng(0)
    for n in (3, 5000):
        base = rng.choice([0.5, 0.9, 0.99, 0.999, 0.123456789], size=(n, 1))
        for t in (1, 2, 3, 17, 1000):
            got = rows.power(base, t)
            assert got.shape == (n, 1)
            assert got.ravel().tolist() == [b ** t for b in base.ravel().tolist()]
        exps = rng.choice([0.5, 2.0, 7.25], size=(n, 1))
        assert rows.power(0.96, exps).ravel().tolist() == [0.96 ** e for e in exps.ravel().tolist()]


@pytest.mark.parametrize("name", ["adam", "nadam", "radam"])
def test_a_big_batch_still_equals_simulate(name):
    s = engine.surfaces.get("rosenbrock")
    grid = {"lr": np.logspace(-3, -0.5, 20), "beta1": [0.5, 0.9], "beta2": [0.9, 0.999]}
    if name == "nadam":
        grid["momentum_decay"] = [0.004, 0.3]
    sw = engine.sweep(s, name, start=START, grid=grid, steps=40, seeds=[0, 1, 2, 3], noise=0.05)
    assert np.prod(sw.shape) >= 320
    for cell in [(0, 0, 0), (7, 1, 0), (19, 1, 1), (12, 0, 1)]:
        cell = cell + (1,) * (len(grid) - 3)
        for j, seed in enumerate(sw.seeds):
            traj = alone(s, name, sw.setting(cell), seed=seed, noise=0.05, steps=40)
            assert_cell_equals(sw, cell + (j,), traj)
