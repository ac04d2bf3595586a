"""ducha extract: one JSON object per line, exact values, and no crash or hang on any input."""
import json
import random

import pytest


def run(ducha, text, *args):
    return ducha("extract", *args, stdin=text)


def test_the_issues_example(ducha):
    r = run(ducha, "截至6月30日,累计完成违法建筑拆除33.31万平方米。\n", "--year", "2022")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["input"] == "截至6月30日,累计完成违法建筑拆除33.31万平方米。"
    assert doc["quantities"] == [{"text": "33.31万平方米", "begin": 18, "end": 27, "value": "333100",
                                  "unit": "平方米", "dimension": "area", "approximate": False}]
    assert [(n["text"], n["value"]) for n in doc["numbers"]] == [("6", "6"), ("30", "30"), ("33.31万", "333100")]
    assert doc["dates"][0]["from"] == "2022-06-30" and doc["dates"][0]["as_of"] is True


def test_every_line_gets_one_object_in_order(ducha):
    lines = ["新建30个社区健身点", "", "1.9万人", "百分之八十七点五", "１，０５０元"]
    r = run(ducha, "\n".join(lines) + "\n")
    out = [json.loads(l) for l in r.stdout.splitlines()]
    assert [o["input"] for o in out] == lines
    assert out[2]["quantities"][0]["value"] == "19000" and out[2]["quantities"][0]["unit"] == "人"
    assert out[3]["percents"][0]["value"] == "87.5"
    assert out[4]["numbers"][0]["text"] == "1,050"


def test_invalid_utf8_line_is_reported_and_the_rest_still_read(ducha, source):
    import subprocess, os
    binary = os.environ["DUCHA_BIN"]
    r = subprocess.run([binary, "extract"], input=b"30\xff\xfe\n40%\n\xe6\x96\n", capture_output=True, timeout=60)
    assert r.returncode == 2
    out = [json.loads(l) for l in r.stdout.decode().splitlines()]
    assert out[0] == {"line": 1, "error": "invalid UTF-8 at byte 2"}
    assert out[1]["percents"][0]["value"] == "40"
    assert out[2]["line"] == 3 and "invalid UTF-8" in out[2]["error"]
    assert b"<stdin>:1: invalid UTF-8 at byte 2" in r.stderr


def test_random_bytes_and_truncated_utf8_never_crash_or_hang(ducha):
    import os, subprocess
    binary = os.environ["DUCHA_BIN"]
    rng = random.Random(20220630)
    samples = "截至6月30日累计完成违法建筑拆除33.31万平方米两千三百一万二百分之八十七点五壹贰叁负-19%‰１２３"
    data = bytearray()
    for _ in range(3000):
        kind = rng.randrange(3)
        if kind == 0:
            line = bytes(rng.randrange(256) for _ in range(rng.randrange(40)))
        elif kind == 1:
            s = "".join(rng.choice(samples) for _ in range(rng.randrange(30))).encode()
            line = s[: rng.randrange(len(s) + 1)]  # cut anywhere, also inside a character
        else:
            line = "".join(rng.choice(samples) for _ in range(rng.randrange(60))).encode()
        data += line.replace(b"\n", b" ") + b"\n"
    r = subprocess.run([binary, "extract"], input=bytes(data), capture_output=True, timeout=120)
    assert r.returncode in (0, 2), r.stderr[-500:]
    assert len(r.stdout.splitlines()) == 3000
    for line in r.stdout.splitlines():
        json.loads(line)


def test_usage_errors(ducha):
    assert run(ducha, "", "--year", "abc").returncode == 2
    assert run(ducha, "", "file.txt").returncode == 2
