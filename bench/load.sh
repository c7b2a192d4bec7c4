#!/usr/bin/env bash
# The bounded load run of issue 7, outside the test suite: starts the service as ./run.sh does (heap limit included),
# then 32 clients send the headline queries for 2 minutes while, in alternating 10 s windows, one hostile client sends
# the costliest request the cost limit allows once a second. Prints latency per kind of window, failures, what
# happened to the hostile requests and the server's memory. Figures and how to read them: docs/RELIABILITY.md.
#
#   bench/load.sh [SECONDS] [CLIENTS] [WINDOW]      (defaults 120 32 10)
#   LOAD_PORT=26080 LOAD_BOLT_PORT=25687 LOAD_HTTP_PORT=25474 bench/load.sh   (ports; never the defaults 8080/7687)
# Any further service setting as an environment variable, e.g. BOTOC_GRAPHQL_MAX_COST=20000 bench/load.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${LOAD_PORT:-26080}
data=target/load-neo4j
./run.sh --prepare
log=target/load-service.log
./run.sh --server.port="$port" --botoc.embedded.bolt-port="${LOAD_BOLT_PORT:-25687}" \
  --botoc.embedded.http-port="${LOAD_HTTP_PORT:-25474}" --botoc.embedded.data-dir="$data" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
  curl -fs "http://localhost:$port/actuator/health" >/dev/null 2>&1 && break
  kill -0 $pid 2>/dev/null || { echo "the service did not start, see $log" >&2; exit 1; }
  sleep 1
done
curl -fs "http://localhost:$port/actuator/health" >/dev/null || { echo "the service is not UP, see $log" >&2; exit 1; }
jdk=$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1 || true)
java=${jdk:+$jdk/bin/}java
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, load average $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%FT%TZ)"
"$java" bench/LoadRun.java "http://localhost:$port" "$pid" "${1:-120}" "${2:-32}" "${3:-10}"
