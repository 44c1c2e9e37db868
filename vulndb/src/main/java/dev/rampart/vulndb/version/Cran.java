package dev.rampart.vulndb.version;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * R package versions (CRAN, Bioconductor), ordered as R's {@code package_version}: at least two
 * numbers separated by {@code .} or {@code -} ({@code 1.2-3}), compared as lists of numbers, so
 * {@code 0.01.0 = 0.1-0}, {@code 0.9 < 0.75} and a longer version with the same start is greater.
 */
public final class Cran implements VersionScheme {
    public static final Cran INSTANCE = new Cran();

    private Cran() {}

    @Override
    public String name() {
        return "CRAN";
    }

    @Override
    public ParsedVersion parse(String version) throws InvalidVersionException {
        Chars.requireNoBlanks(this, version);
        List<BigInteger> numbers = new ArrayList<>();
        for (String part : version.split("[.-]", -1)) {
            if (!Chars.allDigits(part)) {
                throw new InvalidVersionException(this, version,
                        "expected numbers separated by '.' or '-', found '" + part + "'");
            }
            numbers.add(new BigInteger(part));
        }
        if (numbers.size() < 2) {
            throw new InvalidVersionException(this, version, "R package versions have at least two numbers");
        }
        return new ParsedVersion(this, version, new NumberList(List.copyOf(numbers)));
    }
}
