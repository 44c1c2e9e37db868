package dev.rampart.runtime.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads Falco rules files in order, later files modifying earlier ones, like {@code falco -r a -r b}.
 *
 * <pre>{@code
 * LoadResult r = RulesLoader.load(List.of(Path.of("falco_rules.yaml"), Path.of("my_rules.yaml")));
 * r.issues().forEach(System.err::println);   // errors and warnings with code, file, line, column
 * Engine engine = Engine.create(r.ruleset(), Engine.Options.DEFAULT);
 * }</pre>
 *
 * A directory loads the {@code .yaml}/{@code .yml} files in it in name order. Problems are returned,
 * never thrown: an unreadable file is a {@code LOAD_ERR_FILE_READ} error.
 */
public final class RulesLoader {

    /** A rules file's name (for messages) and content. */
    public record Source(String name, String content) {}

    private RulesLoader() {}

    public static LoadResult load(List<Path> files) {
        return load(files, Limits.DEFAULT);
    }

    public static LoadResult load(List<Path> files, Limits limits) {
        List<Source> sources = new ArrayList<>();
        List<LoadIssue> readErrors = new ArrayList<>();
        for (Path p : expand(files, readErrors)) {
            try {
                sources.add(new Source(p.toString(), Files.readString(p, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                readErrors.add(new LoadIssue(LoadIssue.Severity.ERROR, "LOAD_ERR_FILE_READ", "rules content", "",
                        "cannot read rules file: " + e.getMessage(), p.toString(), 0, 0));
            }
        }
        LoadResult r = loadSources(sources, limits);
        List<LoadIssue> all = new ArrayList<>(readErrors);
        all.addAll(r.issues());
        return new LoadResult(r.ruleset(), all);
    }

    /** Loads rules given as text, in order. */
    public static LoadResult loadSources(List<Source> sources, Limits limits) {
        List<LoadIssue> issues = new ArrayList<>();
        Collector collector = new Collector();
        for (Source s : sources) {
            if (s.content().length() > limits.maxRulesFileChars()) {
                issues.add(new LoadIssue(LoadIssue.Severity.ERROR, "LOAD_ERR_FILE_READ", "rules content", "",
                        "rules file is larger than " + limits.maxRulesFileChars() + " characters", s.name(), 0, 0));
                continue;
            }
            new RulesReader(collector, s.name(), limits, issues).read(s.content());
        }
        Ruleset ruleset = new RulesCompiler(collector, limits, issues).compile();
        return new LoadResult(ruleset, issues);
    }

    private static List<Path> expand(List<Path> files, List<LoadIssue> errors) {
        List<Path> out = new ArrayList<>();
        for (Path p : files) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted().forEach(out::add);
                } catch (IOException e) {
                    errors.add(new LoadIssue(LoadIssue.Severity.ERROR, "LOAD_ERR_FILE_READ", "rules content", "",
                            "cannot list rules directory: " + e.getMessage(), p.toString(), 0, 0));
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
