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
  # Tests need speed, not durability: a commit is acknowledged before its WAL is written. CIMS_PG_DURABLE=1 (the
  # deployment rehearsal, scripts/cluster.sh) keeps PostgreSQL's defaults, so a crash loses no acknowledged commit.
  local durability="-c fsync=off -c synchronous_commit=off"
  [ "${CIMS_PG_DURABLE:-0}" != 1 ] || durability=""
  runuser -u postgres -- "$CIMS_PGBIN/initdb" -D "$CIMS_PGDATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  runuser -u postgres -- "$CIMS_PGBIN/pg_ctl" -D "$CIMS_PGDATA" -l "$CIMS_PGDATA/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $CIMS_PGPORT -k $CIMS_PGDATA $durability -c max_connections=300" start >/dev/null
  psql -h 127.0.0.1 -p "$CIMS_PGPORT" -U postgres -qc "CREATE ROLE cims LOGIN PASSWORD 'cims' CREATEDB"
  export CIMS_TEST_POSTGRES="Host=127.0.0.1;Port=$CIMS_PGPORT;Username=cims;Password=cims"
  export CIMS_PGBIN CIMS_PGDATA
  echo "PostgreSQL $("$CIMS_PGBIN/postgres" --version | awk '{print $3}') started on 127.0.0.1:$CIMS_PGPORT."
}

# A streaming replica of the cluster cims_pg_start made, for the read-only connection (ConnectionStrings:CimsReadOnly):
# exports CIMS_TEST_POSTGRES_REPLICA. Every database made on the primary appears on it.
cims_pg_replica_start() {
  if [ -n "${CIMS_TEST_POSTGRES_REPLICA:-}" ]; then
    echo "Using the PostgreSQL replica in CIMS_TEST_POSTGRES_REPLICA."
    return 0
  fi
  if [ -z "${CIMS_PGDATA:-}" ]; then
    echo "No cluster of ours to replicate: set CIMS_TEST_POSTGRES_REPLICA to a streaming replica of CIMS_TEST_POSTGRES." >&2
    return 1
  fi
  CIMS_PGREPLICA=$(mktemp -d)
  CIMS_PGREPLICAPORT=$((CIMS_PGPORT + 1))
  while (echo > "/dev/tcp/127.0.0.1/$CIMS_PGREPLICAPORT") 2>/dev/null; do CIMS_PGREPLICAPORT=$((CIMS_PGREPLICAPORT + 1)); done
  chown postgres:postgres "$CIMS_PGREPLICA"
  chmod 700 "$CIMS_PGREPLICA"
  runuser -u postgres -- "$CIMS_PGBIN/pg_basebackup" -h 127.0.0.1 -p "$CIMS_PGPORT" -U postgres -D "$CIMS_PGREPLICA" -R -X stream 2>&1 >/dev/null | grep -v "skipping special file" >&2; [ -f "$CIMS_PGREPLICA/standby.signal" ] || return 1
  runuser -u postgres -- "$CIMS_PGBIN/pg_ctl" -D "$CIMS_PGREPLICA" -l "$CIMS_PGREPLICA/replica.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $CIMS_PGREPLICAPORT -k $CIMS_PGREPLICA -c fsync=off -c max_connections=300 -c hot_standby=on" start >/dev/null || return 1
  export CIMS_TEST_POSTGRES_REPLICA="Host=127.0.0.1;Port=$CIMS_PGREPLICAPORT;Username=cims;Password=cims"
  export CIMS_PGREPLICA
  echo "PostgreSQL streaming replica started on 127.0.0.1:$CIMS_PGREPLICAPORT."
}

cims_pg_stop() {
  if [ -n "${CIMS_PGREPLICA:-}" ]; then
    runuser -u postgres -- "$CIMS_PGBIN/pg_ctl" -D "$CIMS_PGREPLICA" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$CIMS_PGREPLICA"
    unset CIMS_PGREPLICA
  fi
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
