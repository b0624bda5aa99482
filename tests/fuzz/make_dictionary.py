#!/usr/bin/env python3
"""Writes tests/fuzz/epd.dict, the libFuzzer dictionary: JSON tokens and
numbers at the edges, every field name of the shipped scenarios, plans and
saves (and the saves' embedded scenarios) and of the scenario seeds, the format's enum words
(sim/scenario/enums.cpp) and the short words the flagship's plan uses (action
ids, times). Run it from the repository's root after the format gains fields."""
import glob
import json
import re

keys, values = set(), set()


def walk(v, keep_values):
    if isinstance(v, dict):
        for k, x in v.items():
            keys.add(k)
            walk(x, keep_values)
    elif isinstance(v, list):
        for x in v:
            walk(x, keep_values)
    elif keep_values and isinstance(v, str) and len(v) <= 40 and '"' not in v and '\\' not in v:
        values.add(v)


for f in sorted(glob.glob('scenarios/*.json') + glob.glob('saves/*.json') + glob.glob('tests/fuzz/seeds/scenario/*.json')):
    if f.endswith('schema.json'):
        continue
    try:  # some seeds are broken on purpose
        d = json.load(open(f, encoding='utf-8'))
    except (ValueError, RecursionError):
        continue
    walk(d, f.endswith('vendor-cloud-ransomware.plan.json'))
    if 'scenario_text' in d:
        walk(json.loads(d['scenario_text']), False)
for e in re.findall(r'EPD_NAMES\(\w+,([^)]*)\)', open('sim/scenario/enums.cpp').read(), re.S):
    values.update(re.findall(r'"([^"]+)"', e))
values.update(['2026-04-07T07:00', '42d', '10m', '1h', '0m', '366d', 'EPD Drill save', 'sha256:'])

tokens = ['{', '}', '[', ']', ':', ',', '"', '\\"', '\\\\', '\\u0000', '\\ud800', 'true', 'false', 'null', '-',
          '0', '-0', '1e308', '0e-308', '-0e+308', '0.0e-30', '1e-400', '9223372036854775807',
          '-9223372036854775808', '18446744073709551616', '1.7976931348623157e308', '4.9e-324']


def quoted(t):
    return '"' + t.replace('\\', '\\\\').replace('"', '\\"') + '"'


out = ['# libFuzzer dictionary for the EPD Drill loaders (docs/fuzzing.md).',
       '# Written by tests/fuzz/make_dictionary.py: edit that, not this.']
out += [quoted(t) for t in tokens]
out += [quoted('"%s":' % k) for k in sorted(keys)]
out += [quoted('"%s"' % w) for w in sorted(values)]
with open('tests/fuzz/epd.dict', 'w', encoding='ascii') as f:
    f.write('\n'.join(out) + '\n')
print(len(out) - 2, 'entries')
