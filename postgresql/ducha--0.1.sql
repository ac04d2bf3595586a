-- ducha 0.1: ducha's judgement as SQL functions (docs/postgresql.md).
\echo Use "CREATE EXTENSION ducha" to load this file. \quit

-- Statuses in order of severity, least severe first, so that max() is "the worst".
-- not_assessable is first: it never wins over a judgement (as the policy's rollup),
-- and is the result only when nothing could be judged. Task statuses run
-- completed < on_track < lagging < severely_lagging < no_progress < not_completed,
-- indicator statuses meets < on_schedule < below, interleaved at the same steps.
CREATE TYPE ducha.status AS ENUM (
  'not_assessable', 'completed', 'meets', 'on_track', 'on_schedule',
  'lagging', 'below', 'severely_lagging', 'no_progress', 'not_completed');

CREATE TYPE ducha.result AS (
  status ducha.status,
  label text,          -- the Chinese label of the status (滞后 …)
  ratio numeric,       -- done / target, numeric division of the exact fraction
  ratio_exact text,    -- the exact ratio "p/q"
  expected text,       -- 序时进度 as of the date, "p/q"
  explanation text);

CREATE TYPE ducha.fact AS (
  kind text,           -- quantity, number, percent, date or range
  text text,           -- the words the fact was read from
  value numeric,       -- exact; NULL for dates and ranges
  unit text,
  start integer,       -- character offsets of the words in the input
  "end" integer,
  date_from date,      -- dates: the period the words name
  date_to date);

CREATE FUNCTION ducha.assess(target text, progress text, as_of date, policy text DEFAULT 'reference')
  RETURNS jsonb AS 'MODULE_PATHNAME', 'ducha_pg_assess'
  LANGUAGE C STABLE STRICT PARALLEL SAFE COST 1000;

CREATE FUNCTION ducha.evaluate(target numeric, done numeric, unit text, as_of date,
                               kind text DEFAULT 'cumulative', policy text DEFAULT 'reference')
  RETURNS ducha.result AS 'MODULE_PATHNAME', 'ducha_pg_evaluate'
  LANGUAGE C STABLE STRICT PARALLEL SAFE COST 200;

CREATE FUNCTION ducha._extract_json(words text, year integer)
  RETURNS jsonb AS 'MODULE_PATHNAME', 'ducha_pg_extract_json'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 500;

CREATE FUNCTION ducha.extract(words text, year integer DEFAULT 0)
  RETURNS SETOF ducha.fact LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 600 ROWS 5 AS $$
  SELECT f.kind, e->>'text', (e->>'value')::numeric, e->>'unit', (e->>'begin')::integer,
         (e->>'end')::integer, (e->>'from')::date, (e->>'to')::date
  FROM (SELECT ducha._extract_json(words, year) AS j) AS x,
       LATERAL (VALUES ('quantity', 'quantities'), ('number', 'numbers'), ('percent', 'percents'),
                       ('date', 'dates'), ('range', 'ranges')) AS f(kind, key),
       LATERAL jsonb_array_elements(x.j -> f.key) WITH ORDINALITY AS a(e, n)
  ORDER BY (e->>'begin')::integer, f.kind, a.n
$$;

CREATE FUNCTION ducha.evaluate_plan(plan jsonb, as_of date, policy text DEFAULT 'reference')
  RETURNS jsonb AS 'MODULE_PATHNAME', 'ducha_pg_evaluate_plan'
  LANGUAGE C STABLE STRICT PARALLEL SAFE COST 5000;

CREATE FUNCTION ducha.report(plan jsonb, as_of date, format text DEFAULT 'md', policy text DEFAULT 'reference')
  RETURNS text AS 'MODULE_PATHNAME', 'ducha_pg_report'
  LANGUAGE C STABLE STRICT PARALLEL SAFE COST 10000;

-- The worst of statuses (a unit's scorecard is one GROUP BY). NULLs are skipped.
CREATE FUNCTION ducha._worse(a ducha.status, b ducha.status) RETURNS ducha.status
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT GREATEST(a, b) $$;

CREATE AGGREGATE ducha.worst(ducha.status) (
  SFUNC = ducha._worse, STYPE = ducha.status, COMBINEFUNC = ducha._worse, PARALLEL = SAFE);
