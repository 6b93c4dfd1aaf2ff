"""Record reference trajectories from torch.optim for tests/engine/test_torch_reference.py.

torch is far too heavy to be a test dependency, so the reference trajectories are generated
once, here, and committed as a small JSON fixture (torch_trajectories.json, next to this
script). To regenerate them (torch 2.13.0 CPU installs from the machine's local wheel)::

    python3 -m venv /tmp/torchref
    /tmp/torchref/bin/pip install torch==2.13.0 numpy
    /tmp/torchref/bin/python tests/engine/reference/make_torch_reference.py

(run from the repository root; the script puts the root on sys.path itself and imports
``engine.surfaces``, which is pure numpy, for the gradients). While tuning cases,
``... make_torch_reference.py --check [surface ...]`` prints the checks below per case and
writes nothing. The script refuses to write a fixture if any case fails them.

How a case is recorded: a float64 torch tensor ``p`` of shape (2,) starts at the start
point; each step sets ``p.grad = torch.from_numpy(surface.grad(p.detach().numpy().copy()))``
and calls ``opt.step()``. The 201 points (start + 200 steps) are stored with full float64
precision (json writes floats with repr, which round-trips).

Two details make this a float64 reference:

* ``torch.set_default_dtype(torch.float64)``. torch keeps some optimizer *state scalars* in
  the default dtype (``_get_scalar_dtype()`` in torch/optim/optimizer.py): NAdam's
  ``mu_product`` would otherwise be a float32 tensor, which alone moves a NAdam path by
  ~1e-9 relative (1.2e-9 measured on nadam-ravine). (The ``step`` counters are integers,
  exact in either dtype.)
* ``foreach=False``: on CPU torch already picks the single-tensor path (``_single_tensor_*``)
  by default; we pin it so the op order recorded is the one documented in those functions.

Every case is also checked before it is written:

* finite, and it moves (net displacement >= 5% of the surface's window) without leaving
  the window widened by half its size on each side;
* it does not converge: the true gradient norm stays >= 1e-4 at every step. Near a
  minimum the comparison says little (the relative error has only the floor to go by) and
  the engine may freeze a run whose gradient falls below its convergence tolerance;
* not chaotic: the same case is rerun with torch's multi-tensor implementation
  (``foreach=True``: the same maths, partly in another op order, so another round-off) and
  must stay within 1e-12 relative; and it is rerun from a start perturbed by 1e-13 relative,
  and the departure may grow at most 1e4-fold. A correct engine differs from torch by a few
  ulps per step (op order, fused multiply-adds); in a case that amplifies round-off more
  than that, it could not be held to 1e-10, so such cases are rejected.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import numpy as np
import torch

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

from engine import surfaces  # noqa: E402  (pure numpy)

OUT = HERE / "torch_trajectories.json"
STEPS = 200
FOREACH_TOL = 1e-12     # max relative departure of torch's own multi-tensor path
PERTURB = 1e-13         # relative perturbation of the start ...
PERTURB_GAIN = 1e4      # ... may grow at most this much (1e-13 -> 1e-9 is already too much)
MIN_GRAD = 1e-4         # the path must not converge: |grad| stays above this at every step

torch.set_default_dtype(torch.float64)

# --------------------------------------------------------------------------------------
# The surfaces (at least 3 per optimizer) with their windows and starts.

SURFACES = {
    "quadratic": {"params": {"a": 1.0, "b": 4.0}, "start": [1.6, 1.2]},
    "ravine": {"params": {"condition": 20.0, "angle": 30.0}, "start": None},  # start: see below
    "rosenbrock": {"params": {}, "start": [-0.5, 0.0]},
    "himmelblau": {"params": {}, "start": [-0.5, -0.5]},
}

# --------------------------------------------------------------------------------------
# The optimizers: our name, torch class, settings (our hyperparameter names) and the
# learning rate per surface. Hyperparameters not listed are left at their defaults on both
# sides, so the default cases also check that the engine's defaults equal torch's.

OPTIMIZERS = [
    {
        "optimizer": "sgd",
        "torch_class": "SGD",
        "settings": [{}, {"lr_scale": 0.5}],  # lr_scale: the surface's lr times this
        "lr": {"quadratic": 0.02, "ravine": 0.01, "rosenbrock": 5e-4, "himmelblau": 0.001},
    },
    {
        "optimizer": "momentum",
        "torch_class": "SGD",
        "settings": [{}, {"momentum": 0.5}, {"dampening": 0.5}, {"momentum": 0.8, "dampening": 0.8}],
        "lr": {"quadratic": 0.003, "ravine": 0.003, "rosenbrock": 3e-4, "himmelblau": 5e-4},
    },
    {
        "optimizer": "nesterov",
        "torch_class": "SGD",
        "settings": [{}, {"momentum": 0.5}],
        "lr": {"quadratic": 0.002, "ravine": 0.002, "rosenbrock": 3e-4, "himmelblau": 5e-4},
    },
    {
        "optimizer": "adagrad",
        "torch_class": "Adagrad",
        "settings": [{}, {"lr_decay": 0.01, "initial_accumulator_value": 0.1}],
        "lr": {"quadratic": 0.1, "ravine": 0.3, "rosenbrock": 0.3, "himmelblau": 0.1},
    },
    {
        "optimizer": "rmsprop",
        "torch_class": "RMSprop",
        "settings": [{}, {"centered": True}, {"momentum": 0.5}, {"centered": True, "momentum": 0.5}],
        "lr": {"quadratic": 0.005, "ravine": 0.01, "rosenbrock": 0.005, "himmelblau": 0.005},
    },
    {
        "optimizer": "adadelta",
        "torch_class": "Adadelta",
        "settings": [{}, {"lr": 0.5, "rho": 0.95, "eps": 1e-5}, {"rho": 0.95, "eps": 1e-6}],
        "lr": {},  # torch's default lr=1.0 unless a setting says otherwise
    },
    {
        "optimizer": "adam",
        "torch_class": "Adam",
        "settings": [{}, {"amsgrad": True}, {"beta1": 0.8, "beta2": 0.99, "eps": 1e-6}],
        "lr": {"quadratic": 0.02, "ravine": 0.02, "rosenbrock": 0.01, "himmelblau": 0.02},
    },
    {
        "optimizer": "adamw",
        "torch_class": "AdamW",
        "settings": [{}, {"weight_decay": 0.1}, {"weight_decay": 0.1, "amsgrad": True}],
        "lr": {"quadratic": 0.02, "ravine": 0.02, "rosenbrock": 0.01, "himmelblau": 0.02},
    },
    {
        "optimizer": "nadam",
        "torch_class": "NAdam",
        "settings": [{}, {"momentum_decay": 0.01}, {"beta1": 0.8, "beta2": 0.99}],
        "lr": {"quadratic": 0.02, "ravine": 0.02, "rosenbrock": 0.01, "himmelblau": 0.02},
    },
    {
        "optimizer": "radam",
        "torch_class": "RAdam",
        "settings": [{}, {"beta1": 0.8, "beta2": 0.99}],
        "lr": {"quadratic": 0.02, "ravine": 0.02, "rosenbrock": 0.01, "himmelblau": 0.02},
    },
    {
        "optimizer": "adamax",
        "torch_class": "Adamax",
        "settings": [{}, {"beta1": 0.8, "beta2": 0.99, "eps": 1e-6}],
        "lr": {"quadratic": 0.01, "ravine": 0.02, "rosenbrock": 0.01, "himmelblau": 0.02},
    },
]

# Our defaults that differ from torch's (torch SGD has momentum=0).
OUR_EXTRA_DEFAULTS = {"momentum": {"momentum": 0.9}, "nesterov": {"momentum": 0.9}}


def torch_kwargs(optimizer: str, hp: dict) -> dict:
    """Our hyperparameters -> torch's keyword arguments."""
    kw = {**OUR_EXTRA_DEFAULTS.get(optimizer, {}), **hp}
    if "beta1" in kw or "beta2" in kw:
        kw["betas"] = [kw.pop("beta1", 0.9), kw.pop("beta2", 0.999)]  # torch's defaults
    if optimizer == "nesterov":
        kw["nesterov"] = True
    kw["foreach"] = False
    return kw


