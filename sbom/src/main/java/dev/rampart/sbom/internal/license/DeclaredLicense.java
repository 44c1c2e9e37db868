package dev.rampart.sbom.internal.license;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A license as a package database records it, sorted by what SPDX makes of it.
 *
 * <ul>
 *   <li>{@code MIT}, {@code gpl-2.0-or-later}: an {@link Identifier} on the SPDX License List;</li>
 *   <li>{@code MIT AND BSD-3-Clause}, {@code GPL-2.0-only+}, {@code LicenseRef-x}: an {@link Expression};</li>
 *   <li>{@code GPL-2+}, {@code public-domain}, {@code GPL-2+ or Artistic}: a {@link Name}, not SPDX.</li>
 * </ul>
 */
public sealed interface DeclaredLicense {

    /** The text as recorded, stripped of surrounding blanks. */
    String recorded();

    /** A single license on the SPDX License List, in the list's spelling. */
    record Identifier(String recorded, String id) implements DeclaredLicense {}

    /** A valid SPDX expression that is more than a single listed id. */
    record Expression(String recorded, LicenseExpression expression) implements DeclaredLicense {}

    /** Anything else: a license name SPDX does not define. */
    record Name(String recorded) implements DeclaredLicense {}

    /** Sorts one recorded license; the text must not be blank. */
    static DeclaredLicense of(String recorded) {
        String text = recorded.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a declared license must not be blank");
        }
        Optional<LicenseExpression> parsed = LicenseExpressionParser.parse(text);
        if (parsed.isEmpty()) {
            return new Name(text);
        }
        LicenseExpression e = parsed.get();
        return e.isListedId() ? new Identifier(text, ((LicenseExpression.Listed) e).id()) : new Expression(text, e);
    }

    /**
     * Sorts a package's recorded licenses, skipping blank ones and dropping repeats (by what they
     * mean: {@code mit} repeats {@code MIT}), in the order recorded.
     */
    static List<DeclaredLicense> ofAll(List<String> recorded) {
        Map<String, DeclaredLicense> byMeaning = new LinkedHashMap<>();
        for (String text : recorded) {
            if (!text.isBlank()) {
                DeclaredLicense license = of(text);
                byMeaning.putIfAbsent(license.key(), license);
            }
        }
        return List.copyOf(byMeaning.values());
    }

    /** The license as an SPDX expression; empty for a {@link Name}. */
    default Optional<LicenseExpression> spdx() {
        return switch (this) {
            case Identifier i -> Optional.of(new LicenseExpression.Listed(i.id(), false));
            case Expression e -> Optional.of(e.expression());
            case Name n -> Optional.empty();
        };
    }

    /** What the license means, for comparing: the canonical SPDX text, or the recorded name. */
    default String key() {
        return switch (this) {
            case Identifier i -> "spdx:" + i.id();
            case Expression e -> "spdx:" + e.expression().text();
            case Name n -> "name:" + n.recorded();
        };
    }
}
