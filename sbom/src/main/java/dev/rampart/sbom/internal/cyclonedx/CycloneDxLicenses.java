package dev.rampart.sbom.internal.cyclonedx;

import dev.rampart.sbom.internal.license.DeclaredLicense;
import dev.rampart.sbom.internal.license.LicenseExpression;
import java.util.List;
import java.util.Optional;
import org.cyclonedx.model.License;
import org.cyclonedx.model.LicenseChoice;
import org.cyclonedx.model.license.Expression;

/**
 * A package's recorded licenses as a CycloneDX 1.6 license choice.
 *
 * <p>CycloneDX 1.6 holds either a list of licenses, each an SPDX {@code id} or a free {@code name},
 * or exactly one SPDX {@code expression}, never both. So:
 * <ul>
 *   <li>listed ids and names only: a list, {@code GPL-2.0-or-later} as {@code id}, {@code GPL-2+}
 *       as {@code name};</li>
 *   <li>at least one real expression, and everything SPDX: one expression joining them with
 *       {@code AND} ({@code MIT AND BSD-3-Clause});</li>
 *   <li>a real expression beside a non-SPDX name: a list, the expression kept as a {@code name}
 *       in its canonical text, since a name cannot enter an expression.</li>
 * </ul>
 */
final class CycloneDxLicenses {
    private CycloneDxLicenses() {}

    /** The license choice for {@code recorded}, empty when nothing is recorded. */
    static Optional<LicenseChoice> of(List<String> recorded) {
        List<DeclaredLicense> licenses = DeclaredLicense.ofAll(recorded);
        if (licenses.isEmpty()) {
            return Optional.empty();
        }
        boolean anyExpression = licenses.stream().anyMatch(l -> l instanceof DeclaredLicense.Expression);
        boolean allSpdx = licenses.stream().allMatch(l -> l.spdx().isPresent());
        LicenseChoice choice = new LicenseChoice();
        if (anyExpression && allSpdx) {
            List<LicenseExpression> all = licenses.stream().map(l -> l.spdx().orElseThrow()).toList();
            choice.setExpression(new Expression(LicenseExpression.allOf(all).text()));
        } else {
            choice.setLicenses(licenses.stream().map(CycloneDxLicenses::license).toList());
        }
        return Optional.of(choice);
    }

    private static License license(DeclaredLicense declared) {
        License license = new License();
        switch (declared) {
            case DeclaredLicense.Identifier i -> license.setId(i.id());
            case DeclaredLicense.Expression e -> license.setName(e.expression().text());
            case DeclaredLicense.Name n -> license.setName(n.recorded());
        }
        return license;
    }
}
