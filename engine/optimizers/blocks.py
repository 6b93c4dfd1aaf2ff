"""First-order building blocks. Each mirrors torch.optim's single-tensor code path.

Every block turns the incoming gradient-like array ``u`` into a direction (uphill sign;
the final ``scale_by_learning_rate`` multiplies by -lr), keeping its state in place.
Operation order follows torch's so that trajectories agree to float64 round-off.
"""
from __future__ import annotations

import numpy as np

from . import rows
from .base import Transform


def lerp_(m: np.ndarray, g: np.ndarray, w: float, tmp: np.ndarray) -> None:
    """m <- m + w (g - m), computed the way torch's CPU lerp_ does for both halves of w."""
    np.subtract(g, m, out=tmp)
    if rows.is_rows(w):     # per-row weights: each row takes its own half's formula
        np.copyto(m, np.where(w < 0.5, m + tmp * w, g - tmp * (1.0 - w)))
        return
    if w < 0.5:
        tmp *= w
        m += tmp
    else:
        tmp *= 1.0 - w
        np.subtract(g, tmp, out=m)


def ema_sq_(v: np.ndarray, g: np.ndarray, beta: float, tmp: np.ndarray) -> None:
    """v <- beta v + (1 - beta) g^2  (torch: v.mul_(beta).addcmul_(g, g, value=1-beta))."""
    v *= beta
    np.multiply(g, 1.0 - beta, out=tmp)
    tmp *= g
    v += tmp


def _zeros(params):
    return np.zeros_like(params, dtype=float)


def trace(nesterov: bool = False) -> Transform:
    """Heavy-ball momentum, torch.optim.SGD's form.

    b_1 = g_1;  b_t = mu b_{t-1} + (1 - dampening) g_t
    direction = b_t, or g_t + mu b_t with nesterov (Sutskever's NAG, change of variables).
    Reads ``momentum``, and ``dampening`` unless nesterov (torch requires dampening = 0 there,
    so Nesterov's spec has none). Records velocity = -eta_t b_t.
    """

    def init(params):
        return {"buf": _zeros(params), "tmp": _zeros(params)}

    def update(g, st, ctx):
        mu = ctx.hp["momentum"]
        buf = st["buf"]
        if rows.all_equal(mu, 0.0) and not nesterov:
            return g
        if ctx.t == 0:
            np.copyto(buf, g)
        else:
            buf *= mu
            damp = 0.0 if nesterov else ctx.hp["dampening"]
            if not rows.all_equal(damp, 0.0):
                np.multiply(g, 1.0 - damp, out=st["tmp"])
                buf += st["tmp"]
            else:
                buf += g
        if ctx.record is not None:
            ctx.record["velocity"] = -ctx.lr_t * buf
        if nesterov:
            np.multiply(buf, mu, out=st["tmp"])
            g += st["tmp"]
            return g
        np.copyto(g, buf)
        return g

    reads = ("momentum",) if nesterov else ("momentum", "dampening")
    return Transform(init, update, reads, "nesterov_trace" if nesterov else "trace")


def scale_by_adagrad() -> Transform:
    """s_t = s_{t-1} + g^2;  direction = g / (sqrt(s_t) + eps) / (1 + (t-1) lr_decay).

    torch.optim.Adagrad (the lr_decay factor is torch's clr = lr / (1 + (t-1) lr_decay)).
    """

    def init(params):
        return {"sum": None, "tmp": _zeros(params)}

    def update(g, st, ctx):
        hp = ctx.hp
        if st["sum"] is None:
            st["sum"] = np.full_like(g, hp["initial_accumulator_value"], dtype=float)
        s, tmp = st["sum"], st["tmp"]
        np.multiply(g, g, out=tmp)
        s += tmp
        np.sqrt(s, out=tmp)
        tmp += hp["eps"]
        g /= tmp
        decay = 1.0 + ctx.t * hp["lr_decay"]
        if not rows.all_equal(decay, 1.0):
            g /= decay
        if ctx.record is not None:
            ctx.record["sum_sq"] = s.copy()
            ctx.record["effective_lr"] = ctx.lr_t / decay / tmp
        return g

    return Transform(init, update, ("lr_decay", "eps", "initial_accumulator_value"), "scale_by_adagrad")


