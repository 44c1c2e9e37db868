package dev.rampart.runtime.rules;

import org.jspecify.annotations.Nullable;

/**
 * A rules engine version, {@code major.minor.patch}. Rules files written for Falco's older engine
 * give a bare number N, which means {@code 0.N.0}.
 */
public record EngineVersion(int major, int minor, int patch) implements Comparable<EngineVersion> {

    /** The Falco engine version whose rules language Rampart implements. */
    public static final EngineVersion CURRENT = new EngineVersion(0, 57, 0);

    /** Parses {@code 15} or {@code 0.57.0}; null when the text is neither. */
    public static @Nullable EngineVersion parse(String text) {
        String t = text.strip();
        try {
            if (t.matches("\\d+")) {
                return new EngineVersion(0, Integer.parseInt(t), 0);
            }
            if (t.matches("\\d+\\.\\d+\\.\\d+")) {
                String[] p = t.split("\\.");
                return new EngineVersion(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return null;
    }

    @Override
    public int compareTo(EngineVersion o) {
        int c = Integer.compare(major, o.major);
        if (c == 0) {
            c = Integer.compare(minor, o.minor);
        }
        return c != 0 ? c : Integer.compare(patch, o.patch);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
