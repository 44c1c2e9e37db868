package dev.rampart.catalog.ruby;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An installed gem's specification, {@code specifications/<name>-<version>[-<platform>].gemspec},
 * as RubyGems writes it with {@code Gem::Specification#to_ruby}
 * (https://guides.rubygems.org/specification-reference/):
 *
 * <pre>{@code
 * # stub: nokogiri 1.15.4 x86_64-linux lib
 *
 * Gem::Specification.new do |s|
 *   s.name = "nokogiri".freeze
 *   s.version = "1.15.4"
 *   s.platform = "x86_64-linux".freeze
 *   ...
 *   s.licenses = ["MIT".freeze]
 * }</pre>
 *
 * The file is Ruby code, and it is never evaluated: the attribute lines of the block variable
 * ({@code s} in every file RubyGems writes; read from {@code do |...|}) are matched and their string
 * literals taken, in any of the forms RubyGems has written ({@code "x"}, {@code "x".freeze},
 * {@code 'x'}, {@code %q{x}}, {@code %q<x>}). {@code s.license = "MIT"} and {@code s.licenses = [...]}
 * both give licenses. When the block gives no name or version, the {@code # stub:} line (written by
 * RubyGems 2.1 and later) does. Lines longer than {@link RubyLimits#maxLineChars()} are not matched.
 */
final class GemspecParser {
    private static final Pattern BLOCK = Pattern.compile("Gem::Specification\\.new\\s+do\\s*\\|\\s*(\\w+)\\s*\\|");
    private static final Pattern ATTRIBUTE = Pattern.compile("^\\s*(\\w+)\\.(name|version|platform|licenses|license)\\s*=\\s*(.*)$");
    private static final Pattern LITERAL = Pattern.compile(
            "\"((?:[^\"\\\\]|\\\\.)*)\"|'((?:[^'\\\\]|\\\\.)*)'|%[qQ]\\{([^}]*)}|%[qQ]<([^>]*)>|%[qQ]\\(([^)]*)\\)");
    private static final String STUB = "# stub: ";

    private GemspecParser() {}

    static Gem parse(String text, RubyLimits limits) throws RubyFormatException {
        if (text.length() > limits.maxDocumentChars()) {
            throw new RubyFormatException(0, "file of " + text.length() + " characters exceeds RubyLimits.maxDocumentChars ("
                    + limits.maxDocumentChars() + ")");
        }
        String variable = null;
        String name = "";
        String version = "";
        String platform = "";
        List<String> licenses = new ArrayList<>();
        String[] stub = null;
        for (String line : text.split("\n")) {
            if (line.length() > limits.maxLineChars()) {
                continue;
            }
            if (stub == null && line.startsWith(STUB)) {
                stub = line.substring(STUB.length()).strip().split("\\s+");
                continue;
            }
            if (variable == null) {
                Matcher b = BLOCK.matcher(line);
                if (b.find()) {
                    variable = b.group(1);
                }
                continue;
            }
            Matcher a = ATTRIBUTE.matcher(line);
            if (!a.matches() || !a.group(1).equals(variable)) {
                continue;
            }
            List<String> values = literals(a.group(3));
            switch (a.group(2)) {
                case "name" -> name = values.isEmpty() ? name : values.getFirst();
                case "version" -> version = values.isEmpty() ? version : values.getFirst();
                case "platform" -> platform = values.isEmpty() ? platform : values.getFirst();
                default -> values.stream().filter(v -> !v.isBlank()).forEach(licenses::add);
            }
        }
        if (stub != null && stub.length >= 2) {
            name = name.isEmpty() ? stub[0] : name;
            version = version.isEmpty() ? stub[1] : version;
            platform = platform.isEmpty() && stub.length >= 3 ? stub[2] : platform;
        }
        if (name.isBlank() || version.isBlank()) {
            throw new RubyFormatException(0, variable == null && stub == null
                    ? "no Gem::Specification.new block and no '# stub:' line"
                    : "the specification gives no name or no version");
        }
        return new Gem(name.strip(), version.strip(), platform.equals("ruby") ? "" : platform.strip(),
                licenses.stream().distinct().toList(), "", false);
    }

    /** The string literals of a Ruby expression, in order: {@code ["MIT".freeze, 'BSD']} → {@code [MIT, BSD]}. */
    static List<String> literals(String expression) {
        List<String> out = new ArrayList<>();
        Matcher m = LITERAL.matcher(expression);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    out.add(g <= 2 ? unescape(m.group(g)) : m.group(g));
                    break;
                }
            }
        }
        return out;
    }

    private static String unescape(String s) {
        return s.indexOf('\\') < 0 ? s : s.replaceAll("\\\\(.)", "$1");
    }
}
