"""The menu of built-in surfaces, in the order the selector shows them."""
from .quadratic import QuadraticBowl

SURFACES = [QuadraticBowl]
