package dev.rampart.report;

import dev.rampart.model.Inventory;
import java.io.IOException;
import java.io.OutputStream;

/** Writes an inventory in one format. Output is deterministic for the same inventory. */
public interface InventoryRenderer {
    void render(Inventory inventory, OutputStream out) throws IOException;
}
