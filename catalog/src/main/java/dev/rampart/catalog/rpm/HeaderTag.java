package dev.rampart.catalog.rpm;

import org.jspecify.annotations.Nullable;

/**
 * The header tags this reader decodes, with the numbers of rpm's {@code lib/rpmtag.h}.
 */
enum HeaderTag {
    NAME(1000),
    VERSION(1001),
    RELEASE(1002),
    EPOCH(1003),
    VENDOR(1011),
    LICENSE(1014),
    ARCH(1022),
    OLDFILENAMES(1027),
    SOURCERPM(1044),
    DIRINDEXES(1116),
    BASENAMES(1117),
    DIRNAMES(1118);

    final int number;

    HeaderTag(int number) {
        this.number = number;
    }

    /** The tag with this number, or null for the many tags this reader skips (regions 61-64 among them). */
    static @Nullable HeaderTag ofNumber(int number) {
        for (HeaderTag t : values()) {
            if (t.number == number) {
                return t;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return name() + " (" + number + ")";
    }
}
