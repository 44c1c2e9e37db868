package dev.rampart.image;

/**
 * Progress of a read, for a progress bar. Called from the threads that read layers.
 */
public interface ReadListener {
    ReadListener SILENT = new ReadListener() {};

    /** Once, before layers are read: how many there are and their stored bytes in total. */
    default void started(int layers, long totalBytes) {}

    /** After each chunk of stored (compressed) bytes is read. */
    default void bytesRead(long delta) {}

    default void layerDone(int index) {}
}
