#!/usr/bin/env bash
# The year of Baotou on PostgreSQL, one node against two nodes behind HAProxy, in one run (after
# `mvn -DskipTests install`): bench/two-nodes.sh starts both nodes on a fresh database, the year is loaded
# (bench/load-year.sh), then bench/BenchRun.java (core phases: the no-op endpoint, board list, ticket view, ticket
# create) runs through the balancer twice: with node B stopped, then with both nodes. Prints both tables and the
# ratio two/one per phase.
# Usage: bench/two-nodes-bench.sh [tickets, default 434000] [seconds per phase, default 10] [connections, default 16]
set -euo pipefail
cd "$(dirname "$0")/.."
tickets=${1:-434000}
seconds=${2:-10}
connections=${3:-16}
export FENGQIAO_TWO_NODES_DIR=$PWD/target/two-nodes-bench
export FENGQIAO_TWO_NODES_DB=fengqiao_two_nodes_bench
cfg=$(mktemp -d)
trap 'bash bench/two-nodes.sh stop >/dev/null; rm -rf "$cfg"' EXIT
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

bash bench/two-nodes.sh start
bash bench/two-nodes.sh stop
bash bench/load-year.sh "$a" "$tickets"
# the first start after the load counts the stored posts into the figures once; the bench waits for it
bash bench/two-nodes.sh resume
deadline=$(( $(date +%s) + 3600 ))
until cat "$a"/data/log/karaf.log* "$b"/data/log/karaf.log* 2>/dev/null | grep -q 'Figures counted from the stored tickets'; do
  [ "$(date +%s)" -lt "$deadline" ] || { echo "the figures were not counted within an hour" >&2; exit 1; }
  sleep 1
done
jars=$(find "$a/system/org/postgresql" -name '*.jar' | tr '\n' ':')
run() { java -Xmx1g -cp "$jars" bench/BenchRun.java 8480 "$seconds" "$connections" unused unused unused "$tickets" core; }

"$b/bin/stop"; while pgrep -f "karaf.base=$b" >/dev/null; do sleep 0.2; done
wait_backend_b DOWN
echo "== one node behind HAProxy (node B stopped) =="
run | tee "$cfg/one.txt"
"$b/bin/start"
wait_backend_b UP
echo "== two nodes behind HAProxy =="
run | tee "$cfg/two.txt"

echo
echo "two nodes / one node (requests/s; p99 in ms, one → two):"
awk 'FNR == 1 { file++ } /^(no-op|board list|ticket view|ticket create)/ {
       name = substr($0, 1, 44); n = split(substr($0, 45), f, " ");
       if (file == 1) { if (!(name in one)) order[++k] = name; one[name] = f[1]; p99one[name] = f[3] } else { two[name] = f[1]; p99two[name] = f[3] } }
     END { for (i = 1; i <= k; i++) { x = order[i];
       printf "%s %8.1f → %8.1f req/s  ×%.2f   p99 %s → %s ms\n", x, one[x], two[x], two[x] / one[x], p99one[x], p99two[x] } }' \
  "$cfg/one.txt" "$cfg/two.txt"
