"""Colour-blind-safe colours for lanes, and the heatmap's colour map.

Lane colours: Okabe & Ito (2008) and Paul Tol's muted scheme, 18 colours with no two
alike, then four more from Tol's bright scheme for extra instances. The controller hands
them out in its COLOUR_ORDER (sgd, momentum, rmsprop, adam, nesterov, newton, adagrad,
lion, adamw, nadam, radam, adamax, adadelta, saddle_free_newton, bfgs, lbfgs, cg,
coordinate_descent), so the order here decides who gets what: the strongest colours go
to the methods lectures compare most (first-order classics, Newton, BFGS, CG); the four
that are weak on the pale heatmap (sand, pale cyan, grey, yellow) go to the Adam variants
that are rarely raced together.
"""
from __future__ import annotations

from itertools import count

LANE_COLOURS: tuple[str, ...] = (
    "#0072B2",  # sgd                 Okabe-Ito blue
    "#D55E00",  # momentum            Okabe-Ito vermillion
    "#009E73",  # rmsprop             Okabe-Ito bluish green
    "#CC79A7",  # adam                Okabe-Ito reddish purple
    "#000000",  # nesterov            Okabe-Ito black
    "#E69F00",  # newton              Okabe-Ito orange
    "#117733",  # adagrad             Tol muted green
    "#44AA99",  # lion                Tol muted teal
    "#999933",  # adamw               Tol muted olive
    "#DDCC77",  # nadam               Tol muted sand
    "#88CCEE",  # radam               Tol muted cyan
    "#BBBBBB",  # adamax              Tol grey
    "#F0E442",  # adadelta            Okabe-Ito yellow
    "#56B4E9",  # saddle_free_newton  Okabe-Ito sky blue
    "#332288",  # bfgs                Tol muted indigo
    "#AA4499",  # lbfgs               Tol muted purple
    "#882255",  # cg                  Tol muted wine
    "#CC6677",  # coordinate_descent  Tol muted rose
    "#4477AA",  # extra instances:    Tol bright blue
    "#EE6677",  #                     Tol bright red
    "#228833",  #                     Tol bright green
    "#66CCEE",  #                     Tol bright cyan
)

# Low values are the palest: valleys are where the trails run, and saturated trails must
# stay readable there on a projector. High ground darkens towards a muted slate.
HEATMAP_STOPS: tuple[tuple[float, str], ...] = (
    (0.00, "#FFFFFF"),
    (0.20, "#F1F4F2"),
    (0.45, "#DCE5E3"),
    (0.70, "#BFCFD3"),
    (1.00, "#8EA7B5"),
)
CONTOUR_COLOUR = (40, 40, 40, 150)


def colour(i: int) -> str:
    """The i-th lane colour; wraps around after the palette (never raises)."""
    return LANE_COLOURS[i % len(LANE_COLOURS)]


def first_unused(used) -> str:
    """The first palette colour not in ``used`` (for a new instance of an optimizer)."""
    used = set(used)
    for i in count():
        c = colour(i)
        if c not in used or i >= len(LANE_COLOURS):
            return c
    raise AssertionError("unreachable")
