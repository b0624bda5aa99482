#!/usr/bin/python3
"""Every JSON example of docs/scenario-format.md is valid where the page puts it: each is written into a shipped
scenario at its place (an element of a list replaces the one with its id or joins the list; "name": {...} sets that
member), in the page's order, and the result must pass `epd-drill validate`; the plan example is checked against the
flagship with `validate --plan`. An example that is not JSON must say so with "..." (an illustration).
Usage: check_format_examples.py EPD_DRILL SOURCE_DIR"""
import json
import os
import re
import subprocess
import sys
import tempfile

binary, src = sys.argv[1], sys.argv[2]
page = open(os.path.join(src, "docs", "scenario-format.md"), encoding="utf-8").read()


def scenario(name):
    return json.load(open(os.path.join(src, "scenarios", name), encoding="utf-8"))


FLAGSHIP, REGION = "vendor-cloud-ransomware.json", "roaz-region-vendor-outage.json"
# Where each section's example goes: the scenario, and a list (by path) or "root"/"hospital" for a member.
PLACES = {
    "Texts in Dutch and English": (FLAGSHIP, "root"),
    "Source": (FLAGSHIP, "sources"),
    "Component": (FLAGSHIP, "components"),
    "Demand": (FLAGSHIP, "hospital"),
    "Learning and fatigue": (FLAGSHIP, "hospital"),
    "Postponement": (FLAGSHIP, "hospital"),
    "Crowding": (FLAGSHIP, "hospital"),
    "Function": (FLAGSHIP, "hospitals.0.functions"),
    "Fallback": (FLAGSHIP, "hospitals.0.fallbacks"),
    "Region": (REGION, "root"),
    "Inject": (FLAGSHIP, "injects"),
    "Action": (FLAGSHIP, "actions"),
    "Deadline": (FLAGSHIP, "deadlines"),
    "Objective": (FLAGSHIP, "objectives"),
    "Plan files": (FLAGSHIP, "plan"),
}


def examples():
    """(section, text) of every ```json block, the section being the nearest heading above it."""
    found, section = [], None
    for m in re.finditer(r"^(#+) ([^\n]+)$|^```json\n(.*?)^```$", page, re.M | re.S):
        if m.group(1):
            section = m.group(2)
        else:
            found.append((section, m.group(3)))
    return found


def parse(text):
    """The example as JSON: a value, or a member "name": value as {name: value}; None when neither parses."""
    for candidate in (text, "{" + text + "}"):
        try:
            return json.loads(candidate)
        except json.JSONDecodeError:
            pass
    return None


def place(target, where, value):
    if where in ("root", "hospital"):
        (target if where == "root" else target["hospitals"][0]).update(value)
        return
    items = target
    for key in where.split("."):
        items = items[int(key)] if key.isdigit() else items.setdefault(key, [])
    same = [i for i, item in enumerate(items) if item.get("id") == value.get("id")]
    if same:
        items[same[0]] = value
    else:
        items.append(value)


def validate(*args):
    run = subprocess.run([binary, "validate", *args], capture_output=True, text=True, env=dict(os.environ, LC_ALL="C"))
    return run.returncode, run.stdout + run.stderr


def check(blocks, tmp):
    """What is wrong with `blocks` placed in their scenarios, one line each."""
    wrong, scenarios, plans = [], {}, []
    for section, text in blocks:
        value = parse(text)
        if value is None:
            if "..." not in text:
                wrong.append(f"{section}: an example that is not JSON and not marked as an illustration (...)")
            continue
        if section not in PLACES:
            wrong.append(f"{section}: an example in a section this test does not know where to place")
            continue
        file, where = PLACES[section]
        if where == "plan":
            plans.append(value)
            continue
        place(scenarios.setdefault(file, scenario(file)), where, value)
    for file, content in scenarios.items():
        path = os.path.join(tmp, "examples-" + file)
        json.dump(content, open(path, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        status, said = validate(path)
        if status != 0:
            wrong.append(f"the examples in {file}: {said.strip()}")
    for i, plan in enumerate(plans):
        path = os.path.join(tmp, f"example-{i}.plan.json")
        json.dump(plan, open(path, "w", encoding="utf-8"), ensure_ascii=False)
        status, said = validate(os.path.join(src, "scenarios", FLAGSHIP), "--plan", path)
        if status != 0:
            wrong.append(f"the plan example: {said.strip()}")
    return wrong


blocks = examples()
with tempfile.TemporaryDirectory() as tmp:
    wrong = check(blocks, tmp)
    # The check itself finds a fallback that covers a role instead of a function.
    broken = [(s, t.replace('"covers": ["epd_core"]', '"covers": ["ordering"]')) if s == "Fallback" else (s, t)
              for s, t in blocks]
    if not any("unknown function 'ordering'" in line for line in check(broken, tmp)):
        wrong.append("the check misses a fallback covering a role")
placed = sum(1 for s, t in blocks if parse(t) is not None)
for line in wrong:
    print("FAIL " + line)
print(("FAILED" if wrong else "ok") + f": {placed} of {len(blocks)} examples of docs/scenario-format.md placed and valid")
sys.exit(1 if wrong else 0)
