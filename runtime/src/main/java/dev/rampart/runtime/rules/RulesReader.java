package dev.rampart.runtime.rules;

import static dev.rampart.runtime.rules.YamlNodes.get;
import static dev.rampart.runtime.rules.YamlNodes.has;
import static dev.rampart.runtime.rules.YamlNodes.isNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads one rules file (YAML, possibly several documents) into the {@link Collector}: each top-level
 * item is a {@code list}, {@code macro}, {@code rule}, {@code required_engine_version} or
 * {@code required_plugin_versions}. A bad item is reported and skipped; the others still load.
 */
final class RulesReader {
    private static final Pattern LIST_NAME = Pattern.compile("[^()\"'\\s=,]+");
    private static final Pattern MACRO_NAME = Pattern.compile("[a-zA-Z]+[a-zA-Z0-9_]*");
    private static final Set<String> RULE_APPEND_KEYS = Set.of("condition", "output", "desc", "tags", "exceptions");
    private static final Set<String> RULE_REPLACE_KEYS = Set.of("condition", "output", "desc", "priority", "tags",
            "exceptions", "enabled", "warn_evttypes", "skip-if-unknown-filter");
    /** Plugins whose fields Rampart implements itself, so a rules file may require them. */
    private static final Set<String> BUILT_IN_PLUGINS = Set.of("container", "k8saudit", "k8saudit-aks",
            "k8saudit-eks", "k8saudit-gke", "k8saudit-ovh", "json");

    private final Collector collector;
    private final String file;
    private final Limits limits;
    private final List<LoadIssue> issues;

    RulesReader(Collector collector, String file, Limits limits, List<LoadIssue> issues) {
        this.collector = collector;
        this.file = file;
        this.limits = limits;
        this.issues = issues;
    }

    void read(String content) {
        Origin fileCtx = new Origin(file, 0, 0, "rules content", "");
        List<Node> docs = new ArrayList<>();
        try {
            LoadSettings settings = LoadSettings.builder().setLabel(file).setAllowDuplicateKeys(true)
                    .setMaxAliasesForCollections(limits.maxYamlAliases()).setCodePointLimit(limits.maxRulesFileChars())
                    .build();
            new Compose(settings).composeAllFromString(content).forEach(docs::add);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
            int col = e.getProblemMark().map(m -> m.getColumn() + 1).orElse(0);
            issues.add(new Origin(file, line, col, "rules content", "").error("LOAD_ERR_YAML_PARSE",
                    e.getProblem() + " (line " + line + ", column " + col + ")"));
            return;
        } catch (YamlEngineException e) {
            issues.add(fileCtx.error("LOAD_ERR_YAML_PARSE", String.valueOf(e.getMessage())));
            return;
        }
        for (Node doc : docs) {
            if (isNull(doc)) {
                continue;
            }
            if (!(doc instanceof MappingNode) && !(doc instanceof SequenceNode)) {
                issues.add(YamlNodes.origin(file, doc, "rules content", "").error("LOAD_ERR_YAML_VALIDATE",
                        "Rules content is not yaml"));
                return;
            }
            if (!(doc instanceof SequenceNode seq)) {
                issues.add(YamlNodes.origin(file, doc, "rules content", "").error("LOAD_ERR_YAML_VALIDATE",
                        "Rules content is not yaml array of objects"));
                return;
            }
            for (Node item : seq.getValue()) {
                if (isNull(item)) {
                    continue;
                }
                try {
                    readItem(item);
                } catch (LoadException e) {
                    issues.add(e.issue());
                }
            }
        }
    }

    private void readItem(Node node) throws LoadException {
        if (!(node instanceof MappingNode item)) {
            throw new LoadException(YamlNodes.origin(file, node, "rules content item", "").error("LOAD_ERR_YAML_VALIDATE",
                    "Unexpected element type. Each element should be a yaml associative array."));
        }
        if (has(item, "required_engine_version")) {
            readEngineVersion(item);
        } else if (has(item, "required_plugin_versions")) {
            readPluginVersions(item);
        } else if (has(item, "list")) {
            readList(item);
        } else if (has(item, "macro")) {
            readMacro(item);
        } else if (has(item, "rule")) {
            readRule(item);
        } else {
            issues.add(YamlNodes.origin(file, item, "rules content item", "").warning("LOAD_UNKNOWN_ITEM",
                    "Unknown top level item"));
        }
    }

    private void readEngineVersion(MappingNode item) throws LoadException {
        Origin ctx = YamlNodes.origin(file, item, "required_engine_version", "");
        String v = YamlNodes.string(item, "required_engine_version", ctx);
        EngineVersion required = EngineVersion.parse(v);
        if (required == null) {
            throw new LoadException(ctx.error("LOAD_ERR_YAML_VALIDATE", "Can't decode YAML scalar value"));
        }
        if (required.compareTo(EngineVersion.CURRENT) > 0) {
            throw new LoadException(ctx.error("LOAD_ERR_VALIDATE", "Rules require engine version " + v
                    + ", but engine version is " + EngineVersion.CURRENT));
        }
    }

