package dev.rampart.catalog.ruby;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bundler's {@code Gemfile.lock} (https://bundler.io/guides/gemfile_lock.html): sections at column
 * 0, their fields indented two spaces, and in each source section ({@code GEM}, {@code GIT},
 * {@code PATH}, {@code PLUGIN SOURCE}) the resolved gems under {@code specs:} at four spaces, with
 * their own requirements at six:
 *
 * <pre>{@code
 * GEM
 *   remote: https://rubygems.org/
 *   specs:
 *     nokogiri (1.15.4-x86_64-linux)     <- gem nokogiri 1.15.4, platform x86_64-linux
 *       racc (~> 1.4)                    <- a requirement, not a gem
 *
 * CHECKSUMS                              <- Bundler 2.5 and later
 *   nokogiri (1.15.4-x86_64-linux) sha256=...
 * }</pre>
 *
 * As in Bundler's own parser, the version ends at the first {@code -} and the platform follows.
 * Gems of a {@code PATH} source whose {@code remote} is {@code .} are the project itself. The format
 * is indentation-based and small; it is read line by line rather than with a general parser.
 */
final class GemfileLockParser {
    private static final Set<String> SOURCES = Set.of("GEM", "GIT", "PATH", "PLUGIN SOURCE");
    /** Section names are upper case; ones this parser does not know are skipped, as Bundler skips them. */
    private static final Pattern SECTION = Pattern.compile("[A-Z][A-Z ]*");
    /** {@code name (version[-platform])}, as Bundler's {@code LockfileParser::NAME_VERSION} reads it. */
    private static final Pattern SPEC = Pattern.compile("^(\\S+) \\(([^-)\\s]+)(?:-([^)\\s]+))?\\)(?: (\\S+))?$");

    private GemfileLockParser() {}

    static List<Gem> parse(String text, RubyLimits limits) throws RubyFormatException {
        if (text.length() > limits.maxDocumentChars()) {
            throw new RubyFormatException(0, "file of " + text.length() + " characters exceeds RubyLimits.maxDocumentChars ("
                    + limits.maxDocumentChars() + ")");
        }
        List<Gem> gems = new ArrayList<>();
        Map<String, String> checksums = new HashMap<>();
        String section = "";
        boolean inSpecs = false;
        boolean localPath = false;
        boolean sawSection = false;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isBlank() || line.length() > limits.maxLineChars()) {
                continue;
            }
            int indent = line.length() - line.stripLeading().length();
            String body = line.strip();
            if (indent == 0) {
                if (!SECTION.matcher(body).matches()) {
                    throw new RubyFormatException(i + 1, "expected a section name in upper case, found '" + abbreviate(body) + "'");
                }
                section = body;
                sawSection = true;
                inSpecs = false;
                localPath = false;
            } else if (!sawSection) {
                throw new RubyFormatException(i + 1, "indented line before the first section");
            } else if (SOURCES.contains(section) && indent == 2) {
                inSpecs = body.equals("specs:");
                localPath |= section.equals("PATH") && body.equals("remote: .");
            } else if (SOURCES.contains(section) && inSpecs && indent == 4) {
                gems.add(spec(body, i + 1, localPath));
            } else if (section.equals("CHECKSUMS") && indent == 2) {
                Matcher m = SPEC.matcher(body);
                if (m.matches() && m.group(4) != null) {
                    checksums.put(key(m.group(1), m.group(2), m.group(3)), m.group(4));
                }
            }
        }
        if (!sawSection) {
            throw new RubyFormatException(1, "no Gemfile.lock section (GEM, GIT, PATH, DEPENDENCIES, ...)");
        }
        return gems.stream().map(g -> new Gem(g.name(), g.version(), g.platform(), List.of(),
                checksums.getOrDefault(key(g.name(), g.version(), g.platform()), ""), g.projectItself())).toList();
    }

    private static Gem spec(String body, int line, boolean projectItself) throws RubyFormatException {
        Matcher m = SPEC.matcher(body);
        if (!m.matches() || m.group(4) != null) {
            throw new RubyFormatException(line, "expected 'name (version)' in specs, found '" + abbreviate(body) + "'");
        }
        String platform = m.group(3) == null || m.group(3).equals("ruby") ? "" : m.group(3);
        return new Gem(m.group(1), m.group(2), platform, List.of(), "", projectItself);
    }

    private static String key(String name, String version, String platform) {
        return name + " " + version + (platform == null || platform.isEmpty() || platform.equals("ruby") ? "" : "-" + platform);
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "...";
    }
}
