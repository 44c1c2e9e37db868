package dev.rampart.vulndb.version;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Haskell package versions (Hackage), ordered as Cabal's {@code Version}: dot-separated numbers
 * ({@code 1.0.2.1}) compared as lists, so a longer version with the same start is greater:
 * {@code 1.0 < 1.0.0 < 1.0.1 < 1.1}.
 */
public final class Hackage implements VersionScheme {
    public static final Hackage INSTANCE = new Hackage();

    private Hackage() {}

    @Override
    public String name() {
        return "Hackage";
    }

    @Override
    public ParsedVersion parse(String version) throws InvalidVersionException {
        Chars.requireNoBlanks(this, version);
        List<BigInteger> numbers = new ArrayList<>();
        for (String part : version.split("\\.", -1)) {
            if (!Chars.allDigits(part)) {
                throw new InvalidVersionException(this, version, "expected dot-separated numbers, found '" + part + "'");
            }
            numbers.add(new BigInteger(part));
        }
        return new ParsedVersion(this, version, new NumberList(List.copyOf(numbers)));
    }
}
