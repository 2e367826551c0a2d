#!/usr/bin/env bash
# Runs every test: unit tests, and the integration tests that boot the built distribution — among them the browser
# tests (itests WebIT), which drive Debian's Chromium through its ChromeDriver. On a fresh Debian machine this first
# installs what they need from Debian's packages: chromium, chromium-driver and a Chinese font for the screenshots.
set -euo pipefail
cd "$(dirname "$0")"
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/chromedriver ] || need+=(chromium-driver)
{ command -v fc-list >/dev/null && fc-list :lang=zh | grep -q .; } || need+=(fonts-wqy-microhei)
if [ ${#need[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null; then
    echo "The browser tests need Debian's ${need[*]}; this machine has no apt-get. Install them, then run again." >&2
    exit 1
  fi
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing ${need[*]} for the browser tests"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi
mvn -B -ntp verify
