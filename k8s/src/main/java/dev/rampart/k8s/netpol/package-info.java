/**
 * NetworkPolicy, AdminNetworkPolicy and BaselineAdminNetworkPolicy semantics: which connections are allowed
 * between workloads and external address ranges, and which policy rule decided each one.
 *
 * <p>Spec: https://kubernetes.io/docs/concepts/services-networking/network-policies/ and
 * https://network-policy-api.sigs.k8s.io/reference/spec/
 */
@NullMarked
package dev.rampart.k8s.netpol;

import org.jspecify.annotations.NullMarked;
