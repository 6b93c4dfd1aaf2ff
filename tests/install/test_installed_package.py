"""The tests import the installed package, not the checkout through sys.path.

tests/conftest.py used to put the repository root on sys.path, which hid a package that could
not find its own resources once installed. With an editable install (README's set-up) the
installed package *is* the checkout, mapped by the install; with a wheel it is site-packages.
Either way all three top-level packages must come from the one installed distribution.
"""
from __future__ import annotations

import importlib.metadata
import json
import os
import sys
from pathlib import Path
from urllib.parse import unquote, urlparse

import desktop_app
import engine
import playground_resources

CHECKOUT = Path(__file__).resolve().parents[2]


def test_the_checkout_is_not_on_sys_path():
    # python -m pytest from the checkout, or a conftest inserting it, would put it there
    on_path = [p for p in sys.path if Path(p or os.getcwd()).resolve() == CHECKOUT]
    assert not on_path, f"{CHECKOUT} is on sys.path: run .venv/bin/pytest, not python -m pytest"


def test_packages_come_from_the_installed_distribution():
    dist = importlib.metadata.distribution("optimizer-playground")
    direct = json.loads(dist.read_text("direct_url.json") or "{}")
    if direct.get("dir_info", {}).get("editable"):
        source = Path(unquote(urlparse(direct["url"]).path)).resolve()
        expected = {"desktop_app": source / "desktop_app", "engine": source / "engine",
                    "playground_resources": source / "resources"}
    else:
        site = Path(dist.locate_file("")).resolve()
        expected = {name: site / name for name in ("desktop_app", "engine", "playground_resources")}
    found = {m.__name__: Path(m.__file__).resolve().parent for m in (desktop_app, engine, playground_resources)}
    assert found == expected, "the packages come from more than one place (a PYTHONPATH or a second checkout?)"
