#!/usr/bin/python3
"""Every shipped scenario is valid against scenarios/scenario.schema.json, the schema a trainer's editor checks
while typing; and the schema is no looser than the loader on a few classic mistakes.
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
# Mistakes the schema must catch, as the loader does.
region = json.load(open(os.path.join(src, "scenarios", "roaz-region-vendor-outage.json"), encoding="utf-8"))
for name, mutate in [
    ("an unknown field in the region", lambda s: s["region"].update({"travle": []})),
    ("a hospital's location without a longitude", lambda s: s["hospitals"][0].update({"location": {"lat": 52.0}})),
    ("a walk-in share above 1", lambda s: s["injects"][4]["effects"][0].update({"walk_ins_elsewhere": 1.5})),
    ("format version 5", lambda s: s.update({"format_version": 5})),
    ("a demand share above 1", lambda s: s["hospitals"][0].update({"demand": {"walk_ins_stay_away": 1.2}})),
    ("a misspelt crowding field", lambda s: s["hospitals"][0].update({"crowding": {"time_per_overlaod": 1}})),
]:
    broken = json.loads(json.dumps(region))
    mutate(broken)
    if validator.is_valid(broken):
        print(f"FAIL the schema accepts {name}")
        failed = True
print(("FAILED" if failed else "ok") + f": {len(files)} scenarios checked against the schema")
sys.exit(1 if failed else 0)
