"""The README's theory example in "Scripting the engine" runs as written and prints what its
comments say (issue 15: the rates the theory panel shows, from a script)."""
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_readme_theory_example_runs_and_prints_its_comments():
    section = (ROOT / "README.md").read_text(encoding="utf-8").split("## Scripting the engine", 1)[1]
    code = next(c for c in re.findall(r"```python\n(.*?)```", section, re.S) if "from engine import theory" in c)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          cwd=ROOT)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert float(lines[0]) == 0.02
    assert "'rate': 0.980" in lines[1] and "'rate': 0.818" in lines[2]
    assert abs(float(lines[3]) - 9 / 11) < 1e-6
    a, b = map(float, lines[4].split())
    assert round(a) == 115 and round(b, 1) == 11.5
    assert abs(float(lines[5]) - 0.038) < 1e-12
