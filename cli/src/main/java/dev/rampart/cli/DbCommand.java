package dev.rampart.cli;

import dev.rampart.vulndb.imports.ImportException;
import dev.rampart.vulndb.imports.ImportResult;
import dev.rampart.vulndb.imports.Limits;
import dev.rampart.vulndb.imports.OsvImporter;
import dev.rampart.vulndb.imports.OsvSource;
import dev.rampart.vulndb.store.Status;
import dev.rampart.vulndb.store.StoreException;
import dev.rampart.vulndb.store.VulnStore;
import dev.rampart.vulndb.update.DbUpdater;
import dev.rampart.vulndb.update.UpdateException;
import dev.rampart.vulndb.update.UpdateOptions;
import dev.rampart.vulndb.update.UpdateProgress;
import dev.rampart.vulndb.update.UpdateResult;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rampart db ...}: the local vulnerability database, built from OSV records. */
@Command(name = "db", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "The local vulnerability database (OSV records in one SQLite file).",
        subcommands = {DbCommand.Update.class, DbCommand.Import.class, DbCommand.StatusCmd.class})
final class DbCommand {
    @Option(names = "--db", paramLabel = "<file>", scope = CommandLine.ScopeType.INHERIT,
            description = "database file (default: $RAMPART_DB, else the user cache)")
    Path db;

    Path path() {
        return db != null ? db : VulnStore.defaultPath();
    }

    @Command(name = "update", mixinStandardHelpOptions = true,
            description = {"Download the OSV archive of each ecosystem and rebuild the database; resumable, and an",
                    "interrupted or failed update leaves the previous database usable."})
    static final class Update implements Callable<Integer> {
        @CommandLine.ParentCommand
        DbCommand parent;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Option(names = "--ecosystem", paramLabel = "<name>", split = ",",
                description = "OSV ecosystems to fetch (default: Debian, Ubuntu, Alpine, AlmaLinux, Rocky Linux, Red Hat, npm, Maven, PyPI, Go, crates.io, RubyGems, NuGet, Packagist)")
        List<String> ecosystems;
        @Option(names = "--base-url", paramLabel = "<url>", description = "where the <Ecosystem>/all.zip archives are; default the osv.dev bucket")
        URI baseUrl;
        @Option(names = {"-q", "--quiet"}, description = "no progress")
        boolean quiet;

        @Override
        public Integer call() {
            Terminal err = new Terminal(spec.commandLine().getErr(), quiet);
            UpdateOptions options = UpdateOptions.DEFAULT;
            if (baseUrl != null) {
                options = options.withBaseUrl(baseUrl);
            }
            if (ecosystems != null && !ecosystems.isEmpty()) {
                options = options.withEcosystems(ecosystems);
            }
            PrintWriter out = spec.commandLine().getOut();
            try {
                UpdateResult r = new DbUpdater(options, Clock.systemUTC()).update(parent.path(), p -> progress(p, err));
                for (UpdateResult.EcosystemOutcome o : r.ecosystems()) {
                    out.println(switch (o) {
                        case UpdateResult.EcosystemOutcome.Updated u -> u.ecosystem() + ": " + u.records() + " records (" + u.bytes() + " bytes)";
                        case UpdateResult.EcosystemOutcome.Unchanged u -> u.ecosystem() + ": unchanged";
                        case UpdateResult.EcosystemOutcome.Failed f -> f.ecosystem() + ": FAILED, kept what the database had: " + f.reason();
                    });
                }
                out.println(parent.path());
                out.flush();
                return r.complete() ? ExitCodes.OK : ExitCodes.FAILURE;
            } catch (UpdateException e) {
                err.error(e.getMessage());
                return ExitCodes.FAILURE;
            }
        }

        private static void progress(UpdateProgress p, Terminal err) {
            if (p instanceof UpdateProgress.Retrying r) {
                err.warn(r.ecosystem() + ": retrying (" + r.reason() + ")");
            }
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import OSV records offline: all.zip archives, folders of <id>.json, or single records.")
    static final class Import implements Callable<Integer> {
        @CommandLine.ParentCommand
        DbCommand parent;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Parameters(arity = "1..*", paramLabel = "<zip|dir|json>")
        List<Path> sources;

        @Override
        public Integer call() {
            Terminal err = new Terminal(spec.commandLine().getErr(), false);
            try {
                ImportResult r = new OsvImporter(Limits.DEFAULT, Clock.systemUTC()).importInto(parent.path(),
                        sources.stream().map(OsvSource::of).toList(), OsvImporter.OnSourceFailure.ABORT, p -> { });
                PrintWriter out = spec.commandLine().getOut();
                out.printf("%d records read (%d added, %d replaced, %d kept newer, %d skipped) in %.1f s, %.0f records/s%n",
                        r.read(), r.added(), r.replaced(), r.keptNewer(), r.skippedCount(),
                        r.elapsed().toMillis() / 1000.0, r.recordsPerSecond());
                r.skipped().forEach(s -> err.warn(s.source() + " " + s.entry() + ": " + s.reason()));
                out.println(parent.path());
                out.flush();
                return ExitCodes.OK;
            } catch (ImportException e) {
                err.error(e.getMessage());
                return ExitCodes.FAILURE;
            }
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "What the database holds and from when.")
    static final class StatusCmd implements Callable<Integer> {
        @CommandLine.ParentCommand
        DbCommand parent;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (VulnStore store = VulnStore.openReadOnly(parent.path())) {
                Status s = store.status();
                PrintWriter out = spec.commandLine().getOut();
                out.println("Database:  " + s.file() + " (" + s.fileBytes() / 1024 + " KiB, schema " + s.schemaVersion() + ")");
                out.println("Built:     " + s.builtAt());
                out.println("Records:   " + s.records());
                s.ecosystems().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                        .forEach(e -> out.printf("  %-24s %d%n", e.getKey(), e.getValue()));
                out.println("Sources:");
                s.sources().forEach(src -> out.printf("  %s  %s  %d records, %s%n", src.origin().name(), src.origin().location(),
                        src.records(), src.importedAt()));
                out.flush();
                return ExitCodes.OK;
            } catch (StoreException e) {
                new Terminal(spec.commandLine().getErr(), false).error(e.getMessage());
                return ExitCodes.FAILURE;
            }
        }
    }
}
