package dev.rampart.scan;

import dev.rampart.catalog.CatalogContext;
import dev.rampart.catalog.CatalogResult;
import dev.rampart.catalog.Cataloger;
import dev.rampart.catalog.Catalogers;
import dev.rampart.catalog.os.OsDetector;
import dev.rampart.image.EntryAnalyzer;
import dev.rampart.image.ImageFiles;
import dev.rampart.image.ImageReadException;
import dev.rampart.image.ImageReader;
import dev.rampart.image.ImageSource;
import dev.rampart.image.PathFilter;
import dev.rampart.model.Inventory;
import dev.rampart.model.Issue;
import dev.rampart.model.OperatingSystem;
import dev.rampart.model.Package;
import java.util.ArrayList;
import java.util.List;

/**
 * Inventories an artifact: reads it once, with every cataloger's wanted files kept, detects the
 * operating system, and runs each cataloger over the squashed tree.
 */
public final class InventoryScanner {
    private final List<Cataloger> catalogers;

    public InventoryScanner() {
        this(Catalogers.all());
    }

    public InventoryScanner(List<Cataloger> catalogers) {
        this.catalogers = List.copyOf(catalogers);
    }

    public Inventory inventory(ScanRequest request) throws ImageReadException {
        return read(request, List.of()).inventory();
    }

    /** The inventory and the files it was read from, with the results of extra analyzers that rode the same pass. */
    public record Scanned(Inventory inventory, ImageFiles files) {}

    /**
     * Reads the artifact once, running the catalogers and the given extra analyzers (a secret
     * scanner, say) in the same pass.
     */
    public Scanned read(ScanRequest request, List<EntryAnalyzer<?>> extra) throws ImageReadException {
        PathFilter wanted = OsDetector::wants;
        // the catalogers' analyzers first: a file too large to copy for several analyzers goes to
        // the first that wants it, and the extra ones (the secret scanner) only count such files
        List<EntryAnalyzer<?>> analyzers = new ArrayList<>();
        for (Cataloger c : catalogers) {
            wanted = wanted.or(c::wants);
            analyzers.addAll(c.analyzers());
        }
        analyzers.addAll(extra);
        ImageFiles files = ImageReader.builder()
                .limits(request.limits())
                .platform(request.platform())
                .listener(request.listener())
                .wanting(wanted)
                .analyzers(analyzers)
                .build()
                .read(ImageSource.detect(request.input()));
        OperatingSystem os = OsDetector.detect(files.tree()).orElse(null);
        CatalogContext context = new CatalogContext(files, os);
        List<Package> packages = new ArrayList<>();
        List<Issue> issues = new ArrayList<>(files.issues());
        for (Cataloger c : catalogers) {
            CatalogResult r = c.catalog(context);
            packages.addAll(r.packages());
            issues.addAll(r.issues());
        }
        return new Scanned(new Inventory(files.artifact(), os, FileOwnership.apply(packages), issues), files);
    }
}
