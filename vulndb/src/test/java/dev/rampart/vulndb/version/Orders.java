package dev.rampart.vulndb.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Assertions the scheme tests share. */
final class Orders {
    private Orders() {}

    /** Asserts {@code a op b} both ways round, {@code op} being {@code <}, {@code =} or {@code >}. */
    static void assertOrder(VersionScheme scheme, String a, String op, String b) {
        Vectors.Vector v = new Vectors.Vector("example", 0, a, op, b);
        assertThat(Vectors.answer(scheme, v)).as("%s %s %s", a, op, b).isEqualTo(op);
    }

    /** Asserts that the scheme refuses the text, with the scheme, the text and the reason in the message. */
    static void assertRefused(VersionScheme scheme, String version, String reason) {
        assertThatThrownBy(() -> scheme.parse(version))
                .isInstanceOfSatisfying(InvalidVersionException.class, e -> {
                    assertThat(e.scheme()).isEqualTo(scheme.name());
                    assertThat(e.version()).isEqualTo(version);
                })
                .hasMessage("invalid " + scheme.name() + " version '" + version + "': " + reason);
    }
}
