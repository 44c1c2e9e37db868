package dev.rampart.runtime.events;

import dev.rampart.runtime.fields.FieldInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How syscall fields are read from a {@link FieldMapEvent}: the key itself when the event has it,
 * otherwise a value derived from related keys the way libsinsp derives it ({@code fd.net} from the
 * client and server addresses, {@code proc.aname} from the ancestor chain, {@code proc.cmdline} from
 * {@code proc.name} and {@code proc.args}).
 */
public final class FieldMapFields {
    static final int EVT_TYPE = FieldSlots.slotOf("evt.type");
    static final int EVT_RAWTIME = FieldSlots.slotOf("evt.rawtime");
    static final int EVT_DIR = FieldSlots.slotOf("evt.dir");
    private static final int MAX_ANCESTORS = 16;

    private FieldMapFields() {}

    /** The extractor of a syscall field with an optional argument. */
    public static Extractor extractor(FieldInfo info, @Nullable String arg) {
        String name = info.name();
        int direct = FieldSlots.slotOf(FieldSlots.key(name, arg));
        Extractor derived = derived(name, arg);
        if (derived == null) {
            return new SlotExtractor(direct);
        }
        return e -> {
            Object v = ((FieldMapEvent) e).valueAt(direct);
            return v != null ? v : derived.extract(e);
        };
    }

    private static @Nullable Extractor derived(String name, @Nullable String arg) {
        return switch (name) {
            case "evt.arg" -> arg == null ? null : firstOf("evt.arg." + arg);
            case "evt.rawarg" -> arg == null ? null : firstOf("evt.rawarg." + arg, "evt.arg[" + arg + "]", "evt.arg." + arg);
            case "proc.aname" -> ancestors("proc.aname", arg, "proc.name", "proc.pname");
            case "proc.apid" -> ancestors("proc.apid", arg, "proc.pid", "proc.ppid");
            case "proc.aexe" -> ancestors("proc.aexe", arg, "proc.exe", "proc.pexe");
            case "proc.aexepath" -> ancestors("proc.aexepath", arg, "proc.exepath", "proc.pexepath");
            case "proc.acmdline" -> ancestors("proc.acmdline", arg, "proc.cmdline", "proc.pcmdline");
            case "fd.ip", "fd.net" -> anyOf("fd.cip", "fd.sip");
            case "fd.port" -> anyOf("fd.cport", "fd.sport");
            case "fd.proto" -> anyOf("fd.cproto", "fd.sproto");
            case "fd.cnet" -> firstOf("fd.cip");
            case "fd.snet" -> firstOf("fd.sip");
            case "fd.lnet" -> firstOf("fd.lip");
            case "fd.rnet" -> firstOf("fd.rip");
            case "proc.pid.ts" -> firstOf("proc.duration");
            case "syscall.type" -> firstOf("evt.type");
            case "evt.source" -> e -> "syscall";
            case "evt.count" -> e -> 1L;
            case "evt.count.procinfo" -> procinfo(true);
            case "evt.count.threadinfo" -> procinfo(false);
            case "proc.cmdline" -> cmdline("proc.name", "proc.args");
            case "evt.time.iso8601" -> e -> e.timestampNanos() == 0 ? null : iso8601(e.timestampNanos());
            default -> null;
        };
    }

    /**
     * 1 for a {@code procinfo} event, else 0, as libsinsp counts them: {@code evt.count.threadinfo} for every
     * thread, {@code evt.count.procinfo} only for a main thread ({@code thread.tid == proc.pid}, or no tid given).
     */
    private static Extractor procinfo(boolean mainThreadOnly) {
        int tid = FieldSlots.slotOf("thread.tid");
        int pid = FieldSlots.slotOf("proc.pid");
        return e -> {
            FieldMapEvent f = (FieldMapEvent) e;
            if (!"procinfo".equals(f.valueAt(EVT_TYPE))) {
                return 0L;
            }
            if (!mainThreadOnly) {
                return 1L;
            }
            Object t = f.valueAt(tid);
            return t == null || t.equals(f.valueAt(pid)) ? 1L : 0L;
        };
    }

    private static Extractor firstOf(String... keys) {
        int[] slots = slots(keys);
        return e -> {
            FieldMapEvent f = (FieldMapEvent) e;
            for (int s : slots) {
                Object v = f.valueAt(s);
                if (v != null) {
                    return v;
                }
            }
            return null;
        };
    }

    private static Extractor anyOf(String... keys) {
        int[] slots = slots(keys);
        return e -> {
            FieldMapEvent f = (FieldMapEvent) e;
            Object first = null;
            int n = 0;
            for (int s : slots) {
                Object v = f.valueAt(s);
                if (v != null) {
                    first = n == 0 ? v : first;
                    n++;
                }
            }
            if (n <= 1) {
                return first;
            }
            List<Object> out = new ArrayList<>(n);
            for (int s : slots) {
                Object v = f.valueAt(s);
                if (v != null) {
                    out.add(v);
                }
            }
            return out;
        };
    }

    /** {@code proc.aname[0]} is the process, [1] the parent; without argument, every known ancestor. */
    private static @Nullable Extractor ancestors(String name, @Nullable String arg, String self, String parent) {
        if (arg != null) {
            return switch (arg) {
                case "0" -> firstOf(self);
                case "1" -> firstOf(parent);
                default -> null;
            };
        }
        String[] keys = new String[MAX_ANCESTORS];
        for (int i = 1; i <= MAX_ANCESTORS; i++) {
            keys[i - 1] = name + "[" + i + "]";
        }
        int[] slots = slots(keys);
        int parentSlot = FieldSlots.slotOf(parent);
        return e -> {
            FieldMapEvent f = (FieldMapEvent) e;
            List<Object> out = new ArrayList<>();
            for (int s : slots) {
                Object v = f.valueAt(s);
                if (v != null) {
                    out.add(v);
                }
            }
            if (out.isEmpty()) {
                Object p = f.valueAt(parentSlot);
                return p;
            }
            return out;
        };
    }

    private static Extractor cmdline(String nameKey, String argsKey) {
        int nameSlot = FieldSlots.slotOf(nameKey);
        int argsSlot = FieldSlots.slotOf(argsKey);
        return e -> {
            FieldMapEvent f = (FieldMapEvent) e;
            Object n = f.valueAt(nameSlot);
            if (n == null) {
                return null;
            }
            Object a = f.valueAt(argsSlot);
            return a == null || a.toString().isEmpty() ? n.toString() : n + " " + a;
        };
    }

    private static int[] slots(String... keys) {
        int[] s = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            s[i] = FieldSlots.slotOf(keys[i]);
        }
        return s;
    }

    /** Falco's ISO 8601 rendering: {@code 2016-08-04T16:17:57.881781397+0000}. */
    public static String iso8601(long nanos) {
        Instant t = Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
        String s = t.toString(); // 2016-08-04T16:17:57.881781397Z, nanos trimmed when zero
        String base = s.substring(0, 19);
        return base + "." + String.format(java.util.Locale.ROOT, "%09d", t.getNano()) + "+0000";
    }
}
