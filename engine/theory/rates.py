"""Exact rates of gradient descent, heavy-ball momentum and Nesterov on quadratics.

On f(x) = ½ (x − x*)ᵀ H (x − x*) every method here is linear in the error, and in the
eigenbasis of H it splits into independent directions, one per eigenvalue λ. In one
direction, with torch.optim's rules (a = η (1 − τ), τ the dampening)::

    sgd       e' = (1 − ηλ) e
    momentum  b' = μ b + (1 − τ) λ e,   e' = e − η b'            (torch.optim.SGD)
    nesterov  b' = μ b + λ e,           e' = e − η (λ e + μ b')  (SGD, nesterov=True)

so (e, b) evolves by a 2x2 matrix whose characteristic polynomial z² − T z + D has

    sgd       T = 1 − ηλ                D = 0
    momentum  T = 1 + μ − aλ            D = μ
    nesterov  T = (1 + μ)(1 − ηλ)       D = μ (1 − ηλ)

(the companion matrix of the same polynomial drives x_{k+1} = T x_k − D x_{k−1}).
The error contracts asymptotically by the spectral radius ρ(λ) = max |z| per step, and
on the whole quadratic by max over the eigenvalues; ρ > 1 diverges. Each ρ(λ) is
quasi-convex in λ (it falls to a minimum and rises again), so over any spectrum inside
[λmin, λmax] the worst direction is an end: a grid needs only the two extremes.

    >>> rate("sgd", [1.0, 100.0], lr=2 / 101)        # tuned gradient descent: (κ−1)/(κ+1)
    0.9801980198019802
"""
from __future__ import annotations

import math
import threading
from typing import Any

import numpy as np

from ..spec import Param, unknown_name_message

NAMES = ("sgd", "momentum", "nesterov")

_LR = Param("lr", None, "learning rate", low=0.0, low_open=True)
_MOMENTUM = Param("momentum", None, "momentum factor", low=0.0, high=1.0, high_open=True)
_DAMPENING = Param("dampening", 0.0, "dampening", low=0.0, high=1.0, high_open=True)
# The hyperparameters each rate reads; everything else is refused by name.
_READS = {"sgd": (_LR,), "momentum": (_LR, _MOMENTUM, _DAMPENING), "nesterov": (_LR, _MOMENTUM)}


# -- validation ----------------------------------------------------------------------------

def check_name(name: Any) -> str:
    if name in NAMES:
        return name
    from .. import optimizers
    if isinstance(name, str) and name in optimizers.names():
        raise ValueError(f"No closed-form rate for optimizer {name!r}: theory covers "
                         f"{', '.join(NAMES)} (for adaptive methods use theory.local, which gives "
                         "the preconditioned Hessian they face)")
    raise ValueError(unknown_name_message("optimizer", name, NAMES))


def check_eigenvalues(eigenvalues: Any) -> np.ndarray:
    """A 1-D float array of positive finite eigenvalues, or ValueError naming the offender."""
    try:
        lam = np.asarray(eigenvalues, dtype=float).reshape(-1)
    except (TypeError, ValueError):
        raise ValueError(f"Invalid eigenvalues {eigenvalues!r}: must be positive finite numbers") from None
    if lam.size == 0:
        raise ValueError("Invalid eigenvalues []: need at least one (positive, finite)")
    bad = ~np.isfinite(lam) | (lam <= 0)
    if bad.any():
        raise ValueError(f"Invalid eigenvalue: {lam[bad][0]!r} (eigenvalues of a quadratic's Hessian "
                         "must be positive and finite; a zero or negative one has no minimum to converge to)")
    return lam


def check_hyperparams(name: str, hyperparams: dict, need: tuple[str, ...], vector: bool = False) -> dict:
    """Validated float values (arrays if ``vector``) of the hyperparameters ``name`` reads."""
    reads = {p.name: p for p in _READS[name]}
    for key in hyperparams:
        if key not in reads:
            raise ValueError(unknown_name_message(f"hyperparameter of theory for {name}:", key, reads))
    out = {}
    for key, param in reads.items():
        if key not in hyperparams:
            if key in need:
                raise ValueError(f"Missing hyperparameter {key!r} for {name} (needs {', '.join(need)})")
            if param.default is not None:
                out[key] = param.default
            continue
        value = hyperparams[key]
        if vector:
            out[key] = _check_array(param, value, name)
        else:
            out[key] = float(_check_array(param, param.check(value, name), name))
    return out


def _check_array(param: Param, value: Any, owner: str) -> np.ndarray:
    try:
        arr = np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        raise ValueError(f"Invalid value for {owner}'s {param.name!r}: {value!r} (must be numbers)") from None
    lo_bad = arr <= param.low if param.low_open else arr < param.low
    hi_bad = arr >= param.high if param.high_open else arr > param.high
    bad = ~np.isfinite(arr) | lo_bad | hi_bad
    if bad.any():
        first = float(arr[bad].flat[0])
        if math.isfinite(first):
            param.check(first, owner)    # raises with the engine's wording
        raise ValueError(f"Invalid value for {owner}'s {param.name!r}: {first!r} "
                         f"(must be a finite number in {param.range_text()})")
    return arr


