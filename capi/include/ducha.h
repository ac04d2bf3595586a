/*
 * ducha.h — the stable C interface of libducha (督查: supervision of work-report targets).
 *
 * Conventions (docs/c-api.md):
 *  - Every function returns an int: DUCHA_OK (0) or a negative ducha_error_code.
 *    On failure, ducha_error_last() describes it (per thread, never NULL).
 *  - Arguments come in one order: the handle acted on (or the struct an *_init
 *    fills), the inputs, the policy, the date (year, then as_of), the call's limits
 *    (the *_limited forms), and the outputs last; a single output is named `out`.
 *  - Handles (ducha_plan, ducha_policy, ducha_evaluation) are created by *_create,
 *    *_load, *_parse or ducha_evaluate and released by the matching *_free, which
 *    accepts NULL. A handle is a checked token, not an address: a freed handle, one
 *    of another type, or a made-up value is refused with DUCHA_EHANDLE by every call
 *    (even after new handles were created), and *_free ignores it.
 *  - Strings are UTF-8. Where a length is taken, the text need not be NUL-terminated;
 *    elsewhere strings are NUL-terminated. Exact values cross as decimal strings
 *    ("33.31") and fractions as "p/q".
 *  - Strings returned in a ducha_buf belong to the caller and are released with
 *    ducha_buf_free. Strings returned as `const char *` inside a result struct belong
 *    to the handle they came from and live as long as it.
 *  - No C++ exception, abort or crash crosses this interface for any input.
 *  - Threads: distinct handles may be used on distinct threads; an evaluation may be
 *    read from many threads at once; one plan or policy must not be modified while
 *    another thread uses it.
 */
#ifndef DUCHA_H
#define DUCHA_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(DUCHA_BUILDING_LIBRARY) && defined(__GNUC__)
#define DUCHA_API __attribute__((visibility("default")))
#else
#define DUCHA_API
#endif

/* DUCHA_VERSION_MAJOR/MINOR/PATCH/NUMBER/STRING, generated from the CMake project version. */
#include "ducha/version.h"

/* ---- results ---------------------------------------------------------- */

/* Error codes: what every function returns. Values are append-only and never change meaning. */
typedef enum ducha_error_code {
  DUCHA_OK = 0,
  DUCHA_EINVALID = -1,     /* an argument is NULL, out of range or not one of an enum's values */
  DUCHA_EPARSE = -2,       /* malformed number, date, fraction or JSON */
  DUCHA_ERANGE = -3,       /* a value or result does not fit the exact representation */
  DUCHA_EUNIT = -4,        /* unknown unit */
  DUCHA_EMISMATCH = -5,    /* units of different dimensions */
  DUCHA_EDATE = -6,        /* invalid date */
  DUCHA_EIO = -7,          /* a file could not be read or written */
  DUCHA_EUTF8 = -8,        /* text is not valid UTF-8 */
  DUCHA_ENOMEM = -9,       /* out of memory */
  DUCHA_ENOTFOUND = -10,   /* no such item, sub-target or unit */
  DUCHA_EHANDLE = -11,     /* a handle of the wrong type, or a freed one */
  DUCHA_EDIVZERO = -12,    /* division by zero */
  DUCHA_EVERSION = -13,    /* an options struct version this library does not know */
  DUCHA_EINTERNAL = -99    /* a bug in ducha; please report it with the message */
} ducha_error_code;

/* The message of this thread's last failure ("" if none). Never NULL; owned by the
 * library and valid until this thread's next ducha call. */
DUCHA_API const char *ducha_error_last(void);
/* The status of this thread's last failure (DUCHA_OK if none). */
DUCHA_API int ducha_error_last_code(void);

/* Runtime version: DUCHA_VERSION_NUMBER of the library actually loaded. */
DUCHA_API int ducha_version_number(void);
DUCHA_API const char *ducha_version_string(void);

/* A library-owned byte string (UTF-8, NUL-terminated; size excludes the NUL). */
typedef struct ducha_buf {
  char *ptr;
  size_t size;
} ducha_buf;

/* Releases buf->ptr and zeroes buf. NULL and an empty buf are harmless. */
DUCHA_API void ducha_buf_free(ducha_buf *buf);

