package dev.rampart.runtime.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A realistic syscall mix as field-map JSON lines: mostly benign {@code openat} reads,
 * {@code execve} of everyday tools and {@code connect} to private and public addresses, with a
 * sprinkle of suspicious events (about 1 in 500) so rules do fire. Seeded: the same every run.
 */
final class EventMix {
    private EventMix() {}

    static List<String> lines(int n) {
        Random r = new Random(42);
        String[] files = {"/usr/lib/x86_64-linux-gnu/libc.so.6", "/etc/ld.so.cache", "/proc/self/status", "/var/lib/app/data.db",
            "/usr/share/zoneinfo/UTC", "/etc/hosts", "/etc/resolv.conf", "/tmp/build/out.o", "/home/alice/.bashrc"};
        String[] procs = {"java", "python3", "nginx", "node", "postgres", "git", "ls", "cat", "make", "gcc"};
        String[] tools = {"ls", "git", "cat", "grep", "make", "sed", "awk", "curl", "tar", "gzip"};
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int kind = r.nextInt(100);
            String proc = procs[r.nextInt(procs.length)];
            String container = r.nextInt(3) == 0 ? "host" : "3ad7b26ded6d";
            String common = String.format(Locale.ROOT, "\"evt.num\":%d,\"evt.rawtime\":%d,\"evt.dir\":\"<\",\"proc.pid\":%d,"
                    + "\"proc.pname\":\"bash\",\"proc.aname[1]\":\"bash\",\"proc.aname[2]\":\"sshd\",\"user.name\":\"alice\","
                    + "\"user.uid\":1000,\"container.id\":\"%s\",\"proc.duration\":60000000000,\"proc.tty\":0",
                    i + 1, 1714564800000000000L + i * 1000L, 1000 + r.nextInt(5000), container);
            if (i % 500 == 250) {
                out.add("{" + common + ",\"evt.type\":\"openat\",\"proc.name\":\"python3\",\"proc.cmdline\":\"python3 x.py\","
                        + "\"fd.name\":\"/etc/shadow\",\"fd.nameraw\":\"/etc/shadow\",\"fd.directory\":\"/etc\",\"fd.filename\":\"shadow\","
                        + "\"fd.typechar\":\"f\",\"fd.num\":3,\"evt.is_open_read\":true,\"evt.is_open_write\":false,"
                        + "\"evt.arg.flags\":\"O_RDONLY\",\"evt.rawres\":3,\"evt.res\":\"SUCCESS\"}");
            } else if (kind < 60) {
                String f = files[r.nextInt(files.length)];
                boolean write = r.nextInt(10) == 0;
                out.add("{" + common + ",\"evt.type\":\"openat\",\"proc.name\":\"" + proc + "\",\"proc.cmdline\":\"" + proc
                        + " run\",\"fd.name\":\"" + f + "\",\"fd.nameraw\":\"" + f + "\",\"fd.typechar\":\"f\",\"fd.num\":"
                        + (3 + r.nextInt(20)) + ",\"evt.is_open_read\":" + !write + ",\"evt.is_open_write\":" + write
                        + ",\"evt.arg.flags\":\"" + (write ? "O_WRONLY|O_CREAT" : "O_RDONLY|O_CLOEXEC")
                        + "\",\"evt.rawres\":3,\"evt.res\":\"SUCCESS\"}");
            } else if (kind < 85) {
                String t = tools[r.nextInt(tools.length)];
                out.add("{" + common + ",\"evt.type\":\"execve\",\"proc.name\":\"" + t + "\",\"proc.exe\":\"" + t
                        + "\",\"proc.exepath\":\"/usr/bin/" + t + "\",\"proc.args\":\"-l .\",\"proc.cmdline\":\"" + t
                        + " -l .\",\"proc.cwd\":\"/home/alice/\",\"evt.rawres\":0,\"evt.res\":\"SUCCESS\"}");
            } else {
                boolean priv = r.nextBoolean();
                String sip = priv ? "10.0." + r.nextInt(255) + "." + r.nextInt(255) : "93.184.216." + r.nextInt(255);
                out.add("{" + common + ",\"evt.type\":\"connect\",\"proc.name\":\"" + proc + "\",\"proc.exe\":\"/usr/bin/" + proc
                        + "\",\"fd.typechar\":\"4\",\"fd.type\":\"ipv4\",\"fd.l4proto\":\"tcp\",\"fd.cip\":\"10.1.2.3\",\"fd.cport\":"
                        + (30000 + r.nextInt(30000)) + ",\"fd.sip\":\"" + sip + "\",\"fd.sport\":443,\"fd.name\":\"10.1.2.3:40000->"
                        + sip + ":443\",\"evt.rawres\":0,\"evt.res\":\"SUCCESS\"}");
            }
        }
        return out;
    }
}
