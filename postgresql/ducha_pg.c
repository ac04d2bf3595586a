/*
 * ducha_pg.c — ducha as PostgreSQL functions (CREATE EXTENSION ducha).
 *
 * C over the stable C ABI of libducha.so.1 only (ducha.h). Exact values cross as
 * decimal text: PostgreSQL numeric is printed with numeric_out and read back with
 * numeric_in, never through float8. Every ducha call's return code is checked; a
 * failure becomes ereport(ERROR) with ducha's message and an SQLSTATE, after every
 * ducha handle and buffer of the call has been released.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "datatype/timestamp.h"
#include "fmgr.h"
#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/jsonb.h"
#include "utils/lsyscache.h"
#include "utils/numeric.h"

#include <string.h>

#include "ducha.h"

PG_MODULE_MAGIC;

/* ---- errors ---------------------------------------------------------------- */

static int sqlstate_of(int code) {
  switch (code) {
    case DUCHA_EPARSE: return ERRCODE_INVALID_TEXT_REPRESENTATION;
    case DUCHA_ERANGE: return ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE;
    case DUCHA_EDATE: return ERRCODE_INVALID_DATETIME_FORMAT;
    case DUCHA_EIO: return ERRCODE_IO_ERROR;
    case DUCHA_EUTF8: return ERRCODE_CHARACTER_NOT_IN_REPERTOIRE;
    case DUCHA_ENOMEM: return ERRCODE_OUT_OF_MEMORY;
    case DUCHA_EDIVZERO: return ERRCODE_DIVISION_BY_ZERO;
    case DUCHA_EINTERNAL: return ERRCODE_INTERNAL_ERROR;
    default: return ERRCODE_INVALID_PARAMETER_VALUE; /* EINVALID, EUNIT, EMISMATCH, ENOTFOUND, … */
  }
}

/* The resources of one call, released before an error leaves the function. */
typedef struct Call {
  ducha_plan *plan;
  ducha_evaluation *evaluation;
  ducha_buf buf;
} Call;

static void call_release(Call *c) {
  ducha_evaluation_free(c->evaluation);
  ducha_plan_free(c->plan);
  ducha_buf_free(&c->buf);
  c->evaluation = NULL;
  c->plan = NULL;
}

/* Checks a ducha return code; on failure copies the message, releases `c` and raises. */
static void check(int rc, Call *c, const char *what) {
  char *message;
  if (rc == DUCHA_OK) return;
  message = pstrdup(ducha_error_last());
  if (c) call_release(c);
  ereport(ERROR, (errcode(sqlstate_of(rc)), errmsg("ducha: %s", message), errcontext("%s", what)));
}

/* ---- values in and out -------------------------------------------------------- */

/* "YYYY-MM-DD" whatever DateStyle is; *year receives the year. */
static char *date_text(DateADT d, int *year) {
  int y, m, day;
  if (DATE_NOT_FINITE(d))
    ereport(ERROR, (errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE), errmsg("ducha: as_of must be a finite date")));
  j2date(d + POSTGRES_EPOCH_JDATE, &y, &m, &day);
  if (y < 1 || y > 9999)
    ereport(ERROR, (errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE), errmsg("ducha: as_of year %d is out of range", y)));
  *year = y;
  return psprintf("%04d-%02d-%02d", y, m, day);
}

/* The decimal text of a numeric, without the zeros its scale adds after the last
 * significant digit (1/10.0 is 0.10000000000000000000 in PostgreSQL): the same value,
 * exactly, in the fewest digits ducha must hold. */
static char *numeric_text(Datum n) {
  return DatumGetCString(DirectFunctionCall1(numeric_out, DirectFunctionCall1(numeric_trim_scale, n)));
}

