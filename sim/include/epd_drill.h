/* EPD Drill's C API: the engine embedded in any program that can call C
 * (a kiosk, a dashboard, Python through ctypes). One handle per exercise, no
 * global state: handles may be used from different threads, each by one
 * thread at a time. Everything is deterministic: the same scenario, seed and
 * commands give the same numbers as `epd-drill run` (docs/c-api.md).
 *
 * Texts the API returns as `char*` are the caller's, freed with epd_free().
 * Problems with a file are the lines `file:line:column: field.path: message`
 * that `epd-drill validate` prints, one per line.
 *
 * ABI policy: functions are only ever added; an existing signature or meaning
 * changes only with EPD_DRILL_API_VERSION (and the library's SONAME). */
#ifndef EPD_DRILL_H
#define EPD_DRILL_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__)
#define EPD_API __attribute__((visibility("default")))
#else
#define EPD_API
#endif

#define EPD_DRILL_API_VERSION 1

typedef enum epd_status {
  EPD_OK = 0,
  EPD_INVALID = 1,      /* a scenario, plan, command or save with problems: see the problems text */
  EPD_REFUSED = 2,      /* a valid command the exercise refused: see the reason */
  EPD_BAD_ARGUMENT = 3, /* a null pointer, a time in the past or past the horizon */
  EPD_FAILED = 4        /* out of memory, or another failure inside the engine; when a call that plays the
                           exercise (epd_advance_to, epd_submit, epd_run_plan) fails so, the exercise is left
                           part-way: every later call on it fails or reads nothing (NaN, NULL, 0): destroy it */
} epd_status;

typedef struct epd_exercise epd_exercise;

/* "EPD Drill 0.1.0 (C API 1)"; and the API version the library was built with. */
EPD_API const char* epd_version(void);
EPD_API int epd_api_version(void);

/* A new exercise from a scenario file's text (`file` names it in problems).
 * EPD_OK with *out set; else *problems (if not null) says why. */
EPD_API epd_status epd_create(const char* scenario_text, size_t length, const char* file, uint64_t seed,
                              epd_exercise** out, char** problems);
/* An exercise played again from a save's text (its scenario, seed and commands),
 * to where the save ends. */
EPD_API epd_status epd_load_save(const char* save_text, size_t length, const char* file, epd_exercise** out,
                                 char** problems);
EPD_API void epd_destroy(epd_exercise* exercise);
EPD_API void epd_free(char* text);

/* Simulated minutes since T0. */
EPD_API int64_t epd_now(const epd_exercise* exercise);
EPD_API int64_t epd_horizon(const epd_exercise* exercise);
/* Plays on to `minute` (at most the horizon). */
EPD_API epd_status epd_advance_to(epd_exercise* exercise, int64_t minute);

/* One command, the JSON of a plan's command ({"at": "2h", "decide": ...});
 * "at", if given, must not be before now: the exercise plays on to it first.
 * EPD_INVALID with located problems; EPD_REFUSED with the engine's reason. */
EPD_API epd_status epd_submit(epd_exercise* exercise, const char* command_json, char** message);
/* A whole plan file's commands, each at its time, then on to `until` (-1: the horizon). */
EPD_API epd_status epd_run_plan(epd_exercise* exercise, const char* plan_text, size_t length, const char* file,
                                int64_t until, char** problems);

/* A metric by its id (docs/metrics.md) for the region (hospital -1) or the
 * hospital at that index; NaN for an unknown id or index. */
EPD_API double epd_metric(const epd_exercise* exercise, const char* metric_id, int hospital);
EPD_API int epd_hospital_count(const epd_exercise* exercise);
/* The hospital's id (owned by the exercise), or null. */
EPD_API const char* epd_hospital_id(const epd_exercise* exercise, int hospital);

/* The outcome as `epd-drill run --summary` writes it (wall_ms 0). */
EPD_API char* epd_summary_json(const epd_exercise* exercise);
/* What happened, in order: [{"t": minutes, "kind", "hospital", "subject", "text"}]. */
EPD_API char* epd_timeline_json(const epd_exercise* exercise);
/* A save of the exercise (docs/save-format.md), for epd_load_save or the console. */
EPD_API char* epd_save_text(const epd_exercise* exercise, const char* title);
/* The state's fingerprint: equal fingerprints, equal exercises. */
EPD_API uint64_t epd_fingerprint(const epd_exercise* exercise);

#ifdef __cplusplus
}
#endif

#endif /* EPD_DRILL_H */
