#!/usr/bin/env bash
# Figures of the 12345 hotline intake and the Open311 server (run `mvn -DskipTests install` first): starts the built
# distribution on 127.0.0.1:18381, issues API keys with the shell command, then drives it with bench/LinkageBench.java.
# Usage: bench/linkage.sh [records, default 500] [client threads, default 4]; the container log is kept in
# ${TMPDIR:-/tmp}/fengqiao-bench-karaf.log
set -euo pipefail
cd "$(dirname "$0")/.."
archive=$(ls karaf-assembly/target/fengqiao-distribution-*.tar.gz)
work=$(mktemp -d)
trap 'home=$(ls -d "$work"/*/ 2>/dev/null | head -1); [ -n "$home" ] && "$home/bin/stop" >/dev/null 2>&1 && cp "$home/data/log/karaf.log" "${TMPDIR:-/tmp}/fengqiao-bench-karaf.log" 2>/dev/null || true; rm -rf "$work"' EXIT
port=18381
tar xzf "$archive" -C "$work"
home=$(ls -d "$work"/*/ | head -1)
sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $port/" "$home/etc/org.ops4j.pax.web.cfg"
sed -i "s/^sshPort *=.*/sshPort = 18301/" "$home/etc/org.apache.karaf.shell.cfg"
printf 'bench = bench,_g_:admingroup\n_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh\n' >> "$home/etc/users.properties"
"$home/bin/start"
deadline=$(( $(date +%s) + 180 ))
until curl -s "http://127.0.0.1:$port/open311/v2/services.json" 2>/dev/null | grep -q livelihood \
    && curl -s -o /dev/null -w "%{http_code}" "http://127.0.0.1:$port/hotline/v1/updates" | grep -q 401; do
  [ "$(date +%s)" -lt "$deadline" ] || { echo "the distribution did not come up" >&2; exit 1; }
  sleep 0.2
done
# applications are rebuilt while late resources arrive: start measuring after 30 good answers in a row
good=0
until [ "$good" -ge 30 ]; do
  [ "$(date +%s)" -lt "$deadline" ] || { echo "the distribution did not settle" >&2; exit 1; }
  if curl -s -o /dev/null -w "%{http_code}" "http://127.0.0.1:$port/hotline/v1/updates" | grep -q 401 \
      && curl -s -o /dev/null -w "%{http_code}" "http://127.0.0.1:$port/api/v1/linkages" | grep -q 200; then
    good=$((good + 1))
  else
    good=0
  fi
  sleep 0.1
done
key() { echo "fengqiao:api-key-create --purpose $1 $2 $3" | "$home/bin/client" -a 18301 -u bench -p bench -b 2>/dev/null \
  | sed -n 's/^API key .*: \([A-Za-z0-9_-]*\)$/\1/p'; }
hotline=$(key hotline bench-hotline 基准热线)
open311=$(key open311 bench-app 基准App)
[ -n "$hotline" ] && [ -n "$open311" ] || { echo "could not issue API keys" >&2; exit 1; }
java bench/LinkageBench.java "$port" "$hotline" "$open311" "${1:-500}" "${2:-4}"
