"""Per-text limits (text-bytes, clause-bytes) wherever target and progress texts are read:
`assess` (options and --jsonl), `test`, `import-report`. Each runs under the fixture's
60 s watchdog; nothing here measures time."""
import json

import pytest

AS_OF = ["--year", "2022", "--as-of", "2022-06-30"]


def punctuated(n_bytes):
    """A target text of about n_bytes in short clauses (no clause limit reached)."""
    clause = "新建30个社区健身点，"
    return clause * (n_bytes // len(clause.encode()) + 1)


def test_a_10_mb_jsonl_line_is_refused_naming_the_limit_and_the_line(ducha):
    ok = json.dumps({"target": "新建30个社区健身点", "progress": "已建成2个", "year": 2022, "as_of": "2022-06-30"},
                    ensure_ascii=False)
    huge = json.dumps({"target": "新建" + "社区健身点" * 700_000, "progress": "已建成2个", "year": 2022,
                       "as_of": "2022-06-30"}, ensure_ascii=False)
    assert len(huge.encode()) > 10_000_000
    r = ducha("assess", "--jsonl", stdin="\n".join([ok, huge, ok]) + "\n")
    assert r.returncode == 2
    lines = [json.loads(l) for l in r.stdout.splitlines()]
    assert [("error" in l) for l in lines] == [False, True, False]
    assert lines[1]["line"] == 2
    assert lines[1]["error"] == ("<stdin>:2: target: text of 10500006 bytes, over the limit text-bytes = 16384")


def test_a_longer_text_is_read_when_the_limit_is_raised(ducha):
    # (Time near-linear in 1 MB of text is tests/text_matching_test.cpp's; here only the limit.)
    line = json.dumps({"target": punctuated(64 << 10), "progress": punctuated(64 << 10), "year": 2022,
                       "as_of": "2022-06-30"}, ensure_ascii=False)
    r = ducha("assess", "--jsonl", stdin=line + "\n")
    assert r.returncode == 2 and "over the limit text-bytes = 16384" in r.stderr
    r = ducha("assess", "--jsonl", "--limit", "text-bytes=65K", stdin=line + "\n")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert "error" not in out and len(out["sub_targets"]) > 2000


def test_a_long_clause_is_refused_naming_where_it_starts(ducha):
    target = "新建30个社区健身点，" + "社区" * 400 + "健身点"
    r = ducha("assess", *AS_OF, "--target", target, "--progress", "已建成2个")
    assert r.returncode == 2
    assert r.stderr.strip() == ("ducha: error: --target: a clause of 2409 bytes at byte 29 "
                                "(no , ; 。 ! ? : 、 or line end), over the limit clause-bytes = 2048")


@pytest.mark.parametrize("separator", ["，", ",", "；", "。", "！", "?", "：", "、", "\n"])
def test_each_delimiter_ends_a_clause(ducha, separator):
    target = separator.join(["新建30个社区健身点"] * 20)
    r = ducha("assess", *AS_OF, "--limit", "clause-bytes=30", "--target", target, "--progress", "已建成2个")
    assert r.returncode == 0, r.stderr


def test_the_progress_text_is_bounded_too(ducha):
    r = ducha("assess", *AS_OF, "--limit", "text-bytes=100", "--target", "新建30个社区健身点",
              "--progress", "已建成2个，" * 20)
    assert r.returncode == 2
    assert "ducha: error: --progress: text of 320 bytes, over the limit text-bytes = 100" in r.stderr


def test_a_text_at_the_limit_is_read(ducha):
    target = "新建30个社区健身点"  # 26 bytes
    r = ducha("assess", *AS_OF, "--limit", "text-bytes=26", "--limit", "clause-bytes=26", "--target", target,
              "--progress", "已建成2个")
    assert r.returncode == 0, r.stderr
    r = ducha("assess", *AS_OF, "--limit", "text-bytes=25", "--target", target, "--progress", "已建成2个")
    assert r.returncode == 2 and "over the limit text-bytes = 25" in r.stderr
    r = ducha("assess", *AS_OF, "--limit", "clause-bytes=25", "--target", target, "--progress", "已建成2个")
    assert r.returncode == 2 and "a clause of 26 bytes at byte 0" in r.stderr


def test_rule_cases_name_the_case(ducha, tmp_path):
    cases = tmp_path / "long.cases"
    cases.write_text("新建30个社区健身点 | 已建成2个 | 2022-06-30 => severely_lagging\n"
                     f"{'新建30个社区健身点，' * 10} | 已建成2个 | 2022-06-30 => severely_lagging\n", encoding="utf-8")
    r = ducha("test", "--limit", "text-bytes=200", "reference", cases)
    assert r.returncode == 2
    assert f'ducha: error: {cases}: case "line 2": target: text of 290 bytes, over the limit text-bytes = 200' \
        in r.stderr


def test_import_report_names_the_item(ducha, source):
    report = source / "fuzz/corpus/report_import/tables-small.txt"
    r = ducha("import-report", "--limit", "text-bytes=200", report)
    assert r.returncode == 2
    assert "over the limit text-bytes = 200" in r.stderr and ": item a" in r.stderr
