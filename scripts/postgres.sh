#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on 127.0.0.1 for the tests, and prints the connection
# string to use. Sourced by scripts/test.sh; run it alone to get a server for local work:
#   source scripts/postgres.sh && echo "$CIMS_TEST_POSTGRES"   (stop it with: cims_pg_stop)
# Needs root (it installs packages and runs initdb as the postgres user). Without root, start your
# own server and export CIMS_TEST_POSTGRES="Host=…;Port=…;Username=…;Password=…" instead.
cims_pg_start() {
  if [ -n "${CIMS_TEST_POSTGRES:-}" ]; then
    echo "Using the PostgreSQL server in CIMS_TEST_POSTGRES."
    return 0
  fi
  if [ "$(id -u)" != 0 ]; then
    echo "scripts/postgres.sh needs root to install and start PostgreSQL; set CIMS_TEST_POSTGRES to use an existing server." >&2
    return 1
  fi
  CIMS_PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  CIMS_PGDATA=$(mktemp -d)
  CIMS_PGPORT=${CIMS_PGPORT:-55432}
  # Another server on the port (a developer's own cluster): take the next free one.
  while (echo > "/dev/tcp/127.0.0.1/$CIMS_PGPORT") 2>/dev/null; do CIMS_PGPORT=$((CIMS_PGPORT + 1)); done
  chown postgres:postgres "$CIMS_PGDATA"
  runuser -u postgres -- "$CIMS_PGBIN/initdb" -D "$CIMS_PGDATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  runuser -u postgres -- "$CIMS_PGBIN/pg_ctl" -D "$CIMS_PGDATA" -l "$CIMS_PGDATA/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $CIMS_PGPORT -k $CIMS_PGDATA -c fsync=off -c synchronous_commit=off -c max_connections=300" start >/dev/null
  psql -h 127.0.0.1 -p "$CIMS_PGPORT" -U postgres -qc "CREATE ROLE cims LOGIN PASSWORD 'cims' CREATEDB"
  export CIMS_TEST_POSTGRES="Host=127.0.0.1;Port=$CIMS_PGPORT;Username=cims;Password=cims"
  export CIMS_PGBIN CIMS_PGDATA
  echo "PostgreSQL $("$CIMS_PGBIN/postgres" --version | awk '{print $3}') started on 127.0.0.1:$CIMS_PGPORT."
}

cims_pg_stop() {
  if [ -n "${CIMS_PGDATA:-}" ]; then
    runuser -u postgres -- "$CIMS_PGBIN/pg_ctl" -D "$CIMS_PGDATA" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$CIMS_PGDATA"
    unset CIMS_PGDATA
  fi
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  echo "Source this file: source scripts/postgres.sh && cims_pg_start" >&2
  exit 1
fi