static Datum numeric_from_text(const char *s) {
  return DirectFunctionCall3(numeric_in, CStringGetDatum(s), ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
}

static Datum jsonb_from_text(const char *s) { return DirectFunctionCall1(jsonb_in, CStringGetDatum(s)); }

static char *jsonb_text(Jsonb *j) { return JsonbToCString(NULL, &j->root, VARSIZE(j)); }

/* "p/q" as numeric (numeric division; the exact fraction is returned beside it). */
static Datum numeric_from_fraction(const char *fraction) {
  const char *slash = strchr(fraction, '/');
  Datum p, q;
  if (!slash) return numeric_from_text(fraction);
  p = numeric_from_text(pnstrdup(fraction, slash - fraction));
  q = numeric_from_text(slash + 1);
  return DirectFunctionCall2(numeric_div, p, q);
}

/* ---- policies, cached per backend ------------------------------------------------ */

#define POLICY_CACHE_SIZE 16
typedef struct CachedPolicy {
  char name[256];
  int year;
  ducha_policy *policy;
} CachedPolicy;
static CachedPolicy policy_cache[POLICY_CACHE_SIZE];
static int policy_cache_next = 0;

/* The policy `name` (a preset such as "reference", or a policy file) for `year`. */
static ducha_policy *policy_named(const char *name, int year) {
  ducha_policy *p = NULL;
  CachedPolicy *slot;
  int i, rc;
  if (strlen(name) >= sizeof(policy_cache[0].name))
    ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE), errmsg("ducha: policy name is too long")));
  for (i = 0; i < POLICY_CACHE_SIZE; i++)
    if (policy_cache[i].policy && policy_cache[i].year == year && strcmp(policy_cache[i].name, name) == 0)
      return policy_cache[i].policy;
  rc = strcmp(name, "reference") == 0 ? ducha_policy_create(&p) : ducha_policy_load(name, year, &p);
  check(rc, NULL, psprintf("loading policy \"%s\"", name));
  slot = &policy_cache[policy_cache_next];
  policy_cache_next = (policy_cache_next + 1) % POLICY_CACHE_SIZE;
  ducha_policy_free(slot->policy);
  strcpy(slot->name, name);
  slot->year = year;
  slot->policy = p;
  return p;
}

/* ---- ducha.assess ---------------------------------------------------------------- */

PG_FUNCTION_INFO_V1(ducha_pg_assess);
Datum ducha_pg_assess(PG_FUNCTION_ARGS) {
  text *target = PG_GETARG_TEXT_PP(0);
  text *progress = PG_GETARG_TEXT_PP(1);
  int year;
  char *as_of = date_text(PG_GETARG_DATEADT(2), &year);
  ducha_policy *policy = policy_named(text_to_cstring(PG_GETARG_TEXT_PP(3)), year);
  Call c = {0};
  Datum result;
  check(ducha_assess_text(VARDATA_ANY(target), VARSIZE_ANY_EXHDR(target), VARDATA_ANY(progress),
                          VARSIZE_ANY_EXHDR(progress), DUCHA_ITEM_TASK, policy, year, as_of, &c.buf),
        &c, "ducha.assess");
  result = jsonb_from_text(c.buf.ptr);
  call_release(&c);
  PG_RETURN_DATUM(result);
}

/* ---- ducha.evaluate ---------------------------------------------------------------- */

static int kind_named(const char *kind) {
  static const char *const names[] = {"cumulative", "growth", "level", "ceiling"};
  int i;
  for (i = 0; i < 4; i++)
    if (strcmp(kind, names[i]) == 0) return i; /* DUCHA_KIND_CUMULATIVE … DUCHA_KIND_CEILING */
  ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                  errmsg("ducha: kind must be cumulative, growth, level or ceiling, not \"%s\"", kind)));
  return 0;
}

/* A one-item plan holding the sub-target target/done in `unit`, evaluated as of `as_of`. */
static void evaluate_one(Call *c, const char *target, const char *done, const char *unit, int kind,
                         const char *as_of, int year, ducha_policy *policy) {
  ducha_sub_target_desc st;
  ducha_progress_desc pr;
  size_t item, sub;
  int item_kind = kind == DUCHA_KIND_CUMULATIVE ? DUCHA_ITEM_TASK : DUCHA_ITEM_INDICATOR;
  check(ducha_plan_create("ducha.evaluate", year, &c->plan), c, "ducha.evaluate");
  check(ducha_plan_set_as_of(c->plan, as_of), c, "ducha.evaluate: as_of");
  check(ducha_plan_add_item(c->plan, "1", item_kind, "ducha.evaluate", &item), c, "ducha.evaluate");
  check(ducha_sub_target_desc_init(&st, DUCHA_SUB_TARGET_DESC_VERSION), c, "ducha.evaluate");
  st.kind = kind;
  st.target_value = target;
  st.target_unit = unit;
  check(ducha_plan_item_add_sub_target(c->plan, item, &st, &sub), c, "ducha.evaluate: target");
  check(ducha_progress_desc_init(&pr, DUCHA_PROGRESS_DESC_VERSION), c, "ducha.evaluate");
  pr.value = done;
  pr.unit = unit;
  check(ducha_plan_sub_target_set_progress(c->plan, item, sub, &pr), c, "ducha.evaluate: done");
  check(ducha_evaluate(c->plan, policy, as_of, &c->evaluation), c, "ducha.evaluate");
}

static Datum text_or_null(const char *s, bool *isnull) {
  *isnull = s == NULL;
  return s ? CStringGetTextDatum(s) : (Datum)0;
}

