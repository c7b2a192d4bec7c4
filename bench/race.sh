#!/usr/bin/env bash
# The benchmark of issue 8: botoc-graph against hand-written Cypher (the floor) and @neo4j/graphql 7 (the peer), on
# the same embedded Neo4j and the same data, in interleaved rounds. Writes docs/BENCHMARKS.md. Not part of ./mvnw verify.
#
#   bench/race.sh [--scale seed,100] [--rounds 60] [--warmup 5000] [--warmup-seconds 6] [--budget 8] [--clients 8,32] [--xmx 1g]
#                 [--page-cache 256m] [--seed-value 42] [--no-peer] [--no-restart] [--out docs/BENCHMARKS.md]
#
# --scale: one or two graphs, raced side by side in the same rounds (each in its own service on its own ports and
#   data folder): `seed` is the curated seed, a number N a synthetic seed of N times its size (SyntheticSeed, loaded
#   by the service's own loader from target/bench/seed-N/). Long runs: --scale seed,1000 --xmx 4g --page-cache 512m --out docs/BENCHMARKS-1000.md (about 15 minutes).
# The defaults take about 15 minutes on 2 cores. Everything it starts runs on ports 28080/27687/27474 (first
# scale), 29080/29687/29474 (second) and 28400/28401 (peers), with data under target/bench/, and is stopped at exit;
# a port already in use stops the run (whatever answers there would be measured). The ports lie below Linux's
# ephemeral range (32768-60999), so an outgoing connection of the run itself cannot take one first.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

scales=seed,100 rounds=60 warmup=5000 warmup_seconds=6 budget=8 min_samples=5 clients=8,32 xmx=1g page_cache=256m seed_value=42
peer=true restart=true out=docs/BENCHMARKS.md slices=3 slice_seconds=2
command_line="bench/race.sh $*"
while [[ $# -gt 0 ]]; do
  case $1 in
    --scale) scales=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --warmup-seconds) warmup_seconds=$2; shift 2 ;;
    --budget) budget=$2; shift 2 ;;
    --min-samples) min_samples=$2; shift 2 ;;
    --clients) clients=$2; shift 2 ;;
    --slices) slices=$2; shift 2 ;;
    --slice-seconds) slice_seconds=$2; shift 2 ;;
    --xmx) xmx=$2; shift 2 ;;
    --page-cache) page_cache=$2; shift 2 ;;
    --seed-value) seed_value=$2; shift 2 ;;
    --no-peer) peer=false; shift ;;
    --no-restart) restart=false; shift ;;
    --out) out=$2; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
