package dev.rampart.k8s.manifests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestLoaderTest {

    private static Path fixture(String name) throws Exception {
        return Path.of(Objects.requireNonNull(ManifestLoaderTest.class.getResource("/netpol/" + name)).toURI());
    }

    @Test
    void toCluster_rejectsPortOfWrongTypeNamingFileDocumentAndField() throws Exception {
        Manifests m = new ManifestLoader().load(fixture("malformed-port-list"));
        assertThatThrownBy(() -> NetpolTranslator.toCluster(m))
                .isInstanceOf(ManifestException.class)
                .hasMessageContaining("policy.yaml doc 1: NetworkPolicy a/bad: spec.ingress[0].ports[0].port: expected a number or a string, got a list")
                .hasMessageNotContaining("\n");
    }

    @Test
    void load_rejectsBrokenYamlWithFileDocumentAndLine() throws Exception {
        assertThatThrownBy(() -> new ManifestLoader().load(fixture("malformed-yaml")))
                .isInstanceOf(ManifestException.class)
                .hasMessageContaining("broken.yaml doc 0: invalid YAML")
                .hasMessageContaining("line ")
                .hasMessageNotContaining("\n");
    }

    @Test
    void load_boundsNestingDepth(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("deep.yaml");
        Files.writeString(f, "kind: Pod\nx: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n");
        assertThatThrownBy(() -> new ManifestLoader().load(f))
                .isInstanceOf(ManifestException.class)
                .hasMessageContaining("deep.yaml doc 0: nesting deeper than 64 levels (YamlLimits.maxDepth)");
    }

    @Test
    void load_boundsAliasExpansion(@TempDir Path dir) throws Exception {
        StringBuilder sb = new StringBuilder("kind: ConfigMap\na: &a [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 0; i < 12; i++) {
            sb.append("b").append(i).append(": &b").append(i).append(" [").append("*").append(i == 0 ? "a" : "b" + (i - 1));
            sb.append(", *").append(i == 0 ? "a" : "b" + (i - 1)).append("]\n");
        }
        Path f = dir.resolve("laughs.yaml");
        Files.writeString(f, sb.toString());
        assertThatThrownBy(() -> new ManifestLoader(YamlLimits.DEFAULT.withMaxAliases(10)).load(f))
                .isInstanceOf(ManifestException.class)
                .hasMessageContaining("laughs.yaml doc 0: more than 10 aliases");
    }

    @Test
    void load_boundsFileSize(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("big.yaml");
        Files.writeString(f, "kind: ConfigMap\ndata:\n  x: " + "y".repeat(10_000) + "\n");
        assertThatThrownBy(() -> new ManifestLoader(YamlLimits.DEFAULT.withMaxFileCodePoints(1_000)).load(f))
                .isInstanceOf(ManifestException.class)
                .hasMessageContaining("big.yaml doc 0: invalid YAML");
    }

    @Test
    void load_flattensTypedListsWhoseItemsOmitKind(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("pods.json");
        Files.writeString(f, """
                {"apiVersion": "v1", "kind": "PodList", "items": [
                  {"metadata": {"name": "p1", "namespace": "x", "labels": {"app": "a"}}, "spec": {"containers": []}}]}
                """);
        Manifests m = new ManifestLoader().load(f);
        assertThat(m.objects()).extracting(KObject::kind, KObject::name).containsExactly(org.assertj.core.groups.Tuple.tuple("Pod", "p1"));
        assertThat(NetpolTranslator.toCluster(m).pods()).hasSize(1);
    }

    @Test
    void load_rejectsDuplicateKeys(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("dup.yaml");
        Files.writeString(f, "kind: Pod\nmetadata:\n  name: a\n  name: b\n");
        assertThatThrownBy(() -> new ManifestLoader().load(List.of(f)))
                .isInstanceOf(ManifestException.class)
                .hasMessageContaining("dup.yaml doc 0:").hasMessageContaining("duplicate key 'name'");
    }
}
