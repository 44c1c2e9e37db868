package dev.rampart.vulndb.match;

import dev.rampart.vulndb.osv.OsvRecord;
import java.util.List;

/**
 * Where the matcher finds records: every record with an affected entry for a package name in an
 * ecosystem (base name, no release: {@code Debian}, {@code Maven}). The matcher filters by release
 * and version itself.
 */
@FunctionalInterface
public interface AdvisoryLookup {
    List<OsvRecord> lookup(String ecosystemBase, String name) throws LookupException;

    /** The store could not answer. */
    final class LookupException extends Exception {
        private static final long serialVersionUID = 1L;

        public LookupException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
