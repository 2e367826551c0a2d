#!/usr/bin/env bash
# Two Fengqiao nodes on one PostgreSQL database behind HAProxy, for the demo, the tests and the bench.
#   bench/two-nodes.sh start   unpacks the built distribution twice (it builds nothing: run `mvn -DskipTests install`
#                              first), points both at a fresh database on the local PostgreSQL, starts node A on
#                              127.0.0.1:8281 with the demo profile, node B on 127.0.0.1:8381, HAProxy on
#                              127.0.0.1:8480, waits until all three answer /api/v1/health and prints the URLs
#   bench/two-nodes.sh stop    stops the proxy and both nodes
#   bench/two-nodes.sh resume  starts the unpacked nodes and the proxy again, keeping the database (after a stop)
#   bench/two-nodes.sh restart a|b
#                              restarts one node the way a rolling upgrade does: the balancer drains it (no new
#                              requests; those under way finish), then it stops, starts and is given requests again
# Settings (environment):
#   FENGQIAO_TWO_NODES_DIR  where the nodes are unpacked (default target/two-nodes)
#   FENGQIAO_TWO_NODES_DB   the database, dropped and made again at each start (default fengqiao_two_nodes)
#   FENGQIAO_TWO_NODES_CFG  a folder of extra .cfg files copied into both nodes' etc/ (tests shorten leases with it)
# Ports: HTTP 8281/8381, SSH 8211/8311, JMX 8212-8213/8312-8313, proxy 8480, its statistics page on 8481 and its
# administration socket on 8482, all on 127.0.0.1. PostgreSQL is started when it is down; HAProxy is installed with apt-get when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
work=${FENGQIAO_TWO_NODES_DIR:-$PWD/target/two-nodes}
db=${FENGQIAO_TWO_NODES_DB:-fengqiao_two_nodes}
nodes=(8281 8381)
proxy=8480

stop_node() { # home
  [ -x "$1/bin/stop" ] || return 0
  pgrep -f "karaf.base=$1" >/dev/null || return 0
  "$1/bin/stop" >/dev/null 2>&1 || true
  local deadline=$(( $(date +%s) + 60 ))
  while pgrep -f "karaf.base=$1" >/dev/null; do
    if [ "$(date +%s)" -ge "$deadline" ]; then pkill -9 -f "karaf.base=$1" || true; fi
    sleep 0.2
  done
}

stop_all() {
  if [ -f "$work/haproxy.pid" ]; then
    kill "$(cat "$work/haproxy.pid")" 2>/dev/null || true
    rm -f "$work/haproxy.pid"
  fi
  for port in "${nodes[@]}"; do stop_node "$work/node-$port"; done
}

wait_health() { # url
  local deadline=$(( $(date +%s) + 300 ))
  until curl -sf "$1/api/v1/health" 2>/dev/null | grep -q '"status":"up"'; do
    [ "$(date +%s)" -lt "$deadline" ] || { echo "timed out waiting for $1/api/v1/health" >&2; exit 1; }
    sleep 0.2
  done
}

proxy_admin() { # a command on HAProxy's administration socket; prints the answer
  exec 3<>/dev/tcp/127.0.0.1/$(( proxy + 2 ))
  printf '%s\n' "$1" >&3
  cat <&3
  exec 3<&-
}

board_count() { # url: how many boards the node's health lists
  curl -s "$1/api/v1/health" | grep -o '"boards":\[[^]]*\]' | grep -o '"[a-z0-9_-]*"' | grep -vc '"boards"' || true
}

serves() { # url, boards: the node lists as many boards as before, a board page and a post on it (three rounds in a row)
  [ "$(board_count "$1")" -ge "$2" ] || return 1
  local id
  id=$(curl -sf "$1/api/v1/boards/household/tickets?size=1" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2) || return 1
  [ -n "$id" ] && curl -sf -o /dev/null "$1/api/v1/tickets/$id"
}

restart_node() { # a or b
  local server=$1 port
  case "$server" in a) port=${nodes[0]} ;; b) port=${nodes[1]} ;; *) echo "restart a or b" >&2; exit 2 ;; esac
  local home="$work/node-$port"
  # ready again when it serves as before: its health answers before every board and resource has started
  local boards
  boards=$(board_count "http://127.0.0.1:$port")
  proxy_admin "set server nodes/$server state drain" >/dev/null
  # wait until the requests under way on it have finished (column 5 of the statistics: current sessions)
  local deadline=$(( $(date +%s) + 60 ))
  until [ "$(proxy_admin "show stat" | awk -F, -v s="$server" '$1 == "nodes" && $2 == s { print $5 }')" = 0 ]; do
    [ "$(date +%s)" -lt "$deadline" ] || break
    sleep 0.1
  done
  stop_node "$home"
  "$home/bin/start"
  wait_health "http://127.0.0.1:$port"
  deadline=$(( $(date +%s) + 120 ))
  local steady=0
  until [ "$steady" -ge 3 ]; do
    [ "$(date +%s)" -lt "$deadline" ] || { echo "node $server never served as before its restart" >&2; exit 1; }
    if serves "http://127.0.0.1:$port" "$boards"; then steady=$(( steady + 1 )); else steady=0; fi
    sleep 0.5
  done
  proxy_admin "set server nodes/$server state ready" >/dev/null
  # back in service only once the balancer's own health checks say so (column 18 of the statistics: status)
  deadline=$(( $(date +%s) + 60 ))
  until [ "$(proxy_admin "show stat" | awk -F, -v s="$server" '$1 == "nodes" && $2 == s { print $18 }')" = UP ]; do
    [ "$(date +%s)" -lt "$deadline" ] || { echo "the balancer never saw node $server up" >&2; exit 1; }
    sleep 0.1
  done
  echo "node $server restarted: http://127.0.0.1:$port/"
}

