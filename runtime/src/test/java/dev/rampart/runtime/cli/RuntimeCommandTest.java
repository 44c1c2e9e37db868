package dev.rampart.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rampart.testkit.Corpus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RuntimeCommandTest {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        CommandLine cli = new CommandLine(new RuntimeCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void validate_acceptsTheStableRuleset() {
        int code = run("validate", Corpus.resolve("falco/falcosecurity-rules/falco_rules.yaml").toString());
        assertThat(code).isZero();
        assertThat(out.toString()).contains("25 rules loaded, 0 errors");
    }

    @Test
    void validate_reportsCodeFileLineAndItemOfABadRule() {
        Path bad = Corpus.resolve("falco/falco-0.34.1-test/rules/invalid_rule_output.yaml");
        int code = run("validate", bad.toString());
        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains(bad + ":").contains("error LOAD_ERR_COMPILE_OUTPUT (rule 'rule_with_invalid_output')")
                .contains("invalid formatting token not_a_real_field");
    }

    @Test
    void run_writesFalcoShapedAlertsToTheOutputFile(@TempDir Path tmp) throws Exception {
        Path alerts = tmp.resolve("alerts.jsonl");
        int code = run("run", "--rules", Corpus.resolve("falco/falco-0.34.1-test/rules/single_rule_with_tags.yaml").toString(),
                "--events", Corpus.resolve("falco/scap-as-jsonl/cat_write.jsonl").toString(), "--enter-events",
                "--output", alerts.toString());
        assertThat(code).isZero();
        List<String> lines = Files.readAllLines(alerts);
        assertThat(lines).hasSize(8);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.get("rule").asText()).isEqualTo("open_from_cat");
        assertThat(first.get("priority").asText()).isEqualTo("Warning");
        assertThat(first.get("output").asText())
                .isEqualTo("2016-08-04T16:17:57.881781397+0000: Warning An open was seen (command=cat /dev/null)");
        assertThat(first.get("time").asText()).isEqualTo("2016-08-04T16:17:57.881781397Z");
        assertThat(first.get("tags").toString()).isEqualTo("[\"filesystem\",\"process\",\"testing\"]");
        assertThat(first.get("output_fields").get("proc.cmdline").asText()).isEqualTo("cat /dev/null");
        assertThat(err.toString()).contains("open_from_cat: 8");
    }

    @Test
    void run_withoutEnterEventsEvaluatesOnlyExitEvents(@TempDir Path tmp) throws Exception {
        Path alerts = tmp.resolve("alerts.jsonl");
        run("run", "--rules", Corpus.resolve("falco/falco-0.34.1-test/rules/single_rule.yaml").toString(),
                "--events", Corpus.resolve("falco/scap-as-jsonl/cat_write.jsonl").toString(), "--output", alerts.toString());
        assertThat(Files.readAllLines(alerts)).hasSize(4);
    }

    @Test
    void run_failPolicyNamesTheBadLine(@TempDir Path tmp) throws Exception {
        Path events = tmp.resolve("events.jsonl");
        Files.writeString(events, "{\"evt.type\":\"open\"}\nnot json\n");
        int code = run("run", "--rules", Corpus.resolve("falco/falco-0.34.1-test/rules/single_rule.yaml").toString(),
                "--events", events.toString(), "--bad-lines", "fail", "--output", tmp.resolve("a.jsonl").toString());
        assertThat(code).isEqualTo(3);
        assertThat(err.toString()).contains("line 2: not a valid event");
    }

    @Test
    void run_skipPolicyCountsBadLines(@TempDir Path tmp) throws Exception {
        Path events = tmp.resolve("events.jsonl");
        Files.writeString(events, "{\"evt.type\":\"open\"}\nnot json\n[1]\n");
        int code = run("run", "--rules", Corpus.resolve("falco/falco-0.34.1-test/rules/single_rule.yaml").toString(),
                "--events", events.toString(), "--output", tmp.resolve("a.jsonl").toString());
        assertThat(code).isZero();
        assertThat(err.toString()).contains("bad lines skipped: 2");
    }

    @Test
    void fields_listsBothSourcesWithTypes() {
        assertThat(run("fields")).isZero();
        assertThat(out.toString()).contains("Source syscall:").contains("proc.aname[arg]").contains("Source k8s_audit:")
                .contains("ka.req.pod.containers.image");
        assertThat(out.toString()).containsPattern("fd\\.net\\s+IPNET .*\\(filter only\\)");
    }

    @Test
    void fields_rejectsAnUnknownSource() {
        assertThat(run("fields", "--source", "cloudtrail")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown source 'cloudtrail'");
    }
}
