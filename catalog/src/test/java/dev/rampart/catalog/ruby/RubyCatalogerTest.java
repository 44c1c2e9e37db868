package dev.rampart.catalog.ruby;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rampart.catalog.CatalogFixtures;
import dev.rampart.catalog.CatalogResult;
import dev.rampart.model.Issue;
import dev.rampart.model.Package;
import dev.rampart.model.PackageProperties;
import dev.rampart.model.PackageType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RubyCatalogerTest {
    private final RubyCataloger cataloger = new RubyCataloger();

    @Test
    void catalog_readsInstalledGemspecsInEveryGemHome() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("ruby/installed-gems", cataloger);

        assertThat(r.packages()).extracting(Package::name, Package::version, Package::licenses).containsExactlyInAnyOrder(
                tuple("tzinfo", "2.0.6", List.of("MIT")),
                tuple("json", "2.6.3", List.of("Ruby")),
                tuple("nokogiri", "1.15.4", List.of("MIT")),
                tuple("rack", "2.2.8", List.of("MIT")),
                tuple("rake", "0.9.2.2", List.of()));
        assertThat(r.packages()).allSatisfy(p -> assertThat(p.type()).isEqualTo(PackageType.GEM));
    }

    @Test
    void catalog_putsGemPlatformInPurlAndArchitecture() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("ruby/installed-gems", cataloger);

        Package nokogiri = pkg(r, "nokogiri");
        assertThat(nokogiri.architecture()).isEqualTo("x86_64-linux");
        assertThat(nokogiri.purl().canonical()).isEqualTo("pkg:gem/nokogiri@1.15.4?platform=x86_64-linux");
        assertThat(nokogiri.location().path())
                .isEqualTo("/usr/local/lib/ruby/gems/3.2.0/specifications/nokogiri-1.15.4-x86_64-linux.gemspec");
        assertThat(pkg(r, "rack").purl().canonical()).isEqualTo("pkg:gem/rack@2.2.8");
        assertThat(pkg(r, "rack").architecture()).isEmpty();
    }

    @Test
    void catalog_reportsUnreadableGemspecAsIssue() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("ruby/installed-gems", cataloger);

        assertThat(r.issues()).containsExactly(new Issue("/usr/local/lib/ruby/gems/3.2.0/specifications/broken-1.0.gemspec",
                "broken-1.0.gemspec not read: no Gem::Specification.new block and no '# stub:' line"));
    }

    @Test
    void catalog_readsGemfileLockSourcesWithPlatformsChecksumsAndProject() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("ruby/gemfile-lock", cataloger);

        assertThat(r.issues()).isEmpty();
        assertThat(r.packages()).extracting(Package::name, Package::version, Package::architecture).containsExactly(
                tuple("sprockets-rails", "3.4.2", ""),
                tuple("storefront", "0.3.0", ""),
                tuple("actionpack", "7.0.8", ""),
                tuple("mini_portile2", "2.8.5", ""),
                tuple("nokogiri", "1.15.4", ""),
                tuple("nokogiri", "1.15.4", "x86_64-linux"),
                tuple("racc", "1.7.3", ""),
                tuple("rack", "2.2.8", ""),
                tuple("sprockets", "4.2.1", ""));
        assertThat(r.packages()).allSatisfy(p -> assertThat(p.location().path()).isEqualTo("/srv/app/Gemfile.lock"));
        assertThat(pkg(r, "storefront").properties()).isEqualTo(Map.of(PackageProperties.ROLE, "main"));
        assertThat(pkg(r, "rack").properties()).containsEntry(PackageProperties.INTEGRITY,
                "sha256=7b83a1f1304a8f5554c67bfd0f2e0ba5f6dbf5b7c5f5b2a0c2a1e3a4f8d1c2e3");
        assertThat(r.packages()).filteredOn(p -> p.name().equals("nokogiri"))
                .extracting(p -> p.purl().canonical(), p -> p.properties().containsKey(PackageProperties.INTEGRITY))
                .containsExactly(tuple("pkg:gem/nokogiri@1.15.4", false),
                        tuple("pkg:gem/nokogiri@1.15.4?platform=x86_64-linux", true));
    }

    @Test
    void catalog_reportsMalformedSpecLineAsIssueWithLine() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("ruby/malformed-gemfile-lock", cataloger);

        assertThat(r.packages()).isEmpty();
        assertThat(r.issues()).containsExactly(new Issue("/app/Gemfile.lock:5",
                "Gemfile.lock not read: expected 'name (version)' in specs, found 'rack-test 2.1.0'"));
    }

    @Test
    void wants_specificationsAndLockfilesOutsideGemFolders() {
        assertThat(cataloger.wants("/usr/local/lib/ruby/gems/3.2.0/specifications/rack-2.2.8.gemspec")).isTrue();
        assertThat(cataloger.wants("/usr/local/lib/ruby/gems/3.2.0/specifications/default/json-2.6.3.gemspec")).isTrue();
        assertThat(cataloger.wants("/usr/local/bundle/specifications/puma-6.4.0.gemspec")).isTrue();
        assertThat(cataloger.wants("/srv/app/Gemfile.lock")).isTrue();
        assertThat(cataloger.wants("/srv/app/gems.locked")).isTrue();
        assertThat(cataloger.wants("/Gemfile.lock")).isTrue();

        assertThat(cataloger.wants("/usr/local/lib/ruby/gems/3.2.0/gems/rack-2.2.8/rack.gemspec")).isFalse();
        assertThat(cataloger.wants("/usr/local/bundle/gems/rails-7.1.2/Gemfile.lock")).isFalse();
        assertThat(cataloger.wants("/usr/local/bundle/bundler/gems/rails-9c2b4c5e7f6a/Gemfile.lock")).isFalse();
        assertThat(cataloger.wants("/srv/app/Gemfile")).isFalse();
    }

    private static Package pkg(CatalogResult r, String name) {
        return r.packages().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }
}
