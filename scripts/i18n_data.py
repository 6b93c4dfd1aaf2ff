"""Extract the DATA strings the window shows (scenarios, the built-in deck, surfaces,
hyperparameters) and write their Korean catalog, resources/i18n/data_ko.ts.

These strings live in JSON files and in the engine's specs, not in Qt code, so
pyside6-lupdate cannot find them. The window translates them at display time with
``QCoreApplication.translate(context, text)`` in four contexts:

    scenario        resources/scenarios/*.json: title, caption, view.claim, view.notes, pause notes, lane labels
    deck            resources/decks/*.json: deck title; slide title, caption, notes,
                    question prompt and explanation (and any inline setup's texts)
    surface         engine surfaces: title, description, each parameter's doc
    hyperparameter  engine optimizers: each optimizer's doc, each hyperparameter's doc
                    (clipping and schedules included), and the constant Param docs the
                    settings panel adds itself (desktop_app/widgets/panels.py: noise)

The source text is the exact English string as stored; the extraction needs no Qt.

Translations come from ``scripts/i18n_data_ko.py`` (``KO[context][english] = korean``),
and, for strings not in that dict, from finished translations already in data_ko.ts (so
edits made in Qt Linguist survive). New strings are written ``type="unfinished"``;
strings that disappeared from the data are kept as ``type="vanished"`` while they have a
translation, so a reworded caption can reuse its old Korean.

Re-running after scenarios, the deck or the engine changed (the lead's workflow)::

    python scripts/i18n_data.py              # rewrite resources/i18n/data_ko.ts
    python scripts/i18n_data.py --missing    # the strings still without Korean, as blocks to
                                             # paste at the end of scripts/i18n_data_ko.py; a
                                             # reworded string shows its old translation as a hint
    python scripts/i18n_data.py --check      # exit 1 if data_ko.ts is stale or incomplete
    # add the translations to KO in scripts/i18n_data_ko.py, run the first command again
    pytest tests/desktop_app/test_i18n_data.py

Run from the repository root with the project's interpreter (engine must be importable).
scripts/i18n_build.py compiles data_ko.ts together with playground_ko.ts into
resources/i18n/playground_ko.qm.
"""
from __future__ import annotations

import argparse
import ast
import difflib
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
try:  # the installed engine (the tests import this module: the checkout must not join sys.path)
    import engine  # noqa: F401
except ImportError:  # run from a checkout that was never installed
    sys.path.insert(0, str(ROOT))

TS_PATH = ROOT / "resources" / "i18n" / "data_ko.ts"
CONTEXTS = ("scenario", "deck", "surface", "hyperparameter")
PANELS = ROOT / "desktop_app" / "widgets" / "panels.py"

# one message: (source, where it comes from, relative to resources/i18n/)
Message = tuple[str, str]


def _add(out: dict[str, Message], text, where: str) -> None:
    if isinstance(text, str) and text.strip() and text not in out:
        out[text] = (text, where)


def _setup_texts(out: dict[str, Message], data: dict, where: str) -> None:
    """The words of one setup object (a scenario file, or a slide's inline setup)."""
    if not isinstance(data, dict):
        return
    _add(out, data.get("title"), where)
    _add(out, data.get("caption"), where)
    view = data.get("view") if isinstance(data.get("view"), dict) else {}
    _add(out, view.get("claim"), where)
    _add(out, view.get("notes"), where)
    for pause in view.get("pauses") or []:  # what the status bar says when playback stops there
        if isinstance(pause, dict):
            _add(out, pause.get("note"), where)
    for lane in data.get("optimizers") or []:
        if isinstance(lane, dict):
            _add(out, lane.get("label"), where)


def scenario_strings(root: Path = ROOT) -> dict[str, Message]:
    out: dict[str, Message] = {}
    for path in sorted((root / "resources" / "scenarios").glob("*.json")):
        _setup_texts(out, json.loads(path.read_text(encoding="utf-8")), f"../scenarios/{path.name}")
    return out


def deck_strings(root: Path = ROOT) -> dict[str, Message]:
    out: dict[str, Message] = {}
    for path in sorted((root / "resources" / "decks").glob("*.json")):
        where = f"../decks/{path.name}"
        data = json.loads(path.read_text(encoding="utf-8"))
        _add(out, data.get("title"), where)
        for slide in data.get("slides") or []:
            if not isinstance(slide, dict):
                continue
            for key in ("title", "caption", "notes"):
                _add(out, slide.get(key), where)
            question = slide.get("question")
            if isinstance(question, dict):
                _add(out, question.get("prompt"), where)
                _add(out, question.get("explanation"), where)
            _setup_texts(out, slide.get("setup"), where)
    return out


def surface_strings() -> dict[str, Message]:
    from engine.surfaces import catalog
    from engine.surfaces.formula import FormulaSurface

    out: dict[str, Message] = {}
    for cls in [*catalog.SURFACES, FormulaSurface]:
        where = f"../../{sys.modules[cls.__module__].__file__[len(str(ROOT)) + 1:]}"
        _add(out, cls.title, where)
        _add(out, cls.description, where)
        for p in cls.params:
            _add(out, p.doc, where)
    return out


def _panel_param_docs(path: Path = PANELS) -> list[str]:
    """Constant docs of the Param(...) calls in the settings panel's own module (noise);
    read with ast so extraction imports no Qt. A doc built with an f-string is skipped."""
    docs = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Param" and len(node.args) >= 3:
            doc = node.args[2]
            if isinstance(doc, ast.Constant) and isinstance(doc.value, str):
                docs.append(doc.value)
    return docs


