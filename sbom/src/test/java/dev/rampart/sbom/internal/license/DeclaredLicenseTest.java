package dev.rampart.sbom.internal.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeclaredLicenseTest {

    @Test
    void of_sortsTheBriefsLicenseStrings() {
        assertThat(DeclaredLicense.of("GPL-2+")).isEqualTo(new DeclaredLicense.Name("GPL-2+"));
        assertThat(DeclaredLicense.of("GPL-2.0-or-later"))
                .isEqualTo(new DeclaredLicense.Identifier("GPL-2.0-or-later", "GPL-2.0-or-later"));
        assertThat(DeclaredLicense.of("MIT AND BSD-3-Clause")).isInstanceOfSatisfying(DeclaredLicense.Expression.class,
                e -> assertThat(e.expression().text()).isEqualTo("MIT AND BSD-3-Clause"));
        assertThat(DeclaredLicense.of("public-domain")).isEqualTo(new DeclaredLicense.Name("public-domain"));
    }

    @Test
    void of_treatsAListedIdWithPlusAsAnExpression() {
        assertThat(DeclaredLicense.of("LGPL-2.1-only+")).isInstanceOf(DeclaredLicense.Expression.class);
    }

    @Test
    void of_spellsIdsAsTheListDoes() {
        assertThat(DeclaredLicense.of(" bsd-3-clause ")).isEqualTo(new DeclaredLicense.Identifier("bsd-3-clause", "BSD-3-Clause"));
    }

    @Test
    void of_rejectsBlank() {
        assertThatThrownBy(() -> DeclaredLicense.of(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a declared license must not be blank");
    }

    @Test
    void ofAll_dropsBlanksAndRepeatsByMeaningKeepingOrder() {
        List<DeclaredLicense> all = DeclaredLicense.ofAll(List.of("GPL-2+", "", "MIT", "mit", "GPL-2+", "Zlib"));

        assertThat(all).extracting(DeclaredLicense::recorded).containsExactly("GPL-2+", "MIT", "Zlib");
    }
}
