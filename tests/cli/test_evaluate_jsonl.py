"""`ducha evaluate --format jsonl`: one JSON object per line, the same items as the document."""
import json
import shlex

REFERENCE = "examples/shapingba-2022h1/plan.json"


def lines_of(stdout):
    assert stdout.endswith("\n")
    out = []
    for line in stdout.split("\n")[:-1]:
        value = json.loads(line)  # each line alone is valid JSON
        assert isinstance(value, dict), line
        out.append(value)
    return out


def test_every_line_is_one_json_object(ducha, source):
    r = ducha("evaluate", source / REFERENCE, "--format", "jsonl")
    assert r.returncode == 0, r.stderr
    lines = lines_of(r.stdout)
    document = json.loads(ducha("evaluate", source / REFERENCE).stdout)
    assert len(lines) == len(document["items"]) + 2
    assert lines[0]["record"] == "evaluation" and lines[0]["format"] == "ducha.evaluation-lines/1"
    assert lines[0]["items"] == len(document["items"])
    assert [line["record"] for line in lines[1:-1]] == ["item"] * len(document["items"])
    for line, item in zip(lines[1:-1], document["items"]):
        del line["record"]
        assert line == item
    assert lines[-1]["record"] == "summary"
    assert lines[-1]["summary"] == document["summary"]
    assert lines[-1]["honest_count"] == document["honest_count"]


def test_from_standard_input_and_with_an_escalating_policy(ducha, source):
    plan = (source / REFERENCE).read_text(encoding="utf-8")
    r = ducha("evaluate", "-", "--format", "jsonl", "--policy", "yinchuan-consecutive", stdin=plan)
    assert r.returncode == 0, r.stderr
    lines = lines_of(r.stdout)
    document = json.loads(ducha("evaluate", source / REFERENCE, "--policy", "yinchuan-consecutive").stdout)
    assert [{k: v for k, v in line.items() if k != "record"} for line in lines[1:-1]] == document["items"]


def test_check_official_gives_the_same_exit_status(ducha, source):
    jsonl = ducha("evaluate", source / REFERENCE, "--format", "jsonl", "--check-official")
    whole = ducha("evaluate", source / REFERENCE, "--check-official")
    assert jsonl.returncode == whole.returncode
    assert jsonl.stderr == whole.stderr


def test_jsonl_is_for_one_date(ducha, source):
    r = ducha("evaluate", source / REFERENCE, "--format", "jsonl", "--series", "2022-01..2022-06")
    assert r.returncode == 2
    assert "--format jsonl writes one date's evaluation, not a --series" in r.stderr


def plan_with(source, change):
    plan = json.loads((source / REFERENCE).read_text(encoding="utf-8"))
    change(plan)
    return plan


def test_plan_keys_after_the_items_give_the_same_lines(ducha, source, tmp_path):
    """A plan file read as it comes, and one whose own keys follow its items (read whole)."""
    expected = ducha("evaluate", source / REFERENCE, "--format", "jsonl")
    assert expected.returncode == 0, expected.stderr
    plan = json.loads((source / REFERENCE).read_text(encoding="utf-8"))
    items_first = {"items": plan.pop("items"), **plan}
    path = tmp_path / "items-first.json"
    path.write_text(json.dumps(items_first, ensure_ascii=False), encoding="utf-8")
    r = ducha("evaluate", path, "--format", "jsonl")
    assert r.returncode == 0, r.stderr
    assert r.stdout == expected.stdout


def test_an_error_in_item_n_writes_nothing(ducha, source, tmp_path):
    def bad_item(plan):
        plan["items"][57]["id"] = 12
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(plan_with(source, bad_item), ensure_ascii=False, indent=2), encoding="utf-8")
    r = ducha("evaluate", path, "--format", "jsonl")
    assert r.returncode == 2
    assert r.stdout == ""
    assert "items[57].id: expected a string" in r.stderr and str(path) in r.stderr
    out = tmp_path / "out.jsonl"
    r = ducha("evaluate", path, "--format", "jsonl", "-o", out)
    assert r.returncode == 2
    assert not out.exists()


def test_a_duplicate_id_late_in_the_plan_writes_nothing(ducha, source, tmp_path):
    def duplicate(plan):
        plan["items"][120]["id"] = plan["items"][3]["id"]
    path = tmp_path / "duplicate.json"
    path.write_text(json.dumps(plan_with(source, duplicate), ensure_ascii=False, indent=2), encoding="utf-8")
    r = ducha("evaluate", path, "--format", "jsonl")
    assert r.returncode == 2
    assert r.stdout == ""
    assert "items[120].id: duplicate item id" in r.stderr


def test_every_bad_plan_of_the_catalogue_fails_alike_as_jsonl(ducha, source):
    """Each `evaluate` case of the bad-input catalogue (tests/data/bad-input/cases.tsv) run again
    with --format jsonl, where items are evaluated as they are read: the same exit status and
    the same error as the whole-document run, and nothing on standard output."""
    places = {"{dir}": str(source / "tests/data/bad-input"), "{ex}": str(source / "examples"), "{repo}": str(source)}
    checked = 0
    for line in (source / "tests/data/bad-input/cases.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        name, surface, call, _, _ = line.split("\t")
        words = shlex.split(call)
        if surface != "cli" or words[:1] != ["evaluate"] or {"<", ">", "--format", "--series"} & set(words):
            continue
        args = []
        for word in words:
            for key, value in places.items():
                word = word.replace(key, value)
            args.append(word)
        whole = ducha(*args)
        lines = ducha(*args, "--format", "jsonl")
        assert (lines.returncode, lines.stderr) == (whole.returncode, whole.stderr), name
        if whole.returncode == 2:
            assert lines.stdout == "", name
        checked += 1
    assert checked >= 50  # the catalogue's plan cases are here