IFS=, read -ra scale_list <<< "$scales"
(( ${#scale_list[@]} <= 2 )) || { echo "at most two scales per run (two instances side by side)" >&2; exit 2; }

java_bin=$( (ls -d /usr/lib/jvm/*25* /usr/lib/jvm/*21* 2>/dev/null || true) | head -1)/bin/java
work=$root/target/bench
mkdir -p "$work/run"
pids=()
stop_all() {
  for pid in "${pids[@]}"; do kill -- -"$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done; done
}
trap stop_all EXIT

echo "== build (jar, harness) $(date -u +%H:%M:%S)"
./mvnw -q -B -DskipTests package
[[ -f $work/classpath.txt && $work/classpath.txt -nt pom.xml ]] \
  || ./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/classpath.txt" >/dev/null
classpath=$root/target/test-classes:$root/target/classes:$(cat "$work/classpath.txt")
jar=$(ls target/botoc-graph-*.jar | grep -v original | head -1)

if $peer; then
  echo "== peer: npm ci in bench/peer"
  if [[ ! -d bench/peer/node_modules || bench/peer/package-lock.json -nt bench/peer/node_modules ]]; then
    (cd bench/peer && npm ci --no-audit --no-fund --loglevel=error)
  fi
fi

# Starts one scale: $1 index (0/1), $2 scale. Sets target_spec and appends to meta.
targets=()
startup=()
first_answer() { # $1 port; waits for the first answered query that reads the graph
  local query='{"query":"{ interventions(first: 1) { totalCount } }"}'
  until curl -sf -XPOST "localhost:$1/graphql" -H 'Content-Type: application/json' -d "$query" | grep -q totalCount; do
    kill -0 "$2" 2>/dev/null || { echo "service died, see its log in $work/run/" >&2; exit 1; }
    sleep 0.1
  done
}
start_service() { # $1 port offset index, $2 scale, $3 data dir; prints pid; sets started_ms
  local port=$((28080 + 1000 * $1)) bolt=$((27687 + 2000 * $1)) http=$((27474 + 2000 * $1)) location t0 pid p
  for p in $port $bolt $http; do
    # Another process on our port would answer in the service's place, and the race would measure it.
    if (exec 3<>/dev/tcp/127.0.0.1/$p) 2>/dev/null; then echo "port $p is in use: stop what runs there first" >&2; exit 1; fi
  done
  if [[ $2 == seed ]]; then location=classpath:seed/; else location=file:$work/seed-$2/; fi
  t0=$(date +%s%N)
  setsid "$java_bin" -Xmx"$xmx" -jar "$jar" --server.port=$port --botoc.embedded.data-dir="$3" \
    --botoc.embedded.bolt-port=$bolt --botoc.embedded.http-port=$http --botoc.embedded.page-cache="$page_cache" \
    --botoc.seed.location="$location" --botoc.read.expose-cypher=true \
    --logging.level.nl.botoc.graph.seed=DEBUG >>"$work/run/service-$2.log" 2>&1 &
  pid=$!
  pids+=("$pid")
  first_answer $port $pid
  started_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  service_pid=$pid
}

for i in "${!scale_list[@]}"; do
  scale=${scale_list[$i]}
  if [[ $scale != seed ]]; then
    echo "== synthetic seed ${scale}× (seed value $seed_value)"
    "$java_bin" -cp "$classpath" nl.botoc.graph.bench.SyntheticSeed "$scale" "$seed_value" seed "$work/seed-$scale"
  fi
  data=$work/db-$scale
  rm -rf "$data"
  : >"$work/run/service-$scale.log"
  echo "== start botoc-graph on $scale (empty data dir: schema and seed load) $(date -u +%H:%M:%S)"
  start_service "$i" "$scale" "$data"
  load=$(grep -o 'loaded in [0-9]* ms' "$work/run/service-$scale.log" | head -1 || true)
  echo "   first answer after $started_ms ms (seed $load)"
  startup+=("$scale: launch to first answer on an empty data directory (schema and seed load included, -Xmx$xmx): **$started_ms ms** (seed $load)")
  port=$((28080 + 1000 * i)) bolt=$((27687 + 2000 * i)) peer_port=$((28400 + i))
  spec="name=$scale,api=http://127.0.0.1:$port/graphql,bolt=bolt://127.0.0.1:$bolt,pid=$service_pid"
  if $peer; then
    (cd bench/peer && NEO4J_URI=bolt://127.0.0.1:$bolt PORT=$peer_port exec setsid node server.js >"$work/run/peer-$scale.log" 2>&1) &
    peer_pid=$!
    pids+=("$peer_pid")
    until grep -q "peer ready" "$work/run/peer-$scale.log" 2>/dev/null; do
      kill -0 "$peer_pid" 2>/dev/null || { echo "peer died, see $work/run/peer-$scale.log" >&2; exit 1; }
      sleep 0.2
    done
    spec="$spec,peer=http://127.0.0.1:$peer_port/,peerPid=$peer_pid"
  fi
  targets+=(--target "$spec")
done

echo "== race $(date -u +%H:%M:%S) ($(uptime))"
"$java_bin" -cp "$classpath" nl.botoc.graph.bench.Race "${targets[@]}" \
  --rounds "$rounds" --warmup "$warmup" --warmup-seconds "$warmup_seconds" --budget "$budget" --min-samples "$min_samples" --clients "$clients" --slices "$slices" \
  --slice-seconds "$slice_seconds" --out "$out.tmp" \
  --meta "command=\`$command_line\`" \
  --meta "commit=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src cypher || echo ' (with uncommitted changes)') on $(git rev-parse --abbrev-ref HEAD)" \
  --meta "service=java -Xmx$xmx -jar $(basename "$jar"), embedded Neo4j page cache $page_cache, the limits it ships with, expose-cypher on (for the PROFILE of our statements)" \
  --meta "peer=@neo4j/graphql $(node -p 'require("./bench/peer/node_modules/@neo4j/graphql/package.json").version' 2>/dev/null || echo '-') on @apollo/server $(node -p 'require("./bench/peer/node_modules/@apollo/server/package.json").version' 2>/dev/null || echo '-'), Node $(node --version)" \
  >/dev/null

if $restart; then
  # Warm start: the first scale's service again, on the data directory it just filled.
  scale=${scale_list[0]}
  kill -- -"${pids[0]}"; while kill -0 "${pids[0]}" 2>/dev/null; do sleep 0.2; done
  start_service 0 "$scale" "$work/db-$scale"
  echo "== warm start on $scale: $started_ms ms"
  startup+=("$scale: launch to first answer on the data directory it just filled (warm start, -Xmx$xmx): **$started_ms ms**")
fi
{
  printf '## Start-up\n\nThe plain fat jar (`java -jar`, no AOT cache), measured by this run:\n\n'
  printf -- '- %s\n' "${startup[@]}"
  printf '\n`bench/startup.sh N` measures cold and warm starts of `./run.sh` (with the JDK 25 AOT cache) against the fat jar, median of N runs (README).\n'
} >>"$out.tmp"
mv "$out.tmp" "$out"
if [[ $out == docs/BENCHMARKS.md ]]; then # keep every published run, so a later one can be held against it
  mkdir -p bench/results
  cp "$out" "bench/results/$(date -u +%Y%m%d-%H%M)-$(git rev-parse --short HEAD).md"
fi
echo "== done $(date -u +%H:%M:%S): $out"
