#!/usr/bin/env bash
# The extension's SQL tests against a throwaway PostgreSQL 15 server (pg_server.sh):
# runs each sql/*.sql with psql -a (echo, as pg_regress) and compares with expected/*.out.
# Usage: run_pg_tests.sh BUILD_DIR SOURCE_DIR [--accept]   (--accept rewrites expected/)
set -euo pipefail
build=$(cd "$1" && pwd); source_dir=$(cd "$2" && pwd); accept=${3:-}
here="$source_dir/tests/postgresql"
source "$here/pg_server.sh" "$build"
plan="$source_dir/examples/shapingba-2022h1/plan.json"
cli=$("$build/ducha" evaluate "$plan" --as-of 2022-06-30)
cli_points=$("$build/ducha" evaluate "$plan" --as-of 2022-06-30 --policy points)
# The CLI's per-unit scorecard (worst status of each lead unit's items, in ducha.status order).
cli_worst=$(python3 -c '
import json, sys
order = ["not_assessable", "completed", "meets", "on_track", "on_schedule", "lagging", "below",
         "severely_lagging", "no_progress", "not_completed"]
worst = {}
for item in json.loads(sys.stdin.read())["items"]:
    for unit in item["lead"]:
        s = item["status"]
        if unit not in worst or order.index(s) > order.index(worst[unit]): worst[unit] = s
print(json.dumps(worst, ensure_ascii=False))' <<<"$cli")
results="$pg_tmp/results"; mkdir -p "$results"
# The SQL files read these with \set name `cat "$DUCHA_…"` (too long for arguments).
export DUCHA_PLAN="$plan" DUCHA_CLI="$results/cli.json" DUCHA_CLI_WORST="$results/cli_worst.json"
export DUCHA_CLI_POINTS="$results/cli_points.json"
printf '%s' "$cli" >"$DUCHA_CLI"; printf '%s' "$cli_worst" >"$DUCHA_CLI_WORST"; printf '%s' "$cli_points" >"$DUCHA_CLI_POINTS"
failed=0
for sql in "$here"/sql/*.sql; do
  name=$(basename "$sql" .sql)
  pg_psql -c "CREATE DATABASE t_$name" >/dev/null
  "$pg_bindir/psql" -X -a -q -d "t_$name" <"$sql" >"$results/$name.out" 2>&1 || true
  if [[ "$accept" == --accept ]]; then cp "$results/$name.out" "$here/expected/$name.out"; continue; fi
  if diff -u "$here/expected/$name.out" "$results/$name.out"; then echo "ok: $name"; else echo "FAILED: $name"; failed=1; fi
done
exit $failed
