#!/bin/bash
# The statements and time of one escalation pass over N due requests, on a generated company.
#
# usage: escalation-statements.sh APP_DIR N [DATABASE]
#   APP_DIR   a packaged Baton (a copy of target/quarkus-app)
#   N         how many of the generated backlog's overdue requests to make due (1% of the open ones
#             is about 300 in a generated 1M company)
#   DATABASE  on the private MariaDB of performance.md (127.0.0.1:3307), default baton_bench
#
# Parks the backlog as the benchmark does, starts the application (escalation pass every second,
# Baton's connections with long_query_time=0), waits 15 s after ready, makes N requests due,
# waits for the pass that takes them, and prints its log line, the number of statements MariaDB's
# slow log saw meanwhile and the commonest ones. Restores the backlog at the end; each run uses up
# N of it. Do not run the application against the same database in between without parking: it
# would take the whole backlog.
set -euo pipefail
app=$1; n=$2; db=${3:-baton_bench}
M="mariadb -h127.0.0.1 -P3307 -uroot $db"
PARKED='2100-01-01 00:00:00'
slow=/tmp/escalation-slow.log; log=/tmp/escalation-app.log
$M -e "CREATE TABLE IF NOT EXISTS bench_next_escalation (id BIGINT PRIMARY KEY, next_escalation_at DATETIME(6) NOT NULL);
INSERT IGNORE INTO bench_next_escalation SELECT id, next_escalation_at FROM tickets WHERE next_escalation_at IS NOT NULL AND next_escalation_at <> '$PARKED';
UPDATE tickets SET next_escalation_at = '$PARKED' WHERE next_escalation_at IS NOT NULL AND next_escalation_at <= UTC_TIMESTAMP(6);"
rm -f $slow
$M -e "SET GLOBAL slow_query_log_file='$slow'; SET GLOBAL slow_query_log=1"
cd "$app"
MALLOC_ARENA_MAX=2 BATON_ESCALATION_EVERY=1s QUARKUS_HTTP_PORT=18123 \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:mariadb://127.0.0.1:3307/$db?sessionVariables=long_query_time=0" \
  java ${JAVA_EXTRA:-} -Xms64m -Xmx256m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -Xss512k -jar quarkus-run.jar > $log 2>&1 &
pid=$!
until curl -sf localhost:18123/q/health/ready > /dev/null; do sleep 0.5; done
sleep 15
from=$(stat -c %s $log); slowfrom=$(stat -c %s $slow)
$M -e "UPDATE tickets t JOIN (SELECT b.id, b.next_escalation_at FROM bench_next_escalation b JOIN tickets x ON x.id = b.id
  WHERE x.next_escalation_at = '$PARKED' AND b.next_escalation_at <= UTC_TIMESTAMP(6) ORDER BY b.id LIMIT $n) d ON d.id = t.id
  SET t.next_escalation_at = d.next_escalation_at; SELECT ROW_COUNT() AS made_due"
deadline=$((SECONDS + 120))
until [ $SECONDS -gt $deadline ] || tail -c +$from $log | grep -E "Escalation pass: [0-9]+ steps on [0-9]{3,} tickets"; do sleep 0.2; done
sleep 1
tail -c +$slowfrom $slow > $slow.pass
$M -e "SET GLOBAL slow_query_log=0"
kill $pid; wait $pid 2>/dev/null || true
echo "statements: $(grep -c '^# Query_time' $slow.pass)"
grep -v '^# \|^SET timestamp\|^use ' $slow.pass | sed 's/[0-9]\+/N/g' | cut -c1-100 | sort | uniq -c | sort -rn | head -12
$M -e "UPDATE tickets t JOIN bench_next_escalation b ON b.id = t.id SET t.next_escalation_at = b.next_escalation_at
  WHERE t.next_escalation_at = '$PARKED'; DROP TABLE bench_next_escalation"
