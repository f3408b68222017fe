package app.baton.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * deploy/baton-start-archive.sh, the systemd unit's ExecStartPre, as an operator meets it: the
 * first start of an installed version trains once, later starts do not, an upgrade trains again,
 * and a training start that fails leaves Baton starting with the build's archive. A stand-in for
 * java records how it was called and writes the archive it is asked for, so the script's decisions
 * are tested without a packaged Baton.
 */
class StartArchiveScriptTest {

    @TempDir
    Path temp;

    Path app;
    Path archives;
    Path java;
    Path calls;

    @BeforeEach
    void installedBaton() throws IOException {
        app = Files.createDirectories(temp.resolve("quarkus-app"));
        Files.writeString(app.resolve("quarkus-run.jar"), "run");
        Files.createDirectories(app.resolve("lib/main"));
        Files.writeString(app.resolve("lib/main/baton.jar"), "version 1");
        Files.writeString(app.resolve("app-cds.jsa"), "the build's archive");
        archives = temp.resolve("cds");
        calls = temp.resolve("calls");
        java = temp.resolve("java");
        Files.writeString(java, """
                #!/bin/sh
                echo "$*" >> "$STUB_CALLS"
                [ "$1" = -version ] && { echo 'openjdk version "17.0.15"' >&2; exit 0; }
                for a in "$@"; do case "$a" in -XX:ArchiveClassesAtExit=*) out=${a#*=};; esac; done
                [ "${STUB_FAIL:-}" = 1 ] && { echo "Failed to start: no database"; exit 1; }
                echo "a whole start's classes" > "$out"
                """);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void theFirstStartTrainsOnceAndLaterStartsUseItsArchive() throws Exception {
        String said = runScript(false);
        assertTrue(said.contains("made " + archives.resolve("start.jsa")), said);
        assertEquals(archives.resolve("start.jsa"), Files.readSymbolicLink(archives.resolve("current.jsa")));
        List<String> training = trainingCalls();
        assertEquals(1, training.size());
        assertTrue(training.get(0).startsWith("-Xmx256m -XX:+UseSerialGC -XX:ArchiveClassesAtExit="), training.get(0));
        assertTrue(training.get(0).endsWith("-jar quarkus-run.jar train-start"), training.get(0));

        assertEquals("", runScript(false));
        assertEquals(1, trainingCalls().size());
        assertEquals(archives.resolve("start.jsa"), Files.readSymbolicLink(archives.resolve("current.jsa")));
    }

    @Test
    void anUpgradedJarTrainsAgain() throws Exception {
        runScript(false);
        Path jar = app.resolve("lib/main/baton.jar");
        Files.writeString(jar, "version 2");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
        runScript(false);
        assertEquals(2, trainingCalls().size());
    }

    @Test
    void aFailedTrainingStartsWithTheBuildsArchiveAndGivesUpAfterThree() throws Exception {
        String said = runScript(true);
        assertTrue(said.contains("the training start failed"), said);
        assertTrue(said.contains("Failed to start: no database"), "the log's end is shown: " + said);
        assertEquals(app.resolve("app-cds.jsa"), Files.readSymbolicLink(archives.resolve("current.jsa")));
        assertFalse(Files.exists(archives.resolve("start.jsa")));

        runScript(true);
        runScript(true);
        said = runScript(true);
        assertTrue(said.contains("three training starts failed"), said);
        assertEquals(3, trainingCalls().size());
        assertEquals(app.resolve("app-cds.jsa"), Files.readSymbolicLink(archives.resolve("current.jsa")));

        // the operator's way back: remove the record of failures, and the next start trains again
        Files.delete(archives.resolve("failed"));
        runScript(false);
        assertEquals(archives.resolve("start.jsa"), Files.readSymbolicLink(archives.resolve("current.jsa")));
    }

    private String runScript(boolean trainingFails) throws IOException, InterruptedException {
        ProcessBuilder script = new ProcessBuilder(Path.of("deploy", "baton-start-archive.sh").toAbsolutePath().toString(),
                java.toString()).directory(app.toFile()).redirectErrorStream(true);
        Map<String, String> env = script.environment();
        env.put("BATON_ARCHIVE_DIR", archives.toString());
        env.put("BATON_JAVA_OPTS", "-Xmx256m -XX:+UseSerialGC");
        env.put("STUB_CALLS", calls.toString());
        env.put("STUB_FAIL", trainingFails ? "1" : "0");
        Process process = script.start();
        String said = new String(process.getInputStream().readAllBytes());
        // whatever happens, the unit's start goes on
        assertEquals(0, process.waitFor(), said);
        return said;
    }

    private List<String> trainingCalls() throws IOException {
        return Files.readAllLines(calls).stream().filter(call -> call.contains("train-start")).toList();
    }
}
