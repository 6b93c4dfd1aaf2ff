"""The lecture scenarios shipped in resources/scenarios/*.json. Qt-free.

Each file is a Setup (engine/setup.py) whose ``view`` object adds what the window needs:
``number`` (menu order), ``key`` (1..9, 0, "shift+1".."shift+0"), ``speed`` (steps per
second), ``overlays``, ``focus`` (a lane index) and the ``claim`` it demonstrates.

    for sc in scenarios.load_all():
        print(sc.number, sc.shortcut, sc.title)
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from engine import resources
from engine.setup import Setup, SetupError

SCENARIO_DIR = resources.path("scenarios")


@dataclass(frozen=True)
class Scenario:
    number: int
    title: str
    setup: Setup
    path: Path

    @property
    def view(self) -> dict:
        return self.setup.view

    @property
    def shortcut(self) -> str:
        """The key as QKeySequence text: "1", "0", "Shift+3" ("" when the file has none)."""
        return key_text(self.view.get("key"))

    @property
    def overlays(self) -> list[str]:
        return [str(name) for name in self.view.get("overlays", [])]

    @property
    def speed(self) -> float | None:
        speed = self.view.get("speed")
        return float(speed) if isinstance(speed, (int, float)) and not isinstance(speed, bool) else None

    @property
    def focus(self) -> int:
        focus = self.view.get("focus", 0)
        ok = isinstance(focus, int) and not isinstance(focus, bool) and 0 <= focus < len(self.setup.lanes)
        return focus if ok else 0

    @property
    def claim(self) -> str:
        return str(self.view.get("claim", ""))


def key_text(key) -> str:
    """1 -> "1"; "shift+5" -> "Shift+5"; anything else -> ""."""
    if isinstance(key, bool):
        return ""
    if isinstance(key, int) and 0 <= key <= 9:
        return str(key)
    if isinstance(key, str):
        parts = [p.strip() for p in key.split("+")]
        if len(parts) == 1 and parts[0].isdigit() and len(parts[0]) == 1:
            return parts[0]
        if len(parts) == 2 and parts[0].lower() == "shift" and parts[1].isdigit() and len(parts[1]) == 1:
            return f"Shift+{parts[1]}"
    return ""


def load(path: Path) -> Scenario:
    """One scenario file; SetupError says what is wrong and where."""
    setup = Setup.from_json(Path(path).read_text(encoding="utf-8"))
    number = setup.view.get("number")
    if not isinstance(number, int) or isinstance(number, bool):
        number = 0
    return Scenario(number, setup.title or Path(path).stem, setup, Path(path))


def load_all(folder: Path = SCENARIO_DIR) -> list[Scenario]:
    """Every scenario in ``folder``, by number then file name. A broken file is skipped
    (the engine's claim tests hold the shipped ones to their format)."""
    found = []
    for path in sorted(Path(folder).glob("*.json")):
        try:
            found.append(load(path))
        except (OSError, SetupError):
            continue
    return sorted(found, key=lambda s: (s.number or 10 ** 6, s.path.name))


def find(name: str, folder: Path = SCENARIO_DIR) -> Scenario | None:
    """The scenario called ``name``: its number (7), file stem (07-adadelta-units) or the
    stem without its number (adadelta-units), any case; None if there is none."""
    key = name.strip().lower()
    for sc in load_all(folder):
        stem = sc.path.stem.lower()
        number, _, rest = stem.partition("-")
        part = rest if rest and number.isdigit() else stem
        if key in (stem, part) or (key.isdigit() and int(key) == sc.number):
            return sc
    return None


def names(folder: Path = SCENARIO_DIR) -> list[str]:
    """The file stems of every scenario, the names --scenario lists as valid."""
    return [sc.path.stem for sc in load_all(folder)]
