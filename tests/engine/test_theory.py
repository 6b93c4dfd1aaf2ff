"""engine.theory against closed forms, against explicit 2x2 matrices, against numerical
minimisation, and against the engine's own trajectories on quadratics.

Closed forms: tuned gradient descent (κ−1)/(κ+1); Polyak's heavy ball (√κ−1)/(√κ+1); the
Lessard-Recht-Packard Nesterov tuning 1 − 2/√(3κ+1); stability limits 2/λ, 2(1+μ)/λ,
2(1+μ)/((1+2μ)λ). Run with -s to see the measured numbers.
"""
import math

import numpy as np
import pytest

import engine
from engine import optimizers, surfaces, theory
from engine.theory import rates as R

LAM = [1.0, 100.0]


def matrix_radius(name, lam, lr, momentum=0.0, dampening=0.0):
    """max |eig| of the update written out as a matrix on (e, buf), straight from torch's rules."""
    if name == "sgd":
        m = np.array([[1.0 - lr * lam, 0.0], [0.0, 0.0]])
    elif name == "momentum":     # buf' = mu buf + (1-damp) lam e;  e' = e - lr buf'
        a = (1.0 - dampening) * lam
        m = np.array([[1.0 - lr * a, -lr * momentum], [a, momentum]])
    else:                        # buf' = mu buf + lam e;  e' = e - lr (lam e + mu buf')
        m = np.array([[1.0 - lr * lam - lr * momentum * lam, -lr * momentum * momentum], [lam, momentum]])
    return float(np.max(np.abs(np.linalg.eigvals(m))))


def zoom_minimum(name, lo, hi, n=161, rounds=14):
    """A robust 2-D minimisation of the worst rate over (log lr, momentum): grid, then zoom."""
    l0, l1, m0, m1 = math.log(1e-4 / hi), math.log(4.0 / hi), 0.0, 0.9999
    for _ in range(rounds):
        lr = np.exp(np.linspace(l0, l1, n))[:, None]
        mu = np.linspace(m0, m1, n)[None, :]
        grid = np.maximum(R.radius(name, lo, lr, mu), R.radius(name, hi, lr, mu))
        i, j = np.unravel_index(np.argmin(grid), grid.shape)
        dl, dm = 4 * (l1 - l0) / n, 4 * (m1 - m0) / n
        l0, l1 = math.log(lr[i, 0]) - dl, math.log(lr[i, 0]) + dl
        m0, m1 = max(0.0, mu[0, j] - dm), min(0.9999, mu[0, j] + dm)
    return float(grid[i, j]), float(lr[i, 0]), float(mu[0, j])


# -- closed forms -------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["sgd", "momentum", "nesterov"])
def test_rate_is_the_spectral_radius_of_the_update_matrix(name):
    rng = np.random.default_rng(1)
    for _ in range(200):
        lam = np.exp(rng.uniform(-3, 3, size=3))
        lr = math.exp(rng.uniform(-2, 1)) / lam.max()
        mu = rng.uniform(0, 0.99)
        damp = rng.uniform(0, 0.9) if name == "momentum" else 0.0
        hp = {"lr": lr} if name == "sgd" else {"lr": lr, "momentum": mu}
        if damp:
            hp["dampening"] = damp
        want = max(matrix_radius(name, x, lr, mu if name != "sgd" else 0.0, damp) for x in lam)
        assert theory.rate(name, lam, **hp) == pytest.approx(want, rel=1e-7, abs=1e-9), hp


@pytest.mark.parametrize("kappa", [2.0, 10.0, 100.0, 1e4])
def test_tuned_gradient_descent(kappa):
    lam = [0.5, 0.5 * kappa]
    best = theory.optimal("sgd", lam)
    assert best["lr"] == pytest.approx(2.0 / (0.5 + 0.5 * kappa), rel=1e-15)
    assert best["rate"] == pytest.approx((kappa - 1) / (kappa + 1), rel=1e-15)
    assert theory.rate("sgd", lam, lr=best["lr"]) == pytest.approx(best["rate"], rel=1e-12)
    for off in (0.99, 1.01):   # any other lr is worse
        assert theory.rate("sgd", lam, lr=off * best["lr"]) > best["rate"]


