package dev.rampart.runtime.sinks;

import dev.rampart.runtime.engine.Alert;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends every alert to several sinks, in order. Flushing and closing reach every sink even when one
 * fails; the first failure is then thrown with the others suppressed.
 */
public record FanOutSink(List<AlertSink> sinks) implements AlertSink {

    public FanOutSink {
        sinks = List.copyOf(sinks);
    }

    @Override
    public void accept(Alert alert) throws IOException {
        for (AlertSink s : sinks) {
            s.accept(alert);
        }
    }

    @Override
    public void flush() throws IOException {
        each(AlertSink::flush);
    }

    @Override
    public List<String> failures() {
        List<String> out = new ArrayList<>();
        sinks.forEach(s -> out.addAll(s.failures()));
        return out;
    }

    @Override
    public void close() throws IOException {
        each(AlertSink::close);
    }

    private interface Step {
        void apply(AlertSink s) throws IOException;
    }

    private void each(Step step) throws IOException {
        IOException first = null;
        for (AlertSink s : sinks) {
            try {
                step.apply(s);
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
