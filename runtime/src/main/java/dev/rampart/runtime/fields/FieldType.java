package dev.rampart.runtime.fields;

/**
 * The type of a field's value, named as Falco names it. The {@link Kind} decides which operators a
 * field accepts and how a literal on the other side is read.
 */
public enum FieldType {
    INT8(Kind.NUMBER), INT16(Kind.NUMBER), INT32(Kind.NUMBER), INT64(Kind.NUMBER),
    UINT8(Kind.NUMBER), UINT16(Kind.NUMBER), UINT32(Kind.NUMBER), UINT64(Kind.NUMBER),
    PORT(Kind.NUMBER), RELTIME(Kind.NUMBER), ABSTIME(Kind.NUMBER),
    /** Falco's value parser reads only integers for this type, so {@code thread.cpu = 1.0} does not compile. */
    DOUBLE(Kind.NUMBER),
    BOOL(Kind.BOOL),
    CHARBUF(Kind.STRING),
    BYTEBUF(Kind.BYTES),
    IPADDR(Kind.IPADDR),
    IPNET(Kind.IPNET),
    /** Raw event arguments: a number or a string, decided per event. */
    DYNAMIC(Kind.DYNAMIC);

    /** Families of types that share operators and literal syntax. */
    public enum Kind { NUMBER, BOOL, STRING, BYTES, IPADDR, IPNET, DYNAMIC }

    private final Kind kind;

    FieldType(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
