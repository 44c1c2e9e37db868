package dev.rampart.k8s.netpol;

/**
 * Everything known about connections from {@code source} to {@code destination}: a connection is
 * allowed only when the source's egress and the destination's ingress both allow it.
 *
 * <p>Spec: https://kubernetes.io/docs/concepts/services-networking/network-policies/#the-two-sorts-of-pod-isolation
 */
public record Verdict(Endpoint source, Endpoint destination, DirectionVerdict egress, DirectionVerdict ingress) {
    public ConnectionSet allowed() {
        return egress.allowed().intersect(ingress.allowed());
    }
}
