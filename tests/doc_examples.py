"""Runs the ```python blocks of docs/python.md in order, in one namespace."""
import pathlib
import re
import sys

doc = pathlib.Path(sys.argv[1]).read_text(encoding="utf-8")
blocks = re.findall(r"```python\n(.*?)```", doc, re.S)
assert blocks, "no python examples found"
namespace = {}
for i, block in enumerate(blocks, 1):
    exec(compile(block, f"{sys.argv[1]} example {i}", "exec"), namespace)
print(f"{len(blocks)} passed, 0 failed")
