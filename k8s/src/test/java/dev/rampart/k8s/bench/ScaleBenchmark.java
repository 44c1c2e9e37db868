package dev.rampart.k8s.bench;

import dev.rampart.k8s.K8sNetpol;
import dev.rampart.k8s.K8sRbac;
import dev.rampart.k8s.netpol.ConnList;
import dev.rampart.k8s.netpol.Reachability;
import dev.rampart.k8s.rbac.Authorizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The scale benchmark of docs/benchmarks.md (not a test; surefire does not run it). Generates
 * {@link ScaleCluster} into a folder, then times load, {@code netpol list}, {@code netpol check} after load,
 * and {@code rbac who-can} after load, and reports peak RSS (VmHWM). Run:
 *
 * <pre>
 * ./mvnw -q -o test-compile -pl k8s
 * java -Xmx1g -cp "k8s/target/classes:k8s/target/test-classes:$(cat k8s/target/bench.cp)" dev.rampart.k8s.bench.ScaleBenchmark
 * </pre>
 */
public final class ScaleBenchmark {
    private ScaleBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("rampart-k8s-scale");
        if (!Files.exists(dir.resolve("admin.yaml"))) {
            ScaleCluster.write(dir);
        }
        List<Path> in = List.of(dir);
        long t0 = System.nanoTime();
        long c0 = cpu();
        Reachability reach = K8sNetpol.load(in);
        long t1 = System.nanoTime();
        long c1 = cpu();
        ConnList list = com(reach);
        long t2 = System.nanoTime();
        long c2 = cpu();
        System.out.printf(Locale.ROOT, "loaded: %d pod objects as %d workloads in %d namespaces, %d policies, %d admin policies%n",
                ScaleCluster.NAMESPACES * ScaleCluster.WORKLOADS_PER_NS * ScaleCluster.PODS_PER_WORKLOAD, reach.cluster().pods().size(), reach.cluster().namespaces().size(), reach.cluster().policies().size(),
                reach.cluster().adminPolicies().size());
        System.out.printf(Locale.ROOT, "netpol load: %.2f s wall, %.2f s cpu%nnetpol list: %.2f s wall, %.2f s cpu (%d connections)%n"
                + "netpol load+list: %.2f s wall%n", sec(t1 - t0), sec(c1 - c0), sec(t2 - t1), sec(c2 - c1), list.connections().size(), sec(t2 - t0));

        String[][] checks = {{"ns-000/app-1-rs", "ns-000/app-2-rs", "8082/TCP"}, {"ns-001/app-0-rs", "ns-021/app-3-rs", "8085/TCP"},
            {"ns-010/app-5-rs", "ns-198/app-9-rs", "53/UDP"}, {"10.7.3.4", "ns-007/app-4-rs", "443"}, {"ns-003/app-2-rs", "8.8.8.8", "443"}};
        double[] checkMs = timeN(200, i -> {
            String[] c = checks[i % checks.length];
            K8sNetpol.check(reach, c[0], c[1], Optional.of(c[2]));
        });
        System.out.printf(Locale.ROOT, "netpol check after load: median %.3f ms, p99 %.3f ms, max %.3f ms (200 runs)%n",
                checkMs[0], checkMs[1], checkMs[2]);

        long t3 = System.nanoTime();
        Authorizer az = K8sRbac.load(in);
        long t4 = System.nanoTime();
        System.out.printf(Locale.ROOT, "rbac load: %.2f s, %d bindings%n", sec(t4 - t3), az.model().bindings().size());
        String[][] queries = {{"get", "secrets", "ns-005"}, {"create", "pods/exec", ""}, {"list", "deployments", "ns-100"}, {"get", "secrets", ""}};
        double[] whoMs = timeN(200, i -> {
            String[] q = queries[i % queries.length];
            K8sRbac.whoCan(az, new K8sRbac.WhoCanRequest(in, q[0], q[1], Optional.empty(), q[2].isEmpty() ? Optional.empty() : Optional.of(q[2])));
        });
        System.out.printf(Locale.ROOT, "rbac who-can after load: median %.3f ms, p99 %.3f ms, max %.3f ms (200 runs)%n", whoMs[0], whoMs[1], whoMs[2]);
        System.out.println("peak RSS: " + peakRss() + "; load average at end: "
                + Files.readString(Path.of("/proc/loadavg")).strip());
    }

    private static ConnList com(Reachability r) {
        return dev.rampart.k8s.netpol.NetpolAnalyzer.list(r);
    }

    interface Run {
        void run(int i) throws Exception;
    }

    private static double[] timeN(int n, Run r) throws Exception {
        for (int i = 0; i < 20; i++) {
            r.run(i);
        }
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long s = System.nanoTime();
            r.run(i);
            ms[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[n / 2], ms[(int) (n * 0.99)], ms[n - 1]};
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double sec(long nanos) {
        return nanos / 1e9;
    }

    private static String peakRss() throws Exception {
        for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (l.startsWith("VmHWM:")) {
                return l.substring(6).strip();
            }
        }
        return "unknown";
    }
}