    private void readPluginVersions(MappingNode item) throws LoadException {
        Node v = get(item, "required_plugin_versions");
        Origin ctx = YamlNodes.origin(file, item, "required_plugin_versions", "");
        if (!(v instanceof SequenceNode seq)) {
            throw new LoadException(ctx.error("LOAD_ERR_YAML_VALIDATE", "Value of required_plugin_versions must be a sequence"));
        }
        for (Node p : seq.getValue()) {
            Origin pctx = YamlNodes.origin(file, p, "required_plugin_versions entry", "");
            if (!(p instanceof MappingNode pm)) {
                throw new LoadException(pctx.error("LOAD_ERR_YAML_VALIDATE", "Plugin version must be a mapping"));
            }
            String name = YamlNodes.string(pm, "name", pctx);
            YamlNodes.string(pm, "version", pctx.withItem("required_plugin_versions entry", name));
            if (!BUILT_IN_PLUGINS.contains(name)) {
                issues.add(pctx.withItem("required_plugin_versions entry", name).warning("LOAD_UNKNOWN_ITEM",
                        "Plugin '" + name + "' is not built into Rampart: rules that use its fields will not compile"));
            }
        }
    }

    private void readList(MappingNode item) throws LoadException {
        Origin tmp = YamlNodes.origin(file, item, "list", "");
        String name = YamlNodes.string(item, "list", tmp);
        Origin ctx = tmp.withItem("list", name);
        if (!LIST_NAME.matcher(name).matches()) {
            throw new LoadException(ctx.error("LOAD_ERR_VALIDATE", "List name must match the pattern [^()\"'\\s=,]+"));
        }
        Items.ListItem list = new Items.ListItem(ctx);
        list.name = name;
        list.items = new ArrayList<>(YamlNodes.strings(item, "items", ctx, true));
        boolean append = Boolean.TRUE.equals(YamlNodes.optionalBool(item, "append", ctx));
        Overrides o = overrides(item, Set.of("items"), Set.of("items"), ctx);
        if (append && !o.isEmpty()) {
            throw new LoadException(ctx.error("LOAD_ERR_VALIDATE", "Keys 'override' and 'append: true' cannot be used together."));
        }
        if (append || o.append.contains("items")) {
            collector.appendList(list, append ? "append" : "override");
        } else {
            collector.defineList(list);
        }
    }

    private void readMacro(MappingNode item) throws LoadException {
        Origin tmp = YamlNodes.origin(file, item, "macro", "");
        String name = YamlNodes.string(item, "macro", tmp);
        Origin ctx = tmp.withItem("macro", name);
        if (!MACRO_NAME.matcher(name).matches()) {
            issues.add(ctx.warning("LOAD_INVALID_MACRO_NAME", "Macro name should match the pattern [a-zA-Z]+[a-zA-Z0-9_]*"));
        }
        Items.MacroItem macro = new Items.MacroItem(ctx);
        macro.name = name;
        macro.condition = YamlNodes.string(item, "condition", ctx);
        macro.conditionOrigin = YamlNodes.origin(file, get(item, "condition"), "macro", name);
        boolean append = Boolean.TRUE.equals(YamlNodes.optionalBool(item, "append", ctx));
        Overrides o = overrides(item, Set.of("condition"), Set.of("condition"), ctx);
        if (append && !o.isEmpty()) {
            throw new LoadException(ctx.error("LOAD_ERR_VALIDATE", "Keys 'override' and 'append: true' cannot be used together."));
        }
        if (append || o.append.contains("condition")) {
            collector.appendMacro(macro, append ? "append" : "override");
        } else {
            collector.defineMacro(macro);
        }
    }

    private void readRule(MappingNode item) throws LoadException {
        Origin tmp = YamlNodes.origin(file, item, "rule", "");
        String name = YamlNodes.string(item, "rule", tmp);
        Origin ctx = tmp.withItem("rule", name);
        boolean append = Boolean.TRUE.equals(YamlNodes.optionalBool(item, "append", ctx));
        Overrides o = overrides(item, RULE_APPEND_KEYS, RULE_REPLACE_KEYS, ctx);
        if (append && !o.isEmpty()) {
            throw new LoadException(ctx.error("LOAD_ERR_VALIDATE", "Keys 'override' and 'append: true' cannot be used together."));
        }
        if (!o.isEmpty()) {
            applyOverrides(item, name, ctx, o);
        } else if (append) {
            String cond = YamlNodes.optionalString(item, "condition", ctx);
            List<Items.ExceptionItem> exceptions = has(item, "exceptions") ? exceptions(item, ctx, true) : null;
            if (cond == null && exceptions == null) {
                throw new LoadException(ctx.error("LOAD_ERR_VALIDATE", "Appended rule must have exceptions or condition property"));
            }
            collector.appendRule(name, ctx, "append", cond, exceptions, null, null, null);
        } else if (!has(item, "condition") && !has(item, "output") && !has(item, "desc") && !has(item, "priority")) {
            Boolean enabled = YamlNodes.optionalBool(item, "enabled", ctx);
            if (enabled == null) {
                throw new LoadException(ctx.error("LOAD_ERR_YAML_VALIDATE", "Item has no mapping for key 'enabled'"));
            }
            collector.existingRule(name, ctx, "enabled").enabled = enabled;
        } else {
            collector.defineRule(fullRule(item, name, ctx));
        }
    }

