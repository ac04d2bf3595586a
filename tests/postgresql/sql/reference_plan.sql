-- The reference report (examples/shapingba-2022h1) evaluated in SQL, checked against
-- `ducha evaluate` (run_pg_tests.sh passes its output as :'cli'), not against typed numbers.
CREATE EXTENSION IF NOT EXISTS ducha;
\set plan `cat "$DUCHA_PLAN"`
\set cli `cat "$DUCHA_CLI"`
\set cli_worst `cat "$DUCHA_CLI_WORST"`
CREATE TABLE plans (name text PRIMARY KEY, plan jsonb NOT NULL);
INSERT INTO plans VALUES ('shapingba-2022h1', :'plan'::jsonb);
CREATE TABLE evaluations AS
  SELECT name, ducha.evaluate_plan(plan, '2022-06-30') AS e FROM plans;
CREATE VIEW items AS
  SELECT i->>'id' AS id, i->>'kind' AS kind, (i->>'status')::ducha.status AS status,
         i->'lead' AS lead
  FROM evaluations, jsonb_array_elements(e->'items') AS i;
-- the same document as the CLI's
SELECT (SELECT e FROM evaluations) = :'cli'::jsonb AS same_as_cli;
-- the indicator and task counts by GROUP BY, against the CLI's summary
SELECT jsonb_object_agg(status, n) = (:'cli'::jsonb #> '{summary,indicators}') AS indicators_as_cli
  FROM (SELECT status, count(*) AS n FROM items WHERE kind = 'indicator' GROUP BY status) AS c;
SELECT jsonb_object_agg(status, n) = (:'cli'::jsonb #> '{summary,tasks}') AS tasks_as_cli
  FROM (SELECT status, count(*) AS n FROM items WHERE kind = 'task' GROUP BY status) AS c;
SELECT count(*) = (:'cli'::jsonb #>> '{summary,tasks_lagging}')::int AS lagging_tasks_as_cli
  FROM items WHERE kind = 'task' AND status IN ('lagging', 'severely_lagging', 'no_progress', 'not_completed');
SELECT count(*) > 0 AS has_lagging FROM items WHERE status = 'lagging';
-- a per-unit scorecard: one GROUP BY with ducha.worst, against the CLI's items
CREATE TABLE scorecard AS
  SELECT u.lead, ducha.worst(status) AS worst, count(*) AS items
  FROM items, jsonb_array_elements_text(lead) AS u(lead) GROUP BY u.lead;
SELECT count(*) > 1 AS units FROM scorecard;
SELECT jsonb_object_agg(lead, worst) = :'cli_worst'::jsonb AS scorecard_as_cli FROM scorecard;
-- the office's report from SQL
SELECT position('沙坪坝' IN ducha.report(plan, '2022-06-30', 'md')) > 0 AS report_names_district,
       length(ducha.report(plan, '2022-06-30', 'summary')) > 0 AS summary
  FROM plans;
