#!/usr/bin/env bash
# Health under a login burst (run `mvn -DskipTests install` first): starts the built distribution with the demo data
# on 127.0.0.1:18381 and runs bench/LoginBurstBench.java: GET /api/v1/health alone, then during 16 parallel logins.
# Usage: bench/login-burst.sh [seconds per phase, default 20] [login clients, default 16]
set -euo pipefail
cd "$(dirname "$0")/.."
port=18381
# every login comes from 127.0.0.1: lift the per-address login limit, so the burst reaches the password hashing
limits='login.attempts.per_address = 1000000'
source bench/demo.sh
java bench/LoginBurstBench.java "$port" "${1:-20}" "${2:-16}"
