package dev.rampart.sbom;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.rampart.model.Inventory;
import dev.rampart.sbom.internal.spdx.SpdxDocument;
import dev.rampart.sbom.internal.spdx.SpdxTranslator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Writes an inventory as an SPDX 2.3 JSON document (https://spdx.github.io/spdx-spec/v2.3/), UTF-8.
 *
 * <p>The document describes one package for the artifact (purpose {@code CONTAINER}), which
 * contains one for the operating system ({@code OPERATING_SYSTEM}), which contains one per
 * installed package ({@code LIBRARY}) with its purl, its database file and layer, and its declared
 * license as an SPDX expression; license names that SPDX does not list become
 * {@code LicenseRef-} entries defined in {@code hasExtractedLicensingInfos}.
 *
 * <p>The document namespace ends in {@code ids.get()} and {@code created} is {@code clock}'s
 * instant to the second: inject a fixed clock and id to get reproducible output.
 */
public final class SpdxEncoder {
    private static final ObjectWriter WRITER = JsonMapper.builder()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build()
            .writerWithDefaultPrettyPrinter();

    private final SpdxTranslator translator;
    private final Clock clock;
    private final Supplier<UUID> ids;

    /**
     * @param toolVersion Rampart's version, named in the creators as {@code Tool: rampart-<version>}
     * @param clock gives the document's creation time
     * @param ids gives the unique part of the document namespace, one call per document
     */
    public SpdxEncoder(String toolVersion, Clock clock, Supplier<UUID> ids) {
        this.translator = new SpdxTranslator(Objects.requireNonNull(toolVersion, "toolVersion"));
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /** An encoder stamping the current time and a random namespace. */
    public SpdxEncoder(String toolVersion) {
        this(toolVersion, Clock.systemUTC(), UUID::randomUUID);
    }

    /** Writes {@code inventory} as SPDX 2.3 JSON to {@code out}, which is flushed, not closed. */
    public void writeJson(Inventory inventory, OutputStream out) throws IOException {
        SpdxDocument document = translator.translate(inventory, clock.instant(), ids.get());
        WRITER.writeValue(out, document);
        out.write('\n');
        out.flush();
    }
}
