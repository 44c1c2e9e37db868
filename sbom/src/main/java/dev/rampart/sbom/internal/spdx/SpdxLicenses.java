package dev.rampart.sbom.internal.spdx;

import dev.rampart.model.Package;
import dev.rampart.sbom.internal.UniqueRefs;
import dev.rampart.sbom.internal.license.DeclaredLicense;
import dev.rampart.sbom.internal.license.LicenseExpression;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns packages' recorded licenses into SPDX {@code licenseDeclared} expressions, and keeps the
 * {@code LicenseRef-} definitions the document then needs.
 *
 * <p>A name that is not SPDX ({@code GPL-2+}, {@code public-domain}) becomes
 * {@code LicenseRef-<name made safe>} ({@code LicenseRef-GPL-2-plus}, {@code LicenseRef-public-domain}),
 * the same name always the same ref within a document, two names never one ref. A package's
 * several licenses are joined with {@code AND}: each applies to some part of it. A
 * {@code LicenseRef-} that a recorded expression already uses is kept as it is and defined too.
 */
final class SpdxLicenses {
    private static final String REF_PREFIX = "LicenseRef-";
    private static final String COMMENT = "License named by the package database; Rampart does not extract license texts.";

    private final UniqueRefs refs = new UniqueRefs("-");
    private final Map<String, String> refByName = new HashMap<>();
    private final Map<String, SpdxExtractedLicense> definitions = new TreeMap<>();

    private SpdxLicenses() {}

    /**
     * Prepares for {@code packages}: refs that recorded expressions spell out are claimed first,
     * so a ref made up for a name never takes one of them.
     */
    static SpdxLicenses forPackages(List<Package> packages) {
        SpdxLicenses licenses = new SpdxLicenses();
        for (Package p : packages) {
            for (DeclaredLicense l : DeclaredLicense.ofAll(p.licenses())) {
                if (l instanceof DeclaredLicense.Expression e) {
                    e.expression().refs().forEach(ref -> licenses.defineRecordedRef(ref, e.recorded()));
                }
            }
        }
        return licenses;
    }

    /** {@code licenseDeclared} for {@code recorded}: an SPDX expression, or {@code NOASSERTION} when nothing is recorded. */
    String declared(List<String> recorded) {
        List<LicenseExpression> all = new ArrayList<>();
        for (DeclaredLicense l : DeclaredLicense.ofAll(recorded)) {
            all.add(switch (l) {
                case DeclaredLicense.Identifier i -> new LicenseExpression.Listed(i.id(), false);
                case DeclaredLicense.Expression e -> e.expression();
                case DeclaredLicense.Name n -> new LicenseExpression.Ref(refForName(n.recorded()));
            });
        }
        return all.isEmpty() ? SpdxPackage.NOASSERTION : LicenseExpression.allOf(all).text();
    }

    /** The definitions every ref used so far needs, sorted by ref. */
    List<SpdxExtractedLicense> definitions() {
        return List.copyOf(definitions.values());
    }

    private void defineRecordedRef(String ref, String recorded) {
        if (!definitions.containsKey(ref)) {
            refs.claim(ref);
            definitions.put(ref, new SpdxExtractedLicense(ref, ref.substring(REF_PREFIX.length()), recorded, COMMENT));
        }
    }

    private String refForName(String name) {
        return refByName.computeIfAbsent(name, n -> {
            String ref = refs.claim(REF_PREFIX + safeIdString(n));
            definitions.put(ref, new SpdxExtractedLicense(ref, n, n, COMMENT));
            return ref;
        });
    }

    /** Letters, digits, {@code .} and {@code -} only (Annex D idstring): {@code GPL-2+} → {@code GPL-2-plus}. */
    static String safeIdString(String name) {
        String safe = name.replace("+", "-plus")
                .replaceAll("[^A-Za-z0-9.\\-]+", "-")
                .replaceAll("-{2,}", "-")
                .replaceAll("^-|-$", "");
        return safe.isEmpty() ? "unnamed" : safe;
    }
}
