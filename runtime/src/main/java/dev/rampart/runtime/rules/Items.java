package dev.rampart.runtime.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The collected (not yet compiled) items of the rules files, mutable while later files append to or
 * override earlier ones. {@code index} is where the item was first defined, {@code visibility} the
 * load counter at its last definition: an item may only refer to lists and macros with a lower index.
 */
final class Items {
    private Items() {}

    static final class ListItem {
        String name = "";
        List<String> items = new ArrayList<>();
        Origin origin;
        int index;
        int visibility;

        ListItem(Origin origin) {
            this.origin = origin;
        }
    }

    static final class MacroItem {
        String name = "";
        String condition = "";
        Origin origin;
        Origin conditionOrigin;
        int index;
        int visibility;

        MacroItem(Origin origin) {
            this.origin = origin;
            this.conditionOrigin = origin;
        }
    }

    /** A value of an exception: a scalar or a list of entries. */
    record Entry(boolean isList, String item, List<Entry> items) {
        static Entry scalar(String s) {
            return new Entry(false, s, List.of());
        }

        static Entry list(List<Entry> items) {
            return new Entry(true, "", List.copyOf(items));
        }
    }

    static final class ExceptionItem {
        String name = "";
        @Nullable Entry fields;
        @Nullable Entry comps;
        List<Entry> values = new ArrayList<>();
        Origin origin;

        ExceptionItem(Origin origin) {
            this.origin = origin;
        }
    }

    static final class RuleItem {
        String name = "";
        String description = "";
        String condition = "";
        String output = "";
        Priority priority = Priority.DEBUG;
        String source = "syscall";
        Set<String> tags = new LinkedHashSet<>();
        List<ExceptionItem> exceptions = new ArrayList<>();
        boolean enabled = true;
        boolean warnEvttypes = true;
        boolean skipIfUnknownFilter;
        Origin origin;
        Origin conditionOrigin;
        Origin outputOrigin;
        int index;

        RuleItem(Origin origin) {
            this.origin = origin;
            this.conditionOrigin = origin;
            this.outputOrigin = origin;
        }
    }
}
