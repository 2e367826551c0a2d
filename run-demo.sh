#!/usr/bin/env bash
# Builds Fengqiao and starts it in the foreground on embedded Derby with the Baotou demo data,
# serving the portal at http://127.0.0.1:${FENGQIAO_HTTP_PORT:-8181}/ (console /console/, field app /field/, API /api/v1). Type 'shutdown' (or Ctrl-D) at the console to stop.
set -euo pipefail
cd "$(dirname "$0")"
mvn -B -q -DskipTests install
dist=karaf-assembly/target/assembly
port="${FENGQIAO_HTTP_PORT:-8181}"
cp config/demo/org.fengqiao.demo.cfg "$dist/etc/"
sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $port/" "$dist/etc/org.ops4j.pax.web.cfg"
echo "Starting Fengqiao: portal http://127.0.0.1:$port/ · console http://127.0.0.1:$port/console/ · field app http://127.0.0.1:$port/field/ · API http://127.0.0.1:$port/api/v1 (demo accounts: see README.md)"
exec "$dist/bin/karaf"
