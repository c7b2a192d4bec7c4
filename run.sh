#!/usr/bin/env bash
# Runs botoc-graph on its embedded Neo4j (or on the Neo4j that NEO4J_URI names). Any argument is passed on,
# e.g. ./run.sh --server.port=9090. ./run.sh --prepare only builds the jar and its start-up cache.
#
# Why a script and not only `./mvnw spring-boot:run` (which works too): the service starts about twice as fast
# from an extracted jar with a Java AOT cache (JDK 25+): classes of Neo4j and Spring come pre-parsed and
# pre-linked. The script (re)builds the jar only when sources changed, and trains the cache once per build
# with a start-up on a throw-away database (about a minute, once).
set -euo pipefail
cd "$(dirname "$0")"

newest_jdk() { # newest JDK >= 21 under /usr/lib/jvm, else the default java
  local best="" best_version=0 dir version
  for dir in /usr/lib/jvm/*/; do
    [[ -x "$dir/bin/java" ]] || continue
    version=$("$dir/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
    [[ $version =~ ^[0-9]+$ ]] && ((version > best_version)) && best="$dir" best_version=$version
  done
  ((best_version >= 21)) || { echo "botoc-graph needs a JDK 21 or newer under /usr/lib/jvm" >&2; exit 1; }
  echo "${best%/} $best_version"
}
read -r jdk jdk_version < <(newest_jdk)
java="$jdk/bin/java"

app=target/app
jar=$(ls target/botoc-graph-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [[ -z $jar ]] || [[ -n $(find pom.xml src cypher seed frontend -path frontend/node_modules -prune -o -type f -newer "$jar" -print -quit) ]]; then
  echo "Building botoc-graph (sources changed) ..."
  ./mvnw -q -B package -DskipTests
  jar=$(ls target/botoc-graph-*.jar | grep -v original | head -1)
  rm -rf "$app"
fi
if [[ ! -f $app/botoc-graph.jar ]]; then
  "$java" -Djarmode=tools -jar "$jar" extract --destination "$app" >/dev/null
  mv "$app/$(basename "$jar")" "$app/botoc-graph.jar"
fi

# Memory is bounded: a fixed heap (BOTOC_HEAP, default 1g) beside Neo4j's page cache (botoc.embedded.page-cache,
# 128m, off-heap) and Netty's direct buffers (256m), so the process stays near 1.6 GB whatever the requests do
# (without -Xmx the JVM takes a quarter of the machine). See docs/RELIABILITY.md.
memory=(-Xms256m "-Xmx${BOTOC_HEAP:-1g}" -XX:MaxDirectMemorySize=256m)

# Neo4j's libraries use sun.misc.Unsafe and native code: allow both, so that the JVM prints no warnings a user cannot
# act on (an older JDK ignores the flags it does not know).
jvm_access=(-XX:+IgnoreUnrecognizedVMOptions --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow)

aot=()
if ((jdk_version >= 25)); then
  if [[ ! -f $app/botoc-graph.aot ]]; then
    echo "Training the start-up cache once for this build (about a minute) ..."
    scratch=$(mktemp -d)
    "$java" "${memory[@]}" "${jvm_access[@]}" -Xlog:aot*=error -XX:AOTCacheOutput="$app/botoc-graph.aot" -Dspring.context.exit=onRefresh -jar "$app/botoc-graph.jar" \
      --botoc.embedded.data-dir="$scratch/neo4j" --botoc.embedded.bolt-port=0 --botoc.embedded.http-port=0 \
      --server.port=0 --botoc.embedded.enabled=true >"$scratch/training.log" 2>&1 \
      || echo "(training failed, see $scratch/training.log; starting without the cache)"
    [[ -f $app/botoc-graph.aot ]] && rm -rf "$scratch"
  fi
  [[ -f $app/botoc-graph.aot ]] && aot=(-XX:AOTCache="$app/botoc-graph.aot")
fi
[[ ${1:-} == --prepare ]] && exit 0
exec "$java" "${jvm_access[@]}" "${aot[@]}" "${memory[@]}" -Xlog:aot*=error -jar "$app/botoc-graph.jar" "$@"
