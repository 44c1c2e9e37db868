package dev.rampart.k8s.netpol;

/**
 * What connlists name instead of single pods: the top owner of a pod ({@code Deployment}, {@code
 * ReplicaSet}, {@code StatefulSet}, {@code DaemonSet}, {@code Job}, {@code CronJob}) or the pod itself.
 * Printed as {@code namespace/name[Kind]}.
 */
public record Workload(String namespace, String name, String kind) implements Comparable<Workload> {
    @Override
    public String toString() {
        return namespace + "/" + name + "[" + kind + "]";
    }

    @Override
    public int compareTo(Workload o) {
        return toString().compareTo(o.toString());
    }
}
