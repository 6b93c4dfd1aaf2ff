"""Theory: exact rates, optima and stability limits on quadratics, and the local quadratic
model at any point of any surface (Goh, "Why Momentum Really Works", Distill 2017).

    import engine
    engine.theory.rate("momentum", [1.0, 100.0], lr=0.03, momentum=0.7)   # ρ per step; > 1 diverges
    engine.theory.optimal("momentum", [1.0, 100.0])     # {"lr", "momentum", "rate"}: Polyak's heavy ball
    engine.theory.stable_lr("sgd", [1.0, 100.0])        # 2 / λmax
    engine.theory.rate_grid("nesterov", [1.0, 100.0], lr=lrs[:, None], momentum=mus[None, :])
    a = engine.theory.local(surface, point, "adam", lane.optimizer.hyperparams, lane.last_record)
    a.eigenvalues, a.condition, a.kind, a.rate, a.stable_lr, a.effective_condition
    engine.theory.sharpness(surface, traj.points)       # λmax along a path
    engine.theory.predicted_gap(gap0, rho, 100)          # gap0 · ρ^(2k), k = 0..100

Qt-free and numpy only.
"""
from .local import LocalAnalysis, condition_number, local, sharpness
from .rates import NAMES, optimal, predicted_gap, rate, rate_grid, stability_limit, stable_lr, steps_per_decade

__all__ = ["NAMES", "rate", "rate_grid", "optimal", "stable_lr", "stability_limit", "predicted_gap",
           "steps_per_decade", "local", "LocalAnalysis", "sharpness", "condition_number"]
