/* The C API from plain C: the flagship with its reference plan gives the
 * golden summary (as `epd-drill run` does), a command and a save round-trip,
 * and a broken scenario and command get their located problems.
 * Usage: capi_test SCENARIO PLAN GOLDEN_SUMMARY */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "epd_drill.h"

static int failures = 0;
#define CHECK(cond)                                              \
  do {                                                           \
    if (!(cond)) {                                               \
      fprintf(stderr, "%s:%d: FAILED: %s\n", __FILE__, __LINE__, #cond); \
      ++failures;                                                \
    }                                                            \
  } while (0)

static char* read_file(const char* path, size_t* length) {
  FILE* f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char* text = malloc((size_t)n + 1);
  if (text && fread(text, 1, (size_t)n, f) != (size_t)n) n = 0;
  fclose(f);
  if (text) text[n] = '\0';
  *length = (size_t)n;
  return text;
}

/* The text without its "wall_ms" line: the only figure that differs from run to run. */
static void drop_wall_ms(char* text) {
  char* at = strstr(text, "\"wall_ms\"");
  if (!at) return;
  char* start = at;
  while (start > text && start[-1] != '\n') --start;
  char* end = strchr(at, '\n');
  memmove(start, end ? end + 1 : at + strlen(at), strlen(end ? end + 1 : at + strlen(at)) + 1);
}

int main(int argc, char** argv) {
  if (argc != 4) return 2;
  size_t scenario_len = 0, plan_len = 0, golden_len = 0;
  char* scenario = read_file(argv[1], &scenario_len);
  char* plan = read_file(argv[2], &plan_len);
  char* golden = read_file(argv[3], &golden_len);
  if (!scenario || !plan || !golden) return 2;
  CHECK(epd_api_version() == EPD_DRILL_API_VERSION);
  CHECK(strstr(epd_version(), "EPD Drill") != NULL);

  epd_exercise* ex = NULL;
  char* problems = NULL;
  CHECK(epd_create(scenario, scenario_len, argv[1], 1, &ex, &problems) == EPD_OK);
  CHECK(epd_run_plan(ex, plan, plan_len, argv[2], -1, &problems) == EPD_OK);
  char* summary = epd_summary_json(ex);
  drop_wall_ms(summary);
  drop_wall_ms(golden);
  CHECK(strcmp(summary, golden) == 0);
  CHECK(epd_now(ex) == epd_horizon(ex));
  CHECK(epd_hospital_count(ex) == 1);
  CHECK(epd_metric(ex, "ed_visits", -1) == epd_metric(ex, "ed_visits", 0));
  CHECK(isnan(epd_metric(ex, "no_such_metric", -1)));
  CHECK(isnan(epd_metric(ex, "ed_visits", 7)));

  /* A save of it plays back to the same state. */
  char* save = epd_save_text(ex, "C API test");
  epd_exercise* again = NULL;
  CHECK(epd_load_save(save, strlen(save), "c.save.json", &again, &problems) == EPD_OK);
  CHECK(again && epd_fingerprint(again) == epd_fingerprint(ex));
  /* The plan's why in both languages is kept, as run --save keeps it (save format 3). */
  CHECK(strstr(save, "\"format_version\": 3") != NULL);
  CHECK(strstr(save, "\"nl\": \"Uitvalbeleid: meteen over op papier") != NULL);
  char* timeline = epd_timeline_json(ex);
  CHECK(strstr(timeline, "\"kind\": \"decision_taken\"") != NULL);

  /* Commands: taken now, refused with the engine's reason, a typo located. */
  epd_exercise* live = NULL;
  CHECK(epd_create(scenario, scenario_len, argv[1], 7, &live, NULL) == EPD_OK);
  CHECK(epd_advance_to(live, 60) == EPD_OK);
  char* message = NULL;
  CHECK(epd_submit(live, "{\"decide\": \"activate_crisis_team\", \"by\": \"Chair\", "
                         "\"why\": {\"en\": \"A crisis\", \"nl\": \"Een crisis\"}}", &message) == EPD_OK);
  CHECK(epd_submit(live, "{\"decide\": \"activate_crisis_team\"}", &message) == EPD_REFUSED);
  CHECK(message && strstr(message, "already") != NULL);
  epd_free(message);
  message = NULL;
  CHECK(epd_submit(live, "{\"at\": \"2h\",\n \"decide\": \"activate_crisis_teem\"}", &message) == EPD_INVALID);
  CHECK(message && strstr(message, "command:2:") == message && strstr(message, "did you mean 'activate_crisis_team'") != NULL);
  CHECK(epd_advance_to(live, 30) == EPD_BAD_ARGUMENT); /* the past */
  epd_free(message);

  /* A broken scenario: located problems, no handle. */
  epd_exercise* none = NULL;
  CHECK(epd_create("{\"format_version\": 5}", 21, "broken.json", 1, &none, &problems) == EPD_INVALID);
  CHECK(none == NULL && problems && strstr(problems, "broken.json:1:") == problems);
  epd_free(problems);

  epd_free(summary);
  epd_free(save);
  epd_free(timeline);
  epd_destroy(ex);
  epd_destroy(again);
  epd_destroy(live);
  free(scenario);
  free(plan);
  free(golden);
  if (failures == 0) printf("ok: golden summary, save round trip, commands, problems\n");
  return failures == 0 ? 0 : 1;
}
