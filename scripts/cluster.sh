#!/usr/bin/env bash
# A local rehearsal of the deployment (ADR 0045), on one machine: nginx (deploy/nginx/cims.conf, ports substituted) in
# front of two CIMS nodes over one throwaway PostgreSQL cluster (scripts/postgres.sh, its own port from 57432).
#   sudo scripts/cluster.sh start [--demo]   # prints the address; nginx runs from a temp folder, not the system's service
#                                            # --demo: the demo accounts and API client (for scripts/load.sh), API over
#                                            # HTTP, no two-step sign-in
#   sudo scripts/cluster.sh status
#   sudo scripts/cluster.sh rolling-restart  # SIGTERM node 1, start it, wait until ready; then node 2
#   sudo scripts/cluster.sh kill-node N      # kill -9 node N, start it again, wait until ready (scripts/faults.sh)
#   sudo scripts/cluster.sh restart-postgres fast|immediate  # pg_ctl restart; waits until both nodes are ready again
#   sudo scripts/cluster.sh stop             # stops everything start started and removes its folder
# The nodes run in the Production environment with two allow-flags a real deployment does not use: unencrypted Data
# Protection keys (DataProtection:AllowUnencryptedKeys=true, no certificate here) and cookies that are Secure only over
# HTTPS (Cims:SecureCookies=false: nginx listens on plain HTTP here). No demo data (Cims:SeedDemo is refused there).
# CIMS_CLUSTER_BUILT=1 runs the app the test command has already built (Debug, from src/Cims.Web) instead of publishing
# it in Release: the test command's smoke of scripts/faults.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
dir=${CIMS_CLUSTER_DIR:-/tmp/cims-cluster}
state="$dir/state.env"