/* ---- enums (values are append-only) ------------------------------------ *
 * This header is the one table of every enum's numbering: the C++ enums are
 * checked against it at compile time (capi/src/enum_checks.cpp) and the Python
 * enums by a test (tests/consistency/test_one_truth.py). */

/* The status of an item or sub-target (tasks: the first six; indicators: the last three
 * and not_assessable). */
typedef enum ducha_status {
  DUCHA_STATUS_COMPLETED = 0,
  DUCHA_STATUS_ON_TRACK = 1,
  DUCHA_STATUS_LAGGING = 2,
  DUCHA_STATUS_SEVERELY_LAGGING = 3,
  DUCHA_STATUS_NO_PROGRESS = 4,
  DUCHA_STATUS_NOT_ASSESSABLE = 5,
  DUCHA_STATUS_MEETS = 6,
  DUCHA_STATUS_BELOW = 7,
  DUCHA_STATUS_ON_SCHEDULE = 8,
  DUCHA_STATUS_NOT_COMPLETED = 9 /* at or after the period's end, not reached (未完成) */
} ducha_status;

/* Why a status was given (docs/evaluation.md); ducha_reason_name gives its code. */
typedef enum ducha_reason {
  DUCHA_REASON_TARGET_REACHED = 0,
  DUCHA_REASON_ON_PACE = 1,
  DUCHA_REASON_BEHIND_PACE = 2,
  DUCHA_REASON_FAR_BEHIND_PACE = 3,
  DUCHA_REASON_GROWTH_MEETS = 4,
  DUCHA_REASON_GROWTH_BELOW = 5,
  DUCHA_REASON_LEVEL_REACHED = 6,
  DUCHA_REASON_LEVEL_WITHIN_BAND = 7,
  DUCHA_REASON_LEVEL_BELOW_BAND = 8,
  DUCHA_REASON_WITHIN_ALLOWANCE = 9,
  DUCHA_REASON_ALLOWANCE_AHEAD = 10,
  DUCHA_REASON_ALLOWANCE_FAR_AHEAD = 11,
  DUCHA_REASON_ALLOWANCE_EXCEEDED = 12,
  DUCHA_REASON_MILESTONE_REACHED = 13,
  DUCHA_REASON_MILESTONE_PENDING = 14,
  DUCHA_REASON_NO_PROGRESS_REPORTED = 15,
  DUCHA_REASON_NO_FIGURE = 16,
  DUCHA_REASON_UNIT_MISMATCH = 17,
  DUCHA_REASON_QUALITATIVE = 18,
  DUCHA_REASON_INVALID_TARGET = 19,
  DUCHA_REASON_ASSESSED = 20,
  DUCHA_REASON_DETERIORATING = 21,
  DUCHA_REASON_SUB_TARGET_UNASSESSED = 22,
  DUCHA_REASON_NOT_REACHED_BY_END = 23,
  DUCHA_REASON_TARGET_EXCEEDED = 24,
  DUCHA_REASON_MILESTONE_MISSED = 25,
  DUCHA_REASON_NO_RECORD = 26
} ducha_reason;

/* The part a responsible unit plays in an item. */
typedef enum ducha_role { DUCHA_ROLE_LEAD = 0, DUCHA_ROLE_COOPERATING = 1 } ducha_role;

/* How ducha_number_format prints a value. */
typedef enum ducha_number_style { DUCHA_NUMBER_PLAIN = 0, DUCHA_NUMBER_PERCENT = 1 } ducha_number_style;

typedef enum ducha_kind {
  DUCHA_KIND_CUMULATIVE = 0,
  DUCHA_KIND_GROWTH = 1,
  DUCHA_KIND_LEVEL = 2,
  DUCHA_KIND_CEILING = 3,
  DUCHA_KIND_MILESTONE = 4,
  DUCHA_KIND_QUALITATIVE = 5
} ducha_kind;

typedef enum ducha_comparator {
  DUCHA_CMP_REACH = 0,
  DUCHA_CMP_AT_LEAST = 1,
  DUCHA_CMP_EXCEED = 2,
  DUCHA_CMP_AROUND = 3,
  DUCHA_CMP_AT_MOST = 4,
  DUCHA_CMP_FULL = 5
} ducha_comparator;

typedef enum ducha_item_kind { DUCHA_ITEM_INDICATOR = 0, DUCHA_ITEM_TASK = 1 } ducha_item_kind;

