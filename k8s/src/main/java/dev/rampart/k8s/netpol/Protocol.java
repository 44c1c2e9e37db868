package dev.rampart.k8s.netpol;

import java.util.Locale;

/**
 * The protocols a NetworkPolicy port may name. A port without {@code protocol} means TCP.
 *
 * <p>Spec: https://kubernetes.io/docs/reference/kubernetes-api/policy-resources/network-policy-v1/#NetworkPolicySpec
 */
public enum Protocol {
    TCP, UDP, SCTP;

    public static Protocol parse(String s) {
        try {
            return valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown protocol '" + s + "' (expected TCP, UDP or SCTP)", e);
        }
    }
}