free_port() { local p=$1; while (echo >"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do p=$((p + 1)); done; echo "$p"; }
ready() { [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/health/ready")" = 200 ]; }
wait_ready() {
  for _ in $(seq 1 240); do ready "$1" && return 0; sleep 0.5; done
  echo "Nothing ready on port $1 after 120 s: see $2" >&2; tail -20 "$2" >&2; return 1
}
alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

start_node() { # start_node N: the app on node N's port, detached, its pid in node N.pid
  local n=$1 port_var="node$1_port"
  mkdir -p "$dir/node$n"
  (
    export ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:${!port_var}" DOTNET_NOLOGO=1
    export Database__Provider=Postgres ConnectionStrings__Cims="Host=127.0.0.1;Port=$pg_port;Database=cims;Username=cims;Password=cims;Maximum Pool Size=50"
    export Cims__DataFolder="$dir/node$n" Cims__LogToFile=false Cims__TrustedProxies__0=127.0.0.1 Cims__SeedDemo=false
    export DataProtection__AllowUnencryptedKeys=true Cims__SecureCookies=false
    # --demo, for the load run: the demo API client posts through nginx on plain HTTP, and the demo department users
    # have no authenticator app to give a code from.
    [ "$demo" != 1 ] || export Api__RequireHttps=false Cims__RequireTwoFactor=false
    [ "$n" = 1 ] || export Cims__Analysis__SummaryJobEnabled=false # one node rebuilds the dashboards' summary
    cd "$app_cwd" && exec setsid dotnet "$app_dll" >>"$dir/node$n.log" 2>&1
  ) &
  echo $! >"$dir/node$n.pid"
}

stop_node() { # SIGTERM, as systemd sends it; waits for the process to end
  local pid; pid=$(cat "$dir/node$1.pid")
  kill -TERM "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 90); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
  echo "Node $1 did not stop within 45 s; killing it." >&2; kill -KILL "$pid" 2>/dev/null || true
}

nginx_conf() { # the recipe's site with this cluster's ports, inside a main config of its own
  mkdir -p "$dir/nginx/logs" "$dir/nginx/temp"
  sed -e "s/127.0.0.1:[0-9]* \(.*# cluster: node 1\)/127.0.0.1:$node1_port \1/" \
      -e "s/127.0.0.1:[0-9]* \(.*# cluster: node 2\)/127.0.0.1:$node2_port \1/" \
      -e "s/listen [0-9]*;\( *# cluster: nginx\)/listen 127.0.0.1:$nginx_port;\1/" \
      -e "/# cluster: drop/d" deploy/nginx/cims.conf >"$dir/nginx/cims.conf"
  cat >"$dir/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $dir/nginx/nginx.pid;
error_log $dir/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    access_log $dir/nginx/logs/access.log;
    client_body_temp_path $dir/nginx/temp/body;
    proxy_temp_path $dir/nginx/temp/proxy;
    fastcgi_temp_path $dir/nginx/temp/fastcgi;
    uwsgi_temp_path $dir/nginx/temp/uwsgi;
    scgi_temp_path $dir/nginx/temp/scgi;
    include $dir/nginx/cims.conf;
}
CONF
}

start() {
  [ "$(id -u)" = 0 ] || { echo "scripts/cluster.sh needs root (apt, PostgreSQL as the postgres user)." >&2; exit 1; }
  [ ! -f "$state" ] || { echo "A cluster is already running from $dir: scripts/cluster.sh stop first." >&2; exit 1; }
  command -v nginx >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx >/dev/null
  mkdir -p "$dir"; chmod 755 "$dir"
  unset CIMS_TEST_POSTGRES CIMS_PGDATA CIMS_PGREPLICA
  # shellcheck source=scripts/postgres.sh
  source scripts/postgres.sh
  CIMS_PGPORT=$(free_port 57432)
  # PostgreSQL's own durability (fsync, synchronous commit), as deployed: the fault run crashes it and counts on every
  # acknowledged commit surviving.
  CIMS_PG_DURABLE=1 cims_pg_start >/dev/null
  pg_port=$CIMS_PGPORT
  echo "pg_port=$pg_port CIMS_PGBIN=$CIMS_PGBIN CIMS_PGDATA=$CIMS_PGDATA demo=$demo" >"$state"
  psql -h 127.0.0.1 -p "$pg_port" -U postgres -qc "CREATE DATABASE cims OWNER cims"
  if [ "${CIMS_CLUSTER_BUILT:-0}" = 1 ]; then
    app_dll=$root/src/Cims.Web/bin/Debug/net10.0/Cims.Web.dll app_cwd=$root/src/Cims.Web
    [ -f "$app_dll" ] || { echo "CIMS_CLUSTER_BUILT=1 but $app_dll is not built." >&2; exit 1; }
  else
    app_dll=$dir/app/Cims.Web.dll app_cwd=$dir/app
    echo "PostgreSQL on 127.0.0.1:$pg_port. Publishing the app (Release)…"
    dotnet publish src/Cims.Web -c Release -o "$dir/app" -v q -nologo >"$dir/publish.log" 2>&1 || { tail -20 "$dir/publish.log" >&2; exit 1; }
  fi
  echo "app_dll=$app_dll app_cwd=$app_cwd" >>"$state"
  # --demo: the migration runs as Development does, which seeds the demo accounts and API client (demo password); the
  # nodes still run in Production, which refuses to seed them itself.
  local migrate_env=Production; [ "$demo" != 1 ] || migrate_env=Development
  (cd "$app_cwd" && ASPNETCORE_ENVIRONMENT=$migrate_env Database__Provider=Postgres Cims__LogToFile=false DataProtection__AllowUnencryptedKeys=true \
    Cims__DataFolder="$dir/migrate" ConnectionStrings__Cims="Host=127.0.0.1;Port=$pg_port;Database=cims;Username=cims;Password=cims" \
    dotnet "$app_dll" migrate >"$dir/migrate.log" 2>&1) || { tail -20 "$dir/migrate.log" >&2; exit 1; }
  node1_port=$(free_port 58081); node2_port=$(free_port $((node1_port + 1))); nginx_port=$(free_port 58080)
  [ "$nginx_port" != "$node1_port" ] || nginx_port=$(free_port $((node2_port + 1)))
  echo "node1_port=$node1_port node2_port=$node2_port nginx_port=$nginx_port" >>"$state"
  start_node 1; start_node 2
  wait_ready "$node1_port" "$dir/node1.log"; wait_ready "$node2_port" "$dir/node2.log"
  nginx_conf
  nginx -t -q -p "$dir/nginx" -c "$dir/nginx/nginx.conf"
  setsid nginx -p "$dir/nginx" -c "$dir/nginx/nginx.conf" -g 'daemon off;' >>"$dir/nginx/logs/stderr.log" 2>&1 &
  echo $! >"$dir/nginx.pid"
  wait_ready "$nginx_port" "$dir/nginx/logs/error.log"
  echo "CIMS is ready at http://127.0.0.1:$nginx_port/ (nginx in front of nodes on $node1_port and $node2_port; logs in $dir)."
}

load_state() { [ -f "$state" ] || { echo "No cluster is running from $dir." >&2; exit 1; }; source "$state"; }

stop() {
  load_state
  if alive "$dir/nginx.pid"; then kill -QUIT "$(cat "$dir/nginx.pid")"; fi
  for n in 1 2; do alive "$dir/node$n.pid" && stop_node "$n"; done
  # shellcheck source=scripts/postgres.sh
  source scripts/postgres.sh
  CIMS_PGBIN=$CIMS_PGBIN CIMS_PGDATA=$CIMS_PGDATA cims_pg_stop
  rm -rf "$dir"
  echo "Stopped nginx, both nodes and PostgreSQL; removed $dir."
}

status() {
  load_state
  for n in 1 2; do
    local port_var="node${n}_port"
    echo "node $n (port ${!port_var}): $(alive "$dir/node$n.pid" && echo running || echo stopped), $(ready "${!port_var}" && echo ready || echo "not ready")"
  done
  echo "nginx (http://127.0.0.1:$nginx_port/): $(alive "$dir/nginx.pid" && echo running || echo stopped), $(ready "$nginx_port" && echo ready || echo "not ready")"
}

rolling_restart() {
  load_state
  for n in 1 2; do
    local port_var="node${n}_port" began; began=$(date +%s.%N)
    stop_node "$n"; start_node "$n"
    wait_ready "${!port_var}" "$dir/node$n.log"
    echo "Node $n restarted and ready in $(awk -v a="$began" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f s", b - a }')."
    # nginx left the node out for fail_timeout after its last refused connection: stopping the other node before
    # nginx takes it back would leave no live upstream (502). Wait out the recipe's fail_timeout first.
    [ "$n" = 2 ] || sleep "$(($(grep -o 'fail_timeout=[0-9]*' deploy/nginx/cims.conf | head -1 | cut -d= -f2) + 1))"
  done
}

