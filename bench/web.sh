#!/usr/bin/env bash
# Figures of the web pages (run `mvn -DskipTests install` first; needs Debian's chromium and chromium-driver): starts
# the built distribution with the demo profile on 127.0.0.1:18381, then bench/WebBench.java loads each page in
# headless Chromium — cold (a fresh profile, empty cache) and warm (the same browser again) — and prints the time until
# the page is usable (its heading is on screen, read from the page's own clock) and its weight (bytes transferred and
# decoded), beside a no-op: the smallest file the site serves.
# Usage: bench/web.sh [loads per page, 10]
set -euo pipefail
cd "$(dirname "$0")/.."
port=18381
limits=$'login.attempts.per_address = 1000000'
[ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] \
  || { echo "needs chromium and chromium-driver: apt-get install -y chromium chromium-driver" >&2; exit 1; }
classpath=$(mktemp)
mvn -B -q -o -pl itests dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath" >/dev/null
source bench/demo.sh
ticket=$(curl -s "http://127.0.0.1:$port/api/v1/boards/household/tickets?size=1" | sed -n 's/.*"items":\[{"id":\([0-9]*\).*/\1/p')
java -cp "$(cat "$classpath")" bench/WebBench.java "$port" "$ticket" "${1:-10}"
rm -f "$classpath"
