/* The C interface from a pure C program: happy paths and, for every entry point,
 * NULLs, invalid UTF-8, garbage, wrong handles and lying lengths. Every call must
 * return an error code with a message, never crash. Built with -std=c11 -Wall. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "ducha.h"

static int passed, failed;

#define CHECK(cond)                                                           \
  do {                                                                        \
    if (cond) {                                                               \
      ++passed;                                                               \
    } else {                                                                  \
      ++failed;                                                               \
      fprintf(stderr, "%s:%d: CHECK failed: %s (last error: %d %s)\n", __FILE__, \
              __LINE__, #cond, ducha_error_last_code(), ducha_error_last());   \
    }                                                                         \
  } while (0)

/* The call failed with `code` and left a non-empty message. */
#define FAILS(call, code)                                                              \
  do {                                                                                 \
    int rc_ = (call);                                                                  \
    CHECK(rc_ == (code));                                                              \
    if (rc_ != (code)) fprintf(stderr, "  %s returned %d, wanted %d\n", #call, rc_, code); \
    CHECK(ducha_error_last() != NULL && ducha_error_last()[0] != '\0');                \
    CHECK(ducha_error_last_code() == rc_);                                             \
  } while (0)

#define OK(call) CHECK((call) == DUCHA_OK)

static const char BAD_UTF8[] = "\xff\xfe";
static const char TRUNCATED[] = "\xe6\x96"; /* the first two bytes of 新 */
static const char LIAR[8] = "12";              /* a length of 5 runs into NUL padding */

static void test_version_and_errors(void) {
  CHECK(ducha_version_number() == DUCHA_VERSION_NUMBER);
  CHECK(strcmp(ducha_version_string(), DUCHA_VERSION_STRING) == 0);
  CHECK(ducha_error_last() != NULL);
  CHECK(strcmp(ducha_status_name(DUCHA_STATUS_LAGGING), "lagging") == 0);
  CHECK(strcmp(ducha_status_label(DUCHA_STATUS_ON_SCHEDULE), "符合时间节点要求") == 0);
  CHECK(ducha_status_name(-1) == NULL && ducha_status_name(99) == NULL);
  CHECK(ducha_status_label(1000) == NULL);
  CHECK(strcmp(ducha_reason_name(0), "target_reached") == 0);
  CHECK(ducha_reason_name(-5) == NULL && ducha_reason_name(500) == NULL);
  CHECK(strcmp(ducha_dimension_name(DUCHA_DIM_AREA), "area") == 0);
  CHECK(strcmp(ducha_dimension_name(DUCHA_DIM_POWER), "power") == 0);
  CHECK(strcmp(ducha_dimension_name(DUCHA_DIM_USD), "usd") == 0);
  CHECK(strcmp(ducha_dimension_name(DUCHA_DIM_HKD), "hkd") == 0);
  CHECK(ducha_dimension_name(DUCHA_DIM_HKD + 1) == NULL);
  ducha_buf_free(NULL);
  ducha_buf empty = {0, 0};
  ducha_buf_free(&empty);
}

static void test_decimals(void) {
  ducha_buf b = {0, 0};
  int cmp = 9;
  OK(ducha_decimal_normalize("+007.50", 7, &b));
  CHECK(strcmp(b.ptr, "7.50") == 0 && b.size == 4);
  ducha_buf_free(&b);
  CHECK(b.ptr == NULL && b.size == 0);
  OK(ducha_decimal_normalize("33.31xyz", 5, &b)); /* the length bounds the text */
  CHECK(strcmp(b.ptr, "33.31") == 0);
  ducha_buf_free(&b);
  OK(ducha_decimal_compare("1.5", 3, "1.50", 4, &cmp));
  CHECK(cmp == 0);
  OK(ducha_decimal_compare("-36.8", 5, "-19", 3, &cmp));
  CHECK(cmp == -1);
  OK(ducha_decimal_ratio("2", 1, "30", 2, &b));
  CHECK(strcmp(b.ptr, "1/15") == 0);
  ducha_buf_free(&b);
  OK(ducha_number_format("1/15", 4, 2, DUCHA_ROUND_HALF_EVEN, DUCHA_NUMBER_PERCENT, &b));
  FAILS(ducha_number_format("1", 1, 2, 0, 2, &b), DUCHA_EINVALID);
  CHECK(strcmp(b.ptr, "6.67") == 0);
  ducha_buf_free(&b);
  OK(ducha_number_format("2.345", 5, 2, DUCHA_ROUND_HALF_UP, 0, &b));
  CHECK(strcmp(b.ptr, "2.35") == 0);
  ducha_buf_free(&b);

  FAILS(ducha_decimal_normalize("1", 1, NULL), DUCHA_EINVALID);
  FAILS(ducha_decimal_normalize(NULL, 3, &b), DUCHA_EINVALID);
  FAILS(ducha_decimal_normalize("3.3.3", 5, &b), DUCHA_EPARSE);
  FAILS(ducha_decimal_normalize("1e400", 5, &b), DUCHA_ERANGE);
  FAILS(ducha_decimal_normalize("", 0, &b), DUCHA_EPARSE);
  FAILS(ducha_decimal_normalize(BAD_UTF8, 2, &b), DUCHA_EUTF8);
  FAILS(ducha_decimal_normalize(LIAR, 5, &b), DUCHA_EINVALID); /* a length that lies */
  FAILS(ducha_decimal_normalize(LIAR, SIZE_MAX, &b), DUCHA_EINVALID);
  CHECK(b.ptr == NULL);
  FAILS(ducha_decimal_compare("1", 1, "2", 1, NULL), DUCHA_EINVALID);
  FAILS(ducha_decimal_compare("1", 1, "x", 1, &cmp), DUCHA_EPARSE);
  FAILS(ducha_decimal_ratio("1", 1, "0", 1, &b), DUCHA_EDIVZERO);
  FAILS(ducha_decimal_ratio(TRUNCATED, 2, "1", 1, &b), DUCHA_EUTF8);
  FAILS(ducha_number_format("1/0", 3, 2, 0, 0, &b), DUCHA_EDIVZERO);
  FAILS(ducha_number_format("1", 1, 19, 0, 0, &b), DUCHA_EINVALID);
  FAILS(ducha_number_format("1", 1, 2, 7, 0, &b), DUCHA_EINVALID);
  FAILS(ducha_number_format("1", 1, 2, -1, 0, &b), DUCHA_EINVALID);
}

static void test_units(void) {
  int dim = -1;
  ducha_buf b = {0, 0};
  OK(ducha_unit_dimension("万平方米", strlen("万平方米"), &dim));
  CHECK(dim == DUCHA_DIM_AREA);
  OK(ducha_unit_dimension("亿美元", strlen("亿美元"), &dim));
  CHECK(dim == DUCHA_DIM_USD);
  OK(ducha_quantity_convert("1", 1, "亩", strlen("亩"), "平方米", strlen("平方米"), &b));
  CHECK(strcmp(b.ptr, "2000/3") == 0);
  ducha_buf_free(&b);
  OK(ducha_quantity_convert("1.9", 3, "万人", strlen("万人"), "人", strlen("人"), &b));
  CHECK(strcmp(b.ptr, "19000/1") == 0);
  ducha_buf_free(&b);
  FAILS(ducha_unit_dimension("公斤x", strlen("公斤x"), &dim), DUCHA_EUNIT);
  FAILS(ducha_unit_dimension("个", strlen("个"), NULL), DUCHA_EINVALID);
  FAILS(ducha_unit_dimension(BAD_UTF8, 2, &dim), DUCHA_EUTF8);
  FAILS(ducha_quantity_convert("4260", 4, "㎡", strlen("㎡"), "立方米", strlen("立方米"), &b), DUCHA_EMISMATCH);
  FAILS(ducha_quantity_convert("x", 1, "亩", strlen("亩"), "平方米", strlen("平方米"), &b), DUCHA_EPARSE);
  FAILS(ducha_quantity_convert("1", 1, NULL, 2, "平方米", strlen("平方米"), &b), DUCHA_EINVALID);

  int kind = -1, cmp = -1, lower = -1;
  const char *gdp = "全体居民人均可支配收入增长6%左右";
  OK(ducha_target_hints(gdp, strlen(gdp), "%", 1, &kind, &cmp, &lower));
  CHECK(kind == DUCHA_KIND_GROWTH && cmp == DUCHA_CMP_AROUND && lower == 0);
  const char *parks = "新建30个社区健身点";
  OK(ducha_target_hints(parks, strlen(parks), "个", strlen("个"), &kind, NULL, NULL));
  CHECK(kind == DUCHA_KIND_CUMULATIVE);
  FAILS(ducha_target_hints(parks, strlen(parks), "公斤x", strlen("公斤x"), &kind, &cmp, &lower), DUCHA_EUNIT);
  FAILS(ducha_target_hints(BAD_UTF8, 2, "个", strlen("个"), &kind, &cmp, &lower), DUCHA_EUTF8);
}

/* Builds the reference report's task 6 call by call. */
static ducha_plan *build_plan(void) {
  ducha_plan *plan = NULL;
  size_t item = 99, sub = 99;
  OK(ducha_plan_create("示例", 2022, &plan));
  OK(ducha_plan_set_as_of(plan, "2022-06-30"));
  OK(ducha_plan_add_unit(plan, "sports", "区体育局"));
  OK(ducha_plan_add_unit_alias(plan, "sports", "区体育局(区足球办)"));
  OK(ducha_plan_add_item(plan, "a2-6", DUCHA_ITEM_TASK, "新建3个社区体育公园、30个社区健身点", &item));
  CHECK(item == 0);
  OK(ducha_plan_item_add_unit(plan, item, 0, "区体育局(区足球办)"));
  OK(ducha_plan_item_set_progress_text(plan, item, "已建成2个社区健身点"));
  OK(ducha_plan_item_set_official_status(plan, item, DUCHA_STATUS_LAGGING));
  OK(ducha_plan_item_set_override(plan, item, DUCHA_STATUS_ON_TRACK, "器材招标已启动", NULL));

  ducha_sub_target_desc d;
  OK(ducha_sub_target_desc_init(&d, DUCHA_SUB_TARGET_DESC_VERSION));
  d.text = "新建30个社区健身点";
  d.target_value = "30";
  d.target_unit = "个";
  OK(ducha_plan_item_add_sub_target(plan, item, &d, &sub));
  CHECK(sub == 0);
  ducha_progress_desc p;
  OK(ducha_progress_desc_init(&p, DUCHA_PROGRESS_DESC_VERSION));
  p.value = "2";
  p.unit = "个";
  p.text = "已建成2个社区健身点";
  OK(ducha_plan_sub_target_set_progress(plan, item, sub, &p));
  return plan;
}

static void test_plan_building_and_evaluation(void) {
  ducha_plan *plan = build_plan();
  ducha_evaluation *ev = NULL;
  size_t n = 0;
  OK(ducha_evaluate(plan, NULL, NULL, &ev));
  OK(ducha_evaluation_item_count(ev, &n));
  CHECK(n == 1);
  ducha_item_result r;
  memset(&r, 0, sizeof r);
  r.version = DUCHA_ITEM_RESULT_VERSION;
  OK(ducha_evaluation_item(ev, 0, &r));
  CHECK(r.status == DUCHA_STATUS_SEVERELY_LAGGING);
  CHECK(strcmp(r.label, "严重滞后") == 0);
  CHECK(strcmp(r.reason_name, "far_behind_pace") == 0);
  CHECK(strcmp(r.expected, "1/2") == 0);
  CHECK(r.official_status == DUCHA_STATUS_LAGGING && r.agrees_with_official == 1 && r.assessed == 0);
  CHECK(r.sub_target_count == 1);
  CHECK(strcmp(r.id, "a2-6") == 0);
  ducha_sub_target_result s;
  memset(&s, 0, sizeof s);
  s.version = DUCHA_SUB_TARGET_RESULT_VERSION;
  OK(ducha_evaluation_sub_target(ev, 0, 0, &s));
  CHECK(strcmp(s.ratio, "1/15") == 0 && strcmp(s.ratio_pct, "6.67") == 0);
  CHECK(strcmp(s.gap_pp, "-43.33") == 0);
  CHECK(strcmp(s.explanation, "已完成2/30(6.67%),低于序时进度50.00%的1/3,严重滞后") == 0);

  ducha_buf json = {0, 0};
  OK(ducha_evaluation_render(ev, "text", &json));
  CHECK(strstr(json.ptr, "[a2-6]") != NULL && strstr(json.ptr, "严重滞后") != NULL);
  ducha_buf_free(&json);
  FAILS(ducha_evaluation_render(ev, "pdf", &json), DUCHA_EINVALID);
  FAILS(ducha_evaluation_render(ev, NULL, &json), DUCHA_EINVALID);
  FAILS(ducha_evaluation_render(ev, "json", NULL), DUCHA_EINVALID);
  OK(ducha_evaluation_render(ev, "html", &json));
  CHECK(strstr(json.ptr, "class=\"badge") != NULL && strstr(json.ptr, "附件2") != NULL);
  ducha_buf_free(&json);
  OK(ducha_evaluation_render(ev, "csv", &json));
  CHECK((unsigned char)json.ptr[0] == 0xEF && strstr(json.ptr, "a2-6") != NULL);
  ducha_buf_free(&json);
  OK(ducha_evaluation_render(ev, "summary", &json));
  CHECK(strstr(json.ptr, "1项任务推进较为滞后") != NULL);
  ducha_buf_free(&json);
  OK(ducha_evaluation_render(ev, "json", &json));
  CHECK(strstr(json.ptr, "\"format\": \"ducha.evaluation/1\"") != NULL);
  ducha_buf_free(&json);
  OK(ducha_evaluation_to_json(ev, &json));
  CHECK(strstr(json.ptr, "\"format\": \"ducha.evaluation/1\"") != NULL);
  ducha_buf_free(&json);

  /* The evaluation owns a copy: freeing the plan leaves it readable. */
  ducha_plan_free(plan);
  OK(ducha_evaluation_item(ev, 0, &r));
  CHECK(strcmp(r.id, "a2-6") == 0);

  FAILS(ducha_evaluation_item(ev, 1, &r), DUCHA_ENOTFOUND);
  FAILS(ducha_evaluation_sub_target(ev, 0, 1, &s), DUCHA_ENOTFOUND);
  r.version = 3;
  FAILS(ducha_evaluation_item(ev, 0, &r), DUCHA_EVERSION);
  s.version = 0;
  FAILS(ducha_evaluation_sub_target(ev, 0, 0, &s), DUCHA_EVERSION);
  FAILS(ducha_evaluation_item(ev, 0, NULL), DUCHA_EINVALID);
  r.version = DUCHA_ITEM_RESULT_VERSION;
  FAILS(ducha_evaluation_item(NULL, 0, &r), DUCHA_EINVALID);
  FAILS(ducha_evaluation_to_json(ev, NULL), DUCHA_EINVALID);
  FAILS(ducha_evaluation_item_count(NULL, &n), DUCHA_EINVALID);
  ducha_evaluation_free(ev);
  ducha_evaluation_free(NULL);
}

static void test_plan_errors(void) {
  ducha_plan *plan = NULL;
  size_t idx = 0;
  FAILS(ducha_plan_create("x", 2022, NULL), DUCHA_EINVALID);
  FAILS(ducha_plan_create("x", 20222, &plan), DUCHA_EINVALID);
  CHECK(plan == NULL && strcmp(ducha_error_last(), "year: 20222 is outside 1900..9999") == 0);
  CHECK(plan == NULL);
  FAILS(ducha_plan_create(BAD_UTF8, 2022, &plan), DUCHA_EUTF8);
  FAILS(ducha_plan_load(NULL, &plan), DUCHA_EINVALID);
  FAILS(ducha_plan_load("/no/such/plan.json", &plan), DUCHA_EIO);
  FAILS(ducha_plan_parse("{", 1, &plan), DUCHA_EPARSE);
  FAILS(ducha_plan_parse("", 0, &plan), DUCHA_EPARSE);
  const char *bad_json = "{\"year\": 2022, \"items\": [], \"name\": \"\xff\"}";
  FAILS(ducha_plan_parse(bad_json, strlen(bad_json), &plan), DUCHA_EUTF8);
  const char *unknown_unit = "{\"year\": 2022, \"items\": [{\"id\": \"a\", \"kind\": \"task\", \"text\": \"t\", "
                             "\"sub_targets\": [{\"kind\": \"cumulative\", \"target\": {\"value\": \"1\", \"unit\": \"公斤x\"}}]}]}";
  FAILS(ducha_plan_parse(unknown_unit, strlen(unknown_unit), &plan), DUCHA_EUNIT);
  CHECK(plan == NULL);
  CHECK(strstr(ducha_error_last(), "items[0].sub_targets[0].target.unit") != NULL);

  OK(ducha_plan_create(NULL, 2022, &plan));
  FAILS(ducha_plan_set_as_of(plan, "2022-02-30"), DUCHA_EDATE);
  FAILS(ducha_plan_set_as_of(plan, NULL), DUCHA_EINVALID);
  FAILS(ducha_plan_add_item(plan, "a", 7, "t", &idx), DUCHA_EINVALID);
  FAILS(ducha_plan_add_item(plan, "", DUCHA_ITEM_TASK, "t", &idx), DUCHA_EINVALID);
  FAILS(ducha_plan_add_item(plan, "a", DUCHA_ITEM_TASK, NULL, &idx), DUCHA_EINVALID);
  FAILS(ducha_plan_add_item(plan, "a", DUCHA_ITEM_TASK, "t", NULL), DUCHA_EINVALID);
  OK(ducha_plan_add_item(plan, "a", DUCHA_ITEM_INDICATOR, "地区生产总值增长5.5%左右", &idx));
  FAILS(ducha_plan_add_item(plan, "a", DUCHA_ITEM_TASK, "again", &idx), DUCHA_EINVALID);
  FAILS(ducha_plan_item_set_progress_text(plan, 5, "x"), DUCHA_ENOTFOUND);
  FAILS(ducha_plan_item_set_progress_text(plan, 0, BAD_UTF8), DUCHA_EUTF8);
  FAILS(ducha_plan_item_set_official_status(plan, 0, DUCHA_STATUS_LAGGING), DUCHA_EINVALID); /* a task status */
  FAILS(ducha_plan_item_set_official_status(plan, 0, 42), DUCHA_EINVALID);
  FAILS(ducha_plan_item_set_assessment(plan, 0, -1, NULL, NULL), DUCHA_EINVALID);
  OK(ducha_plan_item_set_assessment(plan, 0, DUCHA_STATUS_MEETS, NULL, NULL));
  FAILS(ducha_plan_item_add_unit(plan, 0, 2, "x"), DUCHA_EINVALID);
  OK(ducha_plan_add_unit(plan, "u", "区发展改革委"));
  FAILS(ducha_plan_add_unit(plan, "u2", "区发展改革委"), DUCHA_EINVALID);
  FAILS(ducha_plan_add_unit_alias(plan, "nope", "x"), DUCHA_EINVALID);
  FAILS(ducha_plan_item_add_unit(plan, 0, 0, "区不存在局"), DUCHA_ENOTFOUND);

  ducha_sub_target_desc d;
  size_t sub = 0;
  FAILS(ducha_sub_target_desc_init(&d, 99), DUCHA_EVERSION);
  FAILS(ducha_sub_target_desc_init(NULL, 1), DUCHA_EINVALID);
  OK(ducha_sub_target_desc_init(&d, DUCHA_SUB_TARGET_DESC_VERSION));
  FAILS(ducha_plan_item_add_sub_target(plan, 0, &d, &sub), DUCHA_EINVALID); /* cumulative without target */
  d.kind = 17;
  FAILS(ducha_plan_item_add_sub_target(plan, 0, &d, &sub), DUCHA_EINVALID);
  d.kind = DUCHA_KIND_GROWTH;
  d.comparator = -3;
  FAILS(ducha_plan_item_add_sub_target(plan, 0, &d, &sub), DUCHA_EINVALID);
  d.comparator = DUCHA_CMP_AROUND;
  d.target_value = "5.5";
  d.target_unit = "%%";
  FAILS(ducha_plan_item_add_sub_target(plan, 0, &d, &sub), DUCHA_EUNIT);
  d.target_unit = "%";
  d.target_value = "5..5";
  FAILS(ducha_plan_item_add_sub_target(plan, 0, &d, &sub), DUCHA_EPARSE);
  d.target_value = "5.5";
  d.version = 3;
  FAILS(ducha_plan_item_add_sub_target(plan, 0, &d, &sub), DUCHA_EVERSION);
  d.version = DUCHA_SUB_TARGET_DESC_VERSION;
  FAILS(ducha_plan_item_add_sub_target(plan, 0, NULL, &sub), DUCHA_EINVALID);
  OK(ducha_plan_item_add_sub_target(plan, 0, &d, &sub));

  ducha_progress_desc p;
  OK(ducha_progress_desc_init(&p, DUCHA_PROGRESS_DESC_VERSION));
  p.value = "4.4";
  p.unit = NULL;
  FAILS(ducha_plan_sub_target_set_progress(plan, 0, 0, &p), DUCHA_EINVALID);
  p.unit = "%";
  p.as_of = "2022-13-01";
  FAILS(ducha_plan_sub_target_set_progress(plan, 0, 0, &p), DUCHA_EDATE);
  p.as_of = NULL;
  FAILS(ducha_plan_sub_target_set_progress(plan, 0, 3, &p), DUCHA_ENOTFOUND);
  FAILS(ducha_plan_sub_target_set_progress(plan, 9, 0, &p), DUCHA_ENOTFOUND);
  OK(ducha_plan_sub_target_set_progress(plan, 0, 0, &p));

  ducha_evaluation *ev = NULL;
  FAILS(ducha_evaluate(plan, NULL, NULL, &ev), DUCHA_EINVALID); /* no as_of anywhere */
  FAILS(ducha_evaluate(plan, NULL, "2022/06/30", &ev), DUCHA_EDATE);
  FAILS(ducha_evaluate(plan, NULL, "2022-06-30", NULL), DUCHA_EINVALID);
  FAILS(ducha_evaluate(NULL, NULL, "2022-06-30", &ev), DUCHA_EINVALID);
  OK(ducha_evaluate(plan, NULL, "2022-06-30", &ev));
  ducha_item_result r;
  memset(&r, 0, sizeof r);
  r.version = DUCHA_ITEM_RESULT_VERSION;
  OK(ducha_evaluation_item(ev, 0, &r));
  CHECK(r.status == DUCHA_STATUS_BELOW);
  ducha_evaluation_free(ev);

  /* Wrong handles: a policy where a plan belongs, and the other way round. */
  ducha_policy *policy = NULL;
  OK(ducha_policy_create(&policy));
  FAILS(ducha_plan_item_count((const ducha_plan *)policy, &idx), DUCHA_EHANDLE);
  FAILS(ducha_evaluate(plan, (const ducha_policy *)plan, "2022-06-30", &ev), DUCHA_EHANDLE);
  FAILS(ducha_evaluation_item_count((const ducha_evaluation *)plan, &idx), DUCHA_EHANDLE);
  ducha_plan_free((ducha_plan *)policy); /* the wrong type: ignored */
  ducha_policy_free(policy);

  ducha_buf out = {0, 0};
  OK(ducha_plan_to_json(plan, &out));
  ducha_plan *again = NULL;
  OK(ducha_plan_parse(out.ptr, out.size, &again));
  ducha_buf out2 = {0, 0};
  OK(ducha_plan_to_json(again, &out2));
  CHECK(strcmp(out.ptr, out2.ptr) == 0);
  ducha_buf_free(&out);
  ducha_buf_free(&out2);
  FAILS(ducha_plan_save(plan, "/no/such/dir/plan.json"), DUCHA_EIO);
  FAILS(ducha_plan_save(NULL, "/tmp/x.json"), DUCHA_EINVALID);
  ducha_plan_free(again);
  ducha_plan_free(plan);
  ducha_plan_free(NULL);
}

static void test_policies(void) {
  ducha_policy *p = NULL;
  ducha_buf b = {0, 0};
  OK(ducha_policy_create(&p));
  OK(ducha_policy_version(p, &b));
  CHECK(strncmp(b.ptr, "reference@", 10) == 0);
  ducha_buf_free(&b);
  OK(ducha_policy_to_json(p, &b));
  ducha_policy *q = NULL;
  OK(ducha_policy_parse(b.ptr, b.size, 2022, &q));
  ducha_buf_free(&b);
  ducha_policy_free(q);
  const char *json = "{\"on_track\": \"1/3\", \"lagging\": \"2/3\"}";
  FAILS(ducha_policy_parse(json, strlen(json), 2022, &q), DUCHA_EINVALID);
  CHECK(strstr(ducha_error_last(), "lagging") != NULL);
  FAILS(ducha_policy_parse("{\"x\": 1}", 8, 2022, &q), DUCHA_EINVALID);
  FAILS(ducha_policy_parse("{}", 2, 0, &q), DUCHA_EINVALID);
  CHECK(q == NULL && strcmp(ducha_error_last(), "year: 0 is outside 1900..9999") == 0);
  FAILS(ducha_policy_parse(BAD_UTF8, 2, 2022, &q), DUCHA_EUTF8);
  FAILS(ducha_policy_load("/no/such/policy.json", 2022, &q), DUCHA_EIO);
  FAILS(ducha_policy_load("x", 2022, NULL), DUCHA_EINVALID);
  FAILS(ducha_policy_version(NULL, &b), DUCHA_EINVALID);
  FAILS(ducha_policy_to_json(p, NULL), DUCHA_EINVALID);
  ducha_policy_free(p);
  ducha_policy_free(NULL);
}

static ducha_batch_input batch_input(const char *tv, const char *tu, const char *dv, const char *du, int kind,
                                     int cmp, int flags) {
  ducha_batch_input in;
  OK(ducha_batch_input_init(&in, DUCHA_BATCH_VERSION));
  in.target_value = tv;
  in.target_unit = tu;
  in.done_value = dv;
  in.done_unit = du;
  in.kind = kind;
  in.comparator = cmp;
  in.flags = flags;
  return in;
}

static void test_batch(void) {
  ducha_batch_input in[5];
  ducha_batch_output out[5];
  in[0] = batch_input("30", "个", "2", "个", DUCHA_KIND_CUMULATIVE, DUCHA_CMP_REACH, 0);
  in[1] = batch_input("150", "万平方米", "33.31", "万平方米", DUCHA_KIND_CUMULATIVE, DUCHA_CMP_REACH, 0);
  in[2] = batch_input("6", "%", "5.2", "%", DUCHA_KIND_GROWTH, DUCHA_CMP_AROUND, DUCHA_BATCH_INDICATOR);
  in[3] = batch_input("4", "万立方米", "4260", "㎡", DUCHA_KIND_CUMULATIVE, DUCHA_CMP_REACH, 0);
  in[4] = batch_input("30", "公斤x", "2", "个", DUCHA_KIND_CUMULATIVE, DUCHA_CMP_REACH, 0);
  for (int i = 0; i < 5; ++i) OK(ducha_batch_output_init(&out[i], DUCHA_BATCH_VERSION));
  OK(ducha_evaluate_batch(in, 5, NULL, 2022, "2022-06-30", out));
  CHECK(out[0].error == DUCHA_OK && out[0].status == DUCHA_STATUS_SEVERELY_LAGGING);
  CHECK(out[0].ratio_numerator == 1 && out[0].ratio_denominator == 15); /* 2/30, reduced */
  CHECK(out[1].status == DUCHA_STATUS_LAGGING && out[1].ratio_numerator == 3331 && out[1].ratio_denominator == 15000);
  CHECK(out[2].status == DUCHA_STATUS_BELOW && out[2].ratio_denominator == 0);
  CHECK(out[3].status == DUCHA_STATUS_NOT_ASSESSABLE && strcmp(ducha_reason_name(out[3].reason), "unit_mismatch") == 0);
  CHECK(out[4].error == DUCHA_EUNIT && out[4].version == DUCHA_BATCH_VERSION);
  OK(ducha_evaluate_batch(NULL, 0, NULL, 2022, "2022-06-30", NULL));
  FAILS(ducha_evaluate_batch(in, 1, NULL, 2022, "2022-06-30", NULL), DUCHA_EINVALID);
  FAILS(ducha_evaluate_batch(NULL, 1, NULL, 2022, "2022-06-30", out), DUCHA_EINVALID);
  FAILS(ducha_evaluate_batch(in, 1, NULL, 2022, NULL, out), DUCHA_EINVALID);
  FAILS(ducha_evaluate_batch(in, 1, NULL, 1, "2022-06-30", out), DUCHA_EINVALID);
  CHECK(strcmp(ducha_error_last(), "year: 1 is outside 1900..9999") == 0);
  FAILS(ducha_evaluate_batch(in, SIZE_MAX, NULL, 2022, "2022-06-30", out), DUCHA_EINVALID);
  /* versions: every input and output of the call, named by index */
  FAILS(ducha_batch_input_init(&in[0], 2), DUCHA_EVERSION);
  FAILS(ducha_batch_output_init(NULL, DUCHA_BATCH_VERSION), DUCHA_EINVALID);
  in[1].version = 0;
  FAILS(ducha_evaluate_batch(in, 2, NULL, 2022, "2022-06-30", out), DUCHA_EVERSION);
  CHECK(strstr(ducha_error_last(), "inputs[1]: ducha_batch_input version 0") != NULL);
  in[1].version = DUCHA_BATCH_VERSION;
  out[1].version = 7;
  FAILS(ducha_evaluate_batch(in, 2, NULL, 2022, "2022-06-30", out), DUCHA_EVERSION);
  CHECK(strstr(ducha_error_last(), "out[1]: ducha_batch_output version 7") != NULL);
  out[1].version = DUCHA_BATCH_VERSION;
  in[0].kind = 99;
  in[1].done_value = BAD_UTF8;
  OK(ducha_evaluate_batch(in, 2, NULL, 2022, "2022-06-30", out));
  CHECK(out[0].error == DUCHA_EINVALID && out[1].error == DUCHA_EUTF8);
}

/* Every entry point with NULL (or zero) for each pointer argument: an error code, no crash. */
static void test_null_sweep(void) {
  ducha_buf b = {0, 0};
  int i = 0;
  size_t n = 0;
  ducha_plan *plan = NULL;
  ducha_policy *policy = NULL;
  ducha_evaluation *ev = NULL;
  FAILS(ducha_decimal_normalize(NULL, 0, NULL), DUCHA_EINVALID);
  FAILS(ducha_decimal_compare(NULL, 1, NULL, 1, &i), DUCHA_EINVALID);
  FAILS(ducha_decimal_ratio(NULL, 1, "1", 1, &b), DUCHA_EINVALID);
  FAILS(ducha_number_format("1", 1, 2, 0, 0, NULL), DUCHA_EINVALID);
  FAILS(ducha_number_format(NULL, 1, 2, 0, 0, &b), DUCHA_EINVALID);
  FAILS(ducha_unit_dimension(NULL, 1, &i), DUCHA_EINVALID);
  FAILS(ducha_quantity_convert("1", 1, "个", 3, "个", 3, NULL), DUCHA_EINVALID);
  FAILS(ducha_target_hints(NULL, 1, "个", 3, NULL, NULL, NULL), DUCHA_EINVALID);
  FAILS(ducha_target_hints("x", 1, NULL, 0, NULL, NULL, NULL), DUCHA_EUNIT);
  FAILS(ducha_plan_create(NULL, 2022, NULL), DUCHA_EINVALID);
  FAILS(ducha_plan_parse("{}", 2, NULL), DUCHA_EINVALID);
  FAILS(ducha_plan_parse(NULL, 5, &plan), DUCHA_EINVALID);
  FAILS(ducha_plan_to_json(NULL, NULL), DUCHA_EINVALID);
  FAILS(ducha_plan_to_json(NULL, &b), DUCHA_EINVALID);
  FAILS(ducha_plan_save(NULL, NULL), DUCHA_EINVALID);
  FAILS(ducha_plan_item_count(NULL, NULL), DUCHA_EINVALID);
  FAILS(ducha_plan_item_count(NULL, &n), DUCHA_EINVALID);
  FAILS(ducha_plan_set_as_of(NULL, "2022-06-30"), DUCHA_EINVALID);
  FAILS(ducha_plan_add_unit(NULL, "a", "b"), DUCHA_EINVALID);
  FAILS(ducha_plan_add_unit_alias(NULL, "a", "b"), DUCHA_EINVALID);
  FAILS(ducha_plan_add_item(NULL, "a", DUCHA_ITEM_TASK, "t", &n), DUCHA_EINVALID);
  FAILS(ducha_plan_item_add_unit(NULL, 0, 0, "u"), DUCHA_EINVALID);
  FAILS(ducha_plan_item_set_progress_text(NULL, 0, "t"), DUCHA_EINVALID);
  FAILS(ducha_plan_item_set_official_status(NULL, 0, 0), DUCHA_EINVALID);
  FAILS(ducha_plan_item_set_override(NULL, 0, 0, NULL, NULL), DUCHA_EINVALID);
  FAILS(ducha_plan_item_set_assessment(NULL, 0, 0, NULL, NULL), DUCHA_EINVALID);
  FAILS(ducha_plan_item_add_sub_target(NULL, 0, NULL, NULL), DUCHA_EINVALID);
  FAILS(ducha_plan_item_add_sub_target(NULL, 0, NULL, &n), DUCHA_EINVALID);
  FAILS(ducha_progress_desc_init(NULL, 1), DUCHA_EINVALID);
  FAILS(ducha_plan_sub_target_set_progress(NULL, 0, 0, NULL), DUCHA_EINVALID);
  FAILS(ducha_policy_create(NULL), DUCHA_EINVALID);
  FAILS(ducha_policy_parse("{}", 2, 2022, NULL), DUCHA_EINVALID);
  FAILS(ducha_policy_parse(NULL, 2, 2022, &policy), DUCHA_EINVALID);
  FAILS(ducha_policy_load(NULL, 2022, &policy), DUCHA_EINVALID);
  FAILS(ducha_policy_to_json(NULL, &b), DUCHA_EINVALID);
  FAILS(ducha_policy_version(NULL, NULL), DUCHA_EINVALID);
  FAILS(ducha_evaluate(NULL, NULL, NULL, &ev), DUCHA_EINVALID);
  FAILS(ducha_evaluation_to_json(NULL, &b), DUCHA_EINVALID);
  FAILS(ducha_evaluation_item_count(NULL, NULL), DUCHA_EINVALID);
  FAILS(ducha_evaluation_sub_target(NULL, 0, 0, NULL), DUCHA_EINVALID);
  FAILS(ducha_evaluate_batch(NULL, 1, NULL, 2022, "2022-06-30", NULL), DUCHA_EINVALID);
  CHECK(plan == NULL && policy == NULL && ev == NULL && b.ptr == NULL);
  ducha_plan_free(NULL);
  ducha_policy_free(NULL);
  ducha_evaluation_free(NULL);
  ducha_buf_free(NULL);
}

static void test_text(void) {
  ducha_buf b = {0, 0};
  const char *line = "截至6月30日,累计完成违法建筑拆除33.31万平方米。";
  OK(ducha_extract(line, strlen(line), 2022, &b));
  CHECK(strstr(b.ptr, "\"value\":\"333100\",\"unit\":\"平方米\"") != NULL);
  ducha_buf_free(&b);
  OK(ducha_extract("", 0, 0, &b));
  CHECK(strstr(b.ptr, "\"numbers\":[]") != NULL);
  ducha_buf_free(&b);
  FAILS(ducha_extract(BAD_UTF8, 2, 2022, &b), DUCHA_EUTF8);
  FAILS(ducha_extract(TRUNCATED, 2, 2022, &b), DUCHA_EUTF8);
  FAILS(ducha_extract("1", 1, 2022, NULL), DUCHA_EINVALID);
  FAILS(ducha_extract(NULL, 4, 2022, &b), DUCHA_EINVALID);
  FAILS(ducha_extract("1", 1, 99, &b), DUCHA_EINVALID);
  CHECK(strcmp(ducha_error_last(), "year (or 0): 99 is outside 1900..9999") == 0);
  FAILS(ducha_extract(LIAR, 6, 2022, &b), DUCHA_EINVALID);

  const char *target = "新建30个社区健身点", *progress = "已建成2个社区健身点";
  const size_t tlen = strlen(target), plen = strlen(progress);
  OK(ducha_assess_text(target, tlen, progress, plen, DUCHA_ITEM_TASK, NULL, 2022, "2022-06-30", &b));
  CHECK(strstr(b.ptr, "\"status\":\"severely_lagging\"") != NULL);
  CHECK(strstr(b.ptr, "\"ratio\":\"1/15\"") != NULL);
  ducha_buf_free(&b);
  OK(ducha_assess_text(target, tlen, NULL, 0, DUCHA_ITEM_TASK, NULL, 2022, "2022-06-30", &b));
  CHECK(strstr(b.ptr, "\"status\":\"no_progress\"") != NULL);
  ducha_buf_free(&b);
  FAILS(ducha_assess_text("", 0, progress, plen, DUCHA_ITEM_TASK, NULL, 2022, "2022-06-30", &b), DUCHA_EINVALID);
  FAILS(ducha_assess_text(target, tlen, BAD_UTF8, 2, DUCHA_ITEM_TASK, NULL, 2022, "2022-06-30", &b), DUCHA_EUTF8);
  FAILS(ducha_assess_text(target, tlen, progress, plen, DUCHA_ITEM_TASK, NULL, 2022, "2022-02-30", &b), DUCHA_EDATE);
  FAILS(ducha_assess_text(target, tlen, progress, plen, DUCHA_ITEM_TASK, NULL, 2022, NULL, &b), DUCHA_EINVALID);
  FAILS(ducha_assess_text(target, tlen, progress, plen, 5, NULL, 2022, "2022-06-30", &b), DUCHA_EINVALID);
  FAILS(ducha_assess_text(target, tlen, progress, plen, DUCHA_ITEM_TASK, NULL, 1, "2022-06-30", &b), DUCHA_EINVALID);
  FAILS(ducha_assess_text(target, tlen, progress, plen, DUCHA_ITEM_TASK, NULL, 2022, "2022-06-30", NULL), DUCHA_EINVALID);
  FAILS(ducha_assess_text(target, tlen, progress, plen, DUCHA_ITEM_TASK, (const ducha_policy *)&b, 2022, "2022-06-30",
                          &b), DUCHA_EHANDLE);
  CHECK(b.ptr == NULL);

  /* A policy's verb groups decide which progress verbs count as done (policy.md, "Verb groups"). */
  const char *schools = "建成3所中小学", *one_built = "甲小学已完工投用,其余2所主体施工中";
  OK(ducha_assess_text(schools, strlen(schools), one_built, strlen(one_built), DUCHA_ITEM_TASK, NULL, 2024, "2024-06-30",
                       &b));
  CHECK(strstr(b.ptr, "\"status\":\"on_track\"") != NULL && strstr(b.ptr, "\"ratio\":\"1/3\"") != NULL);
  ducha_buf_free(&b);
  const char *strict = "{\"verb_groups\": {\"build\": [\"新建\", \"建成\", \"竣工\", \"投运\"]}}";
  ducha_policy *built_only = NULL;
  OK(ducha_policy_parse(strict, strlen(strict), 2024, &built_only));
  OK(ducha_assess_text(schools, strlen(schools), one_built, strlen(one_built), DUCHA_ITEM_TASK, built_only, 2024,
                       "2024-06-30", &b));
  CHECK(strstr(b.ptr, "\"status\":\"not_assessable\"") != NULL && strstr(b.ptr, "\"reason\":\"no_figure\"") != NULL);
  CHECK(strstr(b.ptr, "\"other_stages\":[{\"stage\":\"construction\",\"value\":\"2\"") != NULL);
  ducha_buf_free(&b);
  ducha_policy_free(built_only);

  size_t failed = 99;
  const char *cases = "新建30个社区健身点 | 已建成2个社区健身点 | 2022-06-30 => severely_lagging\n"
                      "新建30个社区健身点 | 已建成2个社区健身点 | 2022-06-30 => on_track\n";
  OK(ducha_check_rules(cases, strlen(cases), NULL, &b, &failed));
  CHECK(failed == 1);
  CHECK(strstr(b.ptr, "\"passed\":true") != NULL && strstr(b.ptr, "status: expected on_track, got severely_lagging") != NULL);
  ducha_buf_free(&b);
  FAILS(ducha_check_rules("x => y\n", 7, NULL, &b, &failed), DUCHA_EPARSE);
  FAILS(ducha_check_rules(cases, strlen(cases), NULL, &b, NULL), DUCHA_EINVALID);
  FAILS(ducha_check_rules(BAD_UTF8, 2, NULL, &b, &failed), DUCHA_EUTF8);
  FAILS(ducha_check_rules(cases, strlen(cases), (const ducha_policy *)&b, &b, &failed), DUCHA_EHANDLE);
}

/* Issue 14: a freed handle is refused even when a new handle of the same type was
 * created since (whatever memory it took), and freeing the stale one again leaves the
 * new one intact. */
static void test_stale_handles(void) {
  ducha_plan *old_plan = NULL, *new_plan = NULL;
  ducha_policy *old_policy = NULL, *new_policy = NULL;
  ducha_evaluation *old_ev = NULL, *new_ev = NULL;
  size_t n = 0;
  OK(ducha_plan_create("old", 2022, &old_plan));
  OK(ducha_policy_create(&old_policy));
  OK(ducha_evaluate(old_plan, old_policy, "2022-06-30", &old_ev));
  ducha_plan_free(old_plan);
  ducha_policy_free(old_policy);
  ducha_evaluation_free(old_ev);
  OK(ducha_plan_create("new", 2022, &new_plan));
  OK(ducha_policy_create(&new_policy));
  OK(ducha_evaluate(new_plan, new_policy, "2022-06-30", &new_ev));
  CHECK(new_plan != old_plan && new_policy != old_policy && new_ev != old_ev);
  FAILS(ducha_plan_item_count(old_plan, &n), DUCHA_EHANDLE);
  FAILS(ducha_plan_add_unit(old_plan, "u", "unit"), DUCHA_EHANDLE);
  FAILS(ducha_policy_to_json(old_policy, &(ducha_buf){0}), DUCHA_EHANDLE);
  FAILS(ducha_evaluation_item_count(old_ev, &n), DUCHA_EHANDLE);
  FAILS(ducha_evaluate(old_plan, NULL, "2022-06-30", &old_ev), DUCHA_EHANDLE);
  /* Freeing the stale handles again frees nothing: the new ones still work. */
  ducha_plan_free(old_plan);
  ducha_policy_free(old_policy);
  ducha_evaluation_free(old_ev);
  OK(ducha_plan_item_count(new_plan, &n));
  CHECK(n == 0);
  OK(ducha_evaluation_item_count(new_ev, &n));
  ducha_buf json = {0};
  OK(ducha_policy_to_json(new_policy, &json));
  ducha_buf_free(&json);
  /* Many create/free cycles: every earlier handle stays refused. */
  ducha_plan *first = new_plan;
  for (int i = 0; i < 1000; ++i) {
    ducha_plan *p = NULL;
    OK(ducha_plan_create("cycle", 2022, &p));
    ducha_plan_free(p);
    CHECK(ducha_plan_item_count(p, &n) == DUCHA_EHANDLE);
  }
  OK(ducha_plan_item_count(first, &n));
  /* A forged value is refused, never dereferenced. */
  FAILS(ducha_plan_item_count((const ducha_plan *)(uintptr_t)0x12345, &n), DUCHA_EHANDLE);
  ducha_plan_free((ducha_plan *)(uintptr_t)0x12345);
  ducha_evaluation_free(new_ev);
  ducha_policy_free(new_policy);
  ducha_plan_free(new_plan);
}

static void test_policy_presets(void) {
  ducha_policy *points = NULL;
  ducha_buf version = {0};
  OK(ducha_policy_load("points", 2022, &points));
  OK(ducha_policy_version(points, &version));
  CHECK(strncmp(version.ptr, "points@", 7) == 0);
  ducha_buf_free(&version);
  ducha_policy_free(points);
  FAILS(ducha_policy_load("nonesuch", 2022, &points), DUCHA_EIO);
  CHECK(strstr(ducha_error_last(), "no preset of that name") != NULL);
  CHECK(points == NULL);
}

/* The columnar batch: arrays in, arrays out; the exact ratio as p/q; bad rows on their own. */
static void test_columns(void) {
  const char *units[] = {"个", "%", "平方米", "公斤x"};
  const char targets[] = "30\0" "6\0" "4\0" "550\0" "3.3.3\0" "10";
  const char dones[] = "2\0" "5.2\0" "4260\0" "\0" "1\0" "1";
  int32_t target_units[] = {0, 1, 0, 0, 0, 3}, done_units[] = {0, 1, 2, 0, 0, 0};
  int32_t kinds[] = {DUCHA_KIND_CUMULATIVE, DUCHA_KIND_GROWTH, 0, 0, 0, 0};
  int32_t cmps[] = {DUCHA_CMP_REACH, DUCHA_CMP_AROUND, 0, 0, 0, 0};
  int32_t flags[] = {0, DUCHA_BATCH_INDICATOR, 0, 0, 0, 0};
  int32_t errors[6], statuses[6], reasons[6];
  int64_t num[6], den[6];
  ducha_columns c;
  OK(ducha_columns_init(&c, DUCHA_COLUMNS_VERSION));
  CHECK(c.count == 0 && c.kinds == NULL);
  c.count = 6;
  c.unit_names = units;
  c.unit_count = 4;
  c.target_values = targets;
  c.target_values_size = sizeof targets;
  c.target_units = target_units;
  c.done_values = dones;
  c.done_values_size = sizeof dones;
  c.done_units = done_units;
  c.kinds = kinds;
  c.comparators = cmps;
  c.flags = flags;
  c.errors = errors;
  c.statuses = statuses;
  c.reasons = reasons;
  c.ratio_numerators = num;
  c.ratio_denominators = den;
  OK(ducha_evaluate_columns(&c, NULL, 2022, "2022-06-30"));
  CHECK(errors[0] == DUCHA_OK && statuses[0] == DUCHA_STATUS_SEVERELY_LAGGING && num[0] == 1 && den[0] == 15);
  CHECK(reasons[0] == DUCHA_REASON_FAR_BEHIND_PACE);
  CHECK(errors[1] == DUCHA_OK && statuses[1] == DUCHA_STATUS_BELOW);
  CHECK(errors[2] == DUCHA_OK && statuses[2] == DUCHA_STATUS_NOT_ASSESSABLE && reasons[2] == DUCHA_REASON_UNIT_MISMATCH);
  CHECK(den[2] == 0);
  CHECK(errors[3] == DUCHA_OK && statuses[3] == DUCHA_STATUS_NO_PROGRESS);
  CHECK(errors[4] == DUCHA_EPARSE && errors[5] == DUCHA_EUNIT);
  /* A buffer with fewer texts than rows, a NULL column and a bad version fail the call. */
  c.target_values_size = 3;
  FAILS(ducha_evaluate_columns(&c, NULL, 2022, "2022-06-30"), DUCHA_EINVALID);
  c.target_values_size = sizeof targets;
  c.statuses = NULL;
  FAILS(ducha_evaluate_columns(&c, NULL, 2022, "2022-06-30"), DUCHA_EINVALID);
  c.statuses = statuses;
  c.version = 99;
  FAILS(ducha_evaluate_columns(&c, NULL, 2022, "2022-06-30"), DUCHA_EVERSION);
  FAILS(ducha_columns_init(&c, 2), DUCHA_EVERSION);
  FAILS(ducha_evaluate_columns(NULL, NULL, 2022, "2022-06-30"), DUCHA_EINVALID);
}

/* Version 2 result structs carry the item's text and kind and each sub-target's figures;
 * a version 1 caller's struct is not written past its end. */
static void test_result_versions(void) {
  ducha_plan *plan = NULL;
  ducha_evaluation *ev = NULL;
  size_t item = 0, sub = 0;
  ducha_sub_target_desc d;
  ducha_progress_desc p;
  OK(ducha_plan_create("p", 2022, &plan));
  OK(ducha_plan_add_item(plan, "a1", DUCHA_ITEM_TASK, "新建30个社区健身点", &item));
  OK(ducha_sub_target_desc_init(&d, DUCHA_SUB_TARGET_DESC_VERSION));
  d.target_value = "30";
  d.target_unit = "个";
  OK(ducha_plan_item_add_sub_target(plan, item, &d, &sub));
  OK(ducha_progress_desc_init(&p, DUCHA_PROGRESS_DESC_VERSION));
  p.value = "2";
  p.unit = "个";
  OK(ducha_plan_sub_target_set_progress(plan, item, sub, &p));
  OK(ducha_evaluate(plan, NULL, "2022-06-30", &ev));
  ducha_item_result r;
  OK(ducha_item_result_init(&r, DUCHA_ITEM_RESULT_VERSION));
  OK(ducha_evaluation_item(ev, 0, &r));
  CHECK(strcmp(r.text, "新建30个社区健身点") == 0 && r.kind == DUCHA_ITEM_TASK);
  ducha_sub_target_result s;
  OK(ducha_sub_target_result_init(&s, DUCHA_SUB_TARGET_RESULT_VERSION));
  OK(ducha_evaluation_sub_target(ev, 0, 0, &s));
  CHECK(strcmp(s.target_value, "30") == 0 && strcmp(s.target_unit, "个") == 0);
  CHECK(strcmp(s.actual_value, "2") == 0 && strcmp(s.actual_unit, "个") == 0);
  CHECK(s.kind == DUCHA_KIND_CUMULATIVE && s.comparator == DUCHA_CMP_REACH && strcmp(s.ratio, "1/15") == 0);
  ducha_sub_target_result old;
  memset(&old, 0x5A, sizeof old);
  OK(ducha_sub_target_result_init(&old, 1));
  OK(ducha_evaluation_sub_target(ev, 0, 0, &old));
  CHECK(old.status == DUCHA_STATUS_SEVERELY_LAGGING);
  CHECK(old.kind == 0x5A5A5A5A); /* version 2 fields untouched */
  FAILS(ducha_item_result_init(&r, 3), DUCHA_EVERSION);
  ducha_evaluation_free(ev);
  ducha_plan_free(plan);
}

/* Limits (ducha_limits_*): defaults, a round trip, every entry that reads text held to them. */
static void test_limits(void) {
  ducha_limits d, got, set;
  OK(ducha_limits_init(&d, DUCHA_LIMITS_VERSION));
  CHECK(d.version == DUCHA_LIMITS_VERSION && d.text_bytes == 16384 && d.clause_bytes == 2048);
  CHECK(d.input_bytes == (size_t)256 << 20 && d.line_bytes == (size_t)16 << 20 && d.items == 100000 &&
        d.sub_targets == 1000);
  FAILS(ducha_limits_init(&d, 2), DUCHA_EVERSION);
  FAILS(ducha_limits_init(NULL, DUCHA_LIMITS_VERSION), DUCHA_EINVALID);
  OK(ducha_limits_init(&got, DUCHA_LIMITS_VERSION));
  OK(ducha_limits_get(&got));
  CHECK(memcmp(&got, &d, sizeof d) == 0);
  got.version = 0;
  FAILS(ducha_limits_get(&got), DUCHA_EVERSION);
  FAILS(ducha_limits_get(NULL), DUCHA_EINVALID);
  FAILS(ducha_limits_set(NULL), DUCHA_EINVALID);
  set = d;
  set.clause_bytes = 0;
  FAILS(ducha_limits_set(&set), DUCHA_EINVALID);
  CHECK(strstr(ducha_error_last(), "limits.clause_bytes is 0") != NULL);
  set = d;
  set.version = 7;
  FAILS(ducha_limits_set(&set), DUCHA_EVERSION);

  const char *target = "新建30个社区健身点", *progress = "已建成2个，累计已建成3个社区健身点"; /* 26 and 50 bytes */
  ducha_buf b = {0};
  set = d;
  set.text_bytes = 26;
  set.clause_bytes = 34;
  OK(ducha_limits_set(&set));
  got.version = DUCHA_LIMITS_VERSION;
  OK(ducha_limits_get(&got));
  CHECK(got.text_bytes == 26 && got.clause_bytes == 34);
  FAILS(ducha_assess_text(target, strlen(target), progress, strlen(progress), DUCHA_ITEM_TASK, NULL, 2022, "2022-06-30", &b),
        DUCHA_ERANGE);
  CHECK(strcmp(ducha_error_last(), "progress: text of 50 bytes, over the limit text-bytes = 26") == 0);
  set.text_bytes = 50;
  set.clause_bytes = 33;
  OK(ducha_limits_set(&set));
  FAILS(ducha_assess_text(target, strlen(target), progress, strlen(progress), DUCHA_ITEM_TASK, NULL, 2022, "2022-06-30", &b),
        DUCHA_ERANGE);
  CHECK(strstr(ducha_error_last(), "progress: a clause of 34 bytes at byte 16") != NULL);
  set.clause_bytes = 34;
  OK(ducha_limits_set(&set));
  OK(ducha_assess_text(target, strlen(target), progress, strlen(progress), DUCHA_ITEM_TASK, NULL, 2022, "2022-06-30", &b));
  ducha_buf_free(&b);
  size_t failed = 0;
  const char *cases = "新建30个社区健身点，新建30个社区健身点 | 已建成2个 | 2022-06-30 => severely_lagging\n";
  FAILS(ducha_check_rules(cases, strlen(cases), NULL, &b, &failed), DUCHA_ERANGE);
  CHECK(strstr(ducha_error_last(), "<cases>: case \"line 1\": target: text of 55 bytes, over the limit text-bytes = 50") != NULL);
  set.line_bytes = 10;
  OK(ducha_limits_set(&set));
  FAILS(ducha_extract(target, strlen(target), 2022, &b), DUCHA_ERANGE);
  CHECK(strstr(ducha_error_last(), "over the limit line-bytes = 10") != NULL);
  OK(ducha_limits_set(&d)); /* the defaults again */
  OK(ducha_assess_text(target, strlen(target), progress, strlen(progress), DUCHA_ITEM_TASK, NULL, 2022, "2022-06-30", &b));
  ducha_buf_free(&b);
}

/* A call's own limits (the *_limited forms): they hold that call whatever the process-wide
 * limits are, NULL means the process-wide ones, and a bad struct is refused. */
static void test_call_limits(void) {
  ducha_limits d, tight, wide;
  OK(ducha_limits_init(&d, DUCHA_LIMITS_VERSION));
  tight = d;
  tight.text_bytes = 26;
  tight.line_bytes = 10;
  tight.input_bytes = 8;
  tight.items = 1;
  wide = d;
  wide.text_bytes = 1 << 20;
  const char *target = "新建30个社区健身点", *progress = "已建成2个，累计已建成3个社区健身点"; /* 26 and 50 bytes */
  const char *plan_json = "{\"format\": \"ducha.plan/1\", \"name\": \"x\", \"year\": 2022, \"items\": []}";
  ducha_buf b = {0};
  ducha_plan *plan = NULL;
  ducha_policy *policy = NULL;
  size_t failed = 0;

  /* Tight call limits, default process-wide limits: each call is held to its own. */
  FAILS(ducha_assess_text_limited(target, strlen(target), progress, strlen(progress), DUCHA_ITEM_TASK, NULL, 2022,
                                  "2022-06-30", &tight, &b),
        DUCHA_ERANGE);
  CHECK(strcmp(ducha_error_last(), "progress: text of 50 bytes, over the limit text-bytes = 26") == 0);
  FAILS(ducha_extract_limited(target, strlen(target), 2022, &tight, &b), DUCHA_ERANGE);
  CHECK(strstr(ducha_error_last(), "over the limit line-bytes = 10") != NULL);
  FAILS(ducha_plan_parse_limited(plan_json, strlen(plan_json), &tight, &plan), DUCHA_ERANGE);
  CHECK(strstr(ducha_error_last(), "input-bytes = 8") != NULL);
  const char *policy_json = "{\"format\": \"ducha.policy/1\"}", *cases = "x | y | 2022-06-30 => completed\n";
  FAILS(ducha_policy_parse_limited(policy_json, strlen(policy_json), 2022, &tight, &policy), DUCHA_ERANGE);
  FAILS(ducha_check_rules_limited(cases, strlen(cases), NULL, &tight, &b, &failed), DUCHA_ERANGE);
  CHECK(strstr(ducha_error_last(), "input-bytes = 8") != NULL);
  FAILS(ducha_plan_load_limited(DUCHA_TEST_PLAN, &tight, &plan), DUCHA_ERANGE);
  FAILS(ducha_policy_load_limited("points", 2022, &tight, &policy), DUCHA_ERANGE);

  /* Wide call limits under tight process-wide ones: the call's own win; NULL takes the process's. */
  tight.input_bytes = d.input_bytes;
  tight.items = d.items;
  OK(ducha_limits_set(&tight));
  OK(ducha_assess_text_limited(target, strlen(target), progress, strlen(progress), DUCHA_ITEM_TASK, NULL, 2022,
                               "2022-06-30", &wide, &b));
  ducha_buf_free(&b);
  FAILS(ducha_assess_text_limited(target, strlen(target), progress, strlen(progress), DUCHA_ITEM_TASK, NULL, 2022,
                                  "2022-06-30", NULL, &b),
        DUCHA_ERANGE);
  OK(ducha_extract_limited(target, strlen(target), 2022, &wide, &b));
  ducha_buf_free(&b);
  OK(ducha_plan_parse_limited(plan_json, strlen(plan_json), &wide, &plan));
  ducha_plan_free(plan);
  OK(ducha_limits_set(&d));

  /* A bad struct: a limit of 0 names the field, another version is refused. */
  wide.items = 0;
  FAILS(ducha_plan_parse_limited(plan_json, strlen(plan_json), &wide, &plan), DUCHA_EINVALID);
  CHECK(strcmp(ducha_error_last(), "limits.items is 0 (every limit is at least 1)") == 0);
  wide.items = 1;
  wide.version = 9;
  FAILS(ducha_extract_limited(target, strlen(target), 2022, &wide, &b), DUCHA_EVERSION);
}

int main(void) {
  test_columns();
  test_result_versions();
  test_stale_handles();
  test_policy_presets();
  test_null_sweep();
  test_text();
  test_limits();
  test_call_limits();
  test_version_and_errors();
  test_decimals();
  test_units();
  test_plan_building_and_evaluation();
  test_plan_errors();
  test_policies();
  test_batch();
  printf("%d passed, %d failed\n", passed, failed);
  return failed == 0 ? 0 : 1;
}