PG_FUNCTION_INFO_V1(ducha_pg_evaluate);
Datum ducha_pg_evaluate(PG_FUNCTION_ARGS) {
  char *target = numeric_text(PG_GETARG_DATUM(0));
  char *done = numeric_text(PG_GETARG_DATUM(1));
  char *unit = text_to_cstring(PG_GETARG_TEXT_PP(2));
  int year;
  char *as_of = date_text(PG_GETARG_DATEADT(3), &year);
  int kind = kind_named(text_to_cstring(PG_GETARG_TEXT_PP(4)));
  ducha_policy *policy = policy_named(text_to_cstring(PG_GETARG_TEXT_PP(5)), year);
  ducha_sub_target_result r;
  TupleDesc desc;
  Oid status_type;
  Datum values[6];
  bool nulls[6];
  Call c = {0};
  HeapTuple tuple;
  const char *status_name;

  if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
    ereport(ERROR, (errcode(ERRCODE_FEATURE_NOT_SUPPORTED), errmsg("ducha.evaluate must return ducha.result")));
  desc = BlessTupleDesc(desc);
  evaluate_one(&c, target, done, unit, kind, as_of, year, policy);
  memset(&r, 0, sizeof r);
  r.version = DUCHA_SUB_TARGET_RESULT_VERSION;
  check(ducha_evaluation_sub_target(c.evaluation, 0, 0, &r), &c, "ducha.evaluate");
  status_name = ducha_status_name(r.status);
  if (!status_name) {
    call_release(&c);
    ereport(ERROR, (errcode(ERRCODE_INTERNAL_ERROR), errmsg("ducha: unknown status %d", r.status)));
  }
  status_type = TupleDescAttr(desc, 0)->atttypid;
  values[0] = DirectFunctionCall2(enum_in, CStringGetDatum(status_name), ObjectIdGetDatum(status_type));
  nulls[0] = false;
  values[1] = text_or_null(r.label, &nulls[1]);
  nulls[2] = r.ratio == NULL;
  values[2] = r.ratio ? numeric_from_fraction(r.ratio) : (Datum)0;
  values[3] = text_or_null(r.ratio, &nulls[3]);
  values[4] = text_or_null(r.expected, &nulls[4]);
  values[5] = text_or_null(r.explanation, &nulls[5]);
  tuple = heap_form_tuple(desc, values, nulls); /* every string copied before the release */
  call_release(&c);
  PG_RETURN_DATUM(HeapTupleGetDatum(tuple));
}

/* ---- ducha.extract (the JSON; ducha.extract turns it into rows in SQL) --------------- */

PG_FUNCTION_INFO_V1(ducha_pg_extract_json);
Datum ducha_pg_extract_json(PG_FUNCTION_ARGS) {
  text *t = PG_GETARG_TEXT_PP(0);
  int year = PG_GETARG_INT32(1);
  Call c = {0};
  Datum result;
  check(ducha_extract(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), year, &c.buf), &c, "ducha.extract");
  result = jsonb_from_text(c.buf.ptr);
  call_release(&c);
  PG_RETURN_DATUM(result);
}

/* ---- ducha.evaluate_plan and ducha.report ------------------------------------------------ */

static Datum render_plan(FunctionCallInfo fcinfo, const char *format, const char *policy_name, bool as_jsonb) {
  char *plan_json = jsonb_text(PG_GETARG_JSONB_P(0));
  int year;
  char *as_of = date_text(PG_GETARG_DATEADT(1), &year);
  ducha_policy *policy = policy_named(policy_name, year);
  Call c = {0};
  Datum result;
  check(ducha_plan_parse(plan_json, strlen(plan_json), &c.plan), &c, "reading the plan");
  check(ducha_evaluate(c.plan, policy, as_of, &c.evaluation), &c, "evaluating the plan");
  check(ducha_evaluation_render(c.evaluation, format, &c.buf), &c, psprintf("rendering \"%s\"", format));
  result = as_jsonb ? jsonb_from_text(c.buf.ptr) : CStringGetTextDatum(c.buf.ptr);
  call_release(&c);
  return result;
}

PG_FUNCTION_INFO_V1(ducha_pg_evaluate_plan);
Datum ducha_pg_evaluate_plan(PG_FUNCTION_ARGS) {
  PG_RETURN_DATUM(render_plan(fcinfo, "json", text_to_cstring(PG_GETARG_TEXT_PP(2)), true));
}

PG_FUNCTION_INFO_V1(ducha_pg_report);
Datum ducha_pg_report(PG_FUNCTION_ARGS) {
  char *format = text_to_cstring(PG_GETARG_TEXT_PP(2));
  char *policy = text_to_cstring(PG_GETARG_TEXT_PP(3));
  PG_RETURN_DATUM(render_plan(fcinfo, format, policy, false));
}
