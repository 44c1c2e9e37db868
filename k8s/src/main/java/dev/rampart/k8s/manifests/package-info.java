/**
 * Loads Kubernetes YAML and JSON manifests (multi-document files, {@code List} kinds, {@code kubectl get -o yaml}
 * dumps) into the records of {@code netpol} and {@code rbac}, with bounded parsing and one-line errors naming
 * the file and document.
 */
@NullMarked
package dev.rampart.k8s.manifests;

import org.jspecify.annotations.NullMarked;
