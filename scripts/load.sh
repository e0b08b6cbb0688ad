#!/usr/bin/env bash
# The load run (ADR 0047): starts the deployment rehearsal with the demo accounts (scripts/cluster.sh start --demo: nginx
# in front of two nodes over PostgreSQL), plays the load harness (tools/Cims.Load) against nginx, checks every write it
# acknowledged in the database, and stops the cluster. Arguments go to the harness:
#   sudo scripts/load.sh [--users 200] [--seconds 600] [--think-ms 3000] [--ramp-seconds 30]
# Prints p50/p95/p99 per page kind, errors by kind and the check; exit code 1 on any error or missing write.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${CIMS_CLUSTER_DIR:-/tmp/cims-cluster}
dotnet build tools/Cims.Load -c Release -v q -nologo >/dev/null
scripts/cluster.sh start --demo
trap 'scripts/cluster.sh stop' EXIT
# shellcheck disable=SC1091
source "$dir/state.env"
dotnet tools/Cims.Load/bin/Release/net10.0/Cims.Load.dll --url "http://127.0.0.1:$nginx_port" \
  --check "Host=127.0.0.1;Port=$pg_port;Database=cims;Username=cims;Password=cims" "$@"
