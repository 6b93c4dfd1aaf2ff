"""docs/sweep-readme-snippet.md's scripting example runs as written (it joins the README)."""
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_sweep_snippet_example_runs(tmp_path):
    text = (ROOT / "docs" / "sweep-readme-snippet.md").read_text(encoding="utf-8")
    code = re.search(r"```python\n(.*?)```", text, re.S).group(1)
    script = tmp_path / "example.py"
    script.write_text(code, encoding="utf-8")
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120,
                          cwd=tmp_path, env=env)
    assert done.returncode == 0, done.stderr
    assert "(25, 3, 3)" in done.stdout
    assert "sgd     running   (step -1): {'value': 101, 'grad': 100, 'hessian': 0}" in done.stdout
    assert "newton  converged (step 1): {'value': 2, 'grad': 2, 'hessian': 1}" in done.stdout
    assert "bfgs    converged (step 9): {'value': 37, 'grad': 37, 'hessian': 0}" in done.stdout
    assert (tmp_path / "adam_sweep.csv").read_text().startswith("optimizer,lr,beta1,seed,")


def test_readme_holds_the_same_sweep_example():
    """The README's copy of the example is the one run above, character for character."""
    doc = (ROOT / "docs" / "sweep-readme-snippet.md").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    code = re.search(r"```python\n(.*?)```", doc, re.S).group(0)
    section = readme.split("## Scripting the engine", 1)[1].split("\n## ", 1)[0]
    assert code in section
