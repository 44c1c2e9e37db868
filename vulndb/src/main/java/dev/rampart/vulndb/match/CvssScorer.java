package dev.rampart.vulndb.match;

import dev.rampart.vulndb.cvss.CvssVector;
import dev.rampart.vulndb.cvss.InvalidCvssException;
import java.util.Optional;

/** Scores a CVSS vector ({@code CVSS:3.1/...}, {@code CVSS:4.0/...}); empty when it cannot be parsed. */
@FunctionalInterface
public interface CvssScorer {
    Optional<Double> baseScore(String vector);

    /** CVSS v3.0, v3.1 and v4.0 base scores computed from the vector per the FIRST specifications. */
    static CvssScorer standard() {
        return vector -> {
            try {
                return Optional.of(CvssVector.parse(vector).baseScore());
            } catch (InvalidCvssException e) {
                return Optional.empty();
            }
        };
    }
}
