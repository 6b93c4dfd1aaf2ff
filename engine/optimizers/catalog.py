"""The named optimizers: each one's hyperparameters (torch.optim's names and defaults)
and its chain of blocks. No update rule lives here; rules are blocks, shared.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..spec import Param
from . import blocks as b
from .base import Transform, blocks_of, chain
from .curvature import precondition_by_bfgs, precondition_by_hessian, precondition_by_lbfgs
from .directions import conjugate_direction, coordinate_direction
from .line_search import scale_by_step_length
from .modifiers import MODIFIER_PARAMS, clip_by_norm, scale_by_learning_rate


def lr(default: float) -> Param:
    return Param("lr", default, "learning rate: the step size", low=0.0, high=1e3, low_open=True, log=True)


def beta(name: str, default: float, doc: str) -> Param:
    return Param(name, default, doc, low=0.0, high=1.0, high_open=True)


def eps(default: float) -> Param:
    return Param("eps", default, "added to the denominator for numerical stability", low=0.0, high=1.0, log=True)


MOMENTUM = Param("momentum", 0.9, "momentum factor mu: how much of the last velocity is kept",
                 low=0.0, high=1.0, high_open=True)
BETAS = (beta("beta1", 0.9, "decay rate of the first-moment (mean) estimate"),
         beta("beta2", 0.999, "decay rate of the second-moment (uncentered variance) estimate"))
DAMPING = Param("damping", 0.0, "Levenberg-Marquardt damping lambda added to the Hessian's diagonal",
                low=0.0, high=1e6)
WOLFE = Param("line_search", "wolfe", "how the step length is chosen: strong Wolfe conditions, "
              "or exact minimization along the direction", kind="choice", choices=("wolfe", "exact"))


@dataclass(frozen=True)
class Definition:
    """A named optimizer: its spec (``params``, plus clipping and schedules when
    ``modifiers``), its chain (``build``), and how it is described.

    Checked when defined: every hyperparameter a block of the chain reads is declared, and
    every declared one is read by some block (a knob that does nothing is a bug too).
    """

    name: str
    title: str
    params: tuple
    build: Callable[[], Transform]
    doc: str
    formula: str
    modifiers: bool = True
    checks: Callable | None = None
    describe: Callable | None = None

    def __post_init__(self):
        check_reads(self.name, self.all_params(), self.build())

    def all_params(self) -> tuple:
        return self.params + (MODIFIER_PARAMS if self.modifiers else ())


def check_reads(name: str, params: tuple, transform: Transform) -> None:
    """ValueError naming the block and the hyperparameter when the chain and the spec disagree."""
    declared = [p.name for p in params]
    for block in blocks_of(transform):
        missing = [r for r in block.reads if r not in declared]
        if missing:
            raise ValueError(f"Optimizer {name!r}: block {block.name!r} reads {', '.join(map(repr, missing))}, "
                             f"which its spec does not declare. Declared: {', '.join(declared)}")
    unread = [d for d in declared if d not in transform.reads]
    if unread:
        raise ValueError(f"Optimizer {name!r}: no block of its chain reads {', '.join(map(repr, unread))}. "
                         f"Read: {', '.join(transform.reads)}")


def first_order(*core: Callable[[], Transform]) -> Callable[[], Transform]:
    """clip -> the method's blocks -> -lr * schedule(t)."""
    return lambda: chain(clip_by_norm(), *[make() for make in core], scale_by_learning_rate())


def _nesterov_checks(hp, name):
    if hp["momentum"] <= 0:
        raise ValueError(f"Invalid value for {name}'s 'momentum': {hp['momentum']!r} "
                         "(Nesterov momentum requires momentum > 0)")


def _lookahead(record, new_points, hp):
    if "velocity" in record:
        record["lookahead"] = new_points + hp["momentum"] * record["velocity"]


