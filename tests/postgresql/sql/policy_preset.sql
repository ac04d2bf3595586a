-- A policy preset by name: 'points' (policies/points.json) judges a cumulative target
-- by percentage points behind 序时进度 (10 and 30 points) and labels 绿灯/黄灯/红灯;
-- the reference policy judges the ratio to 序时进度 (2/3 and 1/3). The preset is found
-- beside libducha (<prefix>/share/ducha/policies), as when installed.
CREATE EXTENSION ducha;
\set plan `cat "$DUCHA_PLAN"`
\set cli `cat "$DUCHA_CLI"`
\set cli_points `cat "$DUCHA_CLI_POINTS"`
-- 序时进度 on 2022-06-30 is 1/2 (months): 45% done is 5 points behind, 30% is 20, 15% is 35
SELECT done, p.status, p.label, p.ratio_exact, p.expected, p.explanation
  FROM (VALUES (45), (30), (15)) AS v(done),
       ducha.evaluate(100, done, '万元', '2022-06-30', 'cumulative', 'points') AS p;
-- the same rows under the reference policy: 30% done is 3/5 of 序时进度 (lagging, not severely)
SELECT done, r.status, r.label
  FROM (VALUES (45), (30), (15)) AS v(done),
       ducha.evaluate(100, done, '万元', '2022-06-30', 'cumulative', 'reference') AS r;
-- the boundaries: exactly 10 and exactly 30 points behind
SELECT done, p.status, p.label
  FROM (VALUES (40), (39.99), (20), (19.99)) AS v(done),
       ducha.evaluate(100, done, '万元', '2022-06-30', 'cumulative', 'points') AS p;
-- a growth indicator under the preset (ducha.evaluate compares with "reach": no 左右
-- tolerance); statuses the preset does not relabel keep the reference labels
SELECT done, g.status, g.label
  FROM (VALUES (6.1), (6), (5.9)) AS v(done),
       ducha.evaluate(6, done, '%', '2022-06-30', 'growth', 'points') AS g;
-- assess with the preset
SELECT j->>'status' AS status, j->>'label' AS label, j->>'ratio' AS ratio
  FROM ducha.assess('新增城镇就业1.2万人', '已新增就业0.5万人', '2022-06-30', 'points') AS j;
-- the reference plan under the preset: the same document as `ducha evaluate --policy points`
SELECT ducha.evaluate_plan(:'plan'::jsonb, '2022-06-30', 'points') = :'cli_points'::jsonb AS same_as_cli;
SELECT ducha.evaluate_plan(:'plan'::jsonb, '2022-06-30', 'points') <> :'cli'::jsonb AS differs_from_reference;
-- its task counts by GROUP BY, against the CLI's summary under the preset
SELECT jsonb_object_agg(status, n) = (:'cli_points'::jsonb #> '{summary,tasks}') AS tasks_as_cli
  FROM (SELECT i->>'status' AS status, count(*) AS n
          FROM jsonb_array_elements(ducha.evaluate_plan(:'plan'::jsonb, '2022-06-30', 'points')->'items') AS i
         WHERE i->>'kind' = 'task' GROUP BY 1) AS c;
-- the office's report under the preset speaks its labels
SELECT position('黄灯' IN ducha.report(:'plan'::jsonb, '2022-06-30', 'md', 'points')) > 0 AS report_has_preset_label;
-- asked again in the same backend (the cached policy): the same judgement
SELECT status FROM ducha.evaluate(100, 30, '万元', '2022-06-30', 'cumulative', 'points');
-- another year: the preset read again for that year
SELECT status, expected FROM ducha.evaluate(100, 30, '万元', '2023-06-30', 'cumulative', 'points');
-- a name that is no preset and no file: a clean error naming the presets
SELECT * FROM ducha.evaluate(100, 30, '万元', '2022-06-30', 'cumulative', 'no-such-preset');
\set VERBOSITY sqlstate
SELECT * FROM ducha.evaluate(100, 30, '万元', '2022-06-30', 'cumulative', 'no-such-preset');
