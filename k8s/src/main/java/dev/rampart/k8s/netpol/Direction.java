package dev.rampart.k8s.netpol;

/** Which side of a connection a rule governs: ingress rules guard the destination, egress rules the source. */
public enum Direction {
    INGRESS("Ingress"), EGRESS("Egress");

    public final String wireName;

    Direction(String wireName) {
        this.wireName = wireName;
    }
}