    private Items.RuleItem fullRule(MappingNode item, String name, Origin ctx) throws LoadException {
        Items.RuleItem r = new Items.RuleItem(ctx);
        r.name = name;
        r.condition = YamlNodes.string(item, "condition", ctx);
        r.conditionOrigin = YamlNodes.origin(file, get(item, "condition"), "rule", name);
        r.output = YamlNodes.string(item, "output", ctx).strip();
        r.outputOrigin = YamlNodes.origin(file, get(item, "output"), "rule", name);
        r.description = YamlNodes.string(item, "desc", ctx);
        String priority = YamlNodes.string(item, "priority", ctx);
        r.priority = Priority.parse(priority).orElseThrow(() -> new LoadException(
                YamlNodes.origin(file, get(item, "priority"), "rule", name).error("LOAD_ERR_YAML_VALIDATE", "Invalid priority")));
        String source = YamlNodes.optionalString(item, "source", ctx);
        r.source = source == null ? "syscall" : source;
        Boolean enabled = YamlNodes.optionalBool(item, "enabled", ctx);
        r.enabled = enabled == null || enabled;
        Boolean warn = YamlNodes.optionalBool(item, "warn_evttypes", ctx);
        r.warnEvttypes = warn == null || warn;
        Boolean skip = YamlNodes.optionalBool(item, "skip-if-unknown-filter", ctx);
        r.skipIfUnknownFilter = skip != null && skip;
        List<String> tags = YamlNodes.strings(item, "tags", ctx, false);
        if (tags != null) {
            r.tags.addAll(tags);
        }
        r.exceptions = exceptions(item, ctx, false);
        return r;
    }

    private void applyOverrides(MappingNode item, String name, Origin ctx, Overrides o) throws LoadException {
        for (String key : YamlNodes.keys(item)) {
            if ((RULE_APPEND_KEYS.contains(key) || RULE_REPLACE_KEYS.contains(key))
                    && !o.append.contains(key) && !o.replace.contains(key)) {
                throw new LoadException(ctx.error("LOAD_ERR_VALIDATE",
                        "Unexpected key '" + key + "': no corresponding entry under 'override' is defined."));
            }
        }
        for (String key : o.all()) {
            if (!has(item, key)) {
                throw new LoadException(ctx.error("LOAD_ERR_VALIDATE", "An " + (o.append.contains(key) ? "append" : "replace")
                        + " override for '" + key + "' was specified but '" + key + "' is not defined"));
            }
        }
        if (!o.append.isEmpty()) {
            collector.appendRule(name, ctx, "override",
                    o.append.contains("condition") ? YamlNodes.string(item, "condition", ctx) : null,
                    o.append.contains("exceptions") ? exceptions(item, ctx, true) : null,
                    o.append.contains("output") ? YamlNodes.string(item, "output", ctx) : null,
                    o.append.contains("desc") ? YamlNodes.string(item, "desc", ctx) : null,
                    o.append.contains("tags") ? YamlNodes.strings(item, "tags", ctx, true) : null);
        }
        if (!o.replace.isEmpty()) {
            Items.RuleItem r = collector.existingRule(name, ctx, "override");
            if (o.replace.contains("condition")) {
                r.condition = YamlNodes.string(item, "condition", ctx);
            }
            if (o.replace.contains("output")) {
                r.output = YamlNodes.string(item, "output", ctx).strip();
            }
            if (o.replace.contains("desc")) {
                r.description = YamlNodes.string(item, "desc", ctx);
            }
            if (o.replace.contains("priority")) {
                r.priority = Priority.parse(YamlNodes.string(item, "priority", ctx)).orElseThrow(() ->
                        new LoadException(ctx.error("LOAD_ERR_YAML_VALIDATE", "Invalid priority")));
            }
            if (o.replace.contains("tags")) {
                r.tags.clear();
                r.tags.addAll(YamlNodes.strings(item, "tags", ctx, true));
            }
            if (o.replace.contains("exceptions")) {
                List<Items.ExceptionItem> ex = exceptions(item, ctx, false);
                for (Items.ExceptionItem e : ex) {
                    collector.validateException(e, r.source, false);
                }
                r.exceptions = ex;
            }
            if (o.replace.contains("enabled")) {
                r.enabled = Boolean.TRUE.equals(YamlNodes.optionalBool(item, "enabled", ctx));
            }
            if (o.replace.contains("warn_evttypes")) {
                r.warnEvttypes = Boolean.TRUE.equals(YamlNodes.optionalBool(item, "warn_evttypes", ctx));
            }
            if (o.replace.contains("skip-if-unknown-filter")) {
                r.skipIfUnknownFilter = Boolean.TRUE.equals(YamlNodes.optionalBool(item, "skip-if-unknown-filter", ctx));
            }
        }
    }