def scale_by_rms() -> Transform:
    """RMSProp, torch.optim.RMSprop: v = alpha v + (1-alpha) g^2 (centered: minus gbar^2);
    direction = g / (sqrt(v) + eps), or with momentum b = mu b + g / (sqrt(v) + eps).
    """

    def init(params):
        return {"v": _zeros(params), "gbar": _zeros(params), "buf": _zeros(params),
                "avg": _zeros(params), "tmp": _zeros(params)}

    def update(g, st, ctx):
        hp = ctx.hp
        alpha, eps, mu = hp["alpha"], hp["eps"], hp["momentum"]
        v, avg, tmp = st["v"], st["avg"], st["tmp"]
        ema_sq_(v, g, alpha, tmp)
        if hp["centered"]:
            gbar = st["gbar"]
            lerp_(gbar, g, 1.0 - alpha, tmp)
            np.multiply(gbar, -1.0, out=tmp)
            tmp *= gbar
            np.add(v, tmp, out=avg)
            np.sqrt(avg, out=avg)
        else:
            np.sqrt(v, out=avg)
        avg += eps
        if ctx.record is not None:
            ctx.record["v"] = v.copy()
            ctx.record["effective_lr"] = ctx.lr_t / avg
        if rows.any_positive(mu):     # rows with mu = 0 get g / avg exactly here too
            buf = st["buf"]
            buf *= mu
            np.divide(g, avg, out=tmp)
            buf += tmp
            np.copyto(g, buf)
            if ctx.record is not None:
                ctx.record["velocity"] = -ctx.lr_t * buf
            return g
        g /= avg
        return g

    return Transform(init, update, ("alpha", "eps", "momentum", "centered"), "scale_by_rms")


def scale_by_adadelta() -> Transform:
    """AdaDelta, torch.optim.Adadelta (Zeiler 2012): units of the step are units of x.

    v = rho v + (1-rho) g^2;  d = sqrt(u + eps) / sqrt(v + eps) * g;  u = rho u + (1-rho) d^2.
    """

    def init(params):
        return {"v": _zeros(params), "acc": _zeros(params), "std": _zeros(params),
                "tmp": _zeros(params)}

    def update(g, st, ctx):
        hp = ctx.hp
        rho, eps = hp["rho"], hp["eps"]
        v, acc, std, tmp = st["v"], st["acc"], st["std"], st["tmp"]
        ema_sq_(v, g, rho, tmp)
        np.add(v, eps, out=std)
        np.sqrt(std, out=std)
        np.add(acc, eps, out=tmp)
        np.sqrt(tmp, out=tmp)
        tmp /= std
        if ctx.record is not None:
            ctx.record["v"] = v.copy()
            ctx.record["effective_lr"] = ctx.lr_t * tmp
        g *= tmp
        ema_sq_(acc, g, rho, tmp)
        if ctx.record is not None:
            ctx.record["acc_delta"] = acc.copy()
        return g

    return Transform(init, update, ("rho", "eps"), "scale_by_adadelta")


def add_decayed_weights() -> Transform:
    """AdamW's decoupled weight decay: direction += weight_decay * x (scaled by lr later)."""

    def init(params):
        return {}

    def update(u, st, ctx):
        wd = ctx.hp["weight_decay"]
        if not rows.all_equal(wd, 0.0):
            u += wd * ctx.params
        return u

    return Transform(init, update, ("weight_decay",), "add_decayed_weights")


def _bias_corrections(hp, t):
    """(1 - b1^t, 1 - b2^t), or (1, 1) with bias_correction off (the ablation)."""
    if not hp["bias_correction"]:
        return 1.0, 1.0
    return 1.0 - rows.power(hp["beta1"], t), 1.0 - rows.power(hp["beta2"], t)


