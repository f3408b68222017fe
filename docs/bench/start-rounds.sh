#!/bin/bash
# Start Baton again and again with JVM option variants, interleaved, and print for each start the
# time from `java` to the first 200 of /q/health/ready, the CPU the process used by then (user +
# system, from /proc: the figure a busy machine cannot stretch) and its resident memory.
# Start time on a shared machine varies by a second from one start to the next; variants are
# compared over rounds, side by side, never one start against another (docs/performance.md,
# "Runs 26–29: fifteenth session").
#
#   docs/bench/start-rounds.sh /work/jar-x 3 base= "cts5=-XX:CompileThresholdScaling=5"
#
# JARDIR is a copy of target/quarkus-app made with `cp -a` (the class-data archive app-cds.jsa is
# accepted only for jars with their original modification times). The unit's JVM options
# (read from deploy/baton.service) come first, each variant's are added after them. The database is the
# benchmark's (BENCH_DB, default the 1M company on port 3307); the scheduler's passes are off so
# that only the start is measured.
set -euo pipefail
dir=$1; rounds=$2; shift 2
# the unit's options as deploy/baton.service has them, so that the two cannot drift apart; the
# build's class-data archive stands for the unit's /opt/baton/cds/current.jsa (a variant's
# -XX:SharedArchiveFile, e.g. a trained archive, comes later and wins)
unit_options=$(sed -n 's|^Environment="BATON_JAVA_OPTS=\(.*\)"$|\1|p' \
  "$(dirname "$0")/../../deploy/baton.service")
[ -n "$unit_options" ] || { echo "no BATON_JAVA_OPTS in deploy/baton.service"; exit 1; }
unit_options="$unit_options -XX:SharedArchiveFile=app-cds.jsa"
port=${PORT:-18080}
export QUARKUS_DATASOURCE_JDBC_URL=${BENCH_DB:-jdbc:mariadb://127.0.0.1:3307/baton_bench}
export BATON_DB_USER=${BENCH_DB_USER:-root} BATON_DB_PASSWORD=${BENCH_DB_PASSWORD:-} BATON_EMBEDDED_DB=false
export QUARKUS_HTTP_PORT=$port BATON_ESCALATION_EVERY=off BATON_MAIL_EVERY=off BATON_PROMISES_EVERY=off
export MALLOC_ARENA_MAX=2
cd "$dir"
echo "variant wall_ms cpu_ms rss_mb load"
for round in $(seq "$rounds"); do
  for variant in "$@"; do
    label=${variant%%=*}; options=${variant#*=}
    load=$(cut -d' ' -f1 /proc/loadavg)
    started=$(date +%s%N)
    # shellcheck disable=SC2086 # the options are words
    java $unit_options $options -jar quarkus-run.jar > "/tmp/start-rounds-$label.log" 2>&1 &
    pid=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/q/health/ready")" = 200 ]; do
      kill -0 $pid 2>/dev/null || { echo "$label: Baton exited, see /tmp/start-rounds-$label.log"; exit 1; }
      sleep 0.01
    done
    ready=$(date +%s%N)
    read -r -a stat < <(sed 's/.*) //' "/proc/$pid/stat")
    cpu=$(( (stat[11] + stat[12]) * 10 ))
    rss=$(awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$pid/status")
    echo "$label $(( (ready - started) / 1000000 )) $cpu $rss $load"
    kill $pid; wait $pid 2>/dev/null || true
    sleep 2
  done
done
