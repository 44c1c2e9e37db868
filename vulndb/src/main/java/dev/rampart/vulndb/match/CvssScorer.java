package dev.rampart.vulndb.match;

import java.util.Optional;

/** Scores a CVSS vector ({@code CVSS:3.1/...}, {@code CVSS:4.0/...}); empty when it cannot be parsed. */
@FunctionalInterface
public interface CvssScorer {
    Optional<Double> baseScore(String vector);
}
