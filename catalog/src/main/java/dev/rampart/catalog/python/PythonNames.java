package dev.rampart.catalog.python;

import dev.rampart.model.Purl;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Python package names as PyPI compares them. Spec: PEP 503 "Normalized names"
 * (https://peps.python.org/pep-0503/#normalized-names): lower-case, and every run of {@code -},
 * {@code _} and {@code .} becomes one {@code -}, so {@code Zope.Interface} and {@code zope-interface}
 * are one project.
 */
final class PythonNames {
    private static final Pattern SEPARATORS = Pattern.compile("[-_.]+");

    private PythonNames() {}

    static String normalise(String name) {
        return SEPARATORS.matcher(name.strip()).replaceAll("-").toLowerCase(Locale.ROOT);
    }

    /**
     * {@code pkg:pypi/<normalised name>@<version>}. The purl spec asks for lower case and {@code _}
     * as {@code -}; PEP 503 also folds {@code .}, which is what PyPI and OSV compare on, so the
     * name is PEP 503-normalised.
     */
    static Purl purl(String name, String version) {
        return Purl.of("pypi", null, normalise(name), version, Map.of());
    }
}
