#!/usr/bin/python3
"""Every shipped scenario is valid against scenarios/scenario.schema.json, the schema a trainer's editor checks
while typing; and the schema is no looser than the loader on a few classic mistakes. Every shipped scenario, the
hand-written ones and those scenarios/tools/make_region_scenarios.py generates, gives every text in Dutch and English.
Usage: check_schema.py SOURCE_DIR"""
import glob
import json
import os
import sys

import jsonschema

src = sys.argv[1]
schema = json.load(open(os.path.join(src, "scenarios", "scenario.schema.json"), encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
failed = False
files = sorted(f for f in glob.glob(os.path.join(src, "scenarios", "*.json"))
               if not f.endswith(".plan.json") and not f.endswith(".schema.json"))
for path in files:
    errors = list(validator.iter_errors(json.load(open(path, encoding="utf-8"))))
    for e in errors[:5]:
        print(f"FAIL {os.path.relpath(path, src)}: {'.'.join(str(p) for p in e.path)}: {e.message[:200]}")
    failed = failed or bool(errors)
# Every description (what the editor shows about a field) has its Dutch beside it, "description_nl".
def descriptions(node, path):
    if isinstance(node, dict):
        if "description" in node and not node.get("description_nl"):
            yield path
        for key, value in node.items():
            yield from descriptions(value, f"{path}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from descriptions(value, f"{path}/{i}")


for path in descriptions(schema, ""):
    print(f"FAIL the schema's description at {path or '/'} has no description_nl")
    failed = True
# Mistakes the schema must catch, as the loader does.
region = json.load(open(os.path.join(src, "scenarios", "roaz-region-vendor-outage.json"), encoding="utf-8"))
for name, mutate in [
    ("an unknown field in the region", lambda s: s["region"].update({"travle": []})),
    ("a hospital's location without a longitude", lambda s: s["hospitals"][0].update({"location": {"lat": 52.0}})),
    ("a walk-in share above 1", lambda s: s["injects"][4]["effects"][0].update({"walk_ins_elsewhere": 1.5})),
    ("format version 10", lambda s: s.update({"format_version": 10})),
    ("a demand share above 1", lambda s: s["hospitals"][0].update({"demand": {"walk_ins_stay_away": 1.2}})),
    ("a misspelt crowding field", lambda s: s["hospitals"][0].update({"crowding": {"time_per_overlaod": 1}})),
]:
    broken = json.loads(json.dumps(region))
    mutate(broken)
    if validator.is_valid(broken):
        print(f"FAIL the schema accepts {name}")
        failed = True


# Every shipped scenario gives every text in Dutch and English: each text field (docs/scenario-format.md, "Texts in
# Dutch and English") is {"nl": ..., "en": ...}, Dutch first, neither empty. (Hospital names, ids, sources' titles,
# the region's name and role lists stay plain.)
BILINGUAL = [os.path.basename(f) for f in files]


def texts(s):
    """(path, value) of every text field of scenario s."""
    found = []

    def take(obj, fields, path):
        for field in fields:
            if field in obj:
                found.append((f"{path}.{field}" if path else field, obj[field]))

    take(s, ["title", "summary", "briefing"], "")
    for i, c in enumerate(s.get("components", [])):
        take(c, ["name"], f"components[{i}]")
    # A hospital's own components, functions and fallbacks, and those of the profiles hospitals are made of.
    setups = [(f"hospitals[{h}]", hospital) for h, hospital in enumerate(s.get("hospitals", []))]
    setups += [(f"profiles.{name}", profile) for name, profile in s.get("profiles", {}).items()]
    for where, setup in setups:
        for part in ("components", "functions", "fallbacks"):
            for i, item in enumerate(setup.get(part, [])):
                take(item, ["name"], f"{where}.{part}[{i}]")
    for i, inject in enumerate(s.get("injects", [])):
        take(inject, ["title", "text", "from", "facilitator_notes"], f"injects[{i}]")
    for i, action in enumerate(s.get("actions", [])):
        take(action, ["title", "costs", "risks"], f"actions[{i}]")
        for j, param in enumerate(action.get("params", [])):
            take(param, ["unit"], f"actions[{i}].params[{j}]")
    for i, deadline in enumerate(s.get("deadlines", [])):
        take(deadline, ["title", "law"], f"deadlines[{i}]")
    for i, objective in enumerate(s.get("objectives", [])):
        take(objective, ["title"], f"objectives[{i}]")
    return found


def not_bilingual(s):
    """What is wrong, one line each: texts not given in both languages, a format version before 4."""
    bad = [] if s.get("format_version", 0) >= 4 else ["format_version: two-language texts need format version 4"]
    for path, value in texts(s):
        if not (isinstance(value, dict) and list(value) == ["nl", "en"]
                and all(isinstance(v, str) and v.strip() for v in value.values())):
            bad.append(f'{path}: not given in Dutch and English ({{"nl": ..., "en": ...}}, neither empty)')
    return bad


for name in BILINGUAL:
    scenario = json.load(open(os.path.join(src, "scenarios", name), encoding="utf-8"))
    bad = not_bilingual(scenario)
    for line in bad[:10]:
        print(f"FAIL scenarios/{name}: {line}")
    failed = failed or bool(bad)
    if len(texts(scenario)) < 50:
        print(f"FAIL scenarios/{name}: only {len(texts(scenario))} texts found")
        failed = True
    # The check itself catches a text left in one language, one whose Dutch is empty, and a profile's function
    # name in one language.
    mutations = [lambda s: s.update({"title": "plain"}),
                 lambda s: s["actions"][0].update({"title": {"nl": "", "en": "x"}})]
    if any(p.get("functions") for p in scenario.get("profiles", {}).values()):
        mutations.append(lambda s: next(p for p in s["profiles"].values() if p.get("functions"))["functions"][0]
                         .update({"name": "plain"}))
    for mutate in mutations:
        broken = json.loads(json.dumps(scenario))
        mutate(broken)
        if not not_bilingual(broken):
            print(f"FAIL the bilingual check misses a broken text in {name}")
            failed = True

print(("FAILED" if failed else "ok") + f": {len(files)} scenarios checked against the schema; "
      f"{len(BILINGUAL)} give every text in Dutch and English")
sys.exit(1 if failed else 0)
