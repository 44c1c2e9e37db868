package dev.rampart.k8s.manifests;

import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Builds plain Java trees (maps, lists, strings, numbers, booleans, null) from the YAML event stream
 * without recursion, so nesting depth, document count and alias expansion are checked as the file is
 * read. Scalars resolve by the YAML 1.2 core schema; JSON files are YAML and read the same way.
 */
final class YamlReader {
    private static final ScalarResolver RESOLVER = new CoreSchema().getScalarResolver();

    private final YamlLimits limits;

    YamlReader(YamlLimits limits) {
        this.limits = limits;
    }

    /** A document's tree and the 1-based line it starts on. */
    record Document(@Nullable Object root, int line) {}

    /** A failure with the document index it happened in. */
    static final class YamlException extends Exception {
        private static final long serialVersionUID = 1L;
        final int document;

        YamlException(int document, String message) {
            super(message);
            this.document = document;
        }
    }

    List<Document> read(Reader in) throws YamlException {
        LoadSettings settings = LoadSettings.builder()
                .setCodePointLimit(limits.maxFileCodePoints())
                .setMaxAliasesForCollections(limits.maxAliases())
                .setAllowDuplicateKeys(false)
                .setLabel("manifest")
                .build();
        List<Document> docs = new ArrayList<>();
        Builder b = null;
        int docIndex = 0;
        try {
            for (Event e : new Parse(settings).parseReader(in)) {
                switch (e.getEventId()) {
                    case DocumentStart -> {
                        if (docs.size() >= limits.maxDocuments()) {
                            throw new YamlException(docIndex, "more than " + limits.maxDocuments()
                                    + " documents (YamlLimits.maxDocuments)");
                        }
                        b = new Builder(line(e));
                    }
                    case DocumentEnd -> {
                        if (b != null) {
                            docs.add(new Document(b.root, b.line));
                        }
                        b = null;
                        docIndex++;
                    }
                    case StreamStart, StreamEnd, Comment -> { }
                    default -> {
                        if (b == null) {
                            throw new YamlException(docIndex, "content outside a document");
                        }
                        b.accept(e, docIndex);
                    }
                }
            }
        } catch (MarkedYamlEngineException e) {
            throw new YamlException(docIndex, "invalid YAML: " + oneLine(e));
        } catch (YamlEngineException e) {
            throw new YamlException(docIndex, "invalid YAML: " + firstLine(e.getMessage()));
        }
        return docs;
    }

    private static int line(Event e) {
        return e.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    private static String oneLine(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        Optional<Mark> m = e.getProblemMark();
        String where = m.map(mk -> " (line " + (mk.getLine() + 1) + ", column " + (mk.getColumn() + 1) + ")").orElse("");
        String ctx = e.getContext() == null ? "" : e.getContext() + ": ";
        return firstLine(ctx + problem) + where;
    }

    private static String firstLine(@Nullable String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    /** Assembles one document's tree from events with an explicit stack of open containers. */
    private final class Builder {
        final int line;
        @Nullable Object root;
        final Deque<Frame> stack = new ArrayDeque<>();
        final Map<String, Object> anchors = new HashMap<>();
        int aliases;

        Builder(int line) {
            this.line = line;
        }

        void accept(Event e, int doc) throws YamlException {
            switch (e.getEventId()) {
                case MappingStart -> open(new Frame(new LinkedHashMap<>(), ((NodeEvent) e).getAnchor()), doc, e);
                case SequenceStart -> open(new Frame(new ArrayList<>(), ((NodeEvent) e).getAnchor()), doc, e);
                case MappingEnd, SequenceEnd -> {
                    Frame done = stack.pop();
                    done.anchor.ifPresent(a -> anchors.put(a.getValue(), done.container));
                    add(done.container, doc, e);
                }
                case Scalar -> {
                    ScalarEvent s = (ScalarEvent) e;
                    Object v = scalar(s);
                    s.getAnchor().ifPresent(a -> anchors.put(a.getValue(), v == null ? NULL : v));
                    add(v, doc, e);
                }
                case Alias -> {
                    if (++aliases > limits.maxAliases()) {
                        throw new YamlException(doc, "more than " + limits.maxAliases()
                                + " aliases (YamlLimits.maxAliases) at line " + line(e));
                    }
                    Anchor a = ((AliasEvent) e).getAlias();
                    Object v = anchors.get(a.getValue());
                    if (v == null) {
                        throw new YamlException(doc, "unknown alias *" + a.getValue() + " at line " + line(e));
                    }
                    add(v == NULL ? null : v, doc, e);
                }
                default -> { }
            }
        }

        private void open(Frame f, int doc, Event e) throws YamlException {
            if (stack.size() >= limits.maxDepth()) {
                throw new YamlException(doc, "nesting deeper than " + limits.maxDepth()
                        + " levels (YamlLimits.maxDepth) at line " + line(e));
            }
            Frame parent = stack.peek();
            if (parent != null && parent.container instanceof Map && parent.key == null) {
                throw new YamlException(doc, "a mapping or list used as a key at line " + line(e) + " is not supported");
            }
            stack.push(f);
        }

        private void add(@Nullable Object v, int doc, Event e) throws YamlException {
            Frame top = stack.peek();
            if (top == null) {
                root = v;
                return;
            }
            if (top.container instanceof List<?> l) {
                @SuppressWarnings("unchecked")
                List<@Nullable Object> list = (List<@Nullable Object>) l;
                list.add(v);
                return;
            }
            @SuppressWarnings("unchecked")
            Map<String, @Nullable Object> map = (Map<String, @Nullable Object>) top.container;
            String key = top.key;
            if (key == null) {
                top.key = v == null ? "null" : String.valueOf(v);
                return;
            }
            if (map.containsKey(key)) {
                throw new YamlException(doc, "duplicate key '" + key + "' at line " + line(e));
            }
            map.put(key, v);
            top.key = null;
        }
    }

    /** An open mapping or list; {@code key} is the mapping key waiting for its value. */
    private static final class Frame {
        final Object container;
        final Optional<Anchor> anchor;
        @Nullable String key;

        Frame(Object container, Optional<Anchor> anchor) {
            this.container = container;
            this.anchor = anchor;
        }
    }

    private static final Object NULL = new Object();

    private static @Nullable Object scalar(ScalarEvent s) {
        String v = s.getValue();
        Optional<String> tag = s.getTag();
        Tag t;
        if (tag.isPresent() && !"!".equals(tag.get())) {
            t = new Tag(tag.get());
        } else if (s.isPlain()) {
            t = RESOLVER.resolve(v, true);
        } else {
            return v;
        }
        if (t.equals(Tag.NULL)) {
            return null;
        }
        if (t.equals(Tag.BOOL)) {
            return Boolean.parseBoolean(v.toLowerCase(java.util.Locale.ROOT));
        }
        if (t.equals(Tag.INT)) {
            try {
                long l = v.startsWith("0x") ? Long.parseLong(v.substring(2), 16)
                        : v.startsWith("0o") ? Long.parseLong(v.substring(2), 8) : Long.parseLong(v.replace("+", ""));
                if (l == (int) l) {
                    return Integer.valueOf((int) l);
                }
                return Long.valueOf(l);
            } catch (NumberFormatException e) {
                return v;
            }
        }
        if (t.equals(Tag.FLOAT)) {
            try {
                return Double.parseDouble(v);
            } catch (NumberFormatException e) {
                return v;
            }
        }
        return v;
    }
}
