package dev.rampart.runtime.events;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rampart.runtime.fields.EventParams;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Translates Rampart's runtime event schema (see {@code docs/runtime-events.md}) into the syscall
 * fields: one structured object per event with {@code type}, {@code dir}, {@code time}, {@code num},
 * {@code res}, {@code args}, {@code process}, {@code parents}, {@code fd}, {@code user},
 * {@code group}, {@code container} and {@code k8s}.
 */
public final class RampartEvents {
    private static final Map<String, String> PROCESS = Map.ofEntries(
            Map.entry("pid", "proc.pid"), Map.entry("tid", "thread.tid"), Map.entry("vpid", "proc.vpid"),
            Map.entry("name", "proc.name"), Map.entry("exe", "proc.exe"), Map.entry("exepath", "proc.exepath"),
            Map.entry("cmdline", "proc.cmdline"), Map.entry("cwd", "proc.cwd"), Map.entry("tty", "proc.tty"),
            Map.entry("sid", "proc.sid"), Map.entry("sname", "proc.sname"), Map.entry("vpgid", "proc.vpgid"),
            Map.entry("loginshellid", "proc.loginshellid"), Map.entry("duration", "proc.duration"),
            Map.entry("is_exe_upper_layer", "proc.is_exe_upper_layer"),
            Map.entry("is_exe_from_memfd", "proc.is_exe_from_memfd"), Map.entry("is_exe_writable", "proc.is_exe_writable"),
            Map.entry("is_vpgid_leader", "proc.is_vpgid_leader"), Map.entry("is_sid_leader", "proc.is_sid_leader"),
            Map.entry("exe_ino_ctime", "proc.exe_ino.ctime"), Map.entry("exe_ino_mtime", "proc.exe_ino.mtime"),
            Map.entry("cap_effective", "thread.cap_effective"), Map.entry("cap_permitted", "thread.cap_permitted"),
            Map.entry("stdin_type", "proc.stdin.type"), Map.entry("stdout_type", "proc.stdout.type"),
            Map.entry("pgid", "proc.pgid"), Map.entry("is_pgid_leader", "proc.is_pgid_leader"));
    private static final Map<String, String> FD = Map.ofEntries(
            Map.entry("num", "fd.num"), Map.entry("type", "fd.type"), Map.entry("typechar", "fd.typechar"),
            Map.entry("name", "fd.name"), Map.entry("nameraw", "fd.nameraw"), Map.entry("directory", "fd.directory"),
            Map.entry("filename", "fd.filename"), Map.entry("cip", "fd.cip"), Map.entry("sip", "fd.sip"),
            Map.entry("lip", "fd.lip"), Map.entry("rip", "fd.rip"), Map.entry("cport", "fd.cport"),
            Map.entry("sport", "fd.sport"), Map.entry("lport", "fd.lport"), Map.entry("rport", "fd.rport"),
            Map.entry("l4proto", "fd.l4proto"), Map.entry("sockfamily", "fd.sockfamily"),
            Map.entry("connected", "fd.connected"), Map.entry("is_upper_layer", "fd.is_upper_layer"),
            Map.entry("is_lower_layer", "fd.is_lower_layer"),
            Map.entry("sip_name", "fd.sip.name"), Map.entry("rip_name", "fd.rip.name"));
    private static final Map<String, String> USER = Map.of("uid", "user.uid", "name", "user.name",
            "loginuid", "user.loginuid", "loginname", "user.loginname", "homedir", "user.homedir", "shell", "user.shell");
    private static final Map<String, String> GROUP = Map.of("gid", "group.gid", "name", "group.name");
    private static final Map<String, String> CONTAINER = Map.ofEntries(
            Map.entry("id", "container.id"), Map.entry("name", "container.name"), Map.entry("image", "container.image"),
            Map.entry("image_repository", "container.image.repository"), Map.entry("image_tag", "container.image.tag"),
            Map.entry("image_digest", "container.image.digest"), Map.entry("type", "container.type"),
            Map.entry("privileged", "container.privileged"), Map.entry("host_network", "container.host_network"),
            Map.entry("host_pid", "container.host_pid"), Map.entry("host_ipc", "container.host_ipc"),
            Map.entry("start_ts", "container.start_ts"));
    private static final Map<String, String> K8S = Map.of("ns", "k8s.ns.name", "pod", "k8s.pod.name",
            "pod_uid", "k8s.pod.uid", "pod_ip", "k8s.pod.ip");
    private static final String[][] ANCESTOR_FIELDS = {
        {"name", "proc.pname", "proc.aname"}, {"pid", "proc.ppid", "proc.apid"}, {"exe", "proc.pexe", "proc.aexe"},
        {"exepath", "proc.pexepath", "proc.aexepath"}, {"cmdline", "proc.pcmdline", "proc.acmdline"}};

