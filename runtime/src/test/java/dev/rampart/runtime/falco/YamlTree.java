package dev.rampart.runtime.falco;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Reads a YAML test file into maps, lists and strings, ignoring tags such as Avocado's {@code !mux}. */
final class YamlTree {
    private YamlTree() {}

    static Object read(Path file) throws IOException {
        Node root = new Compose(LoadSettings.builder().build()).composeString(Files.readString(file)).orElseThrow();
        return java(root);
    }

    private static Object java(Node n) {
        return switch (n) {
            case ScalarNode s -> s.getValue();
            case SequenceNode s -> {
                List<Object> out = new ArrayList<>();
                s.getValue().forEach(x -> out.add(java(x)));
                yield out;
            }
            case MappingNode m -> {
                Map<String, Object> out = new LinkedHashMap<>();
                for (NodeTuple t : m.getValue()) {
                    out.put(((ScalarNode) t.getKeyNode()).getValue(), java(t.getValueNode()));
                }
                yield out;
            }
            default -> throw new IllegalArgumentException("unexpected node " + n);
        };
    }
}
