"""A normal, non-editable install works from any folder (issue 13, item 9).

Marked ``install`` (deselect with ``-m "not install"`` while iterating): it builds a wheel from
this checkout, installs it into a new virtual environment, and runs the installed console
script and the window from a temporary folder, far from the checkout.

The new environment gets the project's package from the wheel and nothing else; its
dependencies (PySide6 alone is 370 MB, a minute to install) are borrowed from the environment
running the tests through a ``.pth`` line, which puts that site-packages *after* the new
one (and runs none of its own .pth files, so the checkout's editable install stays out).
What keeps this honest: the child checks that ``desktop_app``, ``engine`` and
``playground_resources`` load from the new site-packages and the checkout is not on sys.path,
and that every third-party module it loaded belongs to a distribution the wheel declares
(directly or through its dependencies), so an undeclared dependency fails here too.
"""
from __future__ import annotations

import json
import os
import shutil
import site
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

pytestmark = pytest.mark.install

ROOT = Path(__file__).resolve().parents[2]  # the checkout the wheel is built from
NOT_SOURCES = shutil.ignore_patterns(".git", ".venv", "venv", "__pycache__", ".pytest_cache", ".hypothesis",
                                     ".import_linter_cache", "build", "dist", "*.egg-info", "tmp")


def run(args, **kw):
    done = subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=600, **kw)
    assert done.returncode == 0, f"{' '.join(map(str, args))[:300]} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """(python, console script, site-packages) of a new venv holding the wheel."""
    base = tmp_path_factory.mktemp("wheel-install")
    # built from a copy: pip builds in the source folder and would leave build/ and *.egg-info
    # in the checkout
    src = base / "src"
    shutil.copytree(ROOT, src, ignore=NOT_SOURCES)
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", base / "wheels", src])
    (wheel,) = (base / "wheels").glob("optimizer_playground-*.whl")
    venv = base / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", venv])
    python = venv / "bin" / "python"
    purelib = Path(run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).stdout.strip())
    (purelib / "zz_borrowed_dependencies.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    run([sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index", "--quiet", wheel])
    return python, venv / "bin" / "optimizer-playground", purelib


def child_env(tmp_path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(QT_QPA_PLATFORM="offscreen", OPTIMIZER_PLAYGROUND_SETTINGS=str(tmp_path / "settings.ini"))
    return env


def test_render_a_scenario_from_a_temporary_folder(installed, tmp_path):
    _, script, _ = installed
    done = run([script, "render", "--scenario", "1", "--out", "x.png"], cwd=tmp_path, env=child_env(tmp_path))
    png = tmp_path / "x.png"
    assert png.exists(), done.stdout + done.stderr
    import imageio.v3 as iio

    image = iio.imread(png)
    assert image.shape[0] >= 100 and image.shape[1] >= 100
    colours = np.unique(image.reshape(-1, image.shape[-1]), axis=0)
    assert len(colours) > 100, f"a near-blank picture: {len(colours)} colours"


def test_render_in_korean_from_the_installed_translations(installed, tmp_path):
    """The wheel carries the compiled Korean translations (resources/i18n/*.qm): render --lang ko
    speaks Korean from a temporary folder."""
    _, script, purelib = installed
    assert (purelib / "playground_resources" / "i18n" / "playground_ko.qm").is_file()
    done = run([script, "render", "--lang", "ko", "--scenario", "1", "--out", "x.png"], cwd=tmp_path,
               env=child_env(tmp_path))
    assert (tmp_path / "x.png").exists() and "썼습니다" in done.stdout, done.stdout + done.stderr


WINDOW = r"""
import importlib, importlib.metadata as md, json, os, pkgutil, re, sys
from pathlib import Path

site_packages, checkout = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
import desktop_app, engine, playground_resources
from engine import resources
from desktop_app.app import make_app
from desktop_app.model.controller import Controller
from desktop_app.model import scenarios
from desktop_app.window.main_window import MainWindow

report = {"files": {m.__name__: m.__file__ for m in (desktop_app, engine, playground_resources)}}
report["outside"] = [n for n, f in report["files"].items() if site_packages not in Path(f).resolve().parents]
report["checkout_on_path"] = [p for p in sys.path if Path(p or os.getcwd()).resolve() == checkout]
report["scenario_files"] = len(list(resources.path("scenarios").glob("*.json")))

app = make_app()
win = MainWindow(Controller())
win.show()
app.processEvents()
qss = resources.path("style.qss")
report["style_sheet"] = qss.exists() and app.styleSheet() == qss.read_text(encoding="utf-8") != ""
report["icon"] = not win.windowIcon().isNull()
win.close()
app.processEvents()

# every module, so an import at the top of any of them counts below
for package in (desktop_app, engine):
    for m in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if not m.name.endswith("__main__"):
            importlib.import_module(m.name)

norm = lambda name: re.sub(r"[-_.]+", "-", name).lower()
declared, todo = set(), ["optimizer-playground"]
while todo:
    name = norm(todo.pop())
    if name in declared:
        continue
    declared.add(name)
    for req in md.requires(name) or []:
        if not re.search(r"extra\s*==", req):  # extras (test, bench) are not the app's
            todo.append(re.match(r"[A-Za-z0-9._-]+", req).group())
owners = md.packages_distributions()
undeclared = set()
for top in {m.split(".")[0] for m in list(sys.modules)}:
    f = getattr(sys.modules.get(top), "__file__", None)
    if top in sys.stdlib_module_names or not f or "site-packages" not in f:
        continue
    if not {norm(d) for d in owners.get(top, [])} & declared:
        undeclared.add(f"{top} ({', '.join(owners.get(top, ['no distribution']))})")
report["undeclared"] = sorted(undeclared)
print(json.dumps(report))
"""


def test_window_starts_with_its_stylesheet_icon_and_declared_dependencies(installed, tmp_path):
    python, _, purelib = installed
    done = run([python, "-c", WINDOW, purelib, ROOT], cwd=tmp_path, env=child_env(tmp_path))
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["outside"] == [], f"imported from outside the new environment: {report['files']}"
    assert report["checkout_on_path"] == []
    assert report["scenario_files"] >= 20
    assert report["style_sheet"], "the stylesheet was not applied"
    assert report["icon"], "the window has no icon"
    assert report["undeclared"] == [], "imported but not declared in pyproject's dependencies"
