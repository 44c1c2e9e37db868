package dev.rampart.vulndb.version;

import dev.rampart.testkit.Corpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * google/osv-scalibr's version vectors in the shared corpus ({@code versions/osv-scalibr-semantic/testdata}),
 * read as osv-scalibr's own test reads them: each line is {@code a < b}, {@code a = b} or {@code a > b};
 * blank lines and lines starting with {@code "# "} or {@code "// "} are comments.
 */
final class Vectors {
    private Vectors() {}

    /** One line: the two versions and what their order must be. */
    record Vector(String file, int line, String left, String op, String right) {
        int expected() {
            return switch (op) {
                case "<" -> -1;
                case "=" -> 0;
                case ">" -> 1;
                default -> throw new IllegalStateException(where() + ": unknown operator '" + op + "'");
            };
        }

        String where() {
            return file + ":" + line;
        }

        @Override
        public String toString() {
            return where() + ": " + left + " " + op + " " + right;
        }
    }

    static Path path(String file) {
        return Corpus.resolve("versions/osv-scalibr-semantic/testdata/" + file);
    }

    static List<Vector> read(String file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(path(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Vector> vectors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty() || line.startsWith("# ") || line.startsWith("// ")) {
                continue;
            }
            String[] parts = line.split(" ");
            if (parts.length != 3) {
                throw new IllegalStateException(file + ":" + (i + 1) + ": expected 'a op b', found '" + line + "'");
            }
            vectors.add(new Vector(file, i + 1, parts[0], parts[1], parts[2]));
        }
        return vectors;
    }

    /** Every version that appears in the file, in order of first appearance. */
    static List<String> versions(String file) {
        Set<String> versions = new LinkedHashSet<>();
        for (Vector v : read(file)) {
            versions.add(v.left());
            versions.add(v.right());
        }
        return List.copyOf(versions);
    }

    /**
     * The vectors the scheme answers wrongly, each described with what the scheme said, both ways
     * round ({@code compare(a, b)} and {@code compare(b, a)}), as osv-scalibr checks them.
     */
    static List<String> mismatches(VersionScheme scheme, List<Vector> vectors) {
        List<String> wrong = new ArrayList<>();
        for (Vector v : vectors) {
            String answer = answer(scheme, v);
            if (!answer.equals(v.op())) {
                wrong.add(v + "  (got " + answer + ")");
            }
        }
        return wrong;
    }

    /** What the scheme says about the vector's two versions: {@code <}, {@code =}, {@code >}, or why not. */
    static String answer(VersionScheme scheme, Vector v) {
        try {
            int forward = scheme.compare(v.left(), v.right());
            int backward = scheme.compare(v.right(), v.left());
            if (forward != -backward) {
                return "not antisymmetric: " + forward + " one way, " + backward + " the other";
            }
            return forward < 0 ? "<" : forward == 0 ? "=" : ">";
        } catch (InvalidVersionException e) {
            return "refused: " + e.getMessage();
        }
    }
}