typedef enum ducha_rounding {
  DUCHA_ROUND_HALF_EVEN = 0,
  DUCHA_ROUND_HALF_UP = 1,
  DUCHA_ROUND_HALF_DOWN = 2,
  DUCHA_ROUND_TOWARD_ZERO = 3,
  DUCHA_ROUND_AWAY_FROM_ZERO = 4,
  DUCHA_ROUND_FLOOR = 5,
  DUCHA_ROUND_CEILING = 6
} ducha_rounding;

typedef enum ducha_dimension {
  DUCHA_DIM_COUNT = 0,
  DUCHA_DIM_PEOPLE = 1,
  DUCHA_DIM_AREA = 2,
  DUCHA_DIM_LENGTH = 3,
  DUCHA_DIM_VOLUME = 4,
  DUCHA_DIM_MASS = 5,
  DUCHA_DIM_MONEY = 6,
  DUCHA_DIM_DURATION = 7,
  DUCHA_DIM_PERCENT = 8,
  DUCHA_DIM_PERCENTAGE_POINT = 9,
  DUCHA_DIM_ENERGY = 10,
  DUCHA_DIM_DATA = 11,
  DUCHA_DIM_FREQUENCY = 12,
  DUCHA_DIM_POWER = 13,
  DUCHA_DIM_USD = 14, /* 美元: never compared with 元 (DUCHA_DIM_MONEY) */
  DUCHA_DIM_EUR = 15, /* 欧元 */
  DUCHA_DIM_HKD = 16  /* 港元 */
} ducha_dimension;

/* Stable code ("lagging") and Chinese label ("滞后") of a status; the reason code
 * ("behind_pace") of a ducha_reason value. NULL for an unknown value. Static storage. */
DUCHA_API const char *ducha_status_name(int status);
DUCHA_API const char *ducha_status_label(int status);
DUCHA_API const char *ducha_reason_name(int reason);
DUCHA_API const char *ducha_dimension_name(int dimension);

/* ---- exact decimals ---------------------------------------------------- */

/* Parses a decimal and writes its canonical text ("+007.50" → "7.50"). */
DUCHA_API int ducha_decimal_normalize(const char *text, size_t len, ducha_buf *out);
/* *out = -1, 0 or 1 as a <, =, > b, compared exactly. */
DUCHA_API int ducha_decimal_compare(const char *a, size_t a_len, const char *b, size_t b_len, int *out);
/* a / b as a reduced fraction "p/q". */
DUCHA_API int ducha_decimal_ratio(const char *a, size_t a_len, const char *b, size_t b_len, ducha_buf *out);
/* A decimal or fraction ("1/15", "33.31") rounded to `places` (0..18) with `mode` (a
 * ducha_rounding). With style DUCHA_NUMBER_PERCENT the value is multiplied by 100 first
 * ("1/15" → "6.67"); any other value than the two styles is DUCHA_EINVALID. */
DUCHA_API int ducha_number_format(const char *text, size_t len, int places, int mode, int style,
                                  ducha_buf *out);

/* ---- units ------------------------------------------------------------- */

/* The dimension of a unit symbol ("万平方米" → DUCHA_DIM_AREA). */
DUCHA_API int ducha_unit_dimension(const char *unit, size_t len, int *out);
/* `value` in unit `from` expressed in unit `to`, exactly, as "p/q" ("1 亩" → "2000/3" 平方米).
 * DUCHA_EMISMATCH across dimensions. */
DUCHA_API int ducha_quantity_convert(const char *value, size_t value_len, const char *from, size_t from_len,
                                     const char *to, size_t to_len, ducha_buf *out);

/* Kind, comparator and direction suggested by a target's wording and unit
 * ("全体居民人均可支配收入增长6%左右", "%" → growth, around, 0). Any out pointer may be NULL. */
DUCHA_API int ducha_target_hints(const char *text, size_t text_len, const char *unit, size_t unit_len,
                                 int *out_kind, int *out_comparator, int *out_lower_is_better);

/* ---- plans ------------------------------------------------------------- */

typedef struct ducha_plan ducha_plan;

