# Sourced by the bench scripts: unpacks the built distribution into a temporary folder, loads the demo profile,
# writes $limits (abuse limits to lift for the measurement), $password_cost if set, and starts it on 127.0.0.1:$port; stops and removes it on
# exit (keeping its log in ${TMPDIR:-/tmp}/fengqiao-bench-karaf.log). Sets $home and $token (citizen.demo's bearer token) once the boards answer.
archive=$(ls karaf-assembly/target/fengqiao-distribution-*.tar.gz)
work=$(mktemp -d)
trap 'home=$(ls -d "$work"/*/ 2>/dev/null | head -1); [ -n "$home" ] && "$home/bin/stop" >/dev/null 2>&1 && while pgrep -f "karaf.base=${home%/}" >/dev/null; do sleep 0.2; done; cp "$home/data/log/karaf.log" "${TMPDIR:-/tmp}/fengqiao-bench-karaf.log" 2>/dev/null; rm -rf "$work"' EXIT
tar xzf "$archive" -C "$work"
home=$(ls -d "$work"/*/ | head -1)
cp config/demo/org.fengqiao.demo.cfg "$home/etc/"
printf '%s\n' "$limits" > "$home/etc/org.fengqiao.rest.limits.cfg"
# a bench that makes many accounts may ask for a cheaper bcrypt cost (the same algorithm)
[ -z "${password_cost:-}" ] || sed -i "s/^password.cost *=.*/password.cost = $password_cost/" \
  "$home/etc/org.fengqiao.identity.cfg"
sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $port/" "$home/etc/org.ops4j.pax.web.cfg"
sed -i "s/^sshPort *=.*/sshPort = 18301/" "$home/etc/org.apache.karaf.shell.cfg"
"$home/bin/start"
deadline=$(( $(date +%s) + 180 ))
# wait for the demo posts before logging in: a login before the demo accounts exist counts as a wrong password
until curl -s "http://127.0.0.1:$port/api/v1/boards/help/tickets" | grep -q '"total":[1-9]'; do
  [ "$(date +%s)" -lt "$deadline" ] || { echo "the distribution did not come up" >&2; exit 1; }
  sleep 0.2
done
token=$(curl -s -H 'Content-Type: application/json' -d '{"username":"citizen.demo","password":"fengqiao-demo"}' \
  "http://127.0.0.1:$port/api/v1/auth/login" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { echo "citizen.demo could not log in" >&2; exit 1; }
