"""Each optimizer's update rule as displayed lines, following its current options.

``formula_lines(name, hp)`` writes the rule the chain actually runs with ``hp``: Adam
without bias correction shows no m̂, centered RMSProp shows ḡ, a schedule turns η into
ηₜ (with its formula), clipping and weight decay appear only when on, line-search methods
say which search picks α. Symbols are the record schema's (``record_schema.symbol``), so
the panel's numbers and its formula use the same names.
"""
from __future__ import annotations

from typing import Callable

from .record_schema import symbol

M_HAT, V_HAT, LR_T = symbol("m_hat"), symbol("v_hat"), symbol("lr_t")

SCHEDULE_LINES = {
    "step": "ηₜ = η · γ^⌊t/s⌋   (γ = {gamma:g}, s = {step_size})",
    "exponential": "ηₜ = η · γ^(t/s)   (γ = {gamma:g}, s = {step_size})",
    "inverse_time": "ηₜ = η / (1 + k t)   (k = {decay:g})",
    "cosine": "ηₜ = η · ½ (1 + cos(π min(t, s) / s))   (s = {step_size})",
}
LINE_SEARCH = {"wolfe": "α: strong-Wolfe line search", "exact": "α: exact minimization along d"}


def _sgd(hp, e):
    return [f"x ← x − {e} g"]


def _momentum(hp, e):
    gain = "(1 − τ) g" if hp["dampening"] else "g"
    return [f"b ← μ b + {gain}      (b₁ = g₁)", f"x ← x − {e} b"]


def _nesterov(hp, e):
    return ["b ← μ b + g", f"x ← x − {e} (g + μ b)", f"look-ahead: x + μ v,  v = −{e} b"]


def _adagrad(hp, e):
    decay = " / (1 + (t − 1) k)" if hp["lr_decay"] else ""
    start = f"   (s₀ = {hp['initial_accumulator_value']:g})" if hp["initial_accumulator_value"] else ""
    return [f"s ← s + g²{start}", f"x ← x − {e} g / (√s + ε){decay}"]


def _rmsprop(hp, e):
    lines = ["v ← α v + (1 − α) g²"]
    denom = "√v + ε"
    if hp["centered"]:
        lines.append("ḡ ← α ḡ + (1 − α) g")
        denom = "√(v − ḡ²) + ε"
    if hp["momentum"] > 0:
        return lines + [f"b ← μ b + g / ({denom})", f"x ← x − {e} b"]
    return lines + [f"x ← x − {e} g / ({denom})"]


def _adadelta(hp, e):
    return ["v ← ρ v + (1 − ρ) g²", "Δ ← √(u + ε) / √(v + ε) · g", "u ← ρ u + (1 − ρ) Δ²", f"x ← x − {e} Δ"]


def _adam(hp, e):
    lines = ["m ← β₁ m + (1 − β₁) g", "v ← β₂ v + (1 − β₂) g²"]
    v = "v"
    if hp["amsgrad"]:
        lines.append("vₘₐₓ ← max(vₘₐₓ, v)")
        v = "vₘₐₓ"
    if hp["bias_correction"]:
        lines.append(f"{M_HAT} = m / (1 − β₁ᵗ),  {V_HAT} = {v} / (1 − β₂ᵗ)")
        ratio = f"{M_HAT} / (√{V_HAT} + ε)"
    else:
        ratio = f"m / (√{v} + ε)"
    if "weight_decay" in hp and hp["weight_decay"]:   # adamw's; 0 shows plain Adam
        return lines + [f"x ← x − {e} ({ratio} + λ x)"]
    return lines + [f"x ← x − {e} {ratio}"]


def _nadam(hp, e):
    return ["μₜ = β₁ (1 − ½·0.96^(tψ))", "m ← β₁ m + (1 − β₁) g,  v ← β₂ v + (1 − β₂) g²",
            f"{M_HAT} = μₜ₊₁ m / (1 − Πμ·μₜ₊₁) + (1 − μₜ) g / (1 − Πμ)",
            f"x ← x − {e} {M_HAT} / (√(v / (1 − β₂ᵗ)) + ε)"]


