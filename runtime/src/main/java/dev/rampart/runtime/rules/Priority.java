package dev.rampart.runtime.rules;

import java.util.Locale;
import java.util.Optional;

/** Rule priorities, most severe first, with the names Falco prints and the syslog severity of each. */
public enum Priority {
    EMERGENCY("Emergency"), ALERT("Alert"), CRITICAL("Critical"), ERROR("Error"), WARNING("Warning"),
    NOTICE("Notice"), INFORMATIONAL("Informational"), DEBUG("Debug");

    private final String display;

    Priority(String display) {
        this.display = display;
    }

    /** The name Falco writes in outputs: {@code Warning}, {@code Informational}. */
    public String display() {
        return display;
    }

    /** RFC 5424 severity: 0 (emergency) to 7 (debug). */
    public int syslogSeverity() {
        return ordinal();
    }

    /** Whether this priority is at least as severe as {@code floor}. */
    public boolean atLeast(Priority floor) {
        return ordinal() <= floor.ordinal();
    }

    /** Parses a priority the way Falco does: any case, {@code info} for informational. */
    public static Optional<Priority> parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("info")) {
            return Optional.of(INFORMATIONAL);
        }
        for (Priority p : values()) {
            if (p.name().toLowerCase(Locale.ROOT).equals(t)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