def run_torch(cls_name: str, kw: dict, surface, start, steps=STEPS) -> np.ndarray:
    kw = dict(kw)
    if "betas" in kw:
        kw["betas"] = tuple(kw["betas"])
    p = torch.tensor(start, dtype=torch.float64, requires_grad=True)
    opt = getattr(torch.optim, cls_name)([p], **kw)
    points = [p.detach().numpy().copy()]
    for _ in range(steps):
        p.grad = torch.from_numpy(surface.grad(p.detach().numpy().copy()))
        opt.step()
        points.append(p.detach().numpy().copy())
    return np.array(points)


def window_scale(surface) -> float:
    (x0, x1), (y0, y1) = surface.bounds
    return float(max(x1 - x0, y1 - y0))


def rel_dev(a: np.ndarray, b: np.ndarray, scale: float) -> float:
    return float(np.max(np.abs(a - b) / np.maximum(np.abs(b), 1e-3 * scale)))


def case_id(optimizer: str, hp: dict, surface: str) -> str:
    inner = ",".join(f"{k}={v}" for k, v in hp.items()) or "defaults"
    return f"{optimizer}[{inner}]-{surface}"


def build_cases(only=None, verbose=True):
    cases, rejected = [], []
    for o in OPTIMIZERS:
        for setting in o["settings"]:
            for sname, sconf in SURFACES.items():
                if only and sname not in only:
                    continue
                surface = surfaces.get(sname, **sconf["params"])
                start = list(sconf["start"] or surface.start)
                hp = dict(setting)
                scale = hp.pop("lr_scale", 1.0)
                if "lr" not in hp and sname in o["lr"]:
                    hp = {"lr": o["lr"][sname] * scale, **hp}
                kw = torch_kwargs(o["optimizer"], hp)
                pts = run_torch(o["torch_class"], kw, surface, start)
                cid = case_id(o["optimizer"], hp, sname)
                w = window_scale(surface)
                problems = []
                if not np.all(np.isfinite(pts)):
                    problems.append("not finite")
                else:
                    moved = float(np.linalg.norm(pts[-1] - pts[0]))
                    if moved < 0.05 * w:
                        problems.append(f"moved only {moved:.3g} (window {w:g})")
                    other = run_torch(o["torch_class"], {**kw, "foreach": True}, surface, start)
                    d_foreach = rel_dev(other, pts, w)
                    if d_foreach > FOREACH_TOL:
                        problems.append(f"foreach path departs {d_foreach:.2e}")
                    pstart = [start[0] * (1 + PERTURB), start[1] * (1 - PERTURB)]
                    pert = run_torch(o["torch_class"], kw, surface, pstart)
                    gain = rel_dev(pert, pts, w) / PERTURB
                    if gain > PERTURB_GAIN:
                        problems.append(f"perturbation gain {gain:.2e}")
                    gmin = float(np.min(np.linalg.norm(surface.grad(pts[:-1]), axis=-1)))
                    if gmin < MIN_GRAD:
                        problems.append(f"converges (|grad| down to {gmin:.1e})")
                    lo, hi = np.array(surface.bounds).T
                    inside = bool(np.all((pts >= lo - 0.5 * w) & (pts <= hi + 0.5 * w)))
                    if not inside:
                        problems.append("leaves the window")
                if verbose:
                    status = "ok " if not problems else "BAD"
                    info = "" if problems else (
                        f"moved {moved:.3g}, end {pts[-1].round(4).tolist()}, "
                        f"foreach {d_foreach:.1e}, gain {gain:.1e}")
                    print(f"{status} {cid:60s} {info}{'; '.join(problems)}")
                if problems:
                    rejected.append((cid, problems))
                    continue
                kw_out = {k: v for k, v in kw.items() if k != "foreach"}
                cases.append({
                    "id": cid,
                    "optimizer": o["optimizer"],
                    "hyperparameters": hp,
                    "torch_class": f"torch.optim.{o['torch_class']}",
                    "torch_kwargs": kw_out,
                    "surface": sname,
                    "surface_params": dict(sconf["params"]),
                    "start": start,
                    "steps": STEPS,
                    "points": pts.tolist(),
                })
    return cases, rejected


