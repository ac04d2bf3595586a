-- Every function of the extension, NULLs and bad input (docs/postgresql.md).
CREATE EXTENSION ducha;
SET extra_float_digits = 0;
-- evaluate: a cumulative target half-way through the year
SELECT * FROM ducha.evaluate(100, 30, '万元', '2022-06-30');
SELECT * FROM ducha.evaluate(100, 40, '万元', '2022-06-30');
SELECT * FROM ducha.evaluate(12, 12.5, '万人', '2022-06-30');
SELECT (ducha.evaluate(3, 0, '个', '2022-06-30')).status;
-- exact: numeric in and out as decimal text; 1/3 kept as a fraction beside the numeric
SELECT r.ratio_exact, r.ratio FROM ducha.evaluate(3, 1, '个', '2022-12-31') AS r;
-- the zeros of a numeric's scale are not significant digits
SELECT status, ratio_exact FROM ducha.evaluate(100, 1 / 10.0 * 300, '万元', '2022-06-30');
-- a value ducha cannot hold exactly is an error, never rounded
SELECT (ducha.evaluate(1000000000000.000000001, 1000000000000, '元', '2022-06-30')).ratio_exact;
-- other kinds and the policy by name
SELECT status, label FROM ducha.evaluate(5.5, 4.4, '%', '2022-06-30', 'growth');
SELECT status FROM ducha.evaluate(100, 30, '万元', '2022-06-30', 'cumulative', 'reference');
-- NULL in, NULL out (STRICT)
SELECT ducha.evaluate(NULL, 30, '万元', '2022-06-30') IS NULL AS null_target;
SELECT ducha.evaluate(100, NULL, '万元', '2022-06-30') IS NULL AS null_done;
SELECT ducha.assess(NULL, 'x', '2022-06-30') IS NULL AS null_assess;
SELECT count(*) FROM ducha.extract(NULL);
SELECT ducha.evaluate_plan(NULL, '2022-06-30') IS NULL AS null_plan;
-- bad input: a clean SQL error each
SELECT * FROM ducha.evaluate('NaN', 30, '万元', '2022-06-30');
SELECT * FROM ducha.evaluate('Infinity', 30, '万元', '2022-06-30');
SELECT * FROM ducha.evaluate(100, 30, '斤斤', '2022-06-30');
SELECT * FROM ducha.evaluate(100, 30, '万元', 'infinity');
SELECT * FROM ducha.evaluate(100, 30, '万元', '2022-02-30');
SELECT * FROM ducha.evaluate(100, 30, '万元', '2022-06-30', 'monthly');
SELECT * FROM ducha.evaluate(100, 30, '万元', '2022-06-30', 'cumulative', '/nonexistent/policy.json');
SELECT * FROM ducha.evaluate(1e40, 30, '万元', '2022-06-30');
SELECT ducha.evaluate_plan('{"format": 1}', '2022-06-30');
SELECT ducha.evaluate_plan('[]', '2022-06-30');
SELECT ducha.report('{"format":"ducha.plan/2","name":"x","year":2022,"items":[]}', '2022-06-30', 'pdfx');
-- each error carries its SQLSTATE
\set VERBOSITY sqlstate
SELECT * FROM ducha.evaluate('NaN', 30, '万元', '2022-06-30');
SELECT * FROM ducha.evaluate(1e40, 30, '万元', '2022-06-30');
SELECT * FROM ducha.evaluate(100, 30, '斤斤', '2022-06-30');
SELECT * FROM ducha.evaluate(100, 30, '万元', 'infinity');
SELECT ducha.evaluate_plan('[]', '2022-06-30');
SELECT * FROM ducha.evaluate(100, 30, '万元', '2022-06-30', 'cumulative', '/nonexistent/policy.json');
\set VERBOSITY default
-- extract: facts of one line, exact values
SELECT * FROM ducha.extract('新增就业1.2万人，完成年度目标的60%，2022年6月底前完成');
SELECT kind, value, unit FROM ducha.extract('投资0.000000000000000000001亿元') WHERE kind = 'quantity';
SELECT count(*) FROM ducha.extract('');
-- assess: a target sentence against a progress text
SELECT j->>'status' AS status, j->>'ratio' AS ratio, j->>'expected' AS expected
  FROM ducha.assess('新增城镇就业1.2万人', '已新增就业0.5万人', '2022-06-30') AS j;
SELECT j->>'status' AS status FROM ducha.assess('新建5G基站300个', '尚未开工', '2022-06-30') AS j;
-- the status order and the worst of statuses
SELECT enum_range(NULL::ducha.status);
SELECT ducha.worst(s) FROM (VALUES ('on_track'::ducha.status), ('lagging'), ('not_assessable')) AS v(s);
SELECT ducha.worst(s) FROM (VALUES ('not_assessable'::ducha.status), (NULL)) AS v(s);
SELECT ducha.worst(s) IS NULL AS empty FROM (SELECT NULL::ducha.status AS s WHERE false) AS v;
-- declared for the planner
SELECT proname, provolatile, proisstrict, proparallel FROM pg_proc
 WHERE pronamespace = 'ducha'::regnamespace ORDER BY proname;
