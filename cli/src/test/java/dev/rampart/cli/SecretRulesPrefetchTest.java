package dev.rampart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretRulesPrefetchTest {
    @Test
    void imageAndFsScans_withTheDefaultScanners_needTheRules() {
        assertThat(SecretRulesPrefetch.scansSecrets(new String[] {"image", "scan", "x.tar"})).isTrue();
        assertThat(SecretRulesPrefetch.scansSecrets(new String[] {"fs", "scan", "dir", "-f", "json"})).isTrue();
    }

    @Test
    void scannersNamingSecret_inEitherSpelling_needTheRules() {
        assertThat(SecretRulesPrefetch.scansSecrets(new String[] {"image", "scan", "x.tar", "--scanners", "vuln,secret"})).isTrue();
        assertThat(SecretRulesPrefetch.scansSecrets(new String[] {"image", "scan", "--scanners=Secret", "x.tar"})).isTrue();
    }

    @Test
    void otherCommands_andScansWithoutTheSecretScanner_doNot() {
        assertThat(SecretRulesPrefetch.scansSecrets(new String[] {"image", "scan", "x.tar", "--scanners", "vuln"})).isFalse();
        assertThat(SecretRulesPrefetch.scansSecrets(new String[] {"sbom", "x.tar"})).isFalse();
        assertThat(SecretRulesPrefetch.scansSecrets(new String[] {"sbom", "scan", "bom.json"})).isFalse();
        assertThat(SecretRulesPrefetch.scansSecrets(new String[] {"image", "--help"})).isFalse();
        assertThat(SecretRulesPrefetch.scansSecrets(new String[] {})).isFalse();
    }
}