elapsed() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }

kill_node() { # kill -9, as a crash would; systemd's Restart=on-failure starts it again, here the script does
  load_state
  local n=$1 port_var="node$1_port" began
  [[ "$n" =~ ^[12]$ ]] || { echo "kill-node takes 1 or 2." >&2; exit 2; }
  began=$(date +%s.%N)
  kill -KILL "$(cat "$dir/node$n.pid")" 2>/dev/null || true
  start_node "$n"
  wait_ready "${!port_var}" "$dir/node$n.log"
  echo "Node $n killed (-9) and ready again in $(elapsed "$began") s."
}

restart_postgres() { # pg_ctl restart -m fast (clean) or -m immediate (a crash: recovery from the WAL at start)
  load_state
  local mode=$1 began back
  [[ "$mode" =~ ^(fast|immediate)$ ]] || { echo "restart-postgres takes fast or immediate." >&2; exit 2; }
  began=$(date +%s.%N)
  runuser -u postgres -- "$CIMS_PGBIN/pg_ctl" -D "$CIMS_PGDATA" -m "$mode" -w restart >/dev/null
  back=$(date +%s.%N)
  for _ in $(seq 1 120); do ready "$node1_port" && ready "$node2_port" && break; sleep 0.1; done
  ready "$node1_port" && ready "$node2_port" || { echo "The nodes were not ready 12 s after PostgreSQL came back." >&2; exit 1; }
  echo "PostgreSQL restarted (-m $mode) in $(awk -v a="$began" -v b="$back" 'BEGIN { printf "%.1f", b - a }') s; both nodes ready $(elapsed "$back") s after it was back."
}

demo=0
[ "${2:-}" != --demo ] || demo=1
case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  rolling-restart) rolling_restart ;;
  kill-node) kill_node "${2:-}" ;;
  restart-postgres) restart_postgres "${2:-}" ;;
  *) echo "Usage: $0 start [--demo]|status|rolling-restart|kill-node 1|2|restart-postgres fast|immediate|stop" >&2; exit 2 ;;
esac
