package dev.rampart.runtime.condition;

import dev.rampart.runtime.fields.FieldType.Kind;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The comparison operators, with the value kinds each one accepts (Falco's operator × type matrix). */
public enum Op {
    EQ("="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="),
    CONTAINS("contains"), ICONTAINS("icontains"), BCONTAINS("bcontains"),
    STARTSWITH("startswith"), BSTARTSWITH("bstartswith"), ENDSWITH("endswith"),
    GLOB("glob"), IGLOB("iglob"), REGEX("regex"),
    IN("in"), INTERSECTS("intersects"), PMATCH("pmatch"), EXISTS("exists");

    private static final Map<String, Op> BY_TOKEN = Map.ofEntries(
            Map.entry("=", EQ), Map.entry("==", EQ), Map.entry("!=", NE), Map.entry("<", LT), Map.entry("<=", LE),
            Map.entry(">", GT), Map.entry(">=", GE), Map.entry("contains", CONTAINS), Map.entry("icontains", ICONTAINS),
            Map.entry("bcontains", BCONTAINS), Map.entry("startswith", STARTSWITH),
            Map.entry("bstartswith", BSTARTSWITH), Map.entry("endswith", ENDSWITH), Map.entry("glob", GLOB),
            Map.entry("iglob", IGLOB), Map.entry("regex", REGEX), Map.entry("in", IN),
            Map.entry("intersects", INTERSECTS), Map.entry("pmatch", PMATCH), Map.entry("exists", EXISTS));

    private final String token;

    Op(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }

    public static Op of(String token) {
        Op op = BY_TOKEN.get(token);
        if (op == null) {
            throw new IllegalArgumentException("unknown operator '" + token + "'");
        }
        return op;
    }

    /** Whether a condition may write this token as an operator. */
    public static boolean isOperator(String token) {
        return BY_TOKEN.containsKey(token);
    }

    public boolean takesList() {
        return this == IN || this == INTERSECTS || this == PMATCH;
    }

    /** Whether the operator applies to values of this kind. */
    public boolean supports(Kind kind) {
        return allowed(kind).contains(this);
    }

    private static Set<Op> allowed(Kind kind) {
        return switch (kind) {
            case NUMBER -> EnumSet.of(EQ, NE, LT, LE, GT, GE, IN, INTERSECTS, EXISTS);
            case BOOL, IPADDR, IPNET -> EnumSet.of(EQ, NE, IN, INTERSECTS, EXISTS);
            case BYTES -> EnumSet.of(EQ, NE, CONTAINS, STARTSWITH, ENDSWITH, BCONTAINS, BSTARTSWITH, IN, INTERSECTS,
                    EXISTS);
            case STRING, DYNAMIC -> EnumSet.complementOf(EnumSet.of(BCONTAINS, BSTARTSWITH));
        };
    }
}
