"""The conventions every command follows (CLI11): its own --help with examples, - for
standard input and output, -o/--output, --quiet, and errors that name the option and value."""
import json

import pytest

PLAN = "examples/shapingba-2022h1/plan.json"
COMMANDS = ["evaluate", "assess", "extract", "import-report", "report", "test", "import table", "export table",
            "progress"]


def test_every_command_has_its_own_help_with_examples(ducha):
    helps = {}
    for command in COMMANDS:
        r = ducha(*command.split(), "--help")
        assert r.returncode == 0, r.stderr
        assert f"Usage: ducha {command}" in r.stdout
        assert "Examples:" in r.stdout and f"ducha {command}" in r.stdout.split("Examples:")[1]
        assert "-o,--output" in r.stdout and "--quiet" in r.stdout
        helps[command] = r.stdout
    assert len(set(helps.values())) == len(COMMANDS)
    assert ducha("help", "report").stdout == helps["report"]


def test_overview_lists_every_command(ducha):
    out = ducha("--help").stdout
    for command in COMMANDS:
        assert f"ducha {command}" in out


def test_evaluate_reads_standard_input_and_writes_standard_output(ducha, source):
    plan = (source / PLAN).read_text(encoding="utf-8")
    r = ducha("evaluate", "-", "--as-of", "2022-06-30", "-o", "-", stdin=plan)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["expected"] == "1/2"
    assert r.stdout == ducha("evaluate", source / PLAN, "--as-of", "2022-06-30").stdout


def test_stdin_errors_are_named_stdin(ducha):
    r = ducha("evaluate", "-", stdin="{")
    assert r.returncode == 2 and r.stderr.startswith("ducha: error: <stdin>:"), r.stderr


@pytest.mark.parametrize("args", [
    ["evaluate", PLAN],
    ["report", PLAN, "--format", "summary"],
    ["assess", "--year", "2022", "--as-of", "2022-06-30", "--target", "新建30个社区健身点", "--progress", "已建成2个"],
    ["test", "reference", "examples/rules/shapingba-2022h1.cases"],
])
def test_output_option_writes_what_stdout_would_get(ducha, source, tmp_path, args):
    args = [source / a if a.startswith(("examples/",)) else a for a in args]
    out = tmp_path / "out"
    to_stdout = ducha(*args)
    to_file = ducha(*args, "--output", out)
    assert to_file.returncode == to_stdout.returncode
    assert to_file.stdout == ""
    assert out.read_text(encoding="utf-8") == to_stdout.stdout


def test_line_commands_take_files_and_output(ducha, tmp_path):
    text = tmp_path / "in.txt"
    text.write_text("新建30个社区健身点\n1.9万人\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    r = ducha("extract", text, "-o", out)
    assert r.returncode == 0 and r.stdout == ""
    assert [json.loads(l)["input"] for l in out.read_text(encoding="utf-8").splitlines()] == ["新建30个社区健身点", "1.9万人"]
    lines = tmp_path / "lines.jsonl"
    lines.write_text(json.dumps({"target": "新建30个社区健身点", "progress": "已建成2个", "year": 2022,
                                 "as_of": "2022-06-30"}, ensure_ascii=False) + "\n{bad\n", encoding="utf-8")
    r = ducha("assess", "--jsonl", lines, "-o", out)
    assert r.returncode == 2
    got = [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()]
    assert got[0]["status"] == "severely_lagging" and got[1]["line"] == 2
    assert f"{lines}:2:" in r.stderr


def test_quiet_keeps_errors_and_exit_codes_but_drops_notes(ducha, source):
    loud = ducha("evaluate", source / PLAN, "--check-official")
    quiet = ducha("evaluate", source / PLAN, "--check-official", "--quiet")
    assert loud.returncode == quiet.returncode == 1
    assert "differ from the official status" in loud.stderr and quiet.stderr == ""
    r = ducha("--quiet", "evaluate", "no/such.json")
    assert r.returncode == 2 and "no/such.json: cannot open file" in r.stderr


@pytest.mark.parametrize("args,needle", [
    (["evaluate", PLAN, "--format", "xml"], '--format must be json, jsonl or text, not "xml"'),
    (["report", PLAN, "--format", "rtf"], '--format must be md, html, csv, json, summary, docx, xlsx or pdf, not "rtf"'),
    (["evaluate", PLAN, "--as-of", "2022-13-01"], '--as-of: invalid date "2022-13-01"'),
    (["evaluate", PLAN, "--as-of", "2022-06-30", "--as-of", "2022-07-01"], "--as-of"),
    (["extract", "--year", "20x2"], '--year must be a year such as 2022, not "20x2"'),
    (["import-report", "r.txt", "--year", "1800"], "--year must be between 1900 and 9999, not 1800"),
    (["evaluate", PLAN, "extra.json"], 'unexpected argument "extra.json" for evaluate'),
    (["report", PLAN, "--colour=red"], "unknown option --colour for report"),
    (["evaluate", PLAN, "--policy", "nonesuch"], "--policy nonesuch: no such file and no preset"),
    (["assess", "extra.jsonl", "--year", "2022", "--as-of", "2022-06-30", "--target", "x"], "only with --jsonl"),
    (["test", "-", "-"], "standard input (-) can be read only once"),
])
def test_errors_name_the_option_and_value(ducha, source, args, needle):
    args = [source / a if a == PLAN else a for a in args]
    r = ducha(*args, stdin="")
    assert r.returncode == 2, r.stdout
    assert needle in r.stderr, r.stderr
    assert len(r.stderr.strip().splitlines()) == 1, r.stderr
