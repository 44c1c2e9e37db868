package dev.rampart.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rampart.testkit.Corpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/** The libsinsp 0.25.2 filter test vectors from the shared corpus, read as they are. */
public final class FilterVectors {
    private FilterVectors() {}

    /** One call site of the upstream tests: its kind, filter text, expectation and source line. */
    public record Vector(String kind, String filter, JsonNode expect, String message, int warnings, String where) {
        @Override
        public String toString() {
            return kind + " " + where + ": " + filter;
        }
    }

    public static List<Vector> all() {
        ObjectMapper mapper = new ObjectMapper();
        List<Vector> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(Corpus.resolve("falco/libs-filter-tests/libs-0.25.2-filter-vectors.jsonl"))) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = mapper.readTree(line);
                out.add(new Vector(n.get("kind").asText(), n.get("filter").asText(), n.path("expect"),
                        n.path("msg").asText(""), n.path("warnings").asInt(-1),
                        n.get("file").asText().replaceFirst(".*/", "") + ":" + n.get("line").asInt()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public static List<Vector> ofKind(String... kinds) {
        List<String> wanted = List.of(kinds);
        return all().stream().filter(v -> wanted.contains(v.kind())).toList();
    }
}
