#!/usr/bin/env bash
# Ticket creation figures (run `mvn -DskipTests install` first): starts the built distribution with the demo data on
# 127.0.0.1:18381, logs in as citizen.demo and drives it with bench/TicketBench.java, beside a Jetty 404 baseline.
# Usage: bench/tickets.sh [requests, default 2000] [client threads, default 8]
set -euo pipefail
cd "$(dirname "$0")/.."
archive=$(ls karaf-assembly/target/fengqiao-distribution-*.tar.gz)
work=$(mktemp -d)
trap 'home=$(ls -d "$work"/*/ 2>/dev/null | head -1); [ -n "$home" ] && "$home/bin/stop" >/dev/null 2>&1; rm -rf "$work"' EXIT
port=18381
tar xzf "$archive" -C "$work"
home=$(ls -d "$work"/*/ | head -1)
cp config/demo/org.fengqiao.demo.cfg "$home/etc/"
# one citizen posts every ticket: lift the per-account limit of new posts for the measurement
printf 'tickets.per_account = 1000000\n' > "$home/etc/org.fengqiao.rest.limits.cfg"
sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $port/" "$home/etc/org.ops4j.pax.web.cfg"
sed -i "s/^sshPort *=.*/sshPort = 18301/" "$home/etc/org.apache.karaf.shell.cfg"
"$home/bin/start"
deadline=$(( $(date +%s) + 180 ))
login() { curl -s -H 'Content-Type: application/json' -d '{"username":"citizen.demo","password":"fengqiao-demo"}' \
  "http://127.0.0.1:$port/api/v1/auth/login" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p'; }
token=""
until [ -n "$token" ] && curl -s "http://127.0.0.1:$port/api/v1/boards" | grep -q '"help"'; do
  [ "$(date +%s)" -lt "$deadline" ] || { echo "the distribution did not come up" >&2; exit 1; }
  sleep 0.2
  token=$(login || true)
done
java bench/TicketBench.java "$port" "$token" "${1:-2000}" "${2:-8}"
