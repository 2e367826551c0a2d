#!/usr/bin/env bash
# Figures of the building captains' field sync (run `mvn -DskipTests install` first): starts the built distribution
# with the demo profile on 127.0.0.1:18381, then bench/CaptainBench.java sets up 500 captains (one building each) and a
# captain of 5 buildings x 200 households, and measures 500 captains syncing 50 records each at once, the same batches
# again, and that captain's changes feed, beside a no-op endpoint. Usage: bench/captains.sh [captains, 500] [records, 50]
set -euo pipefail
cd "$(dirname "$0")/.."
port=18381
limits=$'tickets.per_account = 1000000\nlogin.attempts.per_address = 1000000'
# bench accounts: a cheap bcrypt cost (the same algorithm), so that setting up 500 captains takes seconds
password_cost=4
source bench/demo.sh
admin=$(curl -s -H 'Content-Type: application/json' -d '{"username":"admin.demo","password":"fengqiao-demo"}' \
  "http://127.0.0.1:$port/api/v1/auth/login" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
[ -n "$admin" ] || { echo "admin.demo could not log in" >&2; exit 1; }
java bench/CaptainBench.java "$port" "$admin" "${1:-500}" "${2:-50}"