def hyperparameter_strings() -> dict[str, Message]:
    from engine import optimizers

    out: dict[str, Message] = {}
    where = "../../engine/optimizers/catalog.py"
    for name in optimizers.names():
        d = optimizers.definition(name)
        _add(out, d.doc, where)
        for p in d.all_params():
            _add(out, p.doc, where)
    for doc in _panel_param_docs():
        _add(out, doc, "../../desktop_app/widgets/panels.py")
    return out


def extract(root: Path = ROOT) -> dict[str, dict[str, Message]]:
    """Every data string the window translates: {context: {source: (source, where)}}."""
    return {"scenario": scenario_strings(root), "deck": deck_strings(root),
            "surface": surface_strings(), "hyperparameter": hyperparameter_strings()}


# -- the .ts file ------------------------------------------------------------------------

def read_ts(path: Path = TS_PATH) -> dict[tuple[str, str], tuple[str, str]]:
    """{(context, source): (translation, type)} where type is "" (finished), "unfinished",
    "vanished" or "obsolete". A missing file reads as empty."""
    if not Path(path).exists():
        return {}
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            tr = message.find("translation")
            text = (tr.text or "") if tr is not None else ""
            kind = tr.get("type", "") if tr is not None else "unfinished"
            found[(name, source)] = (text, kind)
    return found


def korean_dict() -> dict[str, dict[str, str]]:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import i18n_data_ko
    finally:
        sys.path.pop(0)
    return i18n_data_ko.KO


def _x(text: str) -> str:
    return escape(text, {'"': "&quot;", "'": "&apos;"})


def render(messages: dict[str, dict[str, Message]], ko: dict[str, dict[str, str]],
           old: dict[tuple[str, str], tuple[str, str]]) -> tuple[str, list[tuple[str, str]]]:
    """The text of data_ko.ts, and the (context, source) pairs without a finished translation."""
    missing = []
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", '<TS version="2.1" language="ko_KR">']
    for context in CONTEXTS:
        lines += ["<context>", f"    <name>{context}</name>"]
        current = messages.get(context, {})
        for source, where in current.values():
            text = ko.get(context, {}).get(source)
            kind = ""
            if not text:
                text, kind = old.get((context, source), ("", "unfinished"))
                if kind in ("vanished", "obsolete"):
                    kind = ""
                if not text:
                    kind = "unfinished"
            if kind:
                missing.append((context, source))
            attr = f' type="{kind}"' if kind else ""
            lines += ["    <message>", f'        <location filename="{_x(where)}"/>',
                      f"        <source>{_x(source)}</source>",
                      f"        <translation{attr}>{_x(text)}</translation>", "    </message>"]
        # translations of strings the data no longer has: kept for reuse, not compiled
        gone = {s: t for (c, s), (t, k) in old.items() if c == context and s not in current and t}
        gone.update({s: t for s, t in ko.get(context, {}).items() if s not in current and t})
        for source, text in gone.items():
            lines += ["    <message>", f"        <source>{_x(source)}</source>",
                      f'        <translation type="vanished">{_x(text)}</translation>', "    </message>"]
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n", missing


def build(path: Path = TS_PATH) -> tuple[str, list[tuple[str, str]]]:
    """In memory: what data_ko.ts should hold now, and what still lacks Korean."""
    return render(extract(), korean_dict(), read_ts(path))


def missing_entries(missing: list[tuple[str, str]], ko: dict[str, dict[str, str]],
                    old: dict[tuple[str, str], tuple[str, str]]) -> str:
    """Python blocks to paste at the end of scripts/i18n_data_ko.py, one per context; each
    string that replaced a similar one (a reworded caption) shows the old pair as a hint."""
    known: dict[str, dict[str, str]] = {}
    for (context, source), (text, _) in old.items():
        if text:
            known.setdefault(context, {})[source] = text
    for context, table in ko.items():
        known.setdefault(context, {}).update(table)
    out = []
    for context in CONTEXTS:
        sources = [s for c, s in missing if c == context]
        if not sources:
            continue
        out.append(f"KO[{context!r}].update({{")
        for source in sources:
            near = difflib.get_close_matches(source, list(known.get(context, {})), n=1, cutoff=0.6)
            if near:
                out.append(f"    # was {near[0]!r}\n    #  -> {known[context][near[0]]!r}")
            out.append(f"    {source!r}:\n        \"\",")
        out.append("})\n")
    return "\n".join(out)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--missing", action="store_true", help="print untranslated strings as KO entries")
    parser.add_argument("--check", action="store_true", help="exit 1 if data_ko.ts is stale or incomplete")
    args = parser.parse_args(argv)
    text, missing = build()
    if args.missing:
        print(missing_entries(missing, korean_dict(), read_ts()), end="")
        print(f"{len(missing)} string(s) without Korean", file=sys.stderr)
        return 0
    if args.check:
        stale = not TS_PATH.exists() or TS_PATH.read_text(encoding="utf-8") != text
        if stale:
            print(f"{TS_PATH.relative_to(ROOT)} is out of date: run python scripts/i18n_data.py", file=sys.stderr)
        if missing:
            print(f"{len(missing)} string(s) without Korean: python scripts/i18n_data.py --missing",
                  file=sys.stderr)
        return 1 if stale or missing else 0
    TS_PATH.parent.mkdir(parents=True, exist_ok=True)
    TS_PATH.write_text(text, encoding="utf-8")
    counts = {c: len(m) for c, m in extract().items()}
    print(f"wrote {TS_PATH.relative_to(ROOT)}: {counts}; {len(missing)} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