def scale_by_adam() -> Transform:
    """Adam, torch.optim.Adam: m = lerp(m, g, 1-b1); v = b2 v + (1-b2) g^2;
    direction = (m / bc1) / (sqrt(v) / sqrt(bc2) + eps), bc_i = 1 - b_i^t.
    amsgrad uses the running maximum of v; bias_correction=False sets bc_i = 1 (ablation).
    """

    def init(params):
        return {"m": _zeros(params), "v": _zeros(params), "vmax": _zeros(params),
                "denom": _zeros(params), "tmp": _zeros(params)}

    def update(g, st, ctx):
        hp = ctx.hp
        t = ctx.t + 1
        m, v, denom, tmp = st["m"], st["v"], st["denom"], st["tmp"]
        lerp_(m, g, 1.0 - hp["beta1"], tmp)
        ema_sq_(v, g, hp["beta2"], tmp)
        bc1, bc2 = _bias_corrections(hp, t)
        if hp["amsgrad"]:
            np.maximum(st["vmax"], v, out=st["vmax"])
            np.sqrt(st["vmax"], out=denom)
        else:
            np.sqrt(v, out=denom)
        denom /= rows.sqrt(bc2)
        denom += hp["eps"]
        np.divide(m, denom, out=g)
        g /= bc1
        if ctx.record is not None:
            ctx.record.update(m=m.copy(), v=v.copy(), effective_lr=ctx.lr_t / bc1 / denom)
            if hp["bias_correction"]:  # without it there is no m_hat to show (m_hat = m)
                ctx.record.update(m_hat=m / bc1, v_hat=v / bc2)
        return g

    return Transform(init, update, ("beta1", "beta2", "eps", "amsgrad", "bias_correction"), "scale_by_adam")


def scale_by_nadam() -> Transform:
    """NAdam, torch.optim.NAdam, with its momentum schedule
    mu_t = b1 (1 - 0.5 * 0.96^(t psi)), psi = momentum_decay:
    direction = (1-mu_t)/(1-prod mu) g/denom + mu_{t+1}/(1-prod mu * mu_{t+1}) m/denom,
    denom = sqrt(v / bc2) + eps.
    """

    def init(params):
        return {"m": _zeros(params), "v": _zeros(params), "denom": _zeros(params),
                "tmp": _zeros(params), "mu_product": 1.0}

    def update(g, st, ctx):
        hp = ctx.hp
        b1, b2, psi = hp["beta1"], hp["beta2"], hp["momentum_decay"]
        t = ctx.t + 1
        m, v, denom, tmp = st["m"], st["v"], st["denom"], st["tmp"]
        bc2 = 1.0 - rows.power(b2, t)
        mu = b1 * (1.0 - 0.5 * rows.power(0.96, t * psi))
        mu_next = b1 * (1.0 - 0.5 * rows.power(0.96, (t + 1) * psi))
        st["mu_product"] *= mu
        mu_product = st["mu_product"]
        lerp_(m, g, 1.0 - b1, tmp)
        ema_sq_(v, g, b2, tmp)
        np.divide(v, bc2, out=denom)
        np.sqrt(denom, out=denom)
        denom += hp["eps"]
        c_grad = (1.0 - mu) / (1.0 - mu_product)
        c_m = mu_next / (1.0 - mu_product * mu_next)
        if ctx.record is not None:  # NAdam's bias-corrected Nesterov momentum: step = -eta_t m_hat / denom
            ctx.record.update(m=m.copy(), v=v.copy(), m_hat=c_m * m + c_grad * g,
                              effective_lr=ctx.lr_t / denom)
        np.multiply(g, c_grad, out=tmp)
        tmp /= denom
        np.multiply(m, c_m, out=g)
        g /= denom
        g += tmp
        return g

    return Transform(init, update, ("beta1", "beta2", "eps", "momentum_decay"), "scale_by_nadam")