# -- the companion matrices ---------------------------------------------------------------

def trace_det(name: str, lam, lr, momentum=0.0, dampening=0.0):
    """T and D of z² − T z + D for each eigenvalue (numpy broadcasting over all inputs;
    D keeps the shape of what it depends on, so a momentum grid's D is one row)."""
    if name == "sgd":
        return 1.0 - lr * lam, np.zeros(np.shape(lr * lam))
    if name == "momentum":
        return 1.0 + momentum - lr * (1.0 - dampening) * lam, np.asarray(momentum, dtype=float)
    s = 1.0 - lr * lam
    return (1.0 + momentum) * s, momentum * s


def spectral_radius(t, d, out=None, work=None):
    """max |z| over the roots of z² − t z + d (real t, d; any broadcastable shapes).

    Real roots (t² ≥ 4d): (|t| + √(t² − 4d)) / 2; a complex pair: √d. Written as
    max((|t| + √max(t² − 4d, 0)) / 2, √max(d, 0)): with real roots and d ≥ 0 the first is
    ≥ |t|/2 ≥ √d, with complex ones the first is |t|/2 < √d, and d < 0 always has real roots.
    out, work: optional float arrays of the broadcast shape, reused (a phase diagram at
    60 fps should not allocate a dozen 320 kB temporaries per frame).
    """
    t = np.asarray(t, dtype=float)
    d = np.asarray(d, dtype=float)
    shape = np.broadcast_shapes(t.shape, d.shape)
    out = np.empty(shape) if out is None else out
    work = np.empty(shape) if work is None else work
    np.multiply(t, t, out=out)
    np.multiply(d, 4.0, out=work)
    out -= work
    np.maximum(out, 0.0, out=out)
    np.sqrt(out, out=out)
    np.abs(t, out=work)
    out += work
    out *= 0.5
    np.maximum(d, 0.0, out=work)
    np.sqrt(work, out=work)
    np.maximum(out, work, out=out)
    return out if out.ndim else float(out)


def radius(name: str, lam, lr, momentum=0.0, dampening=0.0, out=None, work=None):
    """ρ(λ) for every broadcast combination, unvalidated (λ may be ≤ 0: then ρ ≥ 1 means
    the error grows along that direction: escape from a saddle or a maximum)."""
    return spectral_radius(*trace_det(name, lam, lr, momentum, dampening), out=out, work=work)


_scratch = threading.local()


def _buffers(shape, count):
    """Reused scratch arrays of one shape, per thread: a fresh 320 kB temporary costs
    page faults that here take longer than the arithmetic on it."""
    cache = getattr(_scratch, "cache", None)
    if cache is None or cache[0] != shape:
        cache = _scratch.cache = (shape, [np.empty(shape) for _ in range(4)])
    return cache[1][:count]


def _radius_into(name, lam, hp, out, work, t_buf, d_buf):
    """ρ(λ) over the grid into ``out``: T and D written into full-size buffers from their
    small factors (a row of momenta times a column of learning rates)."""
    lr, mu = hp["lr"], hp.get("momentum", 0.0)
    if name == "sgd":
        np.multiply(lr, -lam, out=t_buf)
        t_buf += 1.0
        return np.abs(t_buf, out=out)
    if name == "momentum":
        np.multiply(lr, -(1.0 - hp.get("dampening", 0.0)) * lam, out=t_buf)
        t_buf += 1.0 + mu
        return spectral_radius(t_buf, mu, out=out, work=work)
    step = 1.0 - lr * lam            # shaped like lr
    np.multiply(1.0 + mu, step, out=t_buf)
    np.multiply(mu, step, out=d_buf)
    return spectral_radius(t_buf, d_buf, out=out, work=work)


# -- the public functions -----------------------------------------------------------------

def rate(name: str, eigenvalues, **hyperparams) -> float:
    """Asymptotic per-step contraction factor ρ of the error ‖x_k − x*‖ on a quadratic.

    ρ = max over the eigenvalues λ of the spectral radius of the method's 2x2 matrix
    (module docstring); the error shrinks like ρᵏ and f − f* like ρ²ᵏ; ρ > 1 diverges.
    sgd reads lr; momentum lr, momentum, dampening (default 0); nesterov lr, momentum.

    >>> round(rate("momentum", [1.0, 100.0], lr=4 / 121, momentum=(9 / 11) ** 2), 12)
    0.818181818182
    """
    name = check_name(name)
    lam = check_eigenvalues(eigenvalues)
    hp = check_hyperparams(name, hyperparams, ("lr",) if name == "sgd" else ("lr", "momentum"))
    return float(np.max(radius(name, lam, **hp)))


