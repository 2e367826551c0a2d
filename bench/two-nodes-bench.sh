#!/usr/bin/env bash
# The year of Baotou on PostgreSQL, one node against two nodes behind HAProxy, in one run (after
# `mvn -DskipTests install`): bench/two-nodes.sh starts both nodes on a fresh database, the year is loaded
# (bench/load-year.sh), then bench/BenchRun.java (core phases: the no-op endpoint, board list, ticket view, ticket
# create) runs through the balancer: once to warm both nodes, then measured with both nodes, then with node B stopped
# (once node A holds all of B's work). Prints both tables and the ratio two/one per phase.
# Usage: bench/two-nodes-bench.sh [tickets, default 434000] [seconds per phase, default 10] [connections, default 16]
# FENGQIAO_BENCH_REUSE=1: measure again on the year loaded by an earlier run (target/two-nodes-bench), loading nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
tickets=${1:-434000}
seconds=${2:-10}
connections=${3:-16}
export FENGQIAO_TWO_NODES_DIR=$PWD/target/two-nodes-bench
export FENGQIAO_TWO_NODES_DB=fengqiao_two_nodes_bench
cfg=$(mktemp -d)
trap 'bash bench/two-nodes.sh stop >/dev/null; rm -rf "$cfg"' EXIT
psql_bench() { psql -qAt -h 127.0.0.1 -U postgres -c "$1" "$FENGQIAO_TWO_NODES_DB"; }
printf 'tickets.per_account = 1000000\nlogin.attempts.per_address = 1000000\n' > "$cfg/org.fengqiao.rest.limits.cfg"
export FENGQIAO_TWO_NODES_CFG=$cfg
a=$FENGQIAO_TWO_NODES_DIR/node-8281
b=$FENGQIAO_TWO_NODES_DIR/node-8381

backend_b() { curl -s 'http://127.0.0.1:8481/;csv' | awk -F, '$1 == "nodes" && $2 == "b" { print $18 }'; }
wait_backend_b() { # UP or DOWN
  local deadline=$(( $(date +%s) + 120 ))
  until [ "$(backend_b)" = "$1" ]; do
    [ "$(date +%s)" -lt "$deadline" ] || { echo "HAProxy never saw node B $1" >&2; exit 1; }
    sleep 0.2
  done
}

if [ "${FENGQIAO_BENCH_REUSE:-}" != 1 ]; then
  bash bench/two-nodes.sh start
  bash bench/two-nodes.sh stop
  bash bench/load-year.sh "$a" "$tickets"
fi
# the first start after the load counts the stored posts into the figures once (both nodes share the work); the
# bench waits for it
bash bench/two-nodes.sh resume
deadline=$(( $(date +%s) + 3600 ))
until [ "$(psql_bench "SELECT COUNT(*) FROM FQ_MAINTENANCE_TASK WHERE NAME = 'count-stats' AND DONE_AT IS NULL")" = 0 ]; do
  [ "$(date +%s)" -lt "$deadline" ] || { echo "the figures were not counted within an hour" >&2; exit 1; }
  sleep 1
done
echo "$(psql_bench "SELECT COUNT(*) FROM FQ_TICKET") posts stored"
jars=$(find "$a/system/org/postgresql" -name '*.jar' | tr '\n' ':')
run() { java -Xmx1g -cp "$jars" bench/BenchRun.java 8480 "$seconds" "$connections" unused unused unused "$tickets" core; }

# both nodes warm first (the JIT, the kept pages), then the two-node figures, then node B stops and node A, once it
# holds all of B's work, gives the one-node figures
run > /dev/null
echo "== two nodes behind HAProxy =="
run | tee "$cfg/two.txt"
"$b/bin/stop"; while pgrep -f "karaf.base=$b" >/dev/null; do sleep 0.2; done
wait_backend_b DOWN
deadline=$(( $(date +%s) + 120 ))
until [ "$(psql_bench "SELECT COUNT(*) FROM FQ_LEASE L JOIN FQ_NODE N ON N.ID = L.HOLDER WHERE N.NAME = 'node-8381'")" = 0 ] \
    && [ "$(psql_bench "SELECT COUNT(*) FROM FQ_LEASE L JOIN FQ_NODE N ON N.ID = L.HOLDER WHERE N.NAME = 'node-8281'")" -gt 0 ]; do
  [ "$(date +%s)" -lt "$deadline" ] || { echo "node A never took node B's work over" >&2; exit 1; }
  sleep 0.5
done
echo "== one node behind HAProxy (node B stopped) =="
run | tee "$cfg/one.txt"
echo
echo "two nodes / one node (requests/s; p99 in ms, one → two):"
# the tables' rows: name, req/s, p50, p99, ratio %, statuses
awk 'FNR == 1 { file++ } /%  \{/ { line = $0; sub(/ +\{.*$/, "", line); n = split(line, f, " ");
       name = f[1]; for (i = 2; i <= n - 4; i++) name = name " " f[i];
       if (file == 1) { order[++k] = name; one[name] = f[n - 3]; p99one[name] = f[n - 1] }
       else { two[name] = f[n - 3]; p99two[name] = f[n - 1] } }
     END { for (i = 1; i <= k; i++) { x = order[i];
       printf "%-52s %8.1f → %8.1f req/s  ×%.2f   p99 %s → %s ms\n", x, one[x], two[x], two[x] / one[x], p99one[x], p99two[x] } }' \
  "$cfg/one.txt" "$cfg/two.txt"
