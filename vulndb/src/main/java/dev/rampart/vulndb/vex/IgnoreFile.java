package dev.rampart.vulndb.vex;

import dev.rampart.model.Issue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code .rampartignore}: one vulnerability id per line, optionally followed by
 * {@code exp:YYYY-MM-DD} (the last day it applies) and a purl that limits it to one package;
 * {@code #} starts a comment, which becomes the reason shown in reports.
 *
 * <pre>
 * CVE-2021-44228 exp:2026-12-31 pkg:maven/org.apache.logging.log4j/log4j-core  # not reachable: JNDI disabled
 * GHSA-599f-7c49-w659
 * </pre>
 */
public final class IgnoreFile {
    private IgnoreFile() {}

    public static VexReader.Result read(Path file) throws IOException {
        List<Statement> out = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        int lineNo = 0;
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            int hash = raw.indexOf('#');
            String comment = hash < 0 ? "" : raw.substring(hash + 1).strip();
            String line = (hash < 0 ? raw : raw.substring(0, hash)).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] words = line.split("\\s+");
            LocalDate expires = null;
            List<String> purls = new ArrayList<>();
            boolean bad = false;
            for (int i = 1; i < words.length; i++) {
                if (words[i].startsWith("exp:")) {
                    try {
                        expires = LocalDate.parse(words[i].substring(4));
                    } catch (DateTimeParseException e) {
                        issues.add(new Issue(file + ":" + lineNo, "expiry '" + words[i].substring(4) + "' is not a date YYYY-MM-DD; line ignored"));
                        bad = true;
                    }
                } else if (words[i].startsWith("pkg:")) {
                    purls.add(words[i]);
                } else {
                    issues.add(new Issue(file + ":" + lineNo, "unexpected '" + words[i] + "' (expected exp:YYYY-MM-DD or a purl); line ignored"));
                    bad = true;
                }
            }
            if (!bad) {
                out.add(new Statement(words[0], purls, comment.isEmpty() ? "ignored" : "ignored: " + comment,
                        file + ":" + lineNo, expires));
            }
        }
        return new VexReader.Result(out, issues);
    }
}
