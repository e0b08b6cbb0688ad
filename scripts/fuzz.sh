#!/usr/bin/env bash
# Sends 10,000 seeded hostile inputs to every POST, PUT, PATCH and DELETE route of CIMS, on SQLite and on PostgreSQL
# (test category Fuzz, ADR 0055), and prints per provider: inputs, routes found and fuzzed, runtime, findings.
# scripts/test.sh runs a 500-input sample of the same fuzzer; this is the long run. Needs what test.sh needs (it starts
# PostgreSQL unless CIMS_TEST_POSTGRES is set).
#   scripts/fuzz.sh [--inputs 10000] [--seed 20261205] [--sqlite-only]
# A finding prints the seed, the input's number, the route, the account and what was sent: the same seed and count
# send the same inputs again.
set -euo pipefail
cd "$(dirname "$0")/.."
inputs=10000
seed=20261205
filter="Category=Fuzz"
while (($#)); do
  case "$1" in
    --inputs) inputs=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --sqlite-only) filter="$filter&FullyQualifiedName~SqliteFuzz"; shift ;;
    *) echo "Unknown argument $1. Usage: scripts/fuzz.sh [--inputs N] [--seed N] [--sqlite-only]" >&2; exit 2 ;;
  esac
done
# shellcheck source=scripts/postgres.sh
source scripts/postgres.sh
if [[ "$filter" != *SqliteFuzz* ]]; then
  cims_pg_start
  trap 'cims_pg_stop' EXIT
fi
dotnet build tests/Cims.Web.Tests -v q -nologo >/dev/null
began=$SECONDS
status=0
CIMS_FUZZ_INPUTS=$inputs CIMS_FUZZ_SEED=$seed dotnet test tests/Cims.Web.Tests --no-build -nologo --filter "$filter" \
  --logger "console;verbosity=detailed" >"${TMPDIR:-/tmp}/cims-fuzz.log" 2>&1 || status=$?
grep -E "^\s+\[(Sqlite|Postgres)\]|^\s+(seed|[A-Z]+ /)|Passed!|Failed!|Error Message" "${TMPDIR:-/tmp}/cims-fuzz.log" | sed 's/^ *//' || true
echo "The fuzz run took $((SECONDS - began)) s (full log: ${TMPDIR:-/tmp}/cims-fuzz.log)."
exit $status