@pytest.mark.parametrize("kappa", [2.0, 10.0, 100.0, 1e3])
def test_polyak_heavy_ball_optimum(kappa):
    lam = [2.0, 2.0 * kappa]
    best = theory.optimal("momentum", lam)
    q = (math.sqrt(kappa) - 1) / (math.sqrt(kappa) + 1)
    assert best["rate"] == pytest.approx(q, rel=1e-14)
    assert best["momentum"] == pytest.approx(q * q, rel=1e-14)
    assert best["lr"] == pytest.approx(4.0 / (math.sqrt(2.0) + math.sqrt(2.0 * kappa)) ** 2, rel=1e-14)
    # At the optimum both ends are double roots: sqrt of a ~0 discriminant costs half the digits.
    assert theory.rate("momentum", lam, lr=best["lr"], momentum=best["momentum"]) == pytest.approx(q, abs=1e-6)
    found, lr, mu = zoom_minimum("momentum", *lam)
    print(f"\nheavy ball kappa={kappa:g}: closed form {q:.10f}, numerical {found:.10f}")
    assert found >= q - 1e-7
    assert found == pytest.approx(q, abs=1e-6)
    assert lr == pytest.approx(best["lr"], rel=1e-3) and mu == pytest.approx(best["momentum"], abs=1e-3)


@pytest.mark.parametrize("kappa", [2.0, 10.0, 100.0, 1e3])
def test_nesterov_optimum_is_the_lessard_recht_packard_tuning(kappa):
    lam = [1.0, kappa]
    best = theory.optimal("nesterov", lam)
    r = math.sqrt(3 * kappa + 1)
    assert best["rate"] == pytest.approx(1 - 2 / r, rel=1e-14)
    assert theory.rate("nesterov", lam, lr=best["lr"], momentum=best["momentum"]) == pytest.approx(
        best["rate"], abs=1e-6)
    found, lr, mu = zoom_minimum("nesterov", *lam)
    print(f"\nnesterov kappa={kappa:g}: closed form {best['rate']:.10f}, numerical {found:.10f}")
    assert found >= best["rate"] - 1e-7 and found == pytest.approx(best["rate"], abs=1e-6)
    assert lr == pytest.approx(best["lr"], rel=1e-3) and mu == pytest.approx(best["momentum"], abs=1e-3)
    # Between the ends it is never worse (quasi-convexity in lambda): the worst is an end.
    inside = np.linspace(1.0, kappa, 5001)
    assert np.max(R.radius("nesterov", inside, best["lr"], best["momentum"])) <= best["rate"] + 1e-6


def test_momentum_beats_gradient_descent_and_nesterov_sits_between():
    for kappa in (10.0, 100.0, 1e4):
        gd, hb, nag = (theory.optimal(n, [1.0, kappa])["rate"] for n in ("sgd", "momentum", "nesterov"))
        assert hb < nag < gd


def test_heavy_ball_in_the_complex_region_contracts_by_sqrt_momentum():
    mu = 0.81   # every direction with (1 - 0.9)^2 < lr lam < (1 + 0.9)^2 spirals at |z| = 0.9
    assert theory.rate("momentum", [1.0, 3.0], lr=0.5, momentum=mu) == pytest.approx(0.9, rel=1e-14)


def test_dampening_is_a_smaller_learning_rate():
    a = theory.rate("momentum", LAM, lr=0.01, momentum=0.8, dampening=0.3)
    b = theory.rate("momentum", LAM, lr=0.007, momentum=0.8)
    assert a == pytest.approx(b, rel=1e-13)


@pytest.mark.parametrize("name, mu, limit", [
    ("sgd", None, lambda mu: 2.0), ("momentum", 0.9, lambda mu: 2 * (1 + mu)),
    ("momentum", 0.0, lambda mu: 2 * (1 + mu)), ("nesterov", 0.9, lambda mu: 2 * (1 + mu) / (1 + 2 * mu)),
    ("nesterov", 0.5, lambda mu: 2 * (1 + mu) / (1 + 2 * mu))])
def test_stable_lr_is_where_the_rate_crosses_one(name, mu, limit):
    lam = [0.3, 7.0, 40.0]
    hp = {} if mu is None else {"momentum": mu}
    edge = theory.stable_lr(name, lam, **hp)
    assert edge == pytest.approx(limit(mu) / 40.0, rel=1e-14)
    assert theory.rate(name, lam, lr=edge, **hp) == pytest.approx(1.0, abs=1e-9)
    lo, hi = 1e-6, 100.0     # bisection of "converges" (an interval starting at 0) on its own
    for _ in range(200):
        mid = math.sqrt(lo * hi)
        lo, hi = (mid, hi) if theory.rate(name, lam, lr=mid, **hp) < 1.0 else (lo, mid)
    assert lo == pytest.approx(edge, rel=1e-7)


