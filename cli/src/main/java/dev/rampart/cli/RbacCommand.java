package dev.rampart.cli;

import dev.rampart.k8s.K8sRbac;
import dev.rampart.k8s.render.RbacRenderer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rampart k8s rbac ...}: the Kubernetes RBAC authorizer over manifests. */
@Command(name = "rbac", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Who can do what under RBAC, and risky grants.",
        subcommands = {RbacCommand.WhoCan.class, RbacCommand.Can.class, RbacCommand.Risks.class})
final class RbacCommand {
    @CommandLine.ParentCommand
    K8sCommand k8s;

    @Command(name = "who-can", mixinStandardHelpOptions = true,
            description = "Every subject allowed a verb on a resource, with the binding and role that grant it.")
    static final class WhoCan implements Callable<Integer> {
        @CommandLine.ParentCommand
        RbacCommand parent;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        K8sOutput out;
        @Parameters(index = "0", paramLabel = "<manifests>", description = "file or folder of RBAC manifests")
        Path manifests;
        @Parameters(index = "1", paramLabel = "<verb>")
        String verb;
        @Parameters(index = "2", paramLabel = "<resource>", description = "pods, pods/exec, deployments.apps, or a URL like /healthz")
        String resource;
        @Parameters(index = "3", arity = "0..1", paramLabel = "<name>")
        String name;
        @Option(names = {"-n", "--namespace"}, paramLabel = "<ns>", description = "only this namespace (default: any)")
        String namespace;

        @Override
        public Integer call() {
            return out.run(spec.commandLine(), parent.k8s.main,
                    () -> K8sRbac.whoCan(new K8sRbac.WhoCanRequest(List.of(manifests), verb, resource,
                            Optional.ofNullable(name), Optional.ofNullable(namespace))),
                    RbacRenderer::whoCan, r -> ExitCodes.OK);
        }
    }

    @Command(name = "can", mixinStandardHelpOptions = true,
            description = {"Whether a user or service account may do something, as the RBAC authorizer decides.",
                    "Exit code 0 when allowed, 1 when not."})
    static final class Can implements Callable<Integer> {
        @CommandLine.ParentCommand
        RbacCommand parent;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        K8sOutput out;
        @Parameters(index = "0", paramLabel = "<manifests>")
        Path manifests;
        @Parameters(index = "1", paramLabel = "<verb>")
        String verb;
        @Parameters(index = "2", paramLabel = "<resource>")
        String resource;
        @Parameters(index = "3", arity = "0..1", paramLabel = "<name>")
        String name;
        @Option(names = "--as", required = true, paramLabel = "<user>", description = "user name or system:serviceaccount:<ns>:<name>")
        String as;
        @Option(names = "--as-group", paramLabel = "<group>", description = "a group the user is in (repeatable)")
        List<String> groups = List.of();
        @Option(names = {"-n", "--namespace"}, paramLabel = "<ns>", description = "namespace of the request (default: default)")
        String namespace;

        @Override
        public Integer call() {
            return out.run(spec.commandLine(), parent.k8s.main,
                    () -> K8sRbac.can(new K8sRbac.CanRequest(List.of(manifests), as, groups, verb, resource,
                            Optional.ofNullable(name), Optional.ofNullable(namespace))),
                    RbacRenderer::can, r -> r.allowed() ? ExitCodes.OK : ExitCodes.FINDINGS);
        }
    }

    @Command(name = "risks", mixinStandardHelpOptions = true,
            description = "Risky grants and privilege-escalation paths, with the bindings that make each.")
    static final class Risks implements Callable<Integer> {
        @CommandLine.ParentCommand
        RbacCommand parent;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        K8sOutput out;
        @Parameters(arity = "1..*", paramLabel = "<manifests>")
        List<Path> manifests;
        @Option(names = "--exit-code", paramLabel = "<code>", defaultValue = "0", description = "exit with this code when there are findings; default ${DEFAULT-VALUE}")
        int exitCode;

        @Override
        public Integer call() {
            return out.run(spec.commandLine(), parent.k8s.main, () -> K8sRbac.risks(new K8sRbac.RisksRequest(manifests)),
                    RbacRenderer::risks, r -> r.findings().isEmpty() ? ExitCodes.OK : exitCode);
        }
    }
}