    /** What the kernel appends to the path of an executable deleted since it was started. */
    private static final String DELETED = " (deleted)";

    private RampartEvents() {}

    public static FieldMapEvent toFieldMap(JsonNode n) {
        FieldMapEvent.Builder b = FieldMapEvent.builder(EventSources.SYSCALL);
        put(b, "evt.type", n.get("type"));
        String dir = n.has("dir") ? n.get("dir").asText() : "<";
        b.put("evt.dir", dir);
        b.put("evt.rawtime", time(n));
        put(b, "evt.num", n.get("num"));
        put(b, "evt.category", n.get("category"));
        result(b, n.get("res"));
        args(b, n.path("type").asText(), dir, n.path("args"));
        openFlags(b, n.path("type").asText(), n.path("args").path("flags").asText(null));
        section(b, n.path("process"), PROCESS);
        process(b, n.path("process"));
        processGroup(b, n.path("process"), n.path("parents"));
        parents(b, n.path("parents"));
        section(b, n.path("fd"), FD);
        fd(b, n.path("fd"));
        section(b, n.path("user"), USER);
        rootDefaults(b, n.path("user"));
        section(b, n.path("group"), GROUP);
        JsonNode c = n.path("container");
        if (c.isObject()) {
            section(b, c, CONTAINER);
            mounts(b, c.path("mounts"));
        } else {
            b.put("container.id", "host");
            b.put("container.name", "host");
        }
        section(b, n.path("k8s"), K8S);
        return b.build();
    }

    private static Object time(JsonNode n) {
        JsonNode ts = n.get("ts");
        if (ts != null && ts.canConvertToLong()) {
            return ts.asLong();
        }
        JsonNode t = n.get("time");
        if (t != null && t.isTextual()) {
            try {
                Instant i = Instant.parse(t.asText());
                return i.getEpochSecond() * 1_000_000_000L + i.getNano();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("time '" + t.asText() + "' is not an RFC 3339 timestamp");
            }
        }
        return null;
    }

    private static void result(FieldMapEvent.Builder b, JsonNode res) {
        if (res == null || res.isNull()) {
            return;
        }
        if (res.canConvertToLong()) {
            long r = res.asLong();
            b.put("evt.rawres", r);
            b.put("evt.res", r >= 0 ? "SUCCESS" : Long.toString(r));
            b.put("evt.failed", r < 0);
        } else {
            String s = res.asText();
            b.put("evt.res", s);
            b.put("evt.failed", !s.equals("SUCCESS"));
        }
    }

