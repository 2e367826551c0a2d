#!/usr/bin/env bash
# Loads a generated year of Baotou into a stopped distribution's database (run by bench/run.sh; usable alone).
# Usage: bench/load-year.sh <distribution folder> [tickets, default 434000] [seed, default 20261130]
# The distribution must have been started once with the demo profile (the migrations made the schema, the demo
# accounts exist) and be stopped. Its etc/org.ops4j.datasource-fengqiao.cfg says which database: embedded Derby
# (databaseName) or PostgreSQL (url, user, password). See README.md, "Performance".
set -euo pipefail
cd "$(dirname "$0")/.."
home=${1:?usage: bench/load-year.sh <distribution folder> [tickets] [seed]}
home=${home%/}
tickets=${2:-434000}
seed=${3:-20261130}
cfg="$home/etc/org.ops4j.datasource-fengqiao.cfg"
value() { sed -n "s/^$1 *= *//p" "$cfg" | tail -1; }
jars=$(find "$home/system/org/apache/derby" "$home/system/org/postgresql" -name '*.jar' 2>/dev/null | tr '\n' ':')
if grep -q '^url *=' "$cfg"; then
  url=$(value url); user=$(value user); password=$(value password)
else
  url="jdbc:derby:$(value databaseName | sed "s|\${karaf.data}|$home/data|")"; user=''; password=''
fi
echo "loading $tickets tickets (seed $seed) into $url"
java -Xmx3g -Dderby.stream.error.file="$home/data/log/load-year-derby.log" -cp "$jars" bench/LoadYear.java "$url" "$user" "$password" "$tickets" "$seed" \
  "$home/etc/org.fengqiao.identity.units.cfg"