DUCHA_API int ducha_plan_create(const char *name, int year, ducha_plan **out);
DUCHA_API int ducha_plan_load(const char *path, ducha_plan **out);
DUCHA_API int ducha_plan_parse(const char *json, size_t len, ducha_plan **out);
DUCHA_API void ducha_plan_free(ducha_plan *plan);
DUCHA_API int ducha_plan_to_json(const ducha_plan *plan, ducha_buf *out);
DUCHA_API int ducha_plan_save(const ducha_plan *plan, const char *path);
DUCHA_API int ducha_plan_item_count(const ducha_plan *plan, size_t *out);
/* Sets the date progress was collected ("2022-06-30"). */
DUCHA_API int ducha_plan_set_as_of(ducha_plan *plan, const char *date);

/* Registers a responsible unit; aliases are added one by one. */
DUCHA_API int ducha_plan_add_unit(ducha_plan *plan, const char *id, const char *name);
DUCHA_API int ducha_plan_add_unit_alias(ducha_plan *plan, const char *id, const char *alias);

/* Appends an item; *out receives its index. */
DUCHA_API int ducha_plan_add_item(ducha_plan *plan, const char *id, int item_kind, const char *text, size_t *out);
/* role: a ducha_role, DUCHA_ROLE_LEAD (责任单位) or DUCHA_ROLE_COOPERATING (配合单位). The name
 * must resolve when units are registered. */
DUCHA_API int ducha_plan_item_add_unit(ducha_plan *plan, size_t item, int role, const char *unit);
DUCHA_API int ducha_plan_item_set_progress_text(ducha_plan *plan, size_t item, const char *text);
DUCHA_API int ducha_plan_item_set_official_status(ducha_plan *plan, size_t item, int status);
/* A person's override (reported beside the computed status) or assessment (used only
 * where nothing can be computed); reason and by may be NULL. */
DUCHA_API int ducha_plan_item_set_override(ducha_plan *plan, size_t item, int status, const char *reason,
                                           const char *by);
DUCHA_API int ducha_plan_item_set_assessment(ducha_plan *plan, size_t item, int status, const char *reason,
                                             const char *by);

#define DUCHA_SUB_TARGET_DESC_VERSION 1
typedef struct ducha_sub_target_desc {
  int version;              /* DUCHA_SUB_TARGET_DESC_VERSION */
  const char *text;         /* may be NULL */
  int kind;                 /* ducha_kind */
  const char *target_value; /* decimal; NULL for qualitative and milestone */
  const char *target_unit;
  int comparator;           /* ducha_comparator */
  int lower_is_better;
} ducha_sub_target_desc;
/* Fills *desc with defaults (cumulative, reach) for `version`. */
DUCHA_API int ducha_sub_target_desc_init(ducha_sub_target_desc *desc, int version);
DUCHA_API int ducha_plan_item_add_sub_target(ducha_plan *plan, size_t item, const ducha_sub_target_desc *desc,
                                             size_t *out);

#define DUCHA_PROGRESS_DESC_VERSION 1
typedef struct ducha_progress_desc {
  int version;         /* DUCHA_PROGRESS_DESC_VERSION */
  const char *value;   /* decimal, or NULL when no figure was reported */
  const char *unit;
  const char *text;    /* may be NULL */
  int estimated;       /* 预计/约 */
  const char *as_of;   /* the record's own date, or NULL */
} ducha_progress_desc;
DUCHA_API int ducha_progress_desc_init(ducha_progress_desc *desc, int version);
DUCHA_API int ducha_plan_sub_target_set_progress(ducha_plan *plan, size_t item, size_t sub,
                                                 const ducha_progress_desc *desc);

/* ---- policies ---------------------------------------------------------- */

typedef struct ducha_policy ducha_policy;

/* The reference policy (docs/evaluation.md). */
DUCHA_API int ducha_policy_create(ducha_policy **out);
/* A policy file, or a shipped preset by name ("reference", "points", "sdg-ratio") when
 * no file of that name exists; presets are looked for in $DUCHA_POLICY_DIR, in
 * <prefix>/share/ducha/policies beside the library, and in the configured install
 * directory. Curve dates written "MM-DD" are placed in `year`. */
DUCHA_API int ducha_policy_load(const char *path, int year, ducha_policy **out);
DUCHA_API int ducha_policy_parse(const char *json, size_t len, int year, ducha_policy **out);
DUCHA_API void ducha_policy_free(ducha_policy *policy);
DUCHA_API int ducha_policy_to_json(const ducha_policy *policy, ducha_buf *out);
/* "reference@1a2b…": the name and a fingerprint of every value. */
DUCHA_API int ducha_policy_version(const ducha_policy *policy, ducha_buf *out);

