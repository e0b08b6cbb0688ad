#!/usr/bin/env bash
# Runs the speed benchmarks (test category Benchmark) on SQLite and PostgreSQL and prints their figures.
# scripts/test.sh leaves them out: CI never times anything. Needs what test.sh needs (it starts PostgreSQL).
# Built in Release, as the app is deployed. An argument narrows the run to benchmarks whose name contains it:
#   scripts/bench.sh ApiLoad
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/postgres.sh
source scripts/postgres.sh
cims_pg_start
trap 'cims_pg_stop' EXIT
filter="Category=Benchmark"
[ -n "${1:-}" ] && filter="$filter&FullyQualifiedName~$1"
dotnet build Cims.sln -c Release -v q -nologo >/dev/null
dotnet test tests/Cims.Web.Tests -c Release --no-build -nologo --filter "$filter" --logger "console;verbosity=detailed" \
  | grep -E "^\s+\[(Sqlite|Postgres)\]|Passed!|Failed!|Failed |Error Message|Assert" || true
