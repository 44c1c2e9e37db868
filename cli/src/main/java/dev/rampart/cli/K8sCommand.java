package dev.rampart.cli;

import picocli.CommandLine.Command;

/** {@code rampart k8s}: Kubernetes access analysis over manifests. */
@Command(name = "k8s", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Kubernetes access analysis: who can talk to whom (netpol) and who can do what (rbac).",
        subcommands = {NetpolCommand.class, RbacCommand.class})
final class K8sCommand {
    @picocli.CommandLine.ParentCommand
    Main main;
}
