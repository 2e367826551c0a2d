package org.fengqiao.rest.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.cm.ConfigurationListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks Fengqiao's settings at start and on every change, naming the PID and key of a value that looks like
 * mojibake (UTF-8 read as ISO-8859-1: emergency keywords that no longer match, unit names garbled) and of a value
 * written as raw UTF-8 in its {@code .cfg} file, which Karaf's {@code config:*} commands would corrupt. Reported in
 * the log and in the health answer for administrators.
 */
@Component(service = { SettingsCheck.class, ConfigurationListener.class })
public class SettingsCheck implements ConfigurationListener {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsCheck.class);
    private static final String FENGQIAO = "org.fengqiao.";
    private static final String FILE_PROPERTY = "felix.fileinstall.filename";

    /** @param problem {@code mojibake} (broken now) or {@code raw_utf8} (broken by the next config:* command) */
    record Finding(String pid, String key, String problem, String message) {
    }

    private final ConfigurationAdmin configurations;
    private final Map<String, List<Finding>> findings = new ConcurrentHashMap<>();

    @Activate
    public SettingsCheck(@Reference ConfigurationAdmin configurations) {
        this.configurations = configurations;
        try {
            Configuration[] all = configurations.listConfigurations("(service.pid=" + FENGQIAO + "*)");
            for (Configuration c : all == null ? new Configuration[0] : all) {
                check(c.getPid(), c.getProperties());
            }
        } catch (IOException | org.osgi.framework.InvalidSyntaxException e) {
            LOG.error("Could not read the configurations to check them: {}", e.toString());
        }
    }

    @Override
    public void configurationEvent(ConfigurationEvent event) {
        String pid = event.getPid();
        if (!pid.startsWith(FENGQIAO)) {
            return;
        }
        if (event.getType() == ConfigurationEvent.CM_DELETED) {
            findings.remove(pid);
            return;
        }
        try {
            // listing reads the configuration without creating or binding it
            Configuration[] found = configurations.listConfigurations("(service.pid=" + pid + ")");
            check(pid, found == null || found.length == 0 ? null : found[0].getProperties());
        } catch (IOException | org.osgi.framework.InvalidSyntaxException e) {
            LOG.error("Could not read configuration {} to check it: {}", pid, e.toString());
        }
    }

    /** What is wrong now, by PID and key. */
    List<Finding> findings() {
        return findings.values().stream().flatMap(List::stream)
                .sorted(Comparator.comparing(Finding::pid).thenComparing(Finding::key)).toList();
    }

    void check(String pid, Dictionary<String, Object> properties) {
        if (properties == null) {
            findings.remove(pid);
            return;
        }
        List<Finding> found = new ArrayList<>();
        for (Enumeration<String> keys = properties.keys(); keys.hasMoreElements();) {
            String key = keys.nextElement();
            if (texts(properties.get(key)).stream().anyMatch(Mojibake::in)) {
                found.add(new Finding(pid, key, "mojibake", "the value looks like UTF-8 read as ISO-8859-1"
                        + " (as Karaf's config:* commands read a raw UTF-8 file): write it again, as \\uXXXX"
                        + " escapes"));
            }
        }
        Object file = properties.get(FILE_PROPERTY);
        if (file != null) {
            for (String key : rawUtf8Keys(file.toString())) {
                found.add(new Finding(pid, key, "raw_utf8", "written as raw UTF-8 in the .cfg file: Karaf's"
                        + " config:* commands would garble it; write it as \\uXXXX escapes"));
            }
        }
        if (found.isEmpty()) {
            findings.remove(pid);
        } else {
            findings.put(pid, List.copyOf(found));
            found.forEach(f -> LOG.error("Setting {} in {}: {}", f.key(), f.pid(), f.message()));
        }
    }

    private static List<String> texts(Object value) {
        if (value instanceof String s) {
            return List.of(s);
        } else if (value instanceof String[] a) {
            return List.of(a);
        } else if (value instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    /** Keys of the file's property lines that hold bytes outside ASCII (comments may hold any text). */
    static List<String> rawUtf8Keys(String fileUrl) {
        Path path;
        try {
            path = fileUrl.startsWith("file:") ? Path.of(java.net.URI.create(fileUrl)) : Path.of(fileUrl);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        if (!Files.isRegularFile(path)) {
            return List.of();
        }
        try {
            List<String> keys = new ArrayList<>();
            for (String line : Files.readAllLines(path, StandardCharsets.ISO_8859_1)) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#") || t.startsWith("!") || t.chars().allMatch(c -> c < 0x80)) {
                    continue;
                }
                int end = 0;
                while (end < t.length() && "=: \t".indexOf(t.charAt(end)) < 0) {
                    end++;
                }
                keys.add(t.substring(0, end));
            }
            return keys;
        } catch (IOException e) {
            return List.of();
        }
    }
}
