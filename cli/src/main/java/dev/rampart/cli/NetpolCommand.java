package dev.rampart.cli;

import dev.rampart.k8s.K8sNetpol;
import dev.rampart.k8s.render.NetpolRenderer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rampart k8s netpol ...}: NetworkPolicy, AdminNetworkPolicy and BaselineAdminNetworkPolicy reachability. */
@Command(name = "netpol", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Who can talk to whom under NetworkPolicies (and admin network policies).",
        subcommands = {NetpolCommand.List.class, NetpolCommand.Check.class, NetpolCommand.Diff.class, NetpolCommand.Lint.class})
final class NetpolCommand {
    @CommandLine.ParentCommand
    K8sCommand k8s;

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Every allowed connection (connlist).")
    static final class List implements Callable<Integer> {
        @CommandLine.ParentCommand
        NetpolCommand parent;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        K8sOutput out;
        @Parameters(arity = "1..*", paramLabel = "<manifests>", description = "YAML/JSON files or folders (kubectl get -o yaml dumps too)")
        java.util.List<Path> manifests;

        @Override
        public Integer call() {
            return out.run(spec.commandLine(), parent.k8s.main, () -> K8sNetpol.list(new K8sNetpol.ListRequest(manifests)),
                    NetpolRenderer::connlist, r -> ExitCodes.OK);
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Whether one workload may connect to another, and which policy rule allows or denies it.",
                    "Exit code 0 when allowed, 1 when denied."})
    static final class Check implements Callable<Integer> {
        @CommandLine.ParentCommand
        NetpolCommand parent;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        K8sOutput out;
        @Parameters(arity = "1..*", paramLabel = "<manifests>")
        java.util.List<Path> manifests;
        @Option(names = "--from", required = true, paramLabel = "<ns/name|ip>", description = "source workload (ns/name) or IPv4 address")
        String from;
        @Option(names = "--to", required = true, paramLabel = "<ns/name|ip>", description = "destination workload (ns/name) or IPv4 address")
        String to;
        @Option(names = "--port", paramLabel = "<port[/PROTO]>", description = "8080 or 8080/TCP; without it, every allowed connection is shown")
        String port;

        @Override
        public Integer call() {
            return out.run(spec.commandLine(), parent.k8s.main,
                    () -> K8sNetpol.check(new K8sNetpol.CheckRequest(manifests, from, to, Optional.ofNullable(port))),
                    NetpolRenderer::check, r -> r.allowed() ? ExitCodes.OK : ExitCodes.FINDINGS);
        }
    }

    @Command(name = "diff", mixinStandardHelpOptions = true, description = "Connections added and removed between two sets of manifests.")
    static final class Diff implements Callable<Integer> {
        @CommandLine.ParentCommand
        NetpolCommand parent;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        K8sOutput out;
        @Parameters(index = "0", paramLabel = "<before>")
        Path before;
        @Parameters(index = "1", paramLabel = "<after>")
        Path after;

        @Override
        public Integer call() {
            return out.run(spec.commandLine(), parent.k8s.main,
                    () -> K8sNetpol.diff(new K8sNetpol.DiffRequest(java.util.List.of(before), java.util.List.of(after))),
                    NetpolRenderer::diff, r -> ExitCodes.OK);
        }
    }

    @Command(name = "lint", mixinStandardHelpOptions = true,
            description = "Namespaces without default-deny, policies that select nothing, shadowed rules, ...")
    static final class Lint implements Callable<Integer> {
        @CommandLine.ParentCommand
        NetpolCommand parent;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        K8sOutput out;
        @Parameters(arity = "1..*", paramLabel = "<manifests>")
        java.util.List<Path> manifests;
        @Option(names = "--exit-code", paramLabel = "<code>", defaultValue = "0", description = "exit with this code when there are findings; default ${DEFAULT-VALUE}")
        int exitCode;

        @Override
        public Integer call() {
            return out.run(spec.commandLine(), parent.k8s.main, () -> K8sNetpol.lint(new K8sNetpol.LintRequest(manifests)),
                    NetpolRenderer::lint, r -> r.findings().isEmpty() ? ExitCodes.OK : exitCode);
        }
    }
}
