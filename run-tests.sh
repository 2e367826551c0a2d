#!/usr/bin/env bash
# Runs every test: unit tests, and the integration tests that boot the built distribution, once on embedded Derby and
# once on the local PostgreSQL server — among them the browser tests (itests WebIT), which drive Debian's Chromium
# through its ChromeDriver, and the two-node test (itests ClusterIT) behind HAProxy. On a fresh Debian machine this
# first installs what they need from Debian's packages: chromium, chromium-driver, a Chinese font for the screenshots
# and haproxy; it starts PostgreSQL (127.0.0.1:5432, trust authentication) when it is down.
set -euo pipefail
cd "$(dirname "$0")"
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/chromedriver ] || need+=(chromium-driver)
{ command -v fc-list >/dev/null && fc-list :lang=zh | grep -q .; } || need+=(fonts-wqy-microhei)
command -v haproxy >/dev/null || need+=(haproxy)
if [ ${#need[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null; then
    echo "The tests need Debian's ${need[*]}; this machine has no apt-get. Install them, then run again." >&2
    exit 1
  fi
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing ${need[*]} for the browser and two-node tests"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi
if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  if command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start
  else
    echo "The PostgreSQL run needs a server on 127.0.0.1:5432 (trust authentication): none is installed here." >&2
    exit 1
  fi
fi
mvn -B -ntp install
