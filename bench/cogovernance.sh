#!/usr/bin/env bash
# Figures of the five-in-one module (run `mvn -DskipTests install` first): starts the built distribution with the demo
# profile on 127.0.0.1:18381, then bench/CogovernanceBench.java loads a year's volume for 1,390 compounds' teams (12
# hand-offs and 4 joint meetings each by default) through the API and measures team, queue, figures, meeting,
# iCalendar and report reads and making a hand-off, beside a no-op endpoint.
# Usage: bench/cogovernance.sh [teams, 1390] [hand-offs per team, 12] [meetings per team, 4]
set -euo pipefail
cd "$(dirname "$0")/.."
port=18381
limits=$'tickets.per_account = 10000000\nlogin.attempts.per_address = 1000000'
source bench/demo.sh
until curl -s "http://127.0.0.1:$port/api/v1/teams?community=shaoxian-community" | grep -q '"roles"'; do
  [ "$(date +%s)" -lt "$deadline" ] || { echo "the five-in-one demo did not load" >&2; exit 1; }
  sleep 0.5
done
admin=$(curl -s -H 'Content-Type: application/json' -d '{"username":"admin.demo","password":"fengqiao-demo"}' \
  "http://127.0.0.1:$port/api/v1/auth/login" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
[ -n "$admin" ] || { echo "admin.demo could not log in" >&2; exit 1; }
java bench/CogovernanceBench.java "$port" "$admin" "${1:-1390}" "${2:-12}" "${3:-4}"