/* ---- evaluation -------------------------------------------------------- */

typedef struct ducha_evaluation ducha_evaluation;

/* Evaluates `plan` as of `as_of` ("YYYY-MM-DD", or NULL for the plan's own date) under
 * `policy` (NULL: the reference policy). The evaluation keeps its own copy of the plan. */
DUCHA_API int ducha_evaluate(const ducha_plan *plan, const ducha_policy *policy, const char *as_of,
                             ducha_evaluation **out);
DUCHA_API void ducha_evaluation_free(ducha_evaluation *evaluation);
DUCHA_API int ducha_evaluation_to_json(const ducha_evaluation *evaluation, ducha_buf *out);
DUCHA_API int ducha_evaluation_item_count(const ducha_evaluation *evaluation, size_t *out);

/* The evaluation rendered as "json" (docs/format.md), "text" (one line per item, as
 * `ducha evaluate --format text`), or the office's report (docs/reports.md): "md",
 * "html", "csv" (UTF-8 with a byte order mark) or "summary" (the summary paragraph). */
DUCHA_API int ducha_evaluation_render(const ducha_evaluation *evaluation, const char *format, ducha_buf *out);

/* Result structs are initialised like input structs, with *_init(&r, VERSION) (or by
 * setting .version); a caller built against an older header gets the older layout. */
#define DUCHA_ITEM_RESULT_VERSION 2
typedef struct ducha_item_result {
  int version;             /* DUCHA_ITEM_RESULT_VERSION, by ducha_item_result_init */
  int status;              /* ducha_status */
  int reason;              /* ducha_reason */
  int assessed;            /* 1 when the status is a person's assessment, not computed */
  int official_status;     /* ducha_status, or -1 when the plan has none */
  int agrees_with_official;/* 1, 0, or -1 when there is no official status */
  size_t sub_target_count;
  const char *id;          /* strings owned by the evaluation */
  const char *label;
  const char *reason_name;
  const char *explanation;
  const char *expected;    /* 序时进度 "p/q" */
  /* version 2 */
  const char *text;        /* the item's text, as in the plan */
  int kind;                /* ducha_item_kind */
} ducha_item_result;
DUCHA_API int ducha_item_result_init(ducha_item_result *result, int version);
DUCHA_API int ducha_evaluation_item(const ducha_evaluation *evaluation, size_t item, ducha_item_result *out);

#define DUCHA_SUB_TARGET_RESULT_VERSION 2
typedef struct ducha_sub_target_result {
  int version;             /* DUCHA_SUB_TARGET_RESULT_VERSION, by ducha_sub_target_result_init */
  int status;
  int reason;
  const char *label;       /* strings owned by the evaluation; NULL where not applicable */
  const char *reason_name;
  const char *ratio;       /* "p/q" */
  const char *ratio_pct;   /* rounded half-even, 2 places */
  const char *expected;    /* "p/q" */
  const char *gap_pp;      /* percentage points, 2 places */
  const char *explanation;
  /* version 2: the sub-target itself; values are exact decimal strings */
  const char *text;        /* NULL when the sub-target has no text of its own */
  int kind;                /* ducha_kind */
  int comparator;          /* ducha_comparator */
  const char *target_value;/* NULL for qualitative and milestone targets */
  const char *target_unit;
  const char *actual_value;/* the progress figure; NULL when none was reported */
  const char *actual_unit;
} ducha_sub_target_result;
DUCHA_API int ducha_sub_target_result_init(ducha_sub_target_result *result, int version);
DUCHA_API int ducha_evaluation_sub_target(const ducha_evaluation *evaluation, size_t item, size_t sub,
                                          ducha_sub_target_result *out);

/* ---- limits -------------------------------------------------------------- */

/* Bounds on the work and memory one input can cause (docs/reliability.md, "Limits").
 * Past a limit a call returns DUCHA_ERANGE and ducha_error_last() names the limit
 * ("target: text of 20000 bytes, over the limit text-bytes = 16384").
 * Two kinds: the process-wide limits (ducha_limits_set applies to every later call,
 * from any thread), and a call's own: each entry that reads input has a *_limited
 * form taking `const ducha_limits *limits` just before its outputs, which holds that
 * call to *limits (checked as ducha_limits_set checks them) or, when NULL, to the
 * process-wide limits. A library linked into another program should use the
 * *_limited forms, so that its limits do not depend on what others set. */
