package dev.rampart.vulndb.cvss;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One line of an example file under {@code src/test/resources/cvss/}: tab-separated vector,
 * expected base score, expected severity and where the expectation comes from; {@code #} starts
 * a comment line.
 */
record CvssExample(String vector, double score, CvssSeverity severity, String source) {

    static List<CvssExample> load(String resource) {
        try (InputStream in = Objects.requireNonNull(CvssExample.class.getResourceAsStream("/" + resource), resource)) {
            List<CvssExample> examples = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length != 4) {
                    throw new IllegalStateException(resource + ": expected 4 tab-separated fields in: " + line);
                }
                examples.add(new CvssExample(fields[0], Double.parseDouble(fields[1]), CvssSeverity.valueOf(fields[2]), fields[3]));
            }
            return examples;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    @Override
    public String toString() {
        return vector + " → " + score + " (" + source + ")";
    }
}
