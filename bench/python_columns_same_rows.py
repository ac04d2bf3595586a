#!/usr/bin/python3
"""The rows of bench/postgresql-bench through the Python columnar batch.

Usage: python_columns_same_rows.py ROWS.TSV "STATUS COUNT\\n…"
ROWS.TSV holds target, done and unit per line, as the extension hands them to ducha
(numeric_out of trim_scale: numeric_text in postgresql/ducha_pg.c). Evaluates them all with
ducha.evaluate_columns (cumulative, reference policy, as of 2022-06-30, best of 3),
checks that the status counts are the SQL query's, and prints one Markdown table row
(wall time and the process's CPU time, which on a loaded machine is what one core spends).
"""
import collections
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bindings/python"))
import ducha  # noqa: E402


def main() -> int:
    targets, dones, units = [], [], []
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            t, d, u = line.rstrip("\n").split("\t")
            targets.append(t), dones.append(d), units.append(u)
    n = len(targets)
    best, best_cpu, result = float("inf"), float("inf"), None
    for _ in range(3):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = ducha.evaluate_columns(targets, units, dones, units, as_of="2022-06-30")
        best = min(best, time.perf_counter() - start)
        best_cpu = min(best_cpu, time.process_time() - start_cpu)
    counts = collections.Counter(ducha.Status.from_code(c).value for c in result.statuses)
    sql = dict(line.rsplit(" ", 1) for line in sys.argv[2].splitlines() if line.strip())
    if {k: str(v) for k, v in counts.items()} != sql:
        print(f"python_columns_same_rows: statuses differ from SQL: {dict(counts)} vs {sql}", file=sys.stderr)
        odd = [i for i in range(n) if result.errors[i]][:5]
        for i in odd:
            print(f"  row {i + 1}: {targets[i]} {dones[i]} {units[i]}: {result.error(i)}", file=sys.stderr)
        return 1
    print(f"| Python `ducha.evaluate_columns` (the same rows, same statuses; one core, best of 3) | {n} | "
          f"{best * 1000:.3f} ms | {round(n / best):,} | {best_cpu * 1000:.3f} ms | {round(n / best_cpu):,} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
