package dev.rampart.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.testkit.ImageBuilder;
import dev.rampart.testkit.TarBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntryAnalyzerTest {
    /** Reads the whole of every .txt file it is offered. */
    static class TextReader implements EntryAnalyzer<String> {
        @Override
        public String name() {
            return "text";
        }

        @Override
        public boolean wants(String path, long size) {
            return path.endsWith(".txt");
        }

        @Override
        public String analyze(Entry entry, InputStream content) throws IOException {
            String s = new String(content.readAllBytes(), StandardCharsets.UTF_8);
            if (s.equals("boom")) {
                throw new IOException("cannot parse");
            }
            return s;
        }
    }

    private final TextReader text = new TextReader();

    @Test
    void found_marksFilesDeletedOrReplacedByLaterLayersAsNotInFinalImage(@TempDir Path dir) throws Exception {
        Path image = new ImageBuilder()
                .layer(new TarBuilder().file("a.txt", "a0").file("b.txt", "b0").file("c.txt", "c0").file("d.bin", "x"))
                .layer(new TarBuilder().whiteout("a.txt").file("b.txt", "b1"))
                .writeOciArchive(dir.resolve("img.tar"));
        ImageFiles files = read(image, List.of(text));
        assertThat(files.found(text)).containsExactly(
                new EntryAnalyzer.Found<>("/a.txt", 0, false, "a0"),
                new EntryAnalyzer.Found<>("/b.txt", 0, false, "b0"),
                new EntryAnalyzer.Found<>("/c.txt", 0, true, "c0"),
                new EntryAnalyzer.Found<>("/b.txt", 1, true, "b1"));
    }

    @Test
    void analyze_failureBecomesIssueAndThePassGoesOn(@TempDir Path dir) throws Exception {
        Path image = new ImageBuilder()
                .layer(new TarBuilder().file("bad.txt", "boom").file("good.txt", "ok"))
                .writeDockerArchive(dir.resolve("img.tar"));
        ImageFiles files = read(image, List.of(text));
        assertThat(files.found(text)).extracting(EntryAnalyzer.Found::value).containsExactly("ok");
        assertThat(files.issues()).singleElement().satisfies(i -> {
            assertThat(i.where()).isEqualTo("layer 0 entry /bad.txt");
            assertThat(i.message()).isEqualTo("text could not read it: cannot parse");
        });
    }

    @Test
    void twoAnalyzersWantingOneFile_eachReadTheWholeContent(@TempDir Path dir) throws Exception {
        TextReader other = new TextReader() {
            @Override
            public String name() {
                return "other";
            }
        };
        Path image = new ImageBuilder().layer(new TarBuilder().file("x.txt", "hello"))
                .writeOciArchive(dir.resolve("img.tar"));
        ImageFiles files = read(image, List.of(text, other));
        assertThat(files.found(text)).extracting(EntryAnalyzer.Found::value).containsExactly("hello");
        assertThat(files.found(other)).extracting(EntryAnalyzer.Found::value).containsExactly("hello");
    }

    @Test
    void wantsContent_seesTheHeadAndCanDeclineBeforeTheFileIsRead(@TempDir Path dir) throws Exception {
        TextReader onlyHashBang = new TextReader() {
            @Override
            public String name() {
                return "scripts";
            }

            @Override
            public boolean wantsContent(Entry entry, byte[] head) {
                return new String(head, StandardCharsets.UTF_8).startsWith("#!");
            }
        };
        byte[] big = ("#!/bin/sh\n" + "echo x\n".repeat(5000)).getBytes(StandardCharsets.UTF_8);
        Path image = new ImageBuilder().layer(new TarBuilder().file("a.txt", "plain").file("run.txt", big))
                .writeOciArchive(dir.resolve("img.tar"));
        ImageFiles files = read(image, List.of(onlyHashBang, text));
        assertThat(files.found(onlyHashBang)).extracting(EntryAnalyzer.Found::path).containsExactly("/run.txt");
        assertThat(files.found(onlyHashBang).getFirst().value()).hasSize(big.length);
        assertThat(files.found(text)).extracting(EntryAnalyzer.Found::path).containsExactly("/a.txt", "/run.txt");
    }

    @Test
    void rootDirectory_offersFilesToAnalyzers(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("etc"));
        Files.writeString(dir.resolve("etc/motd.txt"), "hi");
        ImageFiles files = read(dir, List.of(text));
        assertThat(files.found(text)).containsExactly(new EntryAnalyzer.Found<>("/etc/motd.txt", 0, true, "hi"));
    }

    private static ImageFiles read(Path input, List<EntryAnalyzer<?>> analyzers) throws Exception {
        return ImageReader.builder().analyzers(analyzers).build().read(ImageSource.detect(input));
    }
}
