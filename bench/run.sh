#!/usr/bin/env bash
# Figures of one node with a year of data (run `mvn -DskipTests install` first), printed side by side with a no-op
# JAX-RS endpoint and raw JDBC inserts in the same run: unpacks the built distribution, starts it once with the demo
# profile, stops it, loads the year (bench/load-year.sh), starts it once to count the figures, then measures start, memory, a board's hot install,
# every endpoint (bench/BenchRun.java) and a restart. Ports 18381/18301 on 127.0.0.1 only.
# Usage: bench/run.sh [tickets, default 434000] [seconds per phase, default 10] [derby | postgresql, default derby]
# PostgreSQL: the server on 127.0.0.1:5432 (trust authentication) is started when it is down; the run uses fresh
# databases fengqiao_bench and fengqiao_raw.
set -euo pipefail
cd "$(dirname "$0")/.."
tickets=${1:-434000}
seconds=${2:-10}
database=${3:-derby}
port=18381
archive=$(ls karaf-assembly/target/fengqiao-distribution-*.tar.gz)
work=$(mktemp -d)
trap 'h=$(ls -d "$work"/*/ 2>/dev/null | head -1); if [ -n "$h" ]; then "$h/bin/stop" >/dev/null 2>&1; while pgrep -f "karaf.base=${h%/}" >/dev/null; do sleep 0.2; done; fi; rm -rf "$work"' EXIT
tar xzf "$archive" -C "$work"
home=$(ls -d "$work"/*/ | head -1); home=${home%/}
cp config/demo/org.fengqiao.demo.cfg "$home/etc/"
printf 'tickets.per_account = 1000000\nlogin.attempts.per_address = 1000000\n' > "$home/etc/org.fengqiao.rest.limits.cfg"
sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $port/" "$home/etc/org.ops4j.pax.web.cfg"
sed -i "s/^sshPort *=.*/sshPort = 18301/" "$home/etc/org.apache.karaf.shell.cfg"
printf 'bench = bench,_g_:admingroup\n_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh\n' >> "$home/etc/users.properties"
jars=$(find "$home/system/org/apache/derby" "$home/system/org/postgresql" -name '*.jar' | tr '\n' ':')
if [ "$database" = postgresql ]; then
  pg_isready -q -h 127.0.0.1 || pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
  for db in fengqiao_bench fengqiao_raw; do
    psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" postgres
  done
  printf 'osgi.jdbc.driver.name = PostgreSQL JDBC Driver\ndataSourceName = jdbc/fengqiao\nurl = jdbc:postgresql://127.0.0.1:5432/fengqiao_bench\nuser = postgres\npassword = \npool = dbcp2\n' \
    > "$home/etc/org.ops4j.datasource-fengqiao.cfg"
  sed -i 's/^featuresBoot *= *\\/featuresBoot = fengqiao-postgresql, \\/' "$home/etc/org.apache.karaf.features.cfg"
  raw=(jdbc:postgresql://127.0.0.1:5432/fengqiao_raw postgres '')
else
  raw=("jdbc:derby:$work/raw;create=true" '' '')
fi

source bench/lib.sh
rss() { echo $(( $(awk '/VmRSS/ {print $2}' "/proc/$(pgrep -f "karaf.base=$home" | head -1)/status") / 1024 )); }
stop() { "$home/bin/stop"; while pgrep -f "karaf.base=$home" >/dev/null; do sleep 0.2; done; }

"$home/bin/start"
wait_for "http://127.0.0.1:$port/api/v1/boards/help/tickets" '"total":[1-9]'
stop
t0=$(now); bash bench/load-year.sh "$home" "$tickets"; t1=$(now)
echo "load-year: $(ms "$t0" "$t1") ms"
# the first start after the load counts the stored tickets and visits into the figures' counters once (task
# count-stats, as after an upgrade); the measured start follows it
counted_ms=0
if unzip -p "$(find "$home/system/org/fengqiao" -name 'org.fengqiao.ticketing-*.jar' | head -1)" \
    db/ticketing/changelog.xml | grep -q count-stats; then
  counted() { cat "$home"/data/log/karaf.log* 2>/dev/null | grep -c 'Figures counted from the stored tickets' || true; }
  before=$(counted)
  t0=$(now); "$home/bin/start"
  deadline=$(( $(date +%s) + 3600 ))
  until [ "$(counted)" -gt "$before" ]; do
    [ "$(date +%s)" -lt "$deadline" ] || { echo "the figures were not counted within an hour" >&2; exit 1; }
    sleep 0.5
  done; t1=$(now)
  counted_ms=$(ms "$t0" "$t1")
  wait_for "http://127.0.0.1:$port/api/v1/health" '"status":"up"'
  stop
fi

t0=$(now); "$home/bin/start"; wait_for "http://127.0.0.1:$port/api/v1/health" '"status":"up"'; t1=$(now)
start_ms=$(ms "$t0" "$t1")
wait_for "http://127.0.0.1:$port/api/v1/boards/household/tickets" '"total":[1-9]'
wait_for "http://127.0.0.1:$port/open311/v2/services.json" 'livelihood'
rss_start=$(rss)

client() { echo "$1" | "$home/bin/client" -a 18301 -u bench -p bench -b >/dev/null 2>&1; }
client "feature:uninstall fengqiao-board-traffic"
until ! curl -s "http://127.0.0.1:$port/api/v1/boards" | grep -q '"traffic"'; do sleep 0.05; done
client "feature:install fengqiao-board-traffic" &
# the install is timed from the container's own log line, without the client JVM's start
until grep -q 'Adding features: fengqiao-board-traffic' "$home/data/log/karaf.log"; do sleep 0.01; done
until curl -s "http://127.0.0.1:$port/api/v1/boards" | grep -q '"traffic"'; do sleep 0.01; done
t1=$(now); wait
logged=$(grep 'Adding features: fengqiao-board-traffic' "$home/data/log/karaf.log" | tail -1 | cut -c1-23 | tr 'T,' ' .')
install_ms=$(( (t1 - $(date -d "$logged" +%s%N)) / 1000000 ))

java -Xmx1g -Dderby.stream.error.file="$work/derby.log" -cp "$jars" bench/BenchRun.java "$port" "$seconds" 16 "${raw[@]}" "$tickets"
rss_load=$(rss)
stop
t0=$(now); "$home/bin/start"; wait_for "http://127.0.0.1:$port/api/v1/health" '"status":"up"'; t1=$(now)
echo
echo "database: $database, $tickets tickets loaded"
echo "start -> first health answer: $start_ms ms (with the year loaded); restart: $(ms "$t0" "$t1") ms"
echo "first start after the load, counting the stored figures once: $counted_ms ms"
echo "hot install of a board (Features service log line -> first answer listing it): $install_ms ms"
echo "resident memory: $rss_start MB after start, $rss_load MB after the load"
