/**
 * The Kubernetes RBAC authorizer over manifests: {@code can}, {@code who-can}, aggregation of ClusterRoles,
 * and risky grants with the path that grants each.
 *
 * <p>Spec: https://kubernetes.io/docs/reference/access-authn-authz/rbac/
 */
@NullMarked
package dev.rampart.k8s.rbac;

import org.jspecify.annotations.NullMarked;
