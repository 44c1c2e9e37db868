package dev.rampart.vulndb.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpdateOptionsTest {

    @Test
    void default_fetchesTheDistrosAndLanguagesRampartCatalogsFromOsvDev() {
        assertThat(UpdateOptions.DEFAULT.baseUrl()).isEqualTo(URI.create("https://osv-vulnerabilities.storage.googleapis.com"));
        assertThat(UpdateOptions.DEFAULT.ecosystems()).containsExactly("Debian", "Ubuntu", "Alpine", "AlmaLinux",
                "Rocky Linux", "Red Hat", "npm", "Maven", "PyPI", "Go", "crates.io", "RubyGems", "NuGet", "Packagist");
    }

    @Test
    void archiveUrl_percentEncodesEcosystemNamesWithSpaces() {
        assertThat(UpdateOptions.DEFAULT.archiveUrl("Rocky Linux")).hasToString(
                "https://osv-vulnerabilities.storage.googleapis.com/Rocky%20Linux/all.zip");
        assertThat(UpdateOptions.DEFAULT.withBaseUrl(URI.create("https://mirror.example/osv/")).archiveUrl("crates.io"))
                .hasToString("https://mirror.example/osv/crates.io/all.zip");
    }

    @Test
    void refusesPlainHttpExceptForAMirrorOnThisMachine() {
        assertThatThrownBy(() -> UpdateOptions.DEFAULT.withBaseUrl(URI.create("http://mirror.example")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("OSV base URL http://mirror.example is not https: plain http is allowed only for a mirror"
                        + " on localhost; use https or 'rampart db import' for offline copies");
        assertThat(UpdateOptions.DEFAULT.withBaseUrl(URI.create("http://127.0.0.1:8080")).baseUrl().getPort())
                .isEqualTo(8080);
        assertThat(UpdateOptions.DEFAULT.withBaseUrl(URI.create("http://localhost:8080")).baseUrl().getHost())
                .isEqualTo("localhost");
    }

    @Test
    void refusesEcosystemNamesThatWouldLeaveTheirFolderOrRepeat() {
        assertThatThrownBy(() -> UpdateOptions.DEFAULT.withEcosystems(List.of("PyPI", "../secrets")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ecosystems must be distinct, non-empty osv.dev names without '/': [PyPI, ../secrets]");
        assertThatThrownBy(() -> UpdateOptions.DEFAULT.withEcosystems(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UpdateOptions.DEFAULT.withEcosystems(List.of("Go", "Go")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