start_nodes_and_proxy() {
  # A first: on a fresh database its start makes the schema and loads the demo data; B finds both there
  "$work/node-${nodes[0]}/bin/start"
  wait_health "http://127.0.0.1:${nodes[0]}"
  until curl -s "http://127.0.0.1:${nodes[0]}/api/v1/boards/help/tickets" | grep -q '"total":[1-9]'; do sleep 0.2; done
  "$work/node-${nodes[1]}/bin/start"
  wait_health "http://127.0.0.1:${nodes[1]}"
  haproxy -c -q -f "$work/haproxy.cfg"
  haproxy -f "$work/haproxy.cfg"
  wait_health "http://127.0.0.1:$proxy"
  echo "node A:   http://127.0.0.1:${nodes[0]}/  ($work/node-${nodes[0]})"
  echo "node B:   http://127.0.0.1:${nodes[1]}/  ($work/node-${nodes[1]})"
  echo "balancer: http://127.0.0.1:$proxy/  (HAProxy statistics http://127.0.0.1:$(( proxy + 1 ))/)"
}

case "${1:-}" in
  stop)
    stop_all
    echo "stopped"
    exit 0 ;;
  restart)
    [ -f "$work/haproxy.pid" ] || { echo "not running in $work: use start" >&2; exit 1; }
    restart_node "${2:-}"
    exit 0 ;;
  resume)
    [ -f "$work/haproxy.cfg" ] || { echo "nothing unpacked in $work: use start" >&2; exit 1; }
    stop_all
    start_nodes_and_proxy
    exit 0 ;;
  start) ;;
  *) echo "usage: bench/two-nodes.sh start|stop|resume|restart a|b" >&2; exit 2 ;;
esac

archive=$(ls karaf-assembly/target/fengqiao-distribution-*.tar.gz 2>/dev/null | head -1)
[ -n "$archive" ] || { echo "no built distribution: run 'mvn -DskipTests install' first" >&2; exit 1; }
if ! command -v haproxy >/dev/null; then
  echo "installing haproxy"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q haproxy >/dev/null
fi
pg_isready -q -h 127.0.0.1 || pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
stop_all
rm -rf "$work"; mkdir -p "$work"
psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db" postgres

for port in "${nodes[@]}"; do
  home="$work/node-$port"
  mkdir -p "$home"
  tar xzf "$archive" -C "$home" --strip-components=1
  etc="$home/etc"
  base=$(( port / 100 * 100 ))   # 8200, 8300
  sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $port/" "$etc/org.ops4j.pax.web.cfg"
  sed -i "s/^sshPort *=.*/sshPort = $(( base + 11 ))/" "$etc/org.apache.karaf.shell.cfg"
  sed -i "s/^rmiRegistryPort *=.*/rmiRegistryPort = $(( base + 12 ))/; s/^rmiServerPort *=.*/rmiServerPort = $(( base + 13 ))/" \
    "$etc/org.apache.karaf.management.cfg"
  sed "s|^url *=.*|url = jdbc:postgresql://127.0.0.1:5432/$db|" config/postgresql/org.ops4j.datasource-fengqiao.cfg \
    > "$etc/org.ops4j.datasource-fengqiao.cfg"
  cp config/demo/org.fengqiao.demo.cfg "$etc/"
  if [ -n "${FENGQIAO_TWO_NODES_CFG:-}" ]; then cp "$FENGQIAO_TWO_NODES_CFG"/*.cfg "$etc/"; fi
  echo "node.name = node-$port" >> "$etc/org.fengqiao.cluster.cfg"
done

cat > "$work/haproxy.cfg" <<CFG
global
    daemon
    pidfile $work/haproxy.pid
    maxconn 4096
    # drain a node before a restart: bench/two-nodes.sh restart a|b
    stats socket ipv4@127.0.0.1:$(( proxy + 2 )) level admin
defaults
    mode http
    log global
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    # the event stream (SSE) stays open
    timeout tunnel 1h
    # a connection refused by a dead node is tried on the other (nothing was sent: safe for every method)
    retries 2
    option redispatch
frontend fengqiao
    bind 127.0.0.1:$proxy
    default_backend nodes
backend nodes
    balance roundrobin
    option httpchk GET /api/v1/health
    http-check expect status 200
    default-server inter 1s fall 2 rise 2
    server a 127.0.0.1:${nodes[0]} check
    server b 127.0.0.1:${nodes[1]} check
listen stats
    bind 127.0.0.1:$(( proxy + 1 ))
    stats enable
    stats uri /
CFG
start_nodes_and_proxy