def _radam(hp, e):
    return ["m ← β₁ m + (1 − β₁) g,  v ← β₂ v + (1 − β₂) g²", f"{M_HAT} = m / (1 − β₁ᵗ)",
            "ρₜ = ρ∞ − 2t β₂ᵗ / (1 − β₂ᵗ),  rₜ = √((ρₜ − 4)(ρₜ − 2) ρ∞ / ((ρ∞ − 4)(ρ∞ − 2) ρₜ))",
            f"ρₜ > 5: x ← x − {e} {M_HAT} rₜ √(1−β₂ᵗ) / (√v + ε)", f"else:   x ← x − {e} {M_HAT}"]


def _adamax(hp, e):
    return ["m ← β₁ m + (1 − β₁) g", "u ← max(β₂ u, |g| + ε)", f"x ← x − {e} m / ((1 − β₁ᵗ) u)"]


def _lion(hp, e):
    return ["c = β₁ m + (1 − β₁) g", "d = sign(c)", f"x ← x − {e} d", "m ← β₂ m + (1 − β₂) g"]


def _newton(absolute):
    h = "|H|" if absolute else "H"

    def rule(hp, e):
        model = f"({h} + λI)" if hp["damping"] else h
        lines = [f"x ← x − {e} {model}⁻¹ g"]
        return lines + (["|H| = V |Λ| Vᵀ"] if absolute else [])
    return rule


def _bfgs(hp, e):
    return ["d = −H g,  x ← x + α d", "H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ,  ρ = 1/(yᵀs)",
            LINE_SEARCH[hp["line_search"]]]


def _lbfgs(hp, e):
    return [f"d = −H g from the last {hp['history_size']} pairs (s, y), two-loop", "x ← x + α d",
            LINE_SEARCH[hp["line_search"]]]


CG_BETA = {"polak_ribiere": "β = max(0, gᵀ(g − g₋) / g₋ᵀg₋)", "fletcher_reeves": "β = gᵀg / g₋ᵀg₋",
           "none": "β = 0   (steepest descent)"}


def _cg(hp, e):
    return [CG_BETA[hp["beta_rule"]], "d ← −g + β d", "x ← x + α d", LINE_SEARCH[hp["line_search"]]]


def _coordinate(hp, e):
    if hp["line_search"] == "exact":
        return ["i = t mod 2", "xᵢ ← xᵢ + α dᵢ,  d = −gᵢ eᵢ", LINE_SEARCH["exact"]]
    return ["i = t mod 2", f"xᵢ ← xᵢ − {e} gᵢ"]


RULES: dict[str, Callable[[dict, str], list[str]]] = {
    "sgd": _sgd, "momentum": _momentum, "nesterov": _nesterov, "adagrad": _adagrad, "rmsprop": _rmsprop,
    "adadelta": _adadelta, "adam": _adam, "adamw": _adam, "nadam": _nadam, "radam": _radam,
    "adamax": _adamax, "lion": _lion, "newton": _newton(False), "saddle_free_newton": _newton(True),
    "bfgs": _bfgs, "lbfgs": _lbfgs, "cg": _cg, "coordinate_descent": _coordinate,
}


def formula_lines(name: str, hp: dict) -> list[str]:
    """The update rule of optimizer ``name`` with hyperparameters ``hp`` (all of them), one
    line per equation: clipping first, then the method, then the schedule."""
    scheduled = "schedule" in hp and hp["schedule"] != "constant"  # line searches have no schedule
    lines = []
    if "max_grad_norm" in hp and hp["max_grad_norm"]:
        lines.append(f"g ← g · min(1, c / (‖g‖ + 10⁻⁶))   (c = {hp['max_grad_norm']:g})")
    lines += RULES[name](hp, LR_T if scheduled else "η")
    if scheduled:
        lines.append(SCHEDULE_LINES[hp["schedule"]].format(**hp))
    return lines
