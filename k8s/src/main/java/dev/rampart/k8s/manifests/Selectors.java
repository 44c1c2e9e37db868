package dev.rampart.k8s.manifests;

import dev.rampart.k8s.LabelSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads {@code LabelSelector} fields. */
final class Selectors {
    private Selectors() {}

    /** The selector at {@code key}, or empty when the key is absent or null (which callers must tell apart from {@code {}}). */
    static Optional<LabelSelector> optional(Fields f, String key) {
        return f.object(key).map(Selectors::read);
    }

    static LabelSelector read(Fields s) {
        List<LabelSelector.Requirement> reqs = new ArrayList<>();
        for (Fields e : s.objects("matchExpressions")) {
            try {
                reqs.add(new LabelSelector.Requirement(e.requiredString("key"),
                        LabelSelector.Operator.parse(e.requiredString("operator")), e.strings("values")));
            } catch (IllegalArgumentException ex) {
                throw new Fields.FieldException(e.path() + ": " + ex.getMessage());
            }
        }
        return new LabelSelector(s.stringMap("matchLabels"), reqs);
    }
}
