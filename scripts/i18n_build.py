#!/usr/bin/env python3
"""Compile the translations: every ``resources/i18n/*_<lang>.ts`` into one
``resources/i18n/playground_<lang>.qm`` (the app loads one file per language).

    python scripts/i18n_build.py             # compile (after editing a .ts)
    python scripts/i18n_build.py --update    # first refresh playground_<lang>.ts from the code
                                             # (pyside6-lupdate over desktop_app/), then compile
    python scripts/i18n_build.py --missing   # list the code's strings with no finished translation

A new string in the code: --update, fill its <translation> in playground_<lang>.ts (a text
editor or pyside6-linguist; remove type="unfinished"), run this script again, commit both files.

The sources: ``playground_<lang>.ts`` (strings in the Qt code, made by pyside6-lupdate) and
``data_<lang>.ts`` (scenario, deck, surface and hyperparameter texts). The .qm files are
committed so the installed package carries them; tests/desktop_app/test_i18n.py checks that
they are up to date with the .ts files.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGS = ("ko",)


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease: beside this Python (a venv), else on PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"i18n_build: {name} not found (it comes with PySide6: pip install pyside6)")
    return found


def sources(lang: str, folder: Path = I18N) -> list[Path]:
    """The .ts files of one language, the code's first (whichever exist)."""
    return [p for p in (folder / f"playground_{lang}.ts", folder / f"data_{lang}.ts") if p.exists()]


def update(lang: str) -> None:
    """Refresh playground_<lang>.ts from desktop_app/ (keeps existing translations)."""
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop_app").rglob("*.py"))
    subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *files,
                    "-ts", str((I18N / f"playground_{lang}.ts").relative_to(ROOT))],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def missing(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message of ``ts`` without a finished translation."""
    import xml.etree.ElementTree as ET

    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete") or not (tr.text or "").strip():
                out.append((context.findtext("name") or "", message.findtext("source")))
    return out


def compile_qm(lang: str, folder: Path = I18N, out: Path | None = None) -> Path | None:
    """All .ts of ``lang`` in ``folder`` -> one .qm (``out``, default beside them); None if no .ts."""
    ts = sources(lang, folder)
    if not ts:
        return None
    out = out or folder / f"playground_{lang}.qm"
    subprocess.run([tool("pyside6-lrelease"), "-silent", *map(str, ts), "-qm", str(out)],
                   check=True, stdout=subprocess.DEVNULL)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--update", action="store_true", help="run pyside6-lupdate over desktop_app/ first")
    parser.add_argument("--missing", action="store_true", help="list strings without a finished translation")
    args = parser.parse_args(argv)
    for lang in LANGS:
        if args.update:
            update(lang)
        if args.missing:
            left = missing(I18N / f"playground_{lang}.ts")
            for context, source in left:
                print(f"{lang}: {context}: {source!r}")
            print(f"{lang}: {len(left)} string(s) without a finished translation")
            continue
        out = compile_qm(lang)
        print(f"{lang}: {', '.join(p.name for p in sources(lang))} -> {out.name if out else 'nothing (no .ts)'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
