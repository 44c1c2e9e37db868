package dev.rampart.sbom;

import dev.rampart.model.Inventory;
import dev.rampart.model.VulnerabilityFinding;
import dev.rampart.sbom.internal.cyclonedx.BomTranslator;
import dev.rampart.sbom.internal.cyclonedx.XmlSafe;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.cyclonedx.Version;
import org.cyclonedx.exception.GeneratorException;
import org.cyclonedx.generators.BomGeneratorFactory;
import org.cyclonedx.model.Bom;

/**
 * Writes an inventory as a CycloneDX 1.6 BOM (https://cyclonedx.org/docs/1.6/json/), JSON or XML,
 * UTF-8.
 *
 * <p>The artifact is {@code metadata.component} (type {@code container}); the operating system and
 * every package are components; the dependency graph runs artifact → OS → packages. Facts
 * CycloneDX has no field for are {@code rampart:} properties. Licenses are SPDX ids where they
 * are on the SPDX License List, one SPDX expression where they form one, otherwise names.
 *
 * <p>Each BOM gets {@code urn:uuid:<ids.get()>} as serial number and {@code clock}'s instant,
 * to the second, as timestamp: inject a fixed clock and id to get reproducible output.
 */
public final class CycloneDxEncoder {
    private final BomTranslator translator;
    private final Clock clock;
    private final Supplier<UUID> ids;

    /**
     * @param toolVersion Rampart's version, named in {@code metadata.tools}
     * @param clock gives the BOM's timestamp
     * @param ids gives the BOM's serial number, one call per BOM
     */
    public CycloneDxEncoder(String toolVersion, Clock clock, Supplier<UUID> ids) {
        this.translator = new BomTranslator(Objects.requireNonNull(toolVersion, "toolVersion"));
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /** An encoder stamping the current time and a random serial number. */
    public CycloneDxEncoder(String toolVersion) {
        this(toolVersion, Clock.systemUTC(), UUID::randomUUID);
    }

    /** Writes {@code inventory} as CycloneDX 1.6 JSON to {@code out}, which is flushed, not closed. */
    public void writeJson(Inventory inventory, OutputStream out) throws IOException {
        writeJson(inventory, List.of(), out);
    }

    /**
     * Writes {@code inventory} as CycloneDX 1.6 JSON with a {@code vulnerabilities} entry per
     * finding, each affecting its package's component (see {@link BomTranslator#translate(Inventory,
     * List, java.time.Instant, UUID)}); {@code out} is flushed, not closed.
     *
     * @throws IllegalArgumentException when a finding names a package that is not in the inventory
     */
    public void writeJson(Inventory inventory, List<VulnerabilityFinding> findings, OutputStream out) throws IOException {
        Bom bom = translator.translate(inventory, findings, clock.instant().truncatedTo(ChronoUnit.SECONDS), ids.get());
        String json;
        try {
            json = BomGeneratorFactory.createJson(Version.VERSION_16, bom).toJsonString();
        } catch (GeneratorException e) {
            throw new IOException("cannot encode the CycloneDX JSON BOM of " + inventory.artifact().name()
                    + ": " + e.getMessage(), e);
        }
        write(json, out);
    }

    /**
     * Writes {@code inventory} as CycloneDX 1.6 XML to {@code out}, which is flushed, not closed.
     * Characters XML 1.0 cannot hold (most control characters) are written as U+FFFD.
     */
    public void writeXml(Inventory inventory, OutputStream out) throws IOException {
        Bom bom = translate(XmlSafe.inventory(inventory));
        String xml;
        try {
            xml = BomGeneratorFactory.createXml(Version.VERSION_16, bom).toXmlString();
        } catch (GeneratorException e) {
            throw new IOException("cannot encode the CycloneDX XML BOM of " + inventory.artifact().name()
                    + ": " + e.getMessage(), e);
        }
        write(xml, out);
    }

    private Bom translate(Inventory inventory) {
        return translator.translate(inventory, clock.instant().truncatedTo(ChronoUnit.SECONDS), ids.get());
    }

    private static void write(String text, OutputStream out) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        if (!text.endsWith("\n")) {
            out.write('\n');
        }
        out.flush();
    }
}