def rate_grid(name: str, eigenvalues, *, out: np.ndarray | None = None, **hyperparams) -> np.ndarray:
    """``rate`` for whole arrays of hyperparameters at once (numpy broadcasting).

    The phase diagram: ``rate_grid("momentum", lam, lr=lrs[:, None], momentum=mus[None, :])``
    is a (len(lrs), len(mus)) array. Only λmin and λmax are evaluated (ρ(λ) is quasi-convex,
    so they bound every eigenvalue between them). out: an array of the broadcast shape to
    fill (a window redrawing the diagram every frame reuses one).
    """
    name = check_name(name)
    lam = check_eigenvalues(eigenvalues)
    hp = check_hyperparams(name, hyperparams, ("lr",) if name == "sgd" else ("lr", "momentum"), vector=True)
    shape = np.broadcast_shapes(*(np.shape(v) for v in hp.values()))
    if out is None:
        out = np.empty(shape)
    elif out.shape != shape:
        raise ValueError(f"Invalid out shape {out.shape}: the hyperparameters broadcast to {shape}")
    lo, work, t_buf, d_buf = _buffers(shape, 4)
    _radius_into(name, float(lam.min()), hp, lo, work, t_buf, d_buf)
    _radius_into(name, float(lam.max()), hp, out, work, t_buf, d_buf)
    np.maximum(out, lo, out=out)
    return out if out.ndim else float(out)


def stability_limit(name: str, momentum=0.0, dampening=0.0):
    """The largest η·λmax that still converges: sgd 2; momentum 2(1 + μ)/(1 − τ);
    nesterov 2(1 + μ)/(1 + 2μ). From Jury's conditions |D| < 1, |T| < 1 + D."""
    if name == "sgd":
        return 2.0 + 0.0 * np.asarray(momentum, dtype=float)
    if name == "momentum":
        return 2.0 * (1.0 + momentum) / (1.0 - dampening)
    return 2.0 * (1.0 + momentum) / (1.0 + 2.0 * momentum)


def stable_lr(name: str, eigenvalues, **hyperparams) -> float:
    """The largest learning rate that still converges (the rate is 1 exactly there).

    sgd 2/λmax; heavy ball 2(1 + μ)/((1 − τ) λmax); nesterov 2(1 + μ)/((1 + 2μ) λmax).
    Needs ``momentum`` for the momentum methods; ``lr``, if given, is checked and ignored.
    """
    name = check_name(name)
    lam = check_eigenvalues(eigenvalues)
    hp = check_hyperparams(name, hyperparams, () if name == "sgd" else ("momentum",))
    hp.pop("lr", None)
    return float(stability_limit(name, **hp) / lam.max())


def optimal(name: str, eigenvalues) -> dict:
    """The hyperparameters minimising the worst rate over every quadratic whose spectrum lies
    in [λmin, λmax], and that rate; κ = λmax/λmin.

    sgd (tuned gradient descent): lr = 2/(λmin + λmax), rate (κ − 1)/(κ + 1).
    momentum (Polyak's heavy ball; torch's lr = α, momentum = β): lr = 4/(√λmax + √λmin)²,
        momentum = ((√κ − 1)/(√κ + 1))², rate (√κ − 1)/(√κ + 1).
    nesterov (Lessard, Recht & Packard 2016, the quadratic tuning; torch's nesterov=True has
        the same characteristic polynomial): lr = 4/(3λmax + λmin),
        momentum = (√(3κ + 1) − 2)/(√(3κ + 1) + 2), rate 1 − 2/√(3κ + 1).
    The tests check each against a numerical minimisation of the worst ρ.
    """
    name = check_name(name)
    lam = check_eigenvalues(eigenvalues)
    lo, hi = float(lam.min()), float(lam.max())
    kappa = hi / lo
    if name == "sgd":
        return {"lr": 2.0 / (lo + hi), "rate": (kappa - 1.0) / (kappa + 1.0)}
    if name == "momentum":
        q = (math.sqrt(kappa) - 1.0) / (math.sqrt(kappa) + 1.0)
        return {"lr": 4.0 / (math.sqrt(hi) + math.sqrt(lo)) ** 2, "momentum": q * q, "rate": q}
    r = math.sqrt(3.0 * kappa + 1.0)
    return {"lr": 4.0 / (3.0 * hi + lo), "momentum": (r - 2.0) / (r + 2.0), "rate": 1.0 - 2.0 / r}


def predicted_gap(gap0, rate, steps) -> np.ndarray:
    """The loss gap f − f* the rate predicts: gap0 · ρ^(2k) for k = 0..steps (an int) or for
    the given step offsets k (an array). The error shrinks like ρᵏ, the gap is quadratic in it."""
    k = np.arange(int(steps) + 1) if np.ndim(steps) == 0 else np.asarray(steps, dtype=float)
    with np.errstate(over="ignore", under="ignore"):
        return float(gap0) * np.power(float(rate), 2.0 * k)


def steps_per_decade(rate) -> float:
    """Steps for the error to shrink tenfold: ln 0.1 / ln ρ (inf when ρ ≥ 1, 0 when ρ = 0)."""
    rate = float(rate)
    if rate >= 1.0 or not math.isfinite(rate):
        return math.inf
    if rate <= 0.0:
        return 0.0
    return math.log(0.1) / math.log(rate)
