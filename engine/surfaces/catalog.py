"""The menu of built-in surfaces, in the order the selector shows them."""
from .beale import Beale
from .cliff import Cliff
from .data import LinearRegression, LogisticRegression, TinyNetwork
from .himmelblau import Himmelblau
from .plateau import Plateau
from .quadratic import QuadraticBowl
from .rastrigin import Rastrigin
from .ravine import Ravine
from .rosenbrock import Rosenbrock
from .saddle import Saddle
from .slope import Slope
from .two_minima import TwoMinima

SURFACES = [
    QuadraticBowl,
    Ravine,
    Saddle,
    Plateau,
    Cliff,
    Slope,
    Rosenbrock,
    Beale,
    Himmelblau,
    Rastrigin,
    TwoMinima,
    LinearRegression,
    LogisticRegression,
    TinyNetwork,
]
