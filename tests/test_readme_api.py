"""The README's Python API example runs as written (on the bundled sample, in a temporary folder)."""

import os
import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_readme_python_example_runs(tmp_path, capsys):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"### Python API.*?```python\n(.*?)```", readme, re.S)
    assert block, "README has a Python API example"
    shutil.copytree(ROOT / "sample", tmp_path / "sample")
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        exec(compile(block.group(1), "README-example", "exec"), {})
    finally:
        os.chdir(cwd)
    out = capsys.readouterr().out
    assert "15 added, 0 rejected" in out
    assert (tmp_path / "news.db").exists()
