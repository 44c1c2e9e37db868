package dev.rampart.k8s.netpol;

/** One end of a connection: a workload's pod, or a range of addresses outside the cluster. */
public sealed interface Endpoint {

    /** The name connlists print. */
    String display();

    /** A pod (standing for its workload). */
    record PodEndpoint(Pod pod) implements Endpoint {
        @Override
        public String display() {
            return pod.owner().toString();
        }
    }

    /** Addresses outside the cluster that every policy treats alike. */
    record External(IpRange range) implements Endpoint {
        @Override
        public String display() {
            return range + "[External]";
        }
    }
}
