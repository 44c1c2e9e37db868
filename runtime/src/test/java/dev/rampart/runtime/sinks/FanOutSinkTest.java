package dev.rampart.runtime.sinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rampart.runtime.engine.Alert;
import dev.rampart.runtime.rules.Priority;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class FanOutSinkTest {

    @Test
    void sendsEveryAlertToEverySinkInOrder() throws Exception {
        CollectingSink a = new CollectingSink();
        CollectingSink b = new CollectingSink();
        Alert one = SyslogSinkTest.alert(Priority.WARNING, "one");
        Alert two = SyslogSinkTest.alert(Priority.NOTICE, "two");
        try (FanOutSink fan = new FanOutSink(List.of(a, b))) {
            fan.accept(one);
            fan.accept(two);
        }
        assertThat(a.alerts()).containsExactly(one, two);
        assertThat(b.alerts()).containsExactly(one, two);
    }

    @Test
    void closesEverySinkWhenOneFailsToCloseAndThrowsThatFailure() {
        boolean[] closed = new boolean[1];
        AlertSink failing = new AlertSink() {
            @Override
            public void accept(Alert alert) {}

            @Override
            public void close() throws IOException {
                throw new IOException("disk full");
            }
        };
        AlertSink tracking = new AlertSink() {
            @Override
            public void accept(Alert alert) {}

            @Override
            public void close() {
                closed[0] = true;
            }
        };
        assertThatThrownBy(() -> new FanOutSink(List.of(failing, tracking)).close()).hasMessage("disk full");
        assertThat(closed[0]).isTrue();
    }

    @Test
    void gathersTheFailuresOfItsSinks() {
        AlertSink lossy = new AlertSink() {
            @Override
            public void accept(Alert alert) {}

            @Override
            public List<String> failures() {
                return List.of("webhook x: 1 alert not delivered after 3 attempts");
            }
        };
        assertThat(new FanOutSink(List.of(new CollectingSink(), lossy)).failures())
                .containsExactly("webhook x: 1 alert not delivered after 3 attempts");
    }
}
