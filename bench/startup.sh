#!/usr/bin/env bash
# Start-up figures of the built distribution (run `mvn -DskipTests install` first):
# archive size, fresh start -> first /api/v1/health answer, resident memory, restart keeping data/,
# and feature:install of a board -> first answer listing it. Uses ports 18381/18301 on 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
archive=$(ls karaf-assembly/target/fengqiao-distribution-*.tar.gz)
work=$(mktemp -d)
trap 'home=$(ls -d "$work"/*/ 2>/dev/null | head -1); [ -n "$home" ] && "$home/bin/stop" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
port=18381
source bench/lib.sh
echo "archive: $(du -m "$archive" | cut -f1) MB ($archive)"
tar xzf "$archive" -C "$work"
home=$(ls -d "$work"/*/ | head -1)
sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $port/" "$home/etc/org.ops4j.pax.web.cfg"
sed -i "s/^sshPort *=.*/sshPort = 18301/" "$home/etc/org.apache.karaf.shell.cfg"
printf 'bench = bench,_g_:admingroup\n_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh\n' >> "$home/etc/users.properties"

t0=$(now); "$home/bin/start"; wait_for "http://127.0.0.1:$port/api/v1/health" '"status":"up"'; t1=$(now)
echo "fresh start -> first health answer: $(ms "$t0" "$t1") ms"
wait_for "http://127.0.0.1:$port/api/v1/boards" '"traffic"'
pid=$(pgrep -f "karaf.base=${home%/}" | head -1)
echo "resident memory after start: $(( $(awk '/VmRSS/ {print $2}' "/proc/$pid/status") / 1024 )) MB"

client() { echo "$1" | "$home/bin/client" -a 18301 -u bench -p bench -b >/dev/null 2>&1; }
client "feature:uninstall fengqiao-board-traffic"
until ! curl -s "http://127.0.0.1:$port/api/v1/boards" | grep -q '"traffic"'; do sleep 0.1; done
t0=$(now); client "feature:install fengqiao-board-traffic"; wait_for "http://127.0.0.1:$port/api/v1/boards" '"traffic"'; t1=$(now)
echo "feature:install fengqiao-board-traffic (bin/client, incl. its JVM start) -> first answer listing it: $(ms "$t0" "$t1") ms"

"$home/bin/stop"; while pgrep -f "karaf.base=${home%/}" >/dev/null; do sleep 0.2; done
t0=$(now); "$home/bin/start"; wait_for "http://127.0.0.1:$port/api/v1/health" '"status":"up"'; t1=$(now)
echo "restart keeping data/ -> first health answer: $(ms "$t0" "$t1") ms"
