package dev.rampart.k8s.netpol;

import java.util.List;
import java.util.Map;

/**
 * A pod, or the pod template of a workload, as policies see it: namespace, labels and container
 * ports. Pod IPs are not known from manifests, so ipBlocks never match pods (see {@link Peer.IpBlock}).
 */
public record Pod(String namespace, String name, Map<String, String> labels, List<ContainerPort> ports,
        Workload owner) {
    public Pod {
        labels = Map.copyOf(labels);
        ports = List.copyOf(ports);
    }
}
