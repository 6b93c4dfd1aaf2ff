"""Where the shipped data files live, installed or not: the ``playground_resources``
package (the repository's ``resources/`` folder, mapped by pyproject).

    engine.resources.path("scenarios")       # a pathlib.Path to the folder
"""
from __future__ import annotations

from importlib import resources as _resources
from pathlib import Path


def root() -> Path:
    """The folder of the installed resources (a real folder: the package is never zipped)."""
    return Path(str(_resources.files("playground_resources")))


def path(*parts: str) -> Path:
    return root().joinpath(*parts)
