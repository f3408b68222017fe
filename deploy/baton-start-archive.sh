#!/bin/sh
# Makes the class-data archive of a whole start for the installed Baton, once per installed
# version: deploy/baton.service runs it before every start (ExecStartPre) from the application's
# directory, with the unit's environment. When the jars and the Java build are those the archive
# was made for, it does nothing. Otherwise it runs a training start
# (`java -XX:ArchiveClassesAtExit=... -jar quarkus-run.jar train-start`: Baton starts against the
# configured database on a free loopback port with its scheduled passes off, asks itself for its
# first pages, parses its list queries and stops) and points the archive the unit starts with at
# the result. Until then, or if training fails, it points at the build's app-cds.jsa, which holds
# only the classes of Quarkus's static initialisation. Why: docs/performance.md, "A trained
# class-data archive"; how to run and reset it: docs/operations.md.
#
# Never fails the start: whatever happens here, Baton starts, at worst with the build's archive.
#
# Usage: baton-start-archive.sh [JAVA]: the java the unit starts Baton with (default: java on the
# PATH); an archive is accepted only by the Java build that made it.
# Environment: BATON_JAVA_OPTS (the unit's JVM options; the archive must be made with the options
# it is used with), BATON_ARCHIVE_DIR (default /opt/baton/cds), BATON_TRAINING_TIMEOUT (seconds,
# default 240), and the unit's database settings.
set -u
dir=${BATON_ARCHIVE_DIR:-/opt/baton/cds}
java=${1:-java}
timeout=${BATON_TRAINING_TIMEOUT:-240}
opts=${BATON_JAVA_OPTS:-}

[ -f quarkus-run.jar ] || { echo "baton-start-archive: run me from the directory of quarkus-run.jar"; exit 0; }
mkdir -p "$dir" || { echo "baton-start-archive: cannot create $dir; starting with the build's archive"; exit 0; }

# What the archive depends on: every jar's size and modification time, the Java build, and the
# JVM options. The JVM refuses an archive whole when any jar differs from the one it was made with.
# The Java build is read from its files (release, libjvm.so) rather than from `java -version`,
# which would cost every start a JVM of its own; only a java without those files is asked.
java_home=$(readlink -f "$(command -v "$java")" 2>/dev/null); java_home=${java_home%/bin/java}
java_build=$(cat "$java_home/release" 2>/dev/null && stat -L -c '%s %Y' "$java_home/lib/server/libjvm.so" 2>/dev/null) \
    || java_build=$("$java" -version 2>&1)
stamp=$({ echo "$java_build"; echo "$opts"; find . -name '*.jar' -printf '%p %s %T@\n' | sort; } | cksum)

point_at() { ln -sfn "$1" "$dir/current.jsa.new" && mv -fT "$dir/current.jsa.new" "$dir/current.jsa"; }

if [ -s "$dir/start.jsa" ] && [ "$(cat "$dir/stamp" 2>/dev/null)" = "$stamp" ]; then
    point_at "$dir/start.jsa"
    exit 0
fi
# Three failed training starts for the same jars (the database down, say) and it stops trying.
failures=$(grep -cxF "$stamp" "$dir/failed" 2>/dev/null)
if [ "${failures:-0}" -ge 3 ]; then
    echo "baton-start-archive: three training starts failed for these jars; starting with the build's archive (rm $dir/failed to try again)"
    point_at "$PWD/app-cds.jsa"
    exit 0
fi

# From here until the training start succeeds, the unit starts with the build's archive.
point_at "$PWD/app-cds.jsa"
rm -f "$dir/start.jsa" "$dir/stamp" "$dir/training.jsa"
echo "baton-start-archive: the jars or Java changed; a training start makes the class-data archive of a whole start"
started=$(date +%s)
# -Xlog:cds*=error: the JVM warns of every class it leaves out of the archive (thousands of lines)
# shellcheck disable=SC2086 # the options are words
if timeout "$timeout" "$java" $opts -XX:ArchiveClassesAtExit="$dir/training.jsa" -Xlog:cds*=error \
        -jar quarkus-run.jar train-start \
        > "$dir/training.log" 2>&1 && [ -s "$dir/training.jsa" ]; then
    mv -f "$dir/training.jsa" "$dir/start.jsa"
    echo "$stamp" > "$dir/stamp"
    rm -f "$dir/failed"
    point_at "$dir/start.jsa"
    echo "baton-start-archive: made $dir/start.jsa ($(du -m "$dir/start.jsa" | cut -f1) MB) in $(( $(date +%s) - started )) s"
else
    echo "baton-start-archive: the training start failed; starting with the build's archive. Its log, $dir/training.log, ends:"
    tail -n 20 "$dir/training.log"
    rm -f "$dir/training.jsa"
    echo "$stamp" >> "$dir/failed"
fi
exit 0
