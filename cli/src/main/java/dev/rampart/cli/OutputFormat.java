package dev.rampart.cli;

import dev.rampart.report.InventoryRenderer;
import dev.rampart.report.JsonRenderer;
import dev.rampart.report.SbomRenderers;
import dev.rampart.report.TableRenderer;
import java.util.Locale;

/** The formats {@code sbom} writes, by the names users type. */
enum OutputFormat {
    TABLE,
    JSON,
    CYCLONEDX,
    CYCLONEDX_XML,
    SPDX;

    InventoryRenderer renderer() {
        String version = VersionProvider.version();
        return switch (this) {
            case TABLE -> new TableRenderer();
            case JSON -> new JsonRenderer();
            case CYCLONEDX -> SbomRenderers.cycloneDxJson(version);
            case CYCLONEDX_XML -> SbomRenderers.cycloneDxXml(version);
            case SPDX -> SbomRenderers.spdxJson(version);
        };
    }

    /** Parses the names users type: {@code cyclonedx-xml}, {@code CycloneDX}, {@code spdx-json}. */
    static OutputFormat parse(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        if (v.equals("spdx-json")) {
            return SPDX;
        }
        for (OutputFormat f : values()) {
            if (f.toString().equals(v)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + value + "': expected one of table, json, cyclonedx, cyclonedx-xml, spdx");
    }

    /** picocli's hook to {@link #parse}. */
    static final class Converter implements picocli.CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
