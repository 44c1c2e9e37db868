package dev.rampart.secret;

import java.util.List;

/**
 * What the secret scanner made of one file during the one pass: its findings, or why it was
 * not read. Files read and clean give no value at all.
 */
public sealed interface FileScan {
    /**
     * @param truncated more than {@link SecretLimits#maxFindingsPerFile()} secrets were found; the rest are dropped
     */
    record Found(List<SecretFinding> findings, boolean truncated) implements FileScan {
        public Found {
            findings = List.copyOf(findings);
        }
    }

    /**
     * Not read: binary content (a NUL byte in the first 8,000 bytes, git's test) or over the size limit.
     *
     * @param size the declared size; for a stream of unknown size, -1 (binary) or the bytes read past the limit (too large)
     */
    record Skipped(Reason reason, long size) implements FileScan {}

    enum Reason { BINARY, TOO_LARGE }

    /**
     * Read during the pass, scanned on another core: the regular expressions run while the layer
     * stream goes on. {@link SecretScanner#report} waits for it.
     */
    record Pending(java.util.concurrent.Future<FileScan> result) implements FileScan {
        /** The scan's outcome once it has run. */
        public FileScan await() throws java.io.IOException {
            try {
                return result.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while scanning for secrets");
            } catch (java.util.concurrent.ExecutionException e) {
                throw new java.io.IOException("secret scan failed: " + e.getCause(), e.getCause());
            }
        }
    }
}
