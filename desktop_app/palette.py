"""Colour-blind-safe colours for lanes, and the heatmap's colour map.

Lane colours: Okabe & Ito (2008) first, then Paul Tol's muted and bright schemes, minus
the near-duplicates, ordered so the first few (the default race) are the most distinct
from each other and from the pale heatmap underneath. Colours that are weak on a pale
background (yellow, sand, pale cyan, grey) come last.
"""
from __future__ import annotations

from itertools import count

LANE_COLOURS: tuple[str, ...] = (
    "#0072B2",  # Okabe-Ito blue
    "#D55E00",  # Okabe-Ito vermillion
    "#009E73",  # Okabe-Ito bluish green
    "#CC79A7",  # Okabe-Ito reddish purple
    "#000000",  # Okabe-Ito black
    "#E69F00",  # Okabe-Ito orange
    "#332288",  # Tol muted indigo
    "#882255",  # Tol muted wine
    "#117733",  # Tol muted green
    "#999933",  # Tol muted olive
    "#44AA99",  # Tol muted teal
    "#AA3377",  # Tol bright purple
    "#CC6677",  # Tol muted rose
    "#4477AA",  # Tol bright blue
    "#56B4E9",  # Okabe-Ito sky blue
    "#EE6677",  # Tol bright red
    "#228833",  # Tol bright green
    "#AA4499",  # Tol muted purple
    "#F0E442",  # Okabe-Ito yellow
    "#DDCC77",  # Tol muted sand
    "#66CCEE",  # Tol bright cyan
    "#BBBBBB",  # Tol bright grey
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
