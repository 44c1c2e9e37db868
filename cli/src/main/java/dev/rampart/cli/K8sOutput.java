package dev.rampart.cli;

import dev.rampart.k8s.manifests.ManifestException;
import dev.rampart.k8s.render.Format;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options every k8s verb shares: output format and file; and how their results are written. */
final class K8sOutput {
    @Option(names = {"-f", "--format"}, paramLabel = "<format>", defaultValue = "table",
            description = "table, json, csv, md, dot (netpol list and diff), sarif (lint, risks); default ${DEFAULT-VALUE}")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "<file>", description = "write the result here instead of stdout")
    Path output;

    @FunctionalInterface
    interface Analysis<R> {
        R run() throws ManifestException;
    }

    @FunctionalInterface
    interface Render<R> {
        void render(R result, Format format, Writer out) throws IOException;
    }

    /**
     * Runs an analysis and renders its result; bad manifests and bad arguments end as one line on
     * stderr. {@code exitFor} maps the result to the exit code once it is written.
     */
    <R> int run(CommandLine cmd, Main main, Analysis<R> analysis, Render<R> render, java.util.function.ToIntFunction<R> exitFor) {
        Terminal err = new Terminal(cmd.getErr(), false);
        Format f;
        try {
            f = Format.parse(format);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cmd, e.getMessage());
        }
        R result;
        try {
            result = analysis.run();
        } catch (ManifestException e) {
            err.error(e.getMessage());
            return ExitCodes.FAILURE;
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cmd, e.getMessage());
        }
        int written = Output.write(output, main.stdout(), err, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try {
                render.render(result, f, w);
            } catch (IllegalArgumentException e) {
                throw new IOException(e.getMessage(), e);
            }
            w.flush();
        });
        return written != ExitCodes.OK ? written : exitFor.applyAsInt(result);
    }
}