DEFINITIONS = [
    Definition("sgd", "SGD", (lr(1e-3),), first_order(),
               "plain gradient descent", "x ← x − η g"),
    Definition("momentum", "Momentum", (lr(1e-3), MOMENTUM,
               Param("dampening", 0.0, "dampening of the gradient added to the velocity "
                     "(dampening = momentum gives the EMA form m = b m + (1-b) g)", low=0.0, high=1.0)),
               first_order(b.trace), "heavy-ball momentum (torch.optim.SGD with momentum)",
               "b ← μ b + (1 − τ) g      (b₁ = g₁)\nx ← x − η b"),
    Definition("nesterov", "Nesterov", (lr(1e-3), MOMENTUM), first_order(lambda: b.trace(nesterov=True)),
               "Nesterov accelerated gradient (torch.optim.SGD, nesterov=True)",
               "b ← μ b + g\nx ← x − η (g + μ b)\nlook-ahead: x + μ v, v = −η b",
               checks=_nesterov_checks, describe=_lookahead),
    Definition("adagrad", "AdaGrad", (lr(1e-2),
               Param("lr_decay", 0.0, "learning-rate decay: lr / (1 + (t-1) lr_decay)", low=0.0, high=1e3),
               eps(1e-10),
               Param("initial_accumulator_value", 0.0, "starting value of the sum of squared gradients",
                     low=0.0, high=1e6)),
               first_order(b.scale_by_adagrad), "per-coordinate rate shrinking with the sum of squared gradients",
               "s ← s + g²\nx ← x − η g / (√s + ε)"),
    Definition("rmsprop", "RMSProp", (lr(1e-2),
               Param("alpha", 0.99, "smoothing constant of the squared-gradient average", low=0.0, high=1.0,
                     high_open=True),
               eps(1e-8), Param("momentum", 0.0, "momentum factor (0: off)", low=0.0, high=1.0, high_open=True),
               Param("centered", False, "divide by the estimated variance instead of the raw second moment",
                     kind="bool")),
               first_order(b.scale_by_rms), "per-coordinate rate from a moving average of squared gradients",
               "v ← α v + (1 − α) g²\nx ← x − η g / (√v + ε)", describe=_lookahead),
    Definition("adadelta", "AdaDelta", (lr(1.0),
               Param("rho", 0.9, "decay rate of both running averages", low=0.0, high=1.0),
               eps(1e-6)),
               first_order(b.scale_by_adadelta), "steps in the units of x: no learning rate needed",
               "v ← ρ v + (1 − ρ) g²\nΔ ← √(u + ε) / √(v + ε) · g\nu ← ρ u + (1 − ρ) Δ²\nx ← x − η Δ"),
    Definition("adam", "Adam", (lr(1e-3), *BETAS, eps(1e-8),
               Param("amsgrad", False, "use the running maximum of v (AMSGrad)", kind="bool"),
               Param("bias_correction", True, "divide the moments by 1 - beta^t (off: the ablation)",
                     kind="bool")),
               first_order(b.scale_by_adam), "momentum plus per-coordinate scaling, bias-corrected",
               "m ← β₁ m + (1 − β₁) g\nv ← β₂ v + (1 − β₂) g²\nm̂ = m / (1 − β₁ᵗ),  v̂ = v / (1 − β₂ᵗ)\n"
               "x ← x − η m̂ / (√v̂ + ε)"),
    Definition("adamw", "AdamW", (lr(1e-3), *BETAS, eps(1e-8),
               Param("amsgrad", False, "use the running maximum of v (AMSGrad)", kind="bool"),
               Param("bias_correction", True, "divide the moments by 1 - beta^t (off: the ablation)",
                     kind="bool"),
               Param("weight_decay", 1e-2, "decoupled weight decay (pulls x toward 0)", low=0.0, high=1e3)),
               first_order(b.scale_by_adam, b.add_decayed_weights), "Adam with decoupled weight decay",
               "Adam's m̂, v̂\nx ← x − η (m̂ / (√v̂ + ε) + λ x)"),
    Definition("nadam", "NAdam", (lr(2e-3), *BETAS, eps(1e-8),
               Param("momentum_decay", 4e-3, "psi of the momentum schedule mu_t = b1 (1 - 0.5 * 0.96^(t psi))",
                     low=0.0, high=1e3)),
               first_order(b.scale_by_nadam), "Adam with Nesterov momentum",
               "μₜ = β₁ (1 − ½·0.96^(tψ))\nx ← x − η [(1−μₜ) g / (1−Πμ) + μₜ₊₁ m / (1−Πμ·μₜ₊₁)] / (√v̂ + ε)"),
    Definition("radam", "RAdam", (lr(1e-3), *BETAS, eps(1e-8)),
               first_order(b.scale_by_radam), "Adam with the variance of its adaptive rate rectified",
               "ρₜ = ρ∞ − 2t β₂ᵗ / (1 − β₂ᵗ)\nρₜ > 5: x ← x − η m̂ rₜ √(1−β₂ᵗ) / (√v + ε)\nelse:   x ← x − η m̂"),
    Definition("adamax", "Adamax", (lr(2e-3), *BETAS, eps(1e-8)),
               first_order(b.scale_by_adamax), "Adam with the infinity norm",
               "m ← β₁ m + (1 − β₁) g\nu ← max(β₂ u, |g| + ε)\nx ← x − η m / ((1 − β₁ᵗ) u)"),
    Definition("lion", "Lion", (lr(1e-4), beta("beta1", 0.9, "interpolation of momentum and gradient for the sign"),
               beta("beta2", 0.99, "decay rate of the momentum")),
               first_order(b.scale_by_lion), "sign of an interpolated momentum (Chen et al. 2023)",
               "c = β₁ m + (1 − β₁) g\nx ← x − η sign(c)\nm ← β₂ m + (1 − β₂) g"),
    Definition("newton", "Newton", (lr(1.0), DAMPING),
               first_order(lambda: precondition_by_hessian(absolute=False)),
               "Newton's method with Levenberg-Marquardt damping", "x ← x − η (H + λI)⁻¹ g"),
    Definition("saddle_free_newton", "Saddle-free Newton", (lr(1.0), DAMPING),
               first_order(lambda: precondition_by_hessian(absolute=True)),
               "Newton with |H|: repelled by saddles (Dauphin et al. 2014)", "x ← x − η (|H| + λI)⁻¹ g"),
    Definition("bfgs", "BFGS", (WOLFE,),
               lambda: chain(precondition_by_bfgs(), scale_by_step_length(c2=0.9)),
               "quasi-Newton: builds an inverse-Hessian estimate from gradient changes",
               "d = −H g,  x ← x + α d  (α: line search)\n"
               "H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ,  ρ = 1/(yᵀs)", modifiers=False),
    Definition("lbfgs", "L-BFGS", (Param("history_size", 10, "how many (s, y) pairs are kept", kind="int",
                                         low=1, high=100), WOLFE),
               lambda: chain(precondition_by_lbfgs(), scale_by_step_length(c2=0.9)),
               "limited-memory BFGS: the two-loop recursion over recent pairs",
               "d = −H g from the last m pairs (two-loop)\nx ← x + α d", modifiers=False),
    Definition("cg", "Conjugate gradient", (
               Param("beta_rule", "polak_ribiere", "how beta mixes in the last direction "
                     "('none': steepest descent)", kind="choice",
                     choices=("polak_ribiere", "fletcher_reeves", "none")),
               Param("line_search", "exact", "how the step length is chosen", kind="choice",
                     choices=("exact", "wolfe"))),
               lambda: chain(conjugate_direction(), scale_by_step_length(c2=0.1)),
               "nonlinear conjugate gradient",
               "d ← −g + β d\nx ← x + α d  (α: line search)", modifiers=False),
    Definition("coordinate_descent", "Coordinate descent", (lr(1e-1),
               Param("line_search", "none", "fixed step lr, or exact minimization along the axis",
                     kind="choice", choices=("none", "exact"))),
               lambda: chain(clip_by_norm(), coordinate_direction(), scale_by_step_length(fixed_step=True)),
               "one axis per step", "i = t mod 2\nxᵢ ← xᵢ − η gᵢ  (or exact along axis i)"),
]
