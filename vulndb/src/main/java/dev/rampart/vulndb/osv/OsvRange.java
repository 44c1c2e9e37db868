package dev.rampart.vulndb.osv;

import java.util.List;

/**
 * One entry of {@code ranges[]}.
 *
 * @param type {@code ECOSYSTEM}, {@code SEMVER} or {@code GIT}
 * @param events in the order the record gives them
 */
public record OsvRange(Type type, List<Event> events) {
    public enum Type { ECOSYSTEM, SEMVER, GIT }

    public OsvRange {
        events = List.copyOf(events);
    }

    /** One event: {@code introduced}, {@code fixed}, {@code last_affected} or {@code limit}, with its version. */
    public record Event(Kind kind, String version) {
        public enum Kind { INTRODUCED, FIXED, LAST_AFFECTED, LIMIT }
    }
}
