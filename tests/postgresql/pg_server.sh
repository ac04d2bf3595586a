# Sourced: starts a throwaway PostgreSQL 15 server that sees the extension of a build
# tree, and stops it on exit (even on failure). Usage:
#   source pg_server.sh BUILD_DIR   → $PGHOST (private socket directory), $PGDATABASE, pg_psql
#
# PostgreSQL 15 finds extensions only in its share directory ($sharedir/extension) and
# modules in $libdir, both placed relative to the postgres executable. So the server is
# a copy of the postgres binaries in a temporary tree whose share/ and lib/ hold links
# to the system's files plus the build tree's ducha.control, ducha--*.sql and ducha.so:
# nothing is installed into the system, and parallel runs do not meet.
# The cluster runs as the unprivileged user `postgres` when started by root (initdb
# refuses root); no TCP (listen_addresses = ''), only the private socket.
set -euo pipefail
pg_build_dir=$(cd "$1" && pwd)
pg_config=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
pg_bindir=$("$pg_config" --bindir)
pg_sharedir=$("$pg_config" --sharedir)
pg_pkglibdir=$("$pg_config" --pkglibdir)
pg_tmp=$(mktemp -d /tmp/ducha-pg.XXXXXX)
chmod 755 "$pg_tmp"
pg_user=$(id -un)
if [[ $(id -u) -eq 0 ]]; then pg_user=${DUCHA_PG_USER:-postgres}; fi

as_pg_user() { if [[ $(id -u) -eq 0 ]]; then runuser -u "$pg_user" -- "$@"; else "$@"; fi; }

pg_stop() {
  if [[ -f "$pg_tmp/data/postmaster.pid" ]]; then
    as_pg_user "$pg_tmp$pg_bindir/pg_ctl" -D "$pg_tmp/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$pg_tmp"
}
trap pg_stop EXIT

# The relocated installation: the binaries copied (postgres resolves links to itself),
# share/ and lib/ as links, plus the extension's three files.
mkdir -p "$pg_tmp$pg_bindir" "$pg_tmp$pg_sharedir/extension" "$pg_tmp$pg_pkglibdir"
for b in postgres initdb pg_ctl; do cp "$pg_bindir/$b" "$pg_tmp$pg_bindir/"; done
for f in "$pg_sharedir"/*; do [[ $(basename "$f") == extension ]] || ln -s "$f" "$pg_tmp$pg_sharedir/"; done
for f in "$pg_sharedir"/extension/*; do ln -s "$f" "$pg_tmp$pg_sharedir/extension/"; done
for f in "$pg_pkglibdir"/*; do ln -s "$f" "$pg_tmp$pg_pkglibdir/"; done
cp "$pg_build_dir"/postgresql/ducha.control "$pg_build_dir"/postgresql/ducha--*.sql "$pg_tmp$pg_sharedir/extension/"
cp "$pg_build_dir"/postgresql/ducha.so "$pg_tmp$pg_pkglibdir/"
# libducha.so.1 beside it: the build tree may be unreadable to the server's user.
mkdir -p "$pg_tmp/ducha-lib" && cp -L "$pg_build_dir"/capi/libducha.so.1 "$pg_tmp/ducha-lib/"
# The policy presets where an installed libducha finds them: <prefix>/share/ducha/policies.
mkdir -p "$pg_tmp/share/ducha" && cp -r "$(dirname "${BASH_SOURCE[0]}")/../../policies" "$pg_tmp/share/ducha/"

mkdir -p "$pg_tmp/data" "$pg_tmp/socket"
[[ $(id -u) -eq 0 ]] && chown "$pg_user" "$pg_tmp/data" "$pg_tmp/socket"
as_pg_user "$pg_tmp$pg_bindir/initdb" -D "$pg_tmp/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
  >"$pg_tmp/initdb.log" 2>&1 || { cat "$pg_tmp/initdb.log" >&2; exit 1; }
as_pg_user env LD_LIBRARY_PATH="$pg_tmp/ducha-lib" "$pg_tmp$pg_bindir/pg_ctl" -D "$pg_tmp/data" -l "$pg_tmp/data/server.log" -w -t 60 \
  -o "-c listen_addresses='' -c unix_socket_directories='$pg_tmp/socket' -c fsync=off ${DUCHA_PG_OPTIONS:-}" \
  start >/dev/null || { cat "$pg_tmp/data/server.log" >&2; exit 1; }
export PGHOST="$pg_tmp/socket" PGUSER=postgres PGDATABASE=postgres
pg_psql() { "$pg_bindir/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }
