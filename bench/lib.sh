# Sourced by the bench scripts: clock readings in nanoseconds, their difference in ms, and waiting for an answer.
now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }
wait_for() { # url, grep pattern: polls until the answer matches, for at most 300 s
  local deadline=$(( $(date +%s) + 300 ))
  until curl -s "$1" 2>/dev/null | grep -q "$2"; do
    [ "$(date +%s)" -lt "$deadline" ] || { echo "timed out waiting for $1" >&2; exit 1; }
    sleep 0.05
  done
}
