package dev.rampart.k8s.netpol;

import dev.rampart.model.Issue;
import java.util.List;

/**
 * Every allowed connection between workloads and external ranges, sorted by line; pairs with nothing
 * allowed and a workload's connections to itself are left out.
 */
public record ConnList(List<Connection> connections, List<Issue> issues) {
    public ConnList {
        connections = List.copyOf(connections);
        issues = List.copyOf(issues);
    }
}
