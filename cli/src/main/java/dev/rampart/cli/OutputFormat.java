package dev.rampart.cli;

import dev.rampart.report.InventoryRenderer;
import dev.rampart.report.JsonRenderer;
import dev.rampart.report.TableRenderer;
import java.util.Locale;

/** The formats {@code sbom} writes, by the names users type. */
enum OutputFormat {
    TABLE,
    JSON;

    InventoryRenderer renderer() {
        return switch (this) {
            case TABLE -> new TableRenderer();
            case JSON -> new JsonRenderer();
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
