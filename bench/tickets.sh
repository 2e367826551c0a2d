#!/usr/bin/env bash
# Ticket creation figures (run `mvn -DskipTests install` first): starts the built distribution with the demo data on
# 127.0.0.1:18381, logs in as citizen.demo and drives it with bench/TicketBench.java, beside a Jetty 404 baseline.
# Usage: bench/tickets.sh [requests, default 2000] [client threads, default 8]
set -euo pipefail
cd "$(dirname "$0")/.."
port=18381
# one citizen posts every ticket: lift the per-account limit of new posts for the measurement
limits='tickets.per_account = 1000000'
source bench/demo.sh
java bench/TicketBench.java "$port" "$token" "${1:-2000}" "${2:-8}"