    private List<Items.ExceptionItem> exceptions(MappingNode item, Origin parent, boolean append) throws LoadException {
        Node exs = get(item, "exceptions");
        List<Items.ExceptionItem> out = new ArrayList<>();
        if (exs == null || isNull(exs)) {
            return out;
        }
        Origin exsCtx = YamlNodes.origin(file, exs, "exceptions", "");
        if (!(exs instanceof SequenceNode seq)) {
            throw new LoadException(exsCtx.error("LOAD_ERR_YAML_VALIDATE", "Rule exceptions must be a sequence"));
        }
        Set<String> names = new HashSet<>();
        for (Node n : seq.getValue()) {
            Origin tmp = YamlNodes.origin(file, n, "exception", "");
            if (!(n instanceof MappingNode ex)) {
                throw new LoadException(tmp.error("LOAD_ERR_YAML_VALIDATE", "Rule exception must be a mapping"));
            }
            String name = YamlNodes.string(ex, "name", tmp);
            Origin ctx = tmp.withItem("exception", name);
            if (!names.add(name)) {
                throw new LoadException(ctx.error("LOAD_ERR_YAML_VALIDATE", "Exceptions names in the same object must be unique"));
            }
            Items.ExceptionItem e = new Items.ExceptionItem(ctx);
            e.name = name;
            Node fields = get(ex, "fields");
            if (fields == null && !append) {
                throw new LoadException(ctx.error("LOAD_ERR_YAML_VALIDATE", "Item has no mapping for key 'fields'"));
            }
            e.fields = fields == null ? null : YamlNodes.entry(fields, ctx);
            Node comps = get(ex, "comps");
            e.comps = comps == null ? null : YamlNodes.entry(comps, ctx);
            Node values = get(ex, "values");
            if (values != null) {
                if (!(values instanceof SequenceNode vs)) {
                    throw new LoadException(ctx.error("LOAD_ERR_YAML_VALIDATE", "Rule exception values must be a sequence"));
                }
                for (Node v : vs.getValue()) {
                    e.values.add(YamlNodes.entry(v, ctx));
                }
            } else if (append) {
                issues.add(ctx.warning("LOAD_APPEND_NO_VALUES", "Overriding/appending exception with no values"));
            }
            out.add(e);
        }
        return out;
    }

    /** The keys an {@code override:} block appends to and replaces. */
    private record Overrides(Set<String> append, Set<String> replace) {
        boolean isEmpty() {
            return append.isEmpty() && replace.isEmpty();
        }

        Set<String> all() {
            Set<String> s = new HashSet<>(append);
            s.addAll(replace);
            return s;
        }
    }

    private Overrides overrides(MappingNode item, Set<String> appendable, Set<String> replaceable, Origin ctx)
            throws LoadException {
        Node node = get(item, "override");
        Set<String> append = new HashSet<>();
        Set<String> replace = new HashSet<>();
        if (node == null) {
            return new Overrides(append, replace);
        }
        if (!(node instanceof MappingNode map)) {
            throw new LoadException(ctx.error("LOAD_ERR_YAML_VALIDATE", "The 'override' key must be a mapping"));
        }
        for (NodeTuple t : map.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
            String operation = t.getValueNode() instanceof ScalarNode v ? v.getValue() : "";
            switch (operation) {
                case "append" -> {
                    if (!appendable.contains(key)) {
                        throw new LoadException(ctx.error("LOAD_ERR_YAML_VALIDATE",
                                "Key '" + key + "' cannot be appended to, use 'replace' instead"));
                    }
                    append.add(key);
                }
                case "replace" -> {
                    if (!replaceable.contains(key)) {
                        throw new LoadException(ctx.error("LOAD_ERR_YAML_VALIDATE", "Key '" + key + "' cannot be replaced"));
                    }
                    replace.add(key);
                }
                default -> throw new LoadException(ctx.error("LOAD_ERR_YAML_VALIDATE",
                        "Invalid override operation for key '" + key + "': '" + operation + "'"));
            }
        }
        return new Overrides(append, replace);
    }
}
