"""The README's "Keyboard shortcuts" table and the window's shortcuts agree, both ways.

The table's first column holds either a mouse gesture or key combinations:

- a row whose first cell contains "click", "drag" or "wheel" is a mouse gesture and is
  not checked against the shortcuts;
- every other row lists key combinations separated by " or " or ", ", each written
  exactly as Qt writes it (QKeySequence.toString(PortableText): "Ctrl+Shift+S", "Esc",
  "Ctrl++"). A typo ("Ctrl+Shfit+H") or another spelling ("Control+Q") fails.
"""
from __future__ import annotations

import re
from pathlib import Path

from PySide6 import QtGui

ROOT = Path(__file__).resolve().parents[2]
PORTABLE = QtGui.QKeySequence.SequenceFormat.PortableText
MOUSE_WORDS = ("click", "drag", "wheel")
SEPARATOR = re.compile(r",\s+|\s+or\s+")  # "F or Home", "Ctrl+N, Ctrl+O"; a "," key would need another separator


def table_rows(readme: str) -> list[tuple[str, str]]:
    """(keys, action) for each body row of the table under "## Keyboard shortcuts"."""
    section = readme.split("\n## Keyboard shortcuts\n", 1)[1].split("\n## ", 1)[0]
    lines = []  # the first run of consecutive table lines: what Markdown renders as the table
    for line in section.splitlines():
        if line.strip().startswith("|"):
            lines.append(line.strip())
        elif lines:
            break
    assert len(lines) > 2, "no table under ## Keyboard shortcuts"
    assert re.fullmatch(r"\|\s*keys\s*\|\s*action\s*\|", lines[0]), lines[0]
    assert re.fullmatch(r"\|[\s:-]+\|[\s:-]+\|", lines[1]), lines[1]
    rows = []
    for line in lines[2:]:
        assert "\\|" not in line, f"an escaped | in the table is not parsed here: {line}"
        cells = [c.strip() for c in line.strip("|").split("|")]
        assert len(cells) == 2 and all(cells), f"a row needs a keys cell and an action cell: {line}"
        rows.append((cells[0], cells[1]))
    return rows


def is_mouse(keys_cell: str) -> bool:
    return any(word in keys_cell.lower() for word in MOUSE_WORDS)


def readme_keys(rows) -> dict[str, str]:
    """Each key combination written in the table -> its row's keys cell."""
    keys = {}
    for cell, _action in rows:
        if is_mouse(cell):
            continue
        for token in SEPARATOR.split(cell):
            seq = QtGui.QKeySequence.fromString(token, PORTABLE)
            written = seq.toString(PORTABLE)
            assert seq.count() == 1 and written == token, (
                f"{token!r} (row {cell!r}) is not one key combination as Qt writes it"
                + (f" (Qt reads it as {written!r})" if written else ""))
            assert token not in keys, f"{token!r} is in the table twice ({keys.get(token)!r} and {cell!r})"
            keys[token] = cell
    return keys


def window_keys(window) -> dict[str, str]:
    """Every shortcut of every action of the window -> the action's text."""
    actions = {id(a): a for a in [*window.actions(), *window.findChildren(QtGui.QAction)]}
    keys = {}
    for action in actions.values():
        for seq in action.shortcuts():
            if not seq.isEmpty():
                keys[seq.toString(PORTABLE)] = action.text().replace("&", "")
    return keys


def test_readme_lists_every_shortcut_and_only_real_ones(window):
    rows = table_rows((ROOT / "README.md").read_text(encoding="utf-8"))
    documented = readme_keys(rows)
    actual = window_keys(window)
    assert len(actual) > 20 and len(documented) > 20  # both sides were really read
    assert any(is_mouse(cell) for cell, _ in rows), "no mouse rows: does the table end early?"
    missing = {key: text for key, text in actual.items() if key not in documented}
    assert not missing, f"shortcuts the README's table does not list: {missing}"
    unknown = {key: cell for key, cell in documented.items() if key not in actual}
    assert not unknown, f"keys in the README's table that no action of the window has: {unknown}"
