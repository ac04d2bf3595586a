"""python -m ducha: the command line tool's evaluate, report, extract and version,
through the library (no ducha binary needed). Options mirror `ducha` (docs/cli.md):
a FILE of - is standard input, -o/--output FILE (default - : standard output)."""
import argparse
import json
import sys

from . import Plan, Policy, __version__, extract, library_version


def _read(path: str) -> str:
    return sys.stdin.read() if path == "-" else open(path, encoding="utf-8").read()


def _write(path: str, text: str) -> None:
    if path == "-":
        sys.stdout.write(text)
    else:
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)


def _policy(spec, year):
    if spec is None:
        return None
    return Policy.from_json(_read(spec), year) if spec == "-" else Policy.load(spec, year)


def _evaluate(args, formats):
    plan = Plan.from_json(_read(args.plan))
    year = json.loads(plan.to_json())["year"]
    with plan.evaluate(as_of=args.as_of, policy=_policy(args.policy, year)) as ev:
        _write(args.output, ev.render(args.format))


def _extract(args):
    source = sys.stdin if args.file == "-" else open(args.file, encoding="utf-8")
    lines = [json.dumps(extract(line.rstrip("\r\n"), args.year), ensure_ascii=False) + "\n" for line in source]
    _write(args.output, "".join(lines))


def main(argv=None) -> int:
    p = argparse.ArgumentParser(prog="python -m ducha", description=__doc__.split("\n")[0])
    p.add_argument("--version", action="version", version=f"ducha {__version__} (library {library_version()})")
    sub = p.add_subparsers(dest="command", required=True)
    for name, formats, default in [("evaluate", ["json", "text"], "json"),
                                   ("report", ["md", "html", "csv", "json", "summary"], "md")]:
        c = sub.add_parser(name, help=f"as `ducha {name}`",
                           epilog=f"example: cat plan.json | python -m ducha {name} - --as-of 2022-06-30 -o -")
        c.add_argument("plan", metavar="PLAN.json", help="the plan (- is standard input)")
        c.add_argument("--as-of", help="YYYY-MM-DD (default: the plan's own)")
        c.add_argument("--policy", help="a policy file, - or a preset: reference, points, sdg-ratio")
        c.add_argument("--format", choices=formats, default=default)
        c.add_argument("-o", "--output", default="-", metavar="FILE")
        c.set_defaults(run=_evaluate)
    c = sub.add_parser("extract", help="as `ducha extract`", epilog="example: echo 新建30个 | python -m ducha extract")
    c.add_argument("file", nargs="?", default="-", metavar="FILE")
    c.add_argument("--year", type=int)
    c.add_argument("-o", "--output", default="-", metavar="FILE")
    c.set_defaults(run=lambda a: _extract(a))
    args = p.parse_args(argv)
    try:
        args.run(args, None) if args.run is _evaluate else args.run(args)
    except Exception as e:  # one line, as the tool reports errors
        print(f"ducha: error: {e}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