def scale_by_radam() -> Transform:
    """RAdam, torch.optim.RAdam: the rectified Adam of Liu et al. 2020.

    rho_inf = 2/(1-b2) - 1;  rho_t = rho_inf - 2 t b2^t / (1 - b2^t).
    rho_t > 5: direction = m/bc1 * sqrt(bc2)/(sqrt(v)+eps) * r_t (rectification r_t);
    otherwise the un-adapted momentum step m/bc1.
    """

    def init(params):
        return {"m": _zeros(params), "v": _zeros(params), "tmp": _zeros(params)}

    def update(g, st, ctx):
        hp = ctx.hp
        b1, b2 = hp["beta1"], hp["beta2"]
        t = ctx.t + 1
        m, v, tmp = st["m"], st["v"], st["tmp"]
        lerp_(m, g, 1.0 - b1, tmp)
        ema_sq_(v, g, b2, tmp)
        bc1 = 1.0 - rows.power(b1, t)
        bc2 = 1.0 - rows.power(b2, t)
        np.divide(m, bc1, out=g)
        rho_inf = 2.0 / (1.0 - b2) - 1.0
        rho_t = rho_inf - 2.0 * t * rows.power(b2, t) / bc2
        rectified = rho_t > 5.0
        if rows.is_rows(rectified):     # per-row beta2: each row rectifies on its own step
            ratio = (rho_t - 4) * (rho_t - 2) * rho_inf / ((rho_inf - 4) * (rho_inf - 2) * rho_t)
            rect = rows.power(np.where(rectified, ratio, 1.0), 0.5)
            np.sqrt(v, out=tmp)
            tmp += hp["eps"]
            np.divide(rows.power(bc2, 0.5), tmp, out=tmp)
            np.copyto(g, np.where(rectified, g * tmp * rect, g))
        elif rectified:
            rect = ((rho_t - 4) * (rho_t - 2) * rho_inf / ((rho_inf - 4) * (rho_inf - 2) * rho_t)) ** 0.5
            np.sqrt(v, out=tmp)
            tmp += hp["eps"]
            np.divide(bc2 ** 0.5, tmp, out=tmp)
            g *= tmp
            g *= rect
        if ctx.record is not None:
            ctx.record.update(m=m.copy(), v=v.copy(),
                              effective_lr=(ctx.lr_t * tmp * rect / bc1) if rectified
                              else np.full_like(m, ctx.lr_t / bc1),
                              rectified=np.full(m.shape[:-1], float(rectified)))
        return g

    return Transform(init, update, ("beta1", "beta2", "eps"), "scale_by_radam")


def scale_by_adamax() -> Transform:
    """Adamax, torch.optim.Adamax: u = max(b2 u, |g| + eps); direction = m / bc1 / u."""

    def init(params):
        return {"m": _zeros(params), "u": _zeros(params), "tmp": _zeros(params)}

    def update(g, st, ctx):
        hp = ctx.hp
        b1, b2 = hp["beta1"], hp["beta2"]
        t = ctx.t + 1
        m, u, tmp = st["m"], st["u"], st["tmp"]
        lerp_(m, g, 1.0 - b1, tmp)
        u *= b2
        np.abs(g, out=tmp)
        tmp += hp["eps"]
        np.maximum(u, tmp, out=u)
        bc1 = 1.0 - rows.power(b1, t)
        np.divide(m, u, out=g)
        g /= bc1
        if ctx.record is not None:
            ctx.record.update(m=m.copy(), u=u.copy(), effective_lr=ctx.lr_t / bc1 / u)
        return g

    return Transform(init, update, ("beta1", "beta2", "eps"), "scale_by_adamax")


def scale_by_lion() -> Transform:
    """Lion (Chen et al. 2023): direction = sign(b1 m + (1-b1) g); m = b2 m + (1-b2) g."""

    def init(params):
        return {"m": _zeros(params), "tmp": _zeros(params)}

    def update(g, st, ctx):
        hp = ctx.hp
        b1, b2 = hp["beta1"], hp["beta2"]
        m, tmp = st["m"], st["tmp"]
        np.multiply(m, b1, out=tmp)
        tmp += (1.0 - b1) * g
        m *= b2
        m += (1.0 - b2) * g
        np.sign(tmp, out=g)
        if ctx.record is not None:  # step = eta_t * direction
            ctx.record.update(m=m.copy(), direction=-g)
        return g

    return Transform(init, update, ("beta1", "beta2"), "scale_by_lion")
