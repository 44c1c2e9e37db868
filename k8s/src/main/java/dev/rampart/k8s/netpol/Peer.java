package dev.rampart.k8s.netpol;

import dev.rampart.k8s.LabelSelector;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One peer of a policy rule ({@code from}/{@code to} entry). NetworkPolicy and the admin policies
 * share this shape once translated.
 */
public sealed interface Peer {

    /**
     * A rule without peers: NetworkPolicy {@code from}/{@code to} absent or empty matches every source
     * or destination, in the cluster and outside it.
     */
    record Any() implements Peer {}

    /**
     * Pods by selectors. In a NetworkPolicy, an absent {@code namespaceSelector} (null here) means the
     * policy's own namespace; an absent {@code podSelector} (null) means every pod of the selected
     * namespaces; both present in one peer means pods matching both (AND), while two peers are OR.
     *
     * <p>Spec: https://kubernetes.io/docs/concepts/services-networking/network-policies/#behavior-of-to-and-from-selectors
     */
    record Pods(@Nullable LabelSelector namespaceSelector, @Nullable LabelSelector podSelector) implements Peer {}

    /**
     * An IPv4 block with exceptions ({@code ipBlock}, or an admin policy's {@code networks} entry).
     * Matched only against addresses outside the cluster: pod IPs are unknown in manifests, so a block
     * that would cover pod IPs in a live cluster is reported for external ranges only.
     *
     * @param text the block as written, for explanations
     */
    record IpBlock(IpRange cidr, List<IpRange> except, String text) implements Peer {
        public IpBlock {
            except = List.copyOf(except);
        }

        /** The addresses the block stands for: the CIDR minus its exceptions, as sorted disjoint ranges. */
        public List<IpRange> ranges() {
            List<IpRange> out = new java.util.ArrayList<>(List.of(cidr));
            for (IpRange e : except) {
                List<IpRange> next = new java.util.ArrayList<>();
                for (IpRange r : out) {
                    if (!r.overlaps(e)) {
                        next.add(r);
                        continue;
                    }
                    if (r.first() < e.first()) {
                        next.add(new IpRange(r.first(), e.first() - 1));
                    }
                    if (e.last() < r.last()) {
                        next.add(new IpRange(e.last() + 1, r.last()));
                    }
                }
                out = next;
            }
            return out;
        }

        /** Whether every address of {@code range} is in the block and outside its exceptions. */
        public boolean covers(IpRange range) {
            if (!cidr.contains(range)) {
                return false;
            }
            for (IpRange e : except) {
                if (e.overlaps(range)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * A peer outside the model (an admin policy's {@code nodes}, an IPv6 block): it matches nothing here,
     * and loading recorded an issue saying so.
     */
    record Unmodelled(String description) implements Peer {}
}