typedef struct ducha_limits {
  int version;          /* DUCHA_LIMITS_VERSION */
  size_t input_bytes;   /* a plan, policy or case text (ducha_plan_parse/load, ducha_policy_parse/load, ducha_check_rules) */
  size_t line_bytes;    /* the text given to ducha_extract */
  size_t items;         /* items of one plan */
  size_t sub_targets;   /* sub-targets of one item */
  size_t text_bytes;    /* one target or progress text (ducha_assess_text, each case of ducha_check_rules) */
  size_t clause_bytes;  /* one clause of such a text: between , ; 。 ! ? : 、 (full or half width) and line ends */
} ducha_limits;
#define DUCHA_LIMITS_VERSION 1

/* Fills *limits with the defaults. */
DUCHA_API int ducha_limits_init(ducha_limits *limits, int version);
/* The limits in force (*out's version must be set, as by ducha_limits_init). */
DUCHA_API int ducha_limits_get(ducha_limits *out);
/* Sets the limits for every later call; each must be at least 1 (DUCHA_EINVALID otherwise). */
DUCHA_API int ducha_limits_set(const ducha_limits *limits);

/* The entries that read input, held to `limits` (NULL: the process-wide limits);
 * each is otherwise the function without _limited. */
DUCHA_API int ducha_plan_load_limited(const char *path, const ducha_limits *limits, ducha_plan **out);
DUCHA_API int ducha_plan_parse_limited(const char *json, size_t len, const ducha_limits *limits, ducha_plan **out);
DUCHA_API int ducha_policy_load_limited(const char *path, int year, const ducha_limits *limits, ducha_policy **out);
DUCHA_API int ducha_policy_parse_limited(const char *json, size_t len, int year, const ducha_limits *limits,
                                         ducha_policy **out);
DUCHA_API int ducha_extract_limited(const char *text, size_t len, int year, const ducha_limits *limits,
                                    ducha_buf *out);
DUCHA_API int ducha_assess_text_limited(const char *target, size_t target_len, const char *progress,
                                        size_t progress_len, int item_kind, const ducha_policy *policy, int year,
                                        const char *as_of, const ducha_limits *limits, ducha_buf *out);
DUCHA_API int ducha_check_rules_limited(const char *cases, size_t len, const ducha_policy *policy,
                                        const ducha_limits *limits, ducha_buf *out, size_t *out_failed);

/* ---- text ---------------------------------------------------------------- */

/* The quantities, numbers, percentages and dates of one line of Chinese text, as the
 * JSON object `ducha extract` writes (docs/text.md). `year` places dates written
 * without one (0: leave them open). A text over the limit line-bytes is DUCHA_ERANGE. */
DUCHA_API int ducha_extract(const char *text, size_t len, int year, ducha_buf *out);

/* A target sentence judged against a progress text (the figures come from the text),
 * as the JSON `ducha assess --target … --progress …` writes. item_kind is a
 * ducha_item_kind; policy may be NULL (the reference policy). A text over the limits
 * text-bytes or clause-bytes is DUCHA_ERANGE. */
DUCHA_API int ducha_assess_text(const char *target, size_t target_len, const char *progress, size_t progress_len,
                                int item_kind, const ducha_policy *policy, int year, const char *as_of,
                                ducha_buf *out);

/* ---- rule tests ---------------------------------------------------------- */

/* Checks `policy` (NULL: the reference policy) against rule cases, given as the text
 * of a case file (JSON or "target | progress | date => status" lines, docs/policy.md).
 * *out receives a JSON array with one object per case (name, passed, status, reason,
 * ratio, label, explanation, differences); *out_failed the number of failing cases. */
DUCHA_API int ducha_check_rules(const char *cases, size_t len, const ducha_policy *policy, ducha_buf *out,
                                size_t *out_failed);

/* ---- batch evaluation -------------------------------------------------- */

/* One sub-target given by its figures. Decimal strings are NUL-terminated. Initialise
 * every input and every output with its *_init(&x, DUCHA_BATCH_VERSION); all inputs and
 * outputs of one call carry the same version (it fixes their size). */
