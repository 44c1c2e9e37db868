package dev.rampart.runtime.condition;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** POSIX getopt over a space-separated argument string, for the {@code getopt()} transformer. */
final class Getopt {
    private Getopt() {}

    /**
     * The value of option {@code option} in {@code args} read with {@code optstring} ({@code "nt:"}:
     * {@code -n} is a flag, {@code -t} takes a value): the value for options that take one, an empty
     * string for flags that are present, null when absent.
     */
    static @Nullable String value(String args, String optstring, char option) {
        List<String> words = List.of(args.trim().split("\\s+"));
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.equals("--") || !w.startsWith("-") || w.length() < 2) {
                if (w.equals("--")) {
                    return null;
                }
                continue;
            }
            for (int j = 1; j < w.length(); j++) {
                char c = w.charAt(j);
                int at = optstring.indexOf(c);
                boolean takesValue = at >= 0 && at + 1 < optstring.length() && optstring.charAt(at + 1) == ':';
                if (takesValue) {
                    String value = j + 1 < w.length() ? w.substring(j + 1) : i + 1 < words.size() ? words.get(++i) : null;
                    if (c == option) {
                        return value;
                    }
                    break;
                }
                if (c == option) {
                    return "";
                }
            }
        }
        return null;
    }
}
