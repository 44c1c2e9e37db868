package dev.rampart.vulndb.store;

import java.util.Locale;

/**
 * How the store keys package names, so that a lookup finds a record however the ecosystem lets
 * people spell the name.
 *
 * <ul>
 *   <li>{@code PyPI}: PEP 503 normalised: lower case, every run of {@code -}, {@code _} and
 *       {@code .} made one {@code -} ({@code Jinja2} → {@code jinja2}, {@code zope.interface} →
 *       {@code zope-interface}, {@code Foo__Bar} → {@code foo-bar}).
 *       See https://peps.python.org/pep-0503/#normalized-names.</li>
 *   <li>{@code NuGet} and {@code Packagist}: lower case (both registries match names without
 *       regard to case: {@code Newtonsoft.Json} = {@code newtonsoft.json}).</li>
 *   <li>everything else ({@code npm}, {@code Go}, {@code Maven} {@code group:artifact},
 *       {@code crates.io}, {@code RubyGems}, distro source packages): as written.</li>
 * </ul>
 *
 * Case is folded with {@link Locale#ROOT}. Ecosystem bases are compared exactly as OSV spells them.
 */
public final class PackageNames {
    private PackageNames() {}

    /** The key the store indexes {@code name} under in ecosystem {@code ecosystemBase}. */
    public static String normalise(String ecosystemBase, String name) {
        return switch (ecosystemBase) {
            case "PyPI" -> pep503(name);
            case "NuGet", "Packagist" -> name.toLowerCase(Locale.ROOT);
            default -> name;
        };
    }

    private static String pep503(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean inSeparatorRun = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '-' || c == '_' || c == '.') {
                if (!inSeparatorRun) {
                    out.append('-');
                }
                inSeparatorRun = true;
            } else {
                out.append(c);
                inSeparatorRun = false;
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
