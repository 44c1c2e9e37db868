package dev.rampart.vulndb.store;

import dev.rampart.vulndb.osv.OsvAffected;
import dev.rampart.vulndb.osv.OsvRange;
import dev.rampart.vulndb.osv.OsvRecord;
import dev.rampart.vulndb.osv.OsvSeverity;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Small records for store tests, and a one-call way to write them. */
final class TestRecords {
    private TestRecords() {}

    static OsvRecord record(String id, String modified, OsvAffected... affected) {
        return new OsvRecord(id, modified, null, "2024-01-01T00:00:00Z", List.of("CVE-" + id), List.of(),
                "summary of " + id, "details of " + id, List.of(new OsvSeverity("CVSS_V3", "CVSS:3.1/AV:N")), "HIGH",
                List.of(affected), List.of("https://example.org/" + id));
    }

    static OsvAffected affected(String ecosystem, String name) {
        return new OsvAffected(ecosystem, name, null, List.of(new OsvRange(OsvRange.Type.ECOSYSTEM, List.of(
                new OsvRange.Event(OsvRange.Event.Kind.INTRODUCED, "0"),
                new OsvRange.Event(OsvRange.Event.Kind.FIXED, "1.0")))), List.of(), null, Map.of());
    }

    /** Writes {@code records} as one source named {@code source} into {@code db} (merging) and commits. */
    static Status write(Path db, String source, OsvRecord... records) throws StoreException {
        try (StoreWriter w = StoreWriter.open(db, StoreWriter.Mode.MERGE, Clock.systemUTC())) {
            w.beginSource(Origin.of(source, "/data/" + source));
            for (OsvRecord r : records) {
                w.put(r);
            }
            w.endSource();
            return w.commit();
        }
    }

    static List<String> ids(List<OsvRecord> records) {
        return records.stream().map(OsvRecord::id).toList();
    }
}
