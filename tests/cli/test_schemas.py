"""The documented JSON Schemas describe what ducha reads and writes."""
import json
from pathlib import Path

import jsonschema
import pytest
from jsonschema.validators import Draft202012Validator

try:  # jsonschema ≥ 4.18
    from referencing import Registry, Resource
except ImportError:  # Debian 12 ships 4.10, which resolves with a RefResolver
    Registry = None


def validator(source: Path, name: str):
    schema_dir = source / "docs/schema"
    schemas = {p.name: json.loads(p.read_text()) for p in schema_dir.glob("*.schema.json")}
    schema = schemas[name]
    Draft202012Validator.check_schema(schema)
    if Registry is not None:
        registry = Registry().with_resources(
            (s["$id"], Resource.from_contents(s)) for s in schemas.values())
        return Draft202012Validator(schema, registry=registry)
    store = {s["$id"]: s for s in schemas.values()}
    resolver = jsonschema.RefResolver(schema["$id"], schema, store=store)
    return Draft202012Validator(schema, resolver=resolver)


def errors(v, doc):
    return [f"{list(e.path)}: {e.message}" for e in v.iter_errors(doc)]


@pytest.mark.parametrize("plan", ["examples/shapingba-2022h1/plan.json", "tests/data/minimal_plan.json"])
def test_plans_match_the_plan_schema(source, plan):
    doc = json.loads((source / plan).read_text())
    assert errors(validator(source, "plan.schema.json"), doc) == []


def test_the_schema_rejects_what_the_reader_rejects(source):
    v = validator(source, "plan.schema.json")
    doc = json.loads((source / "tests/data/bad/unknown_key.json").read_text())
    assert errors(v, doc) != []
    doc = json.loads((source / "tests/data/bad/missing_target.json").read_text())
    assert errors(v, doc) != []


def test_evaluation_output_matches_its_schema(ducha, source):
    r = ducha("evaluate", source / "examples/shapingba-2022h1/plan.json")
    assert r.returncode == 0, r.stderr
    assert errors(validator(source, "evaluation.schema.json"), json.loads(r.stdout)) == []


def test_policy_schema_accepts_a_curve_policy(source):
    doc = {"format": "ducha.policy/1", "name": "nanming",
           "schedule": {"basis": "curve", "curve": [{"date": "06-30", "expected": "0.6"}]},
           "on_track": "2/3", "lagging": "1/3", "around_tolerance": "0.5", "level_band": "1/10"}
    assert errors(validator(source, "policy.schema.json"), doc) == []
    assert errors(validator(source, "policy.schema.json"), {"on_trak": "2/3"}) != []


@pytest.mark.parametrize("preset", ["reference", "points", "sdg-ratio", "yinchuan-consecutive", "ouhai-monthly",
                                    "suqian-deadline"])
def test_presets_match_the_policy_schema(source, preset):
    doc = json.loads((source / "policies" / f"{preset}.json").read_text())
    assert errors(validator(source, "policy.schema.json"), doc) == []
