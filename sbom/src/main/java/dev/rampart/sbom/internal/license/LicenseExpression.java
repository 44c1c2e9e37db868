package dev.rampart.sbom.internal.license;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A parsed SPDX license expression (SPDX 2.3 Annex D). {@link #text()} writes it back in
 * canonical form: listed ids in the list's spelling, operators upper case, single spaces, and
 * parentheses only where precedence needs them ({@code +} binds tightest, then {@code WITH},
 * {@code AND}, {@code OR}).
 */
public sealed interface LicenseExpression {

    /** A license on the SPDX License List, {@code GPL-2.0-only}, or {@code GPL-2.0+} with {@code orLater}. */
    record Listed(String id, boolean orLater) implements LicenseExpression {}

    /** A license defined in the document itself: {@code LicenseRef-} followed by letters, digits, {@code .} or {@code -}. */
    record Ref(String id) implements LicenseExpression {}

    /** {@code license WITH exception}; the license is a {@link Listed} or a {@link Ref}. */
    record With(LicenseExpression license, String exception) implements LicenseExpression {}

    record And(LicenseExpression left, LicenseExpression right) implements LicenseExpression {}

    record Or(LicenseExpression left, LicenseExpression right) implements LicenseExpression {}

    /** {@code a AND b AND ...}: every one of {@code all} applies; {@code all} must not be empty. */
    static LicenseExpression allOf(List<LicenseExpression> all) {
        if (all.isEmpty()) {
            throw new IllegalArgumentException("cannot join an empty list of license expressions");
        }
        LicenseExpression joined = all.getFirst();
        for (LicenseExpression next : all.subList(1, all.size())) {
            joined = new And(joined, next);
        }
        return joined;
    }

    /** The expression in canonical SPDX text. */
    default String text() {
        return switch (this) {
            case Listed l -> l.orLater() ? l.id() + "+" : l.id();
            case Ref r -> r.id();
            case With w -> w.license().text() + " WITH " + w.exception();
            case And a -> operand(a.left(), this) + " AND " + operand(a.right(), this);
            case Or o -> operand(o.left(), this) + " OR " + operand(o.right(), this);
        };
    }

    /** Whether this is a single license on the list, without {@code +}: what CycloneDX accepts as a {@code license.id}. */
    default boolean isListedId() {
        return this instanceof Listed l && !l.orLater();
    }

    /** Every {@code LicenseRef-} the expression uses, sorted. */
    default Set<String> refs() {
        Set<String> refs = new TreeSet<>();
        collectRefs(this, refs);
        return refs;
    }

    private static void collectRefs(LicenseExpression e, Set<String> into) {
        switch (e) {
            case Listed l -> { }
            case Ref r -> into.add(r.id());
            case With w -> collectRefs(w.license(), into);
            case And a -> {
                collectRefs(a.left(), into);
                collectRefs(a.right(), into);
            }
            case Or o -> {
                collectRefs(o.left(), into);
                collectRefs(o.right(), into);
            }
        }
    }

    private static String operand(LicenseExpression child, LicenseExpression parent) {
        return precedence(child) < precedence(parent) ? "(" + child.text() + ")" : child.text();
    }

    private static int precedence(LicenseExpression e) {
        return switch (e) {
            case Or o -> 0;
            case And a -> 1;
            case With w -> 2;
            case Listed l -> 3;
            case Ref r -> 3;
        };
    }
}
