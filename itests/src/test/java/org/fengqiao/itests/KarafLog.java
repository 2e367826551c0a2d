package org.fengqiao.itests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the booted container's own log, so that a failure in CI says what went wrong inside. */
final class KarafLog {

    private KarafLog() {
    }

    /** The last ERROR entry of data/log/karaf.log with the line after it (usually the exception). */
    static String lastError() {
        Path log = Path.of(System.getProperty("karaf.log", System.getProperty("karaf.data", "data") + "/log"),
                "karaf.log");
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (lines.get(i).contains("| ERROR |")) {
                    String next = i + 1 < lines.size() ? " / " + lines.get(i + 1).trim() : "";
                    return "last error in karaf.log: " + lines.get(i) + next;
                }
            }
            return "no error in " + log;
        } catch (IOException e) {
            return "karaf.log unreadable: " + e;
        }
    }
}
