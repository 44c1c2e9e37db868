package dev.rampart.k8s.manifests;

/** Where an object was read: the file as given and the 0-based document index in it. */
public record Source(String file, int document) {
    @Override
    public String toString() {
        return file + " doc " + document;
    }
}