def test_grid_equals_the_scalar_rate():
    lam = [0.7, 3.0, 55.0]
    lrs = np.geomspace(1e-4, 0.2, 23)
    mus = np.linspace(0.0, 0.99, 17)
    for name in ("momentum", "nesterov"):
        grid = theory.rate_grid(name, lam, lr=lrs[:, None], momentum=mus[None, :])
        assert grid.shape == (23, 17)
        want = np.array([[theory.rate(name, lam, lr=a, momentum=m) for m in mus] for a in lrs])
        np.testing.assert_allclose(grid, want, rtol=1e-12, atol=1e-14)
    curve = theory.rate_grid("sgd", lam, lr=lrs)
    np.testing.assert_allclose(curve, [theory.rate("sgd", lam, lr=a) for a in lrs], rtol=1e-13)
    out = np.full((23, 17), np.nan)
    assert theory.rate_grid("nesterov", lam, lr=lrs[:, None], momentum=mus[None, :], out=out) is out
    np.testing.assert_allclose(out, grid, rtol=1e-15)
    with pytest.raises(ValueError, match=r"out shape \(3, 3\)"):
        theory.rate_grid("nesterov", lam, lr=lrs[:, None], momentum=mus[None, :], out=np.empty((3, 3)))
    damp = theory.rate_grid("momentum", lam, lr=lrs[:, None], momentum=0.5, dampening=np.array([0.0, 0.5]))
    assert damp.shape == (23, 2)
    assert damp[5, 1] == pytest.approx(theory.rate("momentum", lam, lr=lrs[5], momentum=0.5, dampening=0.5))


# -- against the engine's trajectories ------------------------------------------------------

QUADRATICS = [("quadratic", {"a": 1.0, "b": 10.0}, (1.3, -0.7)),
              ("ravine", {"condition": 30.0, "angle": 20.0}, (-2.2, 0.45)),
              ("ravine", {"condition": 100.0, "angle": 0.0}, (-2.2, 0.45))]
SETTINGS = [(name, frac, mu) for name in ("sgd", "momentum", "nesterov")
            for frac in (0.1, 0.4, 0.9) for mu in ((None,) if name == "sgd" else (0.3, 0.9))] + [
    (name, "optimal", None) for name in ("sgd", "momentum", "nesterov")]


def _eigenvalues(surface):
    return np.linalg.eigvalsh(surface.hessian(np.zeros(2)))


def _hp(name, lam, frac, mu):
    if frac == "optimal":    # Polyak's and Nesterov's optima are double roots: the k ρ^k case
        return {k: v for k, v in theory.optimal(name, lam).items() if k != "rate"}
    hp = {} if mu is None else {"momentum": mu}
    return {"lr": frac * theory.stable_lr(name, lam, **hp), **hp}


