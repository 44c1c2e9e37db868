package dev.rampart.sbom.internal;

import java.util.HashSet;
import java.util.Set;

/**
 * Hands out references that are unique within one document: the wanted reference the first time,
 * then the same with {@code <separator>2}, {@code <separator>3}, ... Names reserved up front are
 * never handed out as a suffixed form, so a later package whose own purl happens to look like a
 * suffixed one still gets it.
 */
public final class UniqueRefs {
    private final String separator;
    private final Set<String> reserved = new HashSet<>();
    private final Set<String> taken = new HashSet<>();

    public UniqueRefs(String separator) {
        this.separator = separator;
    }

    /** Keeps {@code ref} from being made up as the suffixed form of another. */
    public void reserve(String ref) {
        reserved.add(ref);
    }

    /** {@code wanted} if it is still free, else the first free {@code wanted<separator>n}, n from 2. */
    public String claim(String wanted) {
        if (taken.add(wanted)) {
            return wanted;
        }
        for (int n = 2; ; n++) {
            String candidate = wanted + separator + n;
            if (!reserved.contains(candidate) && taken.add(candidate)) {
                return candidate;
            }
        }
    }
}
