package dev.rampart.k8s.netpol;

import org.jspecify.annotations.Nullable;

/** A {@code containerPort} of a pod; only named ones matter to policies, which resolve names per pod. */
public record ContainerPort(@Nullable String name, int port, Protocol protocol) {}