@pytest.mark.parametrize("surface_name, params, start", QUADRATICS, ids=lambda v: str(v))
def test_measured_slope_of_log_error_equals_log_rate(surface_name, params, start):
    """The error runs down 80 decades (x* = 0, so float64 keeps relative precision all the way;
    squared norms would underflow below ~1e-154)
    and the slope is fitted over the second half, where the slowest direction alone remains and
    the polynomial factor of a double root (k ρ^k) shifts the slope by < 0.8%."""
    surface = surfaces.get(surface_name, **params)
    lam = _eigenvalues(surface)
    checked, worst = 0, 0.0
    for name, frac, mu in SETTINGS:
        hp = _hp(name, lam, frac, mu)
        rho = theory.rate(name, lam, **hp)
        if not 0.05 < rho < 0.97:
            continue
        steps = int(math.ceil(80 * math.log(10) / -math.log(rho)))
        traj = engine.simulate(surface, optimizers.create(name, **hp), start=start, steps=steps, tol=0.0)
        err = np.linalg.norm(traj.points, axis=-1)
        assert traj.status == "running" and np.all(err[steps // 2:] > 0), (name, hp)
        k = np.arange(steps // 2, steps + 1)
        slope = np.polyfit(k, np.log(err[k]), 1)[0]
        assert slope == pytest.approx(math.log(rho), rel=0.02), (name, hp, rho, math.exp(slope))
        checked += 1
        worst = max(worst, abs(slope / math.log(rho) - 1.0))
    print(f"\n{surface_name} {params}: {checked} settings, slope / log rate - 1 at most {worst:.2%}")
    assert checked >= 6


@pytest.mark.parametrize("surface_name, params, start", QUADRATICS[:2], ids=lambda v: str(v))
def test_rate_above_one_if_and_only_if_the_trajectory_diverges(surface_name, params, start):
    surface = surfaces.get(surface_name, **params)
    lam = _eigenvalues(surface)
    for name, mu in (("sgd", None), ("momentum", 0.5), ("momentum", 0.9), ("nesterov", 0.5), ("nesterov", 0.9)):
        for frac in (0.97, 1.03):
            hp = _hp(name, lam, frac, mu)
            rho = theory.rate(name, lam, **hp)
            assert (rho > 1.0) == (frac > 1.0)
            # Enough steps to grow 1e8-fold if it diverges (the engine calls 1e6 windows diverged).
            steps = int(math.ceil(8 * math.log(10) / abs(math.log(rho)))) + 50
            traj = engine.simulate(surface, optimizers.create(name, **hp), start=start, steps=steps, tol=0.0)
            assert (traj.status == "diverged") == (rho > 1.0), (name, hp, rho, traj.status)
            if rho < 1.0:
                assert np.linalg.norm(traj.points[-1]) < 1e-2 * np.linalg.norm(start)


@pytest.mark.parametrize("surface_name, params", [("quadratic", {"a": 1.0, "b": 4.0}),
                                                  ("ravine", {"condition": 50.0, "angle": 30.0})])
def test_predicted_gap_follows_the_measured_loss_within_5_percent(surface_name, params):
    surface = surfaces.get(surface_name, **params)
    lam = _eigenvalues(surface)
    for name, hp in (("sgd", {"lr": 0.5 / lam[1]}), ("momentum", {"lr": 0.1 / lam[1], "momentum": 0.3})):
        rho = theory.rate(name, lam, **hp)
        traj = engine.simulate(surface, optimizers.create(name, **hp), start=(1.2, -0.9), steps=400, tol=0.0)
        k0 = 60   # past the transient of the faster direction
        predicted = theory.predicted_gap(traj.values[k0], rho, 100)
        measured = traj.values[k0:k0 + 101]
        assert predicted.shape == (101,)
        np.testing.assert_allclose(predicted, measured, rtol=0.05)
    np.testing.assert_allclose(theory.predicted_gap(2.0, 0.5, [0, 1, 3]), [2.0, 0.5, 2.0 / 64])


# -- local analysis, sharpness --------------------------------------------------------------

def test_sharpness_is_lambda_max_along_a_path():
    s = surfaces.get("rosenbrock")
    pts = engine.simulate(s, optimizers.create("sgd", lr=1e-3), start=(-1.5, 2.0), steps=200).points
    got = theory.sharpness(s, pts)
    assert got.shape == (len(pts),)
    np.testing.assert_allclose(got, [np.linalg.eigvalsh(s.hessian(p))[-1] for p in pts], rtol=1e-12)
    assert theory.sharpness(s, pts.reshape(-1, 1, 2)).shape == (len(pts), 1)


def test_local_on_a_quadratic_is_exact():
    s = surfaces.get("ravine", condition=100.0, angle=25.0)
    a = theory.local(s, (1.0, -0.4), "momentum", {"lr": 0.01, "momentum": 0.8})
    np.testing.assert_allclose(a.eigenvalues, [1.0, 100.0], rtol=1e-12)
    assert a.condition == pytest.approx(100.0) and a.exact and not a.critical and a.kind == "convex"
    assert a.rate == pytest.approx(theory.rate("momentum", LAM, lr=0.01, momentum=0.8), rel=1e-12)
    assert a.stable_lr == pytest.approx(theory.stable_lr("momentum", LAM, momentum=0.8), rel=1e-12)
    assert a.lr_ratio == pytest.approx(0.01 / a.stable_lr) and not a.unstable
    assert a.steps_per_decade == pytest.approx(math.log(0.1) / math.log(a.rate))
    assert a.model_gap == pytest.approx(a.value - 0.0, rel=1e-12)   # f* = 0: the model is the surface
    h = s.hessian(np.zeros(2))
    for i in range(2):
        np.testing.assert_allclose(h @ a.eigenvectors[:, i], a.eigenvalues[i] * a.eigenvectors[:, i], atol=1e-12)
    assert theory.local(s, (0.0, 0.0), "sgd", {"lr": 0.03}).kind == "minimum"
    opt = optimizers.create("nesterov", lr=0.01, momentum=0.9)      # an engine Optimizer, overridden
    b = theory.local(s, (1.0, -0.4), opt, {"momentum": 0.5})
    assert b.momentum == 0.5 and opt.hyperparams["momentum"] == 0.9
    assert b.rate == pytest.approx(theory.rate("nesterov", LAM, lr=0.01, momentum=0.5), rel=1e-12)
    over = theory.local(s, (1.0, -0.4), "sgd", {"lr": 0.021})
    assert over.unstable and over.rate > 1.0


def test_local_kinds_and_the_schedule():
    saddle = surfaces.get("saddle")
    at = theory.local(saddle, saddle.saddles[0], "sgd", {"lr": 0.1})
    assert at.critical and at.kind == "saddle" and at.rate > 1.0    # it leaves along the negative direction
    near = theory.local(saddle, saddle.saddles[0] + 0.3, "sgd", {"lr": 0.1})
    assert not near.critical and near.kind in ("saddle-shaped", "convex", "concave")
    rosen = surfaces.get("rosenbrock")
    r = theory.local(rosen, (-1.0, 1.5), "sgd", {"lr": 1e-3, "schedule": "step", "gamma": 0.5, "step_size": 10},
                     t=25)
    assert not r.exact and r.lr == pytest.approx(0.25e-3)


def test_preconditioned_hessian_of_adam_from_its_record():
    """D^(-1/2) H D^(-1/2) with D = lr / effective_lr: its eigenvalues times lr are those of the
    actual linearised step E H (E = diag(effective_lr)), checked directly."""
    for angle, flat in ((0.0, True), (40.0, False)):
        s = surfaces.get("ravine", condition=100.0, angle=angle)
        run = engine.Run(s, start=s.start)
        lane = run.add("adam", lr=0.02)
        run.step(200)
        rec = lane.last_record
        a = theory.local(s, lane.point, lane.optimizer, state=rec, t=lane.t)
        e = np.asarray(rec["effective_lr"]).reshape(2)
        step = np.sort(np.linalg.eigvals(np.diag(e) @ a.hessian).real)
        np.testing.assert_allclose(a.step_eigenvalues, step, rtol=1e-9)
        np.testing.assert_allclose(a.preconditioned_eigenvalues * 0.02, step, rtol=1e-9)
        print(f"\nadam on the ravine at angle {angle:g}: kappa {a.condition:.1f} -> effective {a.effective_condition:.2f}")
        # Adam divides by its gradients' RMS, not by the curvature: axis-aligned, the
        # preconditioned Hessian stays diagonal and kappa falls about tenfold; tilted, the
        # diagonal scaling cannot undo the rotation and kappa stays near 100.
        if flat:
            assert a.effective_condition <= 100.0 / 5
        else:
            assert a.effective_condition >= 0.8 * 100.0
    # v_hat alone (no effective_lr): D = sqrt(v_hat) + eps
    b = theory.local(s, (1.0, 1.0), "adam", {"lr": 0.02}, state={"v_hat": [[4.0, 9.0]]})
    np.testing.assert_allclose(b.preconditioner, [2.0 + 1e-8, 3.0 + 1e-8])
    assert theory.local(s, (1.0, 1.0), "sgd", {"lr": 0.01}).preconditioned_eigenvalues is None


# -- bad input ----------------------------------------------------------------------------

BAD = [
    (theory.rate, ("sgdd", LAM), {"lr": 0.1}, ["'sgdd'", "Did you mean 'sgd'"]),
    (theory.rate, ("adam", LAM), {"lr": 0.1}, ["'adam'", "theory.local"]),
    (theory.rate, (3, LAM), {"lr": 0.1}, ["3", "sgd, momentum, nesterov"]),
    (theory.rate, ("sgd", []), {"lr": 0.1}, ["[]"]),
    (theory.rate, ("sgd", [0.0, 1.0]), {"lr": 0.1}, ["0.0", "positive"]),
    (theory.rate, ("sgd", [-2.0, 1.0]), {"lr": 0.1}, ["-2.0"]),
    (theory.rate, ("sgd", [float("nan")]), {"lr": 0.1}, ["nan"]),
    (theory.rate, ("sgd", [1.0, float("inf")]), {"lr": 0.1}, ["inf"]),
    (theory.rate, ("sgd", "big"), {"lr": 0.1}, ["'big'"]),
    (theory.rate, ("sgd", LAM), {"lr": 0.0}, ["'lr'", "0.0"]),
    (theory.rate, ("sgd", LAM), {"lr": -0.5}, ["'lr'", "-0.5"]),
    (theory.rate, ("sgd", LAM), {"lr": float("nan")}, ["'lr'", "nan"]),
    (theory.rate, ("sgd", LAM), {"lr": float("inf")}, ["'lr'", "inf", "finite"]),
    (theory.rate, ("sgd", LAM), {"lr": "fast"}, ["'lr'", "'fast'"]),
    (theory.rate, ("sgd", LAM), {"lr": True}, ["'lr'", "True"]),
    (theory.rate, ("sgd", LAM), {}, ["'lr'", "Missing"]),
    (theory.rate, ("sgd", LAM), {"lr": 0.1, "momentum": 0.9}, ["'momentum'", "lr"]),
    (theory.rate, ("momentum", LAM), {"lr": 0.1, "momentum": 1.0}, ["'momentum'", "1.0", "[0, 1)"]),
    (theory.rate, ("momentum", LAM), {"lr": 0.1, "momentum": -0.1}, ["'momentum'", "-0.1"]),
    (theory.rate, ("momentum", LAM), {"lr": 0.1}, ["'momentum'", "Missing"]),
    (theory.rate, ("momentum", LAM), {"lr": 0.1, "momentum": 0.5, "dampening": 1.0}, ["'dampening'", "1.0"]),
    (theory.rate, ("momentum", LAM), {"lr": 0.1, "mometum": 0.5}, ["'mometum'", "Did you mean 'momentum'"]),
    (theory.rate, ("nesterov", LAM), {"lr": 0.1, "momentum": 0.5, "dampening": 0.1}, ["'dampening'"]),
    (theory.rate_grid, ("momentum", LAM), {"lr": [0.1, -0.2], "momentum": 0.5}, ["'lr'", "-0.2"]),
    (theory.rate_grid, ("momentum", LAM), {"lr": 0.1, "momentum": [0.5, 1.5]}, ["'momentum'", "1.5"]),
    (theory.rate_grid, ("sgd", LAM), {"lr": [0.1, float("inf")]}, ["'lr'", "inf"]),
    (theory.optimal, ("nesterov", [1.0, -3.0]), {}, ["-3.0"]),
    (theory.optimal, ("lion", LAM), {}, ["'lion'"]),
    (theory.stable_lr, ("momentum", LAM), {}, ["'momentum'", "Missing"]),
    (theory.stable_lr, ("nesterov", LAM), {"momentum": 2.0}, ["'momentum'", "2.0"]),
    (theory.stable_lr, ("sgd", [float("nan")]), {}, ["nan"]),
]


@pytest.mark.parametrize("fn, args, kwargs, fragments", BAD,
                         ids=[f"{fn.__name__}-{i}" for i, (fn, *_r) in enumerate(BAD)])
def test_bad_input_raises_naming_the_value(fn, args, kwargs, fragments):
    with pytest.raises(ValueError) as err:
        fn(*args, **kwargs)
    for fragment in fragments:
        assert fragment in str(err.value), str(err.value)


def test_local_rejects_bad_input_with_the_engines_messages():
    s = surfaces.get("quadratic")
    with pytest.raises(ValueError, match="Unknown optimizer 'adma'. Did you mean"):
        theory.local(s, (0.0, 0.0), "adma", {})
    with pytest.raises(ValueError, match="'lr'.*-1"):
        theory.local(s, (0.0, 0.0), "sgd", {"lr": -1.0})
    with pytest.raises(ValueError, match="point"):
        theory.local(s, (float("nan"), 0.0), "sgd", {"lr": 0.1})
    # where the surface overflows (a typed formula, a lane that diverged): a message, no nan maths
    steep = surfaces.from_formula("exp(exp(exp(x*y)))", bounds=((-3.0, 3.0), (-3.0, 3.0)))
    with np.errstate(all="ignore"), pytest.raises(ValueError, match="not finite"):
        theory.local(steep, (2.9, 2.9), "sgd", {"lr": 0.1})


def test_the_readme_snippet_runs(capsys):
    """docs/theory-readme-snippet.md's example (for README's "Scripting the engine") runs as printed."""
    import re
    from pathlib import Path
    text = (Path(__file__).resolve().parents[2] / "docs" / "theory-readme-snippet.md").read_text(encoding="utf-8")
    code = re.search(r"```python\n(.*?)```", text, re.S).group(1)
    exec(compile(code, "theory-readme-snippet", "exec"), {})
    out = capsys.readouterr().out.splitlines()
    measured, predicted = (float(x) for x in out[5].split(" = "))
    assert measured == pytest.approx(predicted, rel=1e-9)
