package dev.rampart.vulndb.imports;

import dev.rampart.vulndb.store.Origin;
import dev.rampart.vulndb.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** One OSV record in one JSON file. */
record JsonFileSource(Path file, Origin origin) implements OsvSource {

    @Override
    public void read(Limits limits, Visitor visitor) throws IOException, StoreException {
        Budget budget = new Budget(limits, file.toString());
        budget.entry();
        byte @Nullable [] json;
        try (InputStream in = Files.newInputStream(file)) {
            json = budget.read(in);
        }
        String entry = file.getFileName().toString();
        if (json == null) {
            visitor.skipped(entry, budget.tooLarge());
        } else {
            visitor.record(entry, json);
        }
    }
}
