#!/usr/bin/env bash
# Start-up benchmark: from launching the service to its first answered GraphQL query that reads the graph.
# For each launcher it runs N cold starts (fresh data directory: schema + seed load included) and N warm starts
# (same directory again), prints each run and the medians. Usage: bench/startup.sh [N]   (default 3)
# Launchers: ./run.sh (extracted jar + AOT cache, the README's command) and the plain fat jar (java -jar).
# Ports: STARTUP_PORT, STARTUP_BOLT_PORT, STARTUP_HTTP_PORT (defaults 18080, 17687, 17474).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
query='{"query":"{ interventions(first: 1) { totalCount } }"}'
port=${STARTUP_PORT:-18080} bolt_port=${STARTUP_BOLT_PORT:-17687} http_port=${STARTUP_HTTP_PORT:-17474}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

./run.sh --prepare   # builds the jar and its AOT cache if needed
java_bin=$( (ls -d /usr/lib/jvm/*25* /usr/lib/jvm/*21* 2>/dev/null || true) | head -1)/bin/java
fat_jar=$(ls target/botoc-graph-*.jar | grep -v original | head -1)

start_once() { # $1 launcher (run.sh | jar), $2 data dir; prints ms to first answer
  local t0 t1 pid args=(--server.port=$port --botoc.embedded.data-dir="$2" --botoc.embedded.bolt-port=$bolt_port --botoc.embedded.http-port=$http_port)
  t0=$(date +%s%N)
  if [[ $1 == run.sh ]]; then setsid ./run.sh "${args[@]}" >"$2.log" 2>&1 & else setsid "$java_bin" -jar "$fat_jar" "${args[@]}" >"$2.log" 2>&1 & fi
  pid=$!
  until curl -sf -XPOST "localhost:$port/graphql" -H 'Content-Type: application/json' -d "$query" | grep -q totalCount; do
    kill -0 $pid 2>/dev/null || { echo "service died, see $2.log" >&2; exit 1; }
    sleep 0.1
  done
  t1=$(date +%s%N)
  kill -- -$pid; wait $pid 2>/dev/null || true; sleep 1
  echo $(( (t1 - t0) / 1000000 ))
}

work=$(mktemp -d)
for launcher in run.sh jar; do
  cold=(); warm=()
  for i in $(seq "$runs"); do
    dir="$work/$launcher-$i"
    cold+=("$(start_once $launcher "$dir")")
    warm+=("$(start_once $launcher "$dir")")
    echo "$launcher run $i: cold ${cold[-1]} ms, warm ${warm[-1]} ms"
  done
  echo "$launcher: median cold start (empty data dir: schema + seed load) to first answered query: $(printf '%s\n' "${cold[@]}" | median) ms"
  echo "$launcher: median warm start (existing data dir) to first answered query: $(printf '%s\n' "${warm[@]}" | median) ms"
done
rm -rf "$work"