#define DUCHA_BATCH_VERSION 1
typedef struct ducha_batch_input {
  int version;             /* DUCHA_BATCH_VERSION, by ducha_batch_input_init */
  const char *target_value;
  const char *target_unit;
  const char *done_value;  /* NULL: nothing reported (no_progress) */
  const char *done_unit;
  int kind;                /* ducha_kind */
  int comparator;          /* ducha_comparator */
  int flags;               /* DUCHA_BATCH_* */
} ducha_batch_input;
#define DUCHA_BATCH_INDICATOR 1
#define DUCHA_BATCH_LOWER_IS_BETTER 2
#define DUCHA_BATCH_ESTIMATED 4
DUCHA_API int ducha_batch_input_init(ducha_batch_input *input, int version);

typedef struct ducha_batch_output {
  int version;                /* DUCHA_BATCH_VERSION, by ducha_batch_output_init */
  int error;                  /* DUCHA_OK, or why this one input could not be evaluated */
  int status;                 /* ducha_status */
  int reason;                 /* ducha_reason */
  int64_t ratio_numerator;    /* the exact ratio p/q, reduced; q = 0 when there is no ratio */
  int64_t ratio_denominator;  /* (a ratio whose p or q is past int64 sets error DUCHA_ERANGE) */
} ducha_batch_output;
DUCHA_API int ducha_batch_output_init(ducha_batch_output *result, int version);

/* Evaluates count inputs as of `as_of` in `year` under `policy` (NULL: reference).
 * One bad input sets its own output's error and does not stop the batch; the call
 * fails only for bad arguments. */
DUCHA_API int ducha_evaluate_batch(const ducha_batch_input *inputs, size_t count, const ducha_policy *policy,
                                   int year, const char *as_of, ducha_batch_output *out);

/* ---- columnar batch evaluation ------------------------------------------ */

/* Many sub-targets as columns: arrays in, arrays out, no per-row structs or strings
 * to build. Decimal values come as one buffer of NUL-terminated texts, row after row
 * ("30\0" "2\0" …; an empty text is "nothing reported"); units as indexes into a
 * table of unit symbols looked up once per call. Initialise with
 * ducha_columns_init(&c, DUCHA_COLUMNS_VERSION), then set the columns. */
#define DUCHA_COLUMNS_VERSION 1
typedef struct ducha_columns {
  int version;                    /* DUCHA_COLUMNS_VERSION */
  size_t count;                   /* rows */
  const char *const *unit_names;  /* the unit table (NUL-terminated symbols) */
  size_t unit_count;
  /* inputs */
  const char *target_values;      /* count NUL-terminated decimals, back to back */
  size_t target_values_size;      /* bytes in target_values */
  const int32_t *target_units;    /* index into unit_names, per row */
  const char *done_values;        /* count NUL-terminated decimals ("" = none reported) */
  size_t done_values_size;
  const int32_t *done_units;      /* index into unit_names, per row (any value when done is "") */
  const int32_t *kinds;           /* ducha_kind per row; NULL: all cumulative */
  const int32_t *comparators;     /* ducha_comparator per row; NULL: all reach */
  const int32_t *flags;           /* DUCHA_BATCH_* per row; NULL: none */
  /* outputs, count each; owned by the caller */
  int32_t *errors;                /* DUCHA_OK or this row's ducha_error_code */
  int32_t *statuses;              /* ducha_status */
  int32_t *reasons;               /* ducha_reason */
  int64_t *ratio_numerators;      /* the exact ratio p/q; q = 0 when there is no ratio or */
  int64_t *ratio_denominators;    /*   it does not fit 64 bits (then see the status) */
} ducha_columns;
DUCHA_API int ducha_columns_init(ducha_columns *columns, int version);

/* Evaluates every row of `columns` as of `as_of` in `year` under `policy` (NULL: the
 * reference policy). A bad row sets its own error and does not stop the others; the
 * call fails only for bad arguments (a missing column, a buffer holding fewer texts
 * than rows, a unit index outside the table). */
DUCHA_API int ducha_evaluate_columns(ducha_columns *columns, const ducha_policy *policy, int year,
                                     const char *as_of);

#ifdef __cplusplus
}
#endif

#endif /* DUCHA_H */
