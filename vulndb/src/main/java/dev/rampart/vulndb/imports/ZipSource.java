package dev.rampart.vulndb.imports;

import dev.rampart.vulndb.store.Origin;
import dev.rampart.vulndb.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;

/**
 * A zip of OSV records ({@code <id>.json} entries), read through its central directory. Sizes in
 * the directory are not trusted: every entry is read against the {@link Budget}.
 */
record ZipSource(Path file, Origin origin) implements OsvSource {

    @Override
    public void read(Limits limits, Visitor visitor) throws IOException, StoreException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new IOException(file + ": not a zip archive (" + e.getMessage() + ")", e);
        }
        try (zip) {
            Budget budget = new Budget(limits, file.toString());
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                budget.entry();
                if (entry.isDirectory() || !entry.getName().toLowerCase(Locale.ROOT).endsWith(".json")) {
                    continue;
                }
                byte @Nullable [] json;
                try (InputStream in = zip.getInputStream(entry)) {
                    json = budget.read(in);
                } catch (ZipException e) {
                    throw corrupt(entry, e.getMessage(), e);
                }
                if (json == null) {
                    visitor.skipped(entry.getName(), budget.tooLarge());
                    continue;
                }
                checkCrc(entry, json);
                visitor.record(entry.getName(), json);
            }
        }
    }

    /** {@link ZipFile} checks no CRC (only {@code ZipInputStream} does), so a flipped byte would pass unseen. */
    private void checkCrc(ZipEntry entry, byte[] content) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(content);
        if (entry.getCrc() != -1 && crc.getValue() != entry.getCrc()) {
            throw corrupt(entry, String.format(Locale.ROOT, "invalid entry CRC: expected 0x%08x but got 0x%08x",
                    entry.getCrc(), crc.getValue()), null);
        }
    }

    private IOException corrupt(ZipEntry entry, @Nullable String why, @Nullable Throwable cause) {
        return new IOException(file + ": entry " + entry.getName() + " is corrupt (" + why + ")", cause);
    }
}
