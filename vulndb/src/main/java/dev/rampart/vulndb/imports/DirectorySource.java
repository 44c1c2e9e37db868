package dev.rampart.vulndb.imports;

import dev.rampart.vulndb.store.Origin;
import dev.rampart.vulndb.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Every regular {@code *.json} file under a directory, in path order; links are not followed. */
record DirectorySource(Path dir, Origin origin) implements OsvSource {

    @Override
    public void read(Limits limits, Visitor visitor) throws IOException, StoreException {
        Budget budget = new Budget(limits, dir.toString());
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            Iterator<Path> it = walk.iterator();
            while (it.hasNext()) {
                Path p = it.next();
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                        && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
                    budget.entry();
                    files.add(p);
                }
            }
        }
        files.sort(null);
        for (Path p : files) {
            String entry = dir.relativize(p).toString();
            byte @Nullable [] json;
            try (InputStream in = Files.newInputStream(p)) {
                json = budget.read(in);
            }
            if (json == null) {
                visitor.skipped(entry, budget.tooLarge());
            } else {
                visitor.record(entry, json);
            }
        }
    }
}
