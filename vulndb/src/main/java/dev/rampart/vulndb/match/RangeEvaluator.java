package dev.rampart.vulndb.match;

import dev.rampart.vulndb.osv.OsvAffected;
import dev.rampart.vulndb.osv.OsvRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether a version is inside an OSV {@code affected} entry, following the schema's
 * evaluation rules (https://ossf.github.io/osv-schema/#evaluation): the version is affected when it
 * is listed in {@code versions}, or when any ECOSYSTEM or SEMVER range covers it. Within a range,
 * events are walked in version order: {@code introduced} (with {@code 0} as the lowest version)
 * opens, {@code fixed} closes at that version, {@code last_affected} closes after it, and a
 * version at or past every {@code limit} is outside. GIT ranges name commits, which an installed
 * package does not record, so they are not evaluated (the caller counts them).
 */
final class RangeEvaluator {
    private RangeEvaluator() {}

    /** The verdict for one entry, with the fixes that apply to the version. */
    record Verdict(boolean affected, List<String> fixedVersions, int gitRangesSkipped) {}

    static Verdict evaluate(OsvAffected entry, String version, VersionOrder order) throws VersionOrder.InvalidVersion {
        if (entry.versions().contains(version)) {
            return new Verdict(true, fixesAbove(entry, version, order), 0);
        }
        boolean affected = false;
        int git = 0;
        for (OsvRange r : entry.ranges()) {
            if (r.type() == OsvRange.Type.GIT) {
                git++;
                continue;
            }
            affected |= inRange(r, version, order);
        }
        return new Verdict(affected, affected ? fixesAbove(entry, version, order) : List.of(), git);
    }

    static boolean inRange(OsvRange r, String v, VersionOrder order) throws VersionOrder.InvalidVersion {
        List<OsvRange.Event> events = new ArrayList<>(r.events());
        boolean limited = false;
        boolean belowALimit = false;
        for (OsvRange.Event e : events) {
            if (e.kind() == OsvRange.Event.Kind.LIMIT) {
                limited = true;
                belowALimit |= e.version().equals("*") || order.compare(v, e.version()) < 0;
            }
        }
        if (limited && !belowALimit) {
            return false;
        }
        sort(events, order);
        boolean affected = false;
        for (OsvRange.Event e : events) {
            switch (e.kind()) {
                case INTRODUCED -> {
                    if (e.version().equals("0") || order.compare(v, e.version()) >= 0) {
                        affected = true;
                    }
                }
                case FIXED -> {
                    if (order.compare(v, e.version()) >= 0) {
                        affected = false;
                    }
                }
                case LAST_AFFECTED -> {
                    if (order.compare(v, e.version()) > 0) {
                        affected = false;
                    }
                }
                case LIMIT -> { }
            }
        }
        return affected;
    }

    /** Sorts events by version; introduced "0" first, and at equal versions introduced before fixed. */
    private static void sort(List<OsvRange.Event> events, VersionOrder order) throws VersionOrder.InvalidVersion {
        // insertion sort: the comparator throws, and ranges hold a handful of events
        for (int i = 1; i < events.size(); i++) {
            OsvRange.Event x = events.get(i);
            int j = i - 1;
            while (j >= 0 && compare(events.get(j), x, order) > 0) {
                events.set(j + 1, events.get(j));
                j--;
            }
            events.set(j + 1, x);
        }
    }

    private static int compare(OsvRange.Event a, OsvRange.Event b, VersionOrder order) throws VersionOrder.InvalidVersion {
        boolean a0 = a.kind() == OsvRange.Event.Kind.INTRODUCED && a.version().equals("0");
        boolean b0 = b.kind() == OsvRange.Event.Kind.INTRODUCED && b.version().equals("0");
        if (a0 || b0) {
            return a0 == b0 ? 0 : a0 ? -1 : 1;
        }
        int c = order.compare(a.version(), b.version());
        return c != 0 ? c : Integer.compare(rank(a.kind()), rank(b.kind()));
    }

    private static int rank(OsvRange.Event.Kind k) {
        return switch (k) {
            case INTRODUCED -> 0;
            case LAST_AFFECTED -> 1;
            case FIXED -> 2;
            case LIMIT -> 3;
        };
    }

    /** The fixed versions above the installed one, lowest first. */
    private static List<String> fixesAbove(OsvAffected entry, String v, VersionOrder order) throws VersionOrder.InvalidVersion {
        List<String> fixes = new ArrayList<>();
        for (OsvRange r : entry.ranges()) {
            if (r.type() == OsvRange.Type.GIT) {
                continue;
            }
            for (OsvRange.Event e : r.events()) {
                if (e.kind() == OsvRange.Event.Kind.FIXED && order.compare(e.version(), v) > 0 && !fixes.contains(e.version())) {
                    fixes.add(e.version());
                }
            }
        }
        for (int i = 1; i < fixes.size(); i++) {
            String x = fixes.get(i);
            int j = i - 1;
            while (j >= 0 && order.compare(fixes.get(j), x) > 0) {
                fixes.set(j + 1, fixes.get(j));
                j--;
            }
            fixes.set(j + 1, x);
        }
        return fixes;
    }
}