    /**
     * {@code evt.arg.X}, {@code evt.arg[i]}, {@code evt.rawarg.X} and {@code evt.args}, rendered by the parameter's
     * type and print format in libscap's event table: a {@code PF_HEX} number prints in upper-case hexadecimal
     * (raw and as text), a {@code PF_OCT} one in octal, and an empty (null) numeric parameter reads as 0 raw.
     */
    private static void args(FieldMapEvent.Builder b, String type, String dir, JsonNode args) {
        Iterator<Map.Entry<String, JsonNode>> it = args.fields();
        List<String> all = new ArrayList<>();
        EventParams table = EventParams.syscall();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            Object v = scalar(e.getValue());
            EventParams.Param p = table.find(type, dir, e.getKey());
            Object raw = raw(p, v);
            String text = v instanceof Long l && p != null && p.isNumeric() && !p.isFlags() ? p.argText(l)
                    : v == null ? null : v.toString();
            b.put("evt.arg." + e.getKey(), text);
            b.put("evt.arg[" + all.size() + "]", text); // by position, as libsinsp numbers params
            b.put("evt.rawarg." + e.getKey(), raw);
            all.add(e.getKey() + "=" + v);
        }
        if (!all.isEmpty()) {
            b.put("evt.args", String.join(" ", all));
        }
    }

    /** The raw value of a parameter: 0 for an empty numeric one, a number in its print format when that is not decimal. */
    private static @Nullable Object raw(EventParams.@Nullable Param p, @Nullable Object v) {
        if (p == null || !p.isNumeric()) {
            return v;
        }
        if (v == null) {
            return 0L;
        }
        return v instanceof Long l && p.printsNonDecimal() ? new FormattedNumber(l, p.rawText(l)) : v;
    }

    /**
     * Open-family events: the read/write/create booleans libsinsp derives from the flags, and the overlay layer of
     * the file ({@code FD_UPPER_LAYER}, {@code FD_LOWER_LAYER}), unless the {@code fd} object gives it.
     */
    private static void openFlags(FieldMapEvent.Builder b, String type, String flags) {
        if (flags == null || !List.of("open", "openat", "openat2", "open_by_handle_at", "creat").contains(type)) {
            return;
        }
        List<String> names = List.of(flags.split("[^A-Za-z0-9_]+")); // "O_RDONLY|O_CLOEXEC" or "65(O_WRONLY|O_CREAT)"
        boolean rdwr = names.contains("O_RDWR");
        boolean write = rdwr || names.contains("O_WRONLY") || type.equals("creat");
        b.put("evt.is_open_read", rdwr || !write);
        b.put("evt.is_open_write", write);
        b.put("evt.is_open_create", names.contains("O_CREAT") || type.equals("creat"));
        b.put("fd.is_upper_layer", names.contains("FD_UPPER_LAYER"));
        b.put("fd.is_lower_layer", names.contains("FD_LOWER_LAYER"));
    }

    /** As libsinsp keeps the trusted exepath: without the kernel's suffix for a deleted executable. */
    private static Object exepath(Object path) {
        return path instanceof String s && s.endsWith(DELETED) ? s.substring(0, s.length() - DELETED.length()) : path;
    }

    private static void process(FieldMapEvent.Builder b, JsonNode p) {
        if (!p.isObject()) {
            return;
        }
        JsonNode args = p.get("args");
        String joined = null;
        if (args != null && args.isArray()) {
            List<String> words = new ArrayList<>();
            args.forEach(a -> words.add(a.asText()));
            joined = String.join(" ", words);
        } else if (args != null) {
            joined = args.asText();
        }
        b.put("proc.args", joined);
        b.put("proc.exepath", exepath(scalar(p.get("exepath"))));
        if (!p.has("cmdline") && p.has("name")) {
            String name = p.get("name").asText();
            b.put("proc.cmdline", joined == null || joined.isEmpty() ? name : name + " " + joined);
        }
        JsonNode env = p.get("env");
        if (env != null && env.isObject()) {
            List<String> pairs = new ArrayList<>();
            env.fields().forEachRemaining(e -> {
                pairs.add(e.getKey() + "=" + e.getValue().asText());
                b.put("proc.env[" + e.getKey() + "]", e.getValue().asText());
            });
            b.put("proc.env", String.join(" ", pairs));
        }
    }

    /**
     * The process group in the host pid namespace, as libsinsp reads it: {@code proc.is_pgid_leader} is
     * {@code pgid == pid}, and the leader ({@code proc.pgid.name}, {@code .exe}, {@code .exepath}) is the
     * {@code pgid_leader} object when given, else the process itself when it leads, else the eldest of the
     * nearest ancestors that share its {@code pgid}.
     */
    private static void processGroup(FieldMapEvent.Builder b, JsonNode p, JsonNode parents) {
        JsonNode pgidNode = p.path("pgid");
        if (!pgidNode.canConvertToLong()) {
            return;
        }
        long pgid = pgidNode.asLong();
        JsonNode pid = p.path("pid");
        boolean leads = pid.canConvertToLong() && pid.asLong() == pgid;
        if (!p.has("is_pgid_leader") && pid.canConvertToLong()) {
            b.put("proc.is_pgid_leader", leads);
        }
        JsonNode leader = p.path("pgid_leader");
        if (!leader.isObject()) {
            leader = leads ? p : groupAncestor(parents, pgid);
        }
        if (leader != null && leader.isObject()) {
            put(b, "proc.pgid.name", leader.get("name"));
            put(b, "proc.pgid.exe", leader.get("exe"));
            b.put("proc.pgid.exepath", exepath(scalar(leader.get("exepath"))));
        }
    }

    /** The eldest ancestor of an unbroken run of nearest ancestors in process group {@code pgid}, or null. */
    private static @Nullable JsonNode groupAncestor(JsonNode parents, long pgid) {
        if (!parents.isArray()) {
            return null;
        }
        JsonNode found = null;
        for (JsonNode a : parents) {
            JsonNode g = a.path("pgid");
            if (!g.canConvertToLong() || g.asLong() != pgid) {
                break;
            }
            found = a;
            if (a.path("pid").canConvertToLong() && a.path("pid").asLong() == pgid) {
                break;
            }
        }
        return found;
    }

    private static void parents(FieldMapEvent.Builder b, JsonNode parents) {
        if (!parents.isArray()) {
            return;
        }
        for (int i = 0; i < parents.size(); i++) {
            JsonNode a = parents.get(i);
            for (String[] f : ANCESTOR_FIELDS) {
                Object v = f[0].equals("exepath") ? exepath(scalar(a.get(f[0]))) : scalar(a.get(f[0]));
                if (i == 0) {
                    b.put(f[1], v);
                }
                b.put(f[2] + "[" + (i + 1) + "]", v);
            }
        }
    }

    private static void fd(FieldMapEvent.Builder b, JsonNode fd) {
        if (!fd.isObject()) {
            return;
        }
        String name = fd.path("name").asText(null);
        String type = fd.path("type").asText("");
        boolean file = type.equals("file") || fd.path("typechar").asText("").equals("f");
        if (name != null && file && !fd.has("directory")) {
            int slash = name.lastIndexOf('/');
            b.put("fd.directory", slash <= 0 ? "/" : name.substring(0, slash));
            b.put("fd.filename", name.substring(slash + 1));
        }
        if (name == null && fd.has("cip") && fd.has("sip")) {
            b.put("fd.name", fd.get("cip").asText() + ":" + fd.path("cport").asText() + "->" + fd.get("sip").asText() + ":"
                    + fd.path("sport").asText());
        }
    }

    /** As libsinsp: uid 0 without a user entry is root with home /root, and login uid 0 logs in as root. */
    private static void rootDefaults(FieldMapEvent.Builder b, JsonNode user) {
        if (user.path("uid").canConvertToLong() && user.path("uid").asLong() == 0) {
            if (!user.has("name")) {
                b.put("user.name", "root");
            }
            if (!user.has("homedir")) {
                b.put("user.homedir", "/root");
            }
        }
        if (user.path("loginuid").canConvertToLong() && user.path("loginuid").asLong() == 0 && !user.has("loginname")) {
            b.put("user.loginname", "root");
        }
    }

    private static void mounts(FieldMapEvent.Builder b, JsonNode mounts) {
        if (!mounts.isArray()) {
            return;
        }
        List<String> all = new ArrayList<>();
        for (JsonNode m : mounts) {
            String source = m.path("source").asText();
            String dest = m.path("dest").asText();
            all.add(source + ":" + dest + ":" + m.path("mode").asText("") + ":" + m.path("rw").asBoolean(true) + ":"
                    + m.path("propagation").asText("private"));
            b.put("container.mount.dest[" + source + "]", dest);
            b.put("container.mount.source[" + dest + "]", source);
        }
        b.put("container.mounts", String.join(",", all));
    }

    private static void section(FieldMapEvent.Builder b, JsonNode obj, Map<String, String> keys) {
        if (!obj.isObject()) {
            return;
        }
        keys.forEach((json, field) -> put(b, field, obj.get(json)));
    }

    private static void put(FieldMapEvent.Builder b, String field, JsonNode v) {
        b.put(field, scalar(v));
    }

    private static Object scalar(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            return v.asLong();
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }
}
