#!/usr/bin/env python3
"""The C API from Python through ctypes: the flagship with its reference plan
gives the golden summary, as `epd-drill run` does.
Usage: capi_test.py LIBEPD_DRILL.so SCENARIO PLAN GOLDEN_SUMMARY"""
import ctypes
import json
import sys

lib_path, scenario_path, plan_path, golden_path = sys.argv[1:5]
lib = ctypes.CDLL(lib_path)
lib.epd_version.restype = ctypes.c_char_p
lib.epd_create.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p, ctypes.c_uint64,
                           ctypes.POINTER(ctypes.c_void_p), ctypes.POINTER(ctypes.c_void_p)]
lib.epd_run_plan.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p, ctypes.c_int64,
                             ctypes.POINTER(ctypes.c_void_p)]
lib.epd_summary_json.argtypes = [ctypes.c_void_p]
lib.epd_summary_json.restype = ctypes.c_void_p
lib.epd_metric.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
lib.epd_metric.restype = ctypes.c_double
lib.epd_free.argtypes = [ctypes.c_void_p]
lib.epd_destroy.argtypes = [ctypes.c_void_p]


def taken(pointer):
    """The text of a char* the library returned, freed."""
    text = ctypes.string_at(pointer).decode()
    lib.epd_free(pointer)
    return text


scenario = open(scenario_path, "rb").read()
plan = open(plan_path, "rb").read()
exercise, problems = ctypes.c_void_p(), ctypes.c_void_p()
if lib.epd_create(scenario, len(scenario), scenario_path.encode(), 1, ctypes.byref(exercise), ctypes.byref(problems)):
    sys.exit("FAIL: " + taken(problems))
if lib.epd_run_plan(exercise, plan, len(plan), plan_path.encode(), -1, ctypes.byref(problems)):
    sys.exit("FAIL: " + taken(problems))
summary = json.loads(taken(lib.epd_summary_json(exercise)))
golden = json.load(open(golden_path))
for s in (summary, golden):
    del s["wall_ms"]
if summary != golden:
    sys.exit("FAIL: the summary through ctypes is not the golden one")
lost = lib.epd_metric(exercise, b"ed_left_without_being_seen", -1)
lib.epd_destroy(exercise)
print("ok: %s gives the golden summary through ctypes (%g left unseen)" % (lib.epd_version().decode(), lost))