def write(cases) -> None:
    head = {
        "torch_version": torch.__version__,
        "generated_by": "tests/engine/reference/make_torch_reference.py "
                        "(/tmp/torchref/bin/python tests/engine/reference/make_torch_reference.py)",
        "notes": "float64 parameters; torch.set_default_dtype(torch.float64) so optimizer state "
                 "scalars (NAdam's mu_product) are float64; foreach=False (the single-tensor "
                 "path torch uses on CPU). Each step: p.grad = surface.grad(p); opt.step(). "
                 "points: start + one point per step.",
        "numpy_version": np.__version__,
    }
    lines = ["{"]
    for k, v in head.items():
        lines.append(f"  {json.dumps(k)}: {json.dumps(v)},")
    lines.append('  "cases": [')
    body = [
        "    " + json.dumps(c, separators=(",", ":"), allow_nan=False) for c in cases
    ]
    lines.append(",\n".join(body))
    lines.append("  ]")
    lines.append("}")
    OUT.write_text("\n".join(lines) + "\n")
    # round-trip check: every float reads back bit for bit
    back = json.loads(OUT.read_text())
    for c, b in zip(cases, back["cases"]):
        assert np.array_equal(np.array(c["points"]), np.array(b["points"])), c["id"]
    print(f"wrote {len(cases)} cases to {OUT} ({os.path.getsize(OUT) / 1e6:.2f} MB)")


def main(argv) -> int:
    # `--check quadratic ravine`: print the checks for some surfaces, write nothing.
    if argv[:1] == ["--check"]:
        build_cases(only=argv[1:] or None)
        return 0
    cases, rejected = build_cases()
    if rejected:
        print(f"{len(rejected)} case(s) rejected; fix their settings before writing:")
        for cid, problems in rejected:
            print(f"  {cid}: {'; '.join(problems)}")
        return 1
    write(cases)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
