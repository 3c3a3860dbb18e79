#!/usr/bin/env bash
# Run a command (the test suite) with a throwaway PostgreSQL server and database.
#
#   scripts/with_postgres.sh python -m pytest -q
#
# Exports SITROOM_TEST_PG_URL (a postgresql+psycopg:// URL) to the command, then stops the
# server and deletes its files. Installs Debian's postgresql package when it is missing
# (root only). When no server can be started the command still runs without the variable:
# the PostgreSQL tests then skip with a reason, except under CI=true where they fail.
# A SITROOM_TEST_PG_URL already set (your own server) is used as is.
set -uo pipefail

if [[ $# -eq 0 ]]; then
  echo "usage: $0 COMMAND [ARG...]" >&2
  exit 2
fi
if [[ -n "${SITROOM_TEST_PG_URL:-}" ]]; then
  exec "$@"
fi

say() { echo "with_postgres: $*" >&2; }

pg_bindir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [[ -n "$dir" && -x "$dir/initdb" ]]; then
    echo "$dir"
  elif command -v pg_config >/dev/null 2>&1 && [[ -x "$(pg_config --bindir)/initdb" ]]; then
    pg_config --bindir
  fi
}

BINDIR=$(pg_bindir)
if [[ -z "$BINDIR" && $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  say "installing Debian's postgresql package"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null 2>&1 \
    || { apt-get update -q >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null 2>&1; }
  BINDIR=$(pg_bindir)
fi
if [[ -z "$BINDIR" ]]; then
  say "no PostgreSQL server found (install Debian's 'postgresql'); running without it"
  exec "$@"
fi

# The server refuses to run as root: run it as the postgres user the Debian package creates.
AS=()
OWNER=$(id -un)
if [[ $(id -u) -eq 0 ]]; then
  if ! id postgres >/dev/null 2>&1; then
    say "running as root and there is no 'postgres' user to run the server; running without it"
    exec "$@"
  fi
  AS=(runuser -u postgres --)
  OWNER=postgres
fi

# Under /tmp when the server runs as another user: a TMPDIR inside root's home would be out of its reach.
if [[ $OWNER != "$(id -un)" ]]; then
  WORK=$(mktemp -d /tmp/sitroom-pg.XXXXXX)
else
  WORK=$(mktemp -d "${TMPDIR:-/tmp}/sitroom-pg.XXXXXX")
fi
chmod 755 "$WORK"
[[ $OWNER != "$(id -un)" ]] && chown "$OWNER" "$WORK"
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
DATA="$WORK/data"

stop() {
  "${AS[@]}" "$BINDIR/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null 2>&1
  rm -rf "$WORK"
}
trap stop EXIT
trap 'exit 130' INT TERM

started=0
if "${AS[@]}" "$BINDIR/initdb" -D "$DATA" -U postgres --auth=trust -E UTF8 --no-locale >"$WORK/initdb.log" 2>&1 \
  && "${AS[@]}" "$BINDIR/pg_ctl" -D "$DATA" -l "$WORK/server.log" -w -t 30 \
       -o "-c listen_addresses=127.0.0.1 -p $PORT -k $WORK -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
       start >/dev/null 2>&1 \
  && "${AS[@]}" "$BINDIR/createdb" -h "$WORK" -p "$PORT" -U postgres sitroom_test; then
  started=1
fi
if [[ $started -ne 1 ]]; then
  say "could not start a throwaway PostgreSQL server; logs:"
  cat "$WORK"/*.log >&2 2>/dev/null
  if [[ "${CI:-}" == "true" ]]; then
    exit 1
  fi
  say "running without it"
  "$@"
  exit $?
fi

export SITROOM_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$PORT/sitroom_test"
say "PostgreSQL $("$BINDIR/postgres" --version | awk '{print $3}') at $SITROOM_TEST_PG_URL"
"$@"
exit $?
