package dev.rampart.catalog.apk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.catalog.CatalogFixtures;
import dev.rampart.catalog.CatalogResult;
import dev.rampart.model.Package;
import org.junit.jupiter.api.Test;

class ApkCatalogerTest {
    @Test
    void catalog_readsNameVersionArchLicenseOriginAndFiles() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("apk/two-packages", new ApkCataloger());
        assertThat(r.issues()).isEmpty();
        assertThat(r.packages()).hasSize(2);
        Package crypto = r.packages().get(1);
        assertThat(crypto.name()).isEqualTo("libcrypto3");
        assertThat(crypto.version()).isEqualTo("3.1.4-r5");
        assertThat(crypto.architecture()).isEqualTo("x86_64");
        assertThat(crypto.licenses()).containsExactly("Apache-2.0");
        assertThat(crypto.source()).isEqualTo(new Package.SourcePackage("openssl", "3.1.4-r5"));
        assertThat(crypto.files()).containsExactly("/usr/lib/libcrypto.so.3");
        assertThat(crypto.purl().canonical()).isEqualTo("pkg:apk/alpine/libcrypto3@3.1.4-r5?arch=x86_64&distro=3.19.1");
        assertThat(r.packages().get(0).files()).containsExactly("/lib/ld-musl-x86_64.so.1", "/lib/libc.musl-x86_64.so.1");
    }
}
