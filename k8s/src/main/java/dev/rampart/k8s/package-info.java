/**
 * Kubernetes access analysis from manifests: who can talk to whom (NetworkPolicy, AdminNetworkPolicy)
 * and who can do what (RBAC). The CLI verbs call {@code netpol} and {@code rbac} through their request and
 * result records and print with {@code render}.
 */
@NullMarked
package dev.rampart.k8s;

import org.jspecify.annotations.NullMarked;
