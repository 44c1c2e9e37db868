package dev.rampart.runtime.condition;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * POSIX getopt(3) over an argument list, for the {@code getopt()} transformer, read as libsinsp reads it.
 *
 * <p>The optstring names the short options ({@code "nt:"}: {@code -n} is a flag, {@code -t} takes a value;
 * a leading {@code ':'} is accepted and changes nothing here). Scanning stops at {@code --}, at the first
 * argument that is not an option ({@code file}, {@code -}, an empty string); long options
 * ({@code --exec}) are skipped. A token may group flags and end with a value ({@code -lpe/bin/sh}); an
 * option that takes a value and is last on the line has an empty value.
 */
final class Getopt {
    private static final char UNKNOWN = '\0';

    private final boolean[] valid = new boolean[Character.MAX_VALUE + 1];
    private final boolean[] takesValue = new boolean[Character.MAX_VALUE + 1];

    private Getopt(String optstring) {
        int from = optstring.startsWith(":") ? 1 : 0;
        for (int i = from; i < optstring.length(); i++) {
            char c = optstring.charAt(i);
            if (c == ':') {
                continue;
            }
            valid[c] = true;
            if (i + 1 < optstring.length() && optstring.charAt(i + 1) == ':') {
                takesValue[c] = true;
                i++;
            }
        }
    }

    static Getopt of(String optstring) {
        return new Getopt(optstring);
    }

    /**
     * Every option met, in order: the option letter, then its value for options that take one ({@code "?"}
     * for a letter the optstring lacks; an empty string, without the letter, for a value missing at the end).
     */
    List<String> options(List<String> argv) {
        List<String> out = new ArrayList<>();
        for (Hit h : scan(argv)) {
            if (h.letter() == UNKNOWN) {
                out.add("?");
            } else if (h.missing()) {
                out.add("");
            } else {
                out.add(String.valueOf(h.letter()));
                if (h.value() != null) {
                    out.add(h.value());
                }
            }
        }
        return out;
    }

    /**
     * The last occurrence of {@code option}: its value for an option that takes one (empty when it is missing),
     * the letter itself for a flag; null when the option does not occur.
     */
    @Nullable String select(List<String> argv, char option) {
        String selected = null;
        for (Hit h : scan(argv)) {
            if (h.letter() == option && h.letter() != UNKNOWN) {
                selected = h.missing() ? "" : h.value() != null ? h.value() : String.valueOf(option);
            }
        }
        return selected;
    }

    /** One option met: its letter ({@link #UNKNOWN} when the optstring lacks it), its value, or a missing value. */
    private record Hit(char letter, @Nullable String value, boolean missing) {}

    private List<Hit> scan(List<String> argv) {
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < argv.size(); i++) {
            String arg = argv.get(i);
            if (arg.equals("--")) {
                break;
            }
            if (arg.length() > 2 && arg.startsWith("--")) {
                continue;
            }
            if (arg.length() < 2 || arg.charAt(0) != '-') {
                break;
            }
            for (int j = 1; j < arg.length(); j++) {
                char c = arg.charAt(j);
                if (c == ':' || c == UNKNOWN || !valid[c]) {
                    hits.add(new Hit(UNKNOWN, null, false));
                    continue;
                }
                if (!takesValue[c]) {
                    hits.add(new Hit(c, null, false));
                    continue;
                }
                if (j + 1 < arg.length()) {
                    hits.add(new Hit(c, arg.substring(j + 1), false));
                } else if (i + 1 < argv.size()) {
                    hits.add(new Hit(c, argv.get(++i), false));
                } else {
                    hits.add(new Hit(c, null, true));
                }
                break;
            }
        }
        return hits;
    }
}
