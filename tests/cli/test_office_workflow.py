"""Runs every command of docs/office-workflow.md, in order, and checks what it says they show."""
import json
import os
import re
import subprocess
from pathlib import Path


def test_the_office_workflow_runs_as_written(source, tmp_path):
    doc = (source / "docs/office-workflow.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sh\n(.*?)```", doc, re.S)
    assert len(blocks) >= 7
    binary = Path(os.environ["DUCHA_BIN"]).resolve()
    env = dict(os.environ, PATH=f"{binary.parent}:{os.environ['PATH']}", DUCHA_SOURCE_DIR=str(source))
    outputs = []
    for i, block in enumerate(blocks, 1):
        r = subprocess.run(["bash", "-euo", "pipefail", "-c", block], cwd=tmp_path, env=env,
                           capture_output=True, text=True, timeout=120)
        assert r.returncode == 0, f"block {i} failed:\n{block}\n{r.stderr}"
        outputs.append((r.stdout, r.stderr))
    plan = json.loads((tmp_path / "plan.json").read_text(encoding="utf-8"))
    gym, jobs, campus = plan["items"]
    assert [h["as_of"] for h in gym["sub_targets"][0]["history"]] == ["2022-01-31", "2022-02-28", "2022-03-31"]
    assert [h["value"] for h in jobs["sub_targets"][0]["history"]] == ["0.3", "0.6", "0.9"]  # corrected, once
    assert "(1 replaced)" in outputs[4][1]
    assert (tmp_path / "report-2022-01.md").exists()
    series = outputs[5][0]
    gym_lines = series.split("2. ")[0]
    assert "[yellow:连续1个月滞后]" in gym_lines and "[yellow:连续2个月滞后]" in gym_lines
    assert "[red:连续3个月滞后]" in gym_lines and "预计难以完成" in gym_lines
    assert "(督查办判断:" in series and "[yellow:连续1个月滞后(督查办判断)]" in series
    march = json.loads((tmp_path / "evaluation-2022-03.json").read_text(encoding="utf-8"))
    assert march["items"][0]["escalation"]["colour"] == "red"
    assert march["items"][2]["judged_by"] == "office" and march["items"][2]["office_status"] == "lagging"
    year = outputs[6][0]
    assert "未完成" in year or "red:" in year
