package dev.rampart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The top level: which verbs a run attaches, and that help and usage errors still see them all. */
class MainTest {
    private static SbomCommandTest.Run run(String... args) {
        return SbomCommandTest.run(args);
    }

    @Test
    void aRunNamingAVerb_attachesThatVerbOnly() {
        assertThat(Main.verbsFor(new String[] {"sbom", "image.tar"})).containsExactly(SbomCommand.class);
        assertThat(Main.verbsFor(new String[] {"k8s", "rbac", "who-can"})).containsExactly(K8sCommand.class);
    }

    @Test
    void helpOptionsTheHelpVerbAndUnknownWords_attachEveryVerb() {
        for (String[] args : new String[][] {{}, {"--help"}, {"help", "sbom"}, {"sbon"}, {"-V"}}) {
            assertThat(Main.verbsFor(args)).as(String.join(" ", args)).isEqualTo(Main.VERBS);
        }
    }

    @Test
    void topLevelHelp_listsEveryVerb() {
        SbomCommandTest.Run r = run("--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("sbom", "image", "fs", "db", "runtime", "k8s", "help");
    }

    @Test
    void helpVerb_printsTheNamedVerbsUsage() {
        SbomCommandTest.Run r = run("help", "sbom");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("Usage: rampart sbom");
    }

    @Test
    void aVerbsOwnHelp_isItsUsage() {
        SbomCommandTest.Run r = run("image", "scan", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("Usage: rampart image scan");
    }

    @Test
    void anUnknownVerb_isAUsageErrorNamingIt() {
        SbomCommandTest.Run r = run("sbon", "image.tar");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("sbon").contains("Run 'rampart --help' for usage.");
    }
}
