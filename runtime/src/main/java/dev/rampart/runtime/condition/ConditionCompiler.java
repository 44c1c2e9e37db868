package dev.rampart.runtime.condition;

import dev.rampart.runtime.events.Extractor;
import dev.rampart.runtime.events.SlotExtractor;
import dev.rampart.runtime.fields.FieldCatalog;
import dev.rampart.runtime.fields.FieldInfo;
import dev.rampart.runtime.fields.FieldType;
import dev.rampart.runtime.fields.FieldType.Kind;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/**
 * Compiles a condition AST whose macros are resolved into a {@link Predicate} (a tree of {@link Logic}
 * nodes over one closure per check, which {@link PredicateCode} can turn into one generated method),
 * after checking every field against the {@link FieldCatalog} and every operator against the field's type.
 *
 * <p>Semantics kept from Falco: a check on a field without a value is false for every operator,
 * {@code !=} included; {@code in} on a multi-valued field needs every value in the list,
 * {@code intersects} one; {@code glob} is fnmatch without FNM_PATHNAME; {@code regex} is RE2 and must
 * match the whole value; {@code pmatch} matches whole path components.
 */
public final class ConditionCompiler {

    /** Builds the reader of one field for the events of a source. */
    @FunctionalInterface
    public interface ExtractorFactory {
        Extractor extractor(FieldInfo info, @Nullable String arg);
    }

    private static final Set<String> EITHER_END = Set.of("fd.ip", "fd.net", "fd.port", "fd.proto");
    private static final Set<String> STRING_TRANSFORMERS = Set.of("tolower", "toupper", "b64", "basename");
    private static final java.util.regex.Pattern TRANSFORMER_TEXT =
            java.util.regex.Pattern.compile("^(tolower|toupper|b64|basename|len|val)\\((.+)\\)$");

    private final FieldCatalog catalog;
    private final ExtractorFactory factory;
    private final List<CompiledCondition.Warning> warnings = new ArrayList<>();

    private ConditionCompiler(FieldCatalog catalog, ExtractorFactory factory) {
        this.catalog = catalog;
        this.factory = factory;
    }

    /**
     * Compiles {@code expr}.
     *
     * @throws CompileException naming the first problem and where it is
     */
    public static CompiledCondition compile(Expr expr, FieldCatalog catalog, ExtractorFactory factory)
            throws CompileException {
        ConditionCompiler c = new ConditionCompiler(catalog, factory);
        Predicate p = c.expr(expr);
        return new CompiledCondition(p, EventTypeSets.of(expr, catalog.eventTypes()), c.warnings);
    }

    private Predicate expr(Expr e) throws CompileException {
        return switch (e) {
            case Expr.And and -> and(children(and.children()));
            case Expr.Or or -> or(children(or.children()));
            case Expr.Not not -> new Logic.Not(expr(not.child()));
            case Expr.MacroRef ref -> throw new CompileException("Undefined macro '" + ref.name() + "' used in filter.",
                    ref.pos());
            case Expr.Unary u -> exists(operand(u.left()));
            case Expr.Binary b -> binary(b);
        };
    }

    private Predicate[] children(List<Expr> list) throws CompileException {
        Predicate[] out = new Predicate[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = expr(list.get(i));
        }
        return out;
    }

    private static Predicate and(Predicate[] ps) {
        return new Logic.And(ps);
    }

    private static Predicate or(Predicate[] ps) {
        return new Logic.Or(ps);
    }

    private static Predicate exists(Typed t) {
        Extractor ex = t.ex();
        return e -> {
            Object v = ex.extract(e);
            return v != null && !(v instanceof List<?> l && l.isEmpty());
        };
    }

    // ---- operands ------------------------------------------------------------------------------

    /** A compiled operand: how to read it and what it holds. */
    private record Typed(Extractor ex, FieldType type, boolean listField, boolean filterOnly, String display) {}

    private Typed operand(Operand o) throws CompileException {
        return switch (o) {
            case Operand.Field f -> field(f);
            case Operand.Transform t -> transform(t);
            case Operand.Value v -> throw new CompileException("expected a field, got the value '" + v.text() + "'", v.pos());
            case Operand.ValueList l -> throw new CompileException("expected a field, got a list", l.pos());
            case Operand.ArgList l -> throw new CompileException("expected a field, got a list", l.pos());
        };
    }

    /** A transformer's argument: also a literal or a literal list, which libsinsp reads as strings. */
    private MultiValueTransformers.Arg argument(Operand o) throws CompileException {
        return switch (o) {
            case Operand.Value v -> MultiValueTransformers.literal(v.text(), v.pos());
            case Operand.ArgList l -> {
                List<MultiValueTransformers.Arg> items = new ArrayList<>();
                for (Operand item : l.items()) {
                    items.add(argument(item));
                }
                yield MultiValueTransformers.list(items, l.pos());
            }
            default -> {
                Typed t = operand(o);
                yield new MultiValueTransformers.Arg(t.ex(), t.type(), t.listField(), t.display(), o.pos());
            }
        };
    }

    /** The single operand of {@code tolower}, {@code len} and the other one-argument transformers. */
    private Typed single(Operand.Transform t) throws CompileException {
        if (t.args().size() != 1) {
            throw new CompileException("transformer '" + t.name() + "' takes 1 argument, got " + t.args().size(), t.pos());
        }
        MultiValueTransformers.Arg a = argument(t.args().get(0));
        return new Typed(a.ex(), a.type(), a.list(), false, a.display());
    }

    private Typed field(Operand.Field f) throws CompileException {
        FieldCatalog.Resolved r = catalog.resolve(f.name(), f.arg()).orElseThrow(() ->
                new CompileException("filter_check called with nonexistent field " + f, f.pos()));
        FieldInfo info = r.info();
        String arg = r.arg();
        if (arg == null && info.arg() == FieldInfo.ArgMode.REQUIRED) {
            throw new CompileException("field '" + info.name() + "' requires an argument", f.pos());
        }
        if (arg != null && info.arg() == FieldInfo.ArgMode.NONE) {
            throw new CompileException("field '" + info.name() + "' does not accept an argument", f.pos());
        }
        if (arg != null && info.indexArg() && !info.keyArg() && !isIndex(arg)) {
            throw new CompileException("field '" + info.name() + "' needs a numeric index argument, got '" + arg + "'",
                    f.pos());
        }
        return new Typed(factory.extractor(info, arg), info.type(), info.list(), info.filterOnly(), f.toString());
    }

    private static boolean isIndex(String arg) {
        return !arg.isEmpty() && arg.chars().allMatch(Character::isDigit);
    }

    private Typed transform(Operand.Transform t) throws CompileException {
        String name = t.name();
        if (t.fieldArg() != null && !name.equals("getopt")) {
            throw new CompileException("filter error: transformer '" + name + "' does not support field arguments",
                    t.pos());
        }
        return switch (name) {
            case "val" -> {
                Typed inner = operand(t.args().get(0));
                if (inner.filterOnly()) {
                    throw new CompileException("field '" + inner.display() + "' can only be used in filters, not in val()",
                            t.pos());
                }
                yield inner;
            }
            case "len" -> {
                Typed inner = single(t);
                requireText(name, inner, t.pos(), true);
                Extractor ex = inner.ex();
                yield new Typed(e -> {
                    Object v = ex.extract(e);
                    return v == null ? null : v instanceof List<?> l ? (long) l.size() : (long) Values.toStr(v).length();
                }, FieldType.UINT64, false, false, name + "(" + inner.display() + ")");
            }
            case "join", "concat", "getopt" -> {
                List<MultiValueTransformers.Arg> args = new ArrayList<>();
                for (Operand a : t.args()) {
                    args.add(argument(a));
                }
                MultiValueTransformers.Result r = MultiValueTransformers.of(name, args, t.fieldArg(), t.pos());
                yield new Typed(r.ex(), r.type(), r.list(), false, r.display());
            }
            default -> {
                if (!STRING_TRANSFORMERS.contains(name)) {
                    throw new CompileException("unknown transformer '" + name + "'", t.pos());
                }
                Typed inner = single(t);
                requireText(name, inner, t.pos(), false);
                UnaryOperator<String> fn = stringTransformer(name);
                yield new Typed(mapEach(inner.ex(), fn), inner.type() == FieldType.BYTEBUF ? FieldType.BYTEBUF
                        : FieldType.CHARBUF, inner.listField(), false, name + "(" + inner.display() + ")");
            }
        };
    }

    private static void requireText(String transformer, Typed inner, Pos pos, boolean lists) throws CompileException {
        Kind k = inner.type().kind();
        if (!(k == Kind.STRING || k == Kind.BYTES || (lists && inner.listField()))) {
            throw new CompileException("filter error: transformer '" + transformer + "' does not support field '"
                    + inner.display() + "' of type " + inner.type(), pos);
        }
    }

    private static UnaryOperator<String> stringTransformer(String name) {
        return switch (name) {
            case "tolower" -> s -> s.toLowerCase(Locale.ROOT);
            case "toupper" -> s -> s.toUpperCase(Locale.ROOT);
            case "basename" -> s -> s.substring(s.lastIndexOf('/') + 1);
            case "b64" -> s -> {
                try {
                    return new String(Base64.getDecoder().decode(s.strip()), java.nio.charset.StandardCharsets.ISO_8859_1);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            };
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static Extractor mapEach(Extractor inner, UnaryOperator<String> fn) {
        return e -> {
            Object v = inner.extract(e);
            if (v == null) {
                return null;
            }
            if (v instanceof List<?> l) {
                List<Object> out = new ArrayList<>(l.size());
                for (Object x : l) {
                    String r = fn.apply(Values.toStr(x));
                    if (r != null) {
                        out.add(r);
                    }
                }
                return out;
            }
            return fn.apply(Values.toStr(v));
        };
    }

    // ---- checks --------------------------------------------------------------------------------

    private Predicate binary(Expr.Binary b) throws CompileException {
        Typed left = operand(b.left());
        Op op = Op.of(b.op());
        Kind kind = left.type().kind();
        if (!op.supports(kind)) {
            throw new CompileException("filter error: operator '" + b.op() + "' is not supported by field '"
                    + left.display() + "' of type " + left.type(), b.pos());
        }
        return switch (b.right()) {
            case Operand.Value v -> fused(left, op, b.modifier(), List.of(v), literalTest(b, left, op, List.of(v)));
            case Operand.ValueList l -> fused(left, op, b.modifier(), l.items(), literalTest(b, left, op, l.items()));
            case Operand.Transform t -> fieldComparison(b, left, op, operand(t));
            case Operand.Field f -> throw new CompileException("a field on the right must be wrapped in val()", f.pos());
            case Operand.ArgList l -> throw new CompileException("a list on the right must hold values only", l.pos());
        };
    }

    /** A check on a stored field-map slot with a common operator, fused into one step; otherwise {@link #check}. */
    private static Predicate fused(Typed left, Op op, Expr.ListModifier modifier, List<Operand.Value> items,
            Checks.ValueTest test) {
        if (left.ex() instanceof SlotExtractor slot && !left.listField() && modifier == Expr.ListModifier.NONE) {
            Predicate p = FusedChecks.of(slot.slot(), left.type().kind(), op, items);
            if (p != null) {
                return p;
            }
        }
        return check(left, op, test);
    }

    private static Predicate check(Typed left, Op op, Checks.ValueTest test) {
        Extractor ex = left.ex();
        // fd.ip, fd.net, fd.port, fd.proto match either end of the connection, so != holds only when neither end is equal
        boolean allValues = left.listField() && op == Op.IN || op == Op.NE && EITHER_END.contains(left.display());
        return e -> {
            Object v = ex.extract(e);
            if (v == null) {
                return false;
            }
            if (v instanceof List<?> l) {
                if (l.isEmpty()) {
                    return false;
                }
                for (Object x : l) {
                    if (test.test(x) != allValues) {
                        return !allValues;
                    }
                }
                return allValues;
            }
            return test.test(v);
        };
    }

    private Checks.ValueTest literalTest(Expr.Binary b, Typed left, Op op, List<Operand.Value> items)
            throws CompileException {
        Kind kind = left.type().kind();
        List<Object> constants = new ArrayList<>(items.size());
        for (Operand.Value v : items) {
            warnIfFieldLike(v);
            checkEventType(b, op, v);
            try {
                constants.add(op == Op.PMATCH ? v.text() : Values.parseLiteral(left.type(), v.text(), op));
            } catch (IllegalArgumentException e) {
                throw new CompileException("filter error: " + e.getMessage() + " (field '" + left.display() + "')", v.pos());
            }
            if (op == Op.REGEX) {
                warnIfPlainRegex(v);
            }
        }
        try {
            if (op.takesList()) {
                return Checks.member(op, kind, constants);
            }
            if (b.modifier() == Expr.ListModifier.NONE) {
                return Checks.scalar(op, kind, constants.get(0));
            }
            List<Checks.ValueTest> tests = new ArrayList<>();
            for (Object c : constants) {
                tests.add(Checks.scalar(op, kind, c));
            }
            return modified(b.modifier(), tests);
        } catch (IllegalArgumentException e) {
            throw new CompileException("filter error: " + e.getMessage(), b.pos());
        }
    }

    private static Checks.ValueTest modified(Expr.ListModifier m, List<Checks.ValueTest> tests) {
        Checks.ValueTest[] ts = tests.toArray(Checks.ValueTest[]::new);
        return switch (m) {
            case ANYOF -> v -> {
                for (Checks.ValueTest t : ts) {
                    if (t.test(v)) {
                        return true;
                    }
                }
                return false;
            };
            case ALLOF -> v -> {
                for (Checks.ValueTest t : ts) {
                    if (!t.test(v)) {
                        return false;
                    }
                }
                return ts.length > 0;
            };
            case ONEOF -> v -> {
                int n = 0;
                for (Checks.ValueTest t : ts) {
                    if (t.test(v) && ++n > 1) {
                        return false;
                    }
                }
                return n == 1;
            };
            case NONE -> throw new IllegalStateException("no modifier");
        };
    }

    private Predicate fieldComparison(Expr.Binary b, Typed left, Op op, Typed right) throws CompileException {
        if (left.filterOnly()) {
            throw new CompileException("field '" + left.display() + "' can only be compared with values", b.pos());
        }
        Kind lk = left.type().kind();
        Kind rk = right.type().kind();
        boolean text = (lk == Kind.STRING || lk == Kind.BYTES || lk == Kind.DYNAMIC)
                && (rk == Kind.STRING || rk == Kind.BYTES || rk == Kind.DYNAMIC);
        if (lk != rk && !text) {
            throw new CompileException("filter error: field '" + left.display() + "' of type " + left.type()
                    + " cannot be compared with '" + right.display() + "' of type " + right.type(), b.pos());
        }
        Extractor rex = right.ex();
        FieldType type = left.type();
        Extractor lex = left.ex();
        // fd.ip, fd.net, fd.port, fd.proto match either end of the connection, so != holds only when neither end is equal
        boolean allValues = left.listField() && op == Op.IN || op == Op.NE && EITHER_END.contains(left.display());
        return e -> {
            Object r = rex.extract(e);
            if (r == null) {
                return false;
            }
            Checks.ValueTest t = runtimeTest(op, type, b.modifier(), r);
            if (t == null) {
                return false;
            }
            Object v = lex.extract(e);
            if (v == null) {
                return false;
            }
            if (v instanceof List<?> l) {
                if (l.isEmpty()) {
                    return false;
                }
                for (Object x : l) {
                    if (t.test(x) != allValues) {
                        return !allValues;
                    }
                }
                return allValues;
            }
            return t.test(v);
        };
    }

    private static Checks.@Nullable ValueTest runtimeTest(Op op, FieldType type, Expr.ListModifier m, Object right) {
        List<?> values = right instanceof List<?> l ? l : List.of(right);
        List<Object> constants = new ArrayList<>(values.size());
        for (Object v : values) {
            try {
                constants.add(Values.parseLiteral(type, Values.toStr(v), op));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        if (constants.isEmpty()) {
            return null;
        }
        if (op.takesList()) {
            return Checks.member(op, type.kind(), constants);
        }
        return Checks.scalar(op, type.kind(), constants.get(0));
    }

    // ---- validation and warnings ---------------------------------------------------------------

    private void checkEventType(Expr.Binary b, Op op, Operand.Value v) throws CompileException {
        if (b.left() instanceof Operand.Field f && f.name().equals("evt.type") && f.arg() == null
                && !catalog.eventTypes().isEmpty()
                && (op == Op.EQ || op == Op.NE || op == Op.IN || op == Op.INTERSECTS)
                && catalog.eventTypes().indexOf(v.text()) < 0) {
            throw new CompileException("unknown event type " + v.text(), v.pos());
        }
    }

    private void warnIfFieldLike(Operand.Value v) {
        String text = v.text();
        if (text.indexOf('.') < 0) {
            return;
        }
        boolean fieldLike = looksLikeField(text);
        if (!fieldLike) {
            Matcher m = TRANSFORMER_TEXT.matcher(text);
            fieldLike = m.matches() && looksLikeField(m.group(2));
        }
        if (fieldLike) {
            warnings.add(new CompiledCondition.Warning("string '" + text
                    + "' may be a valid field wrongly interpreted as a string value", v.pos()));
        }
    }

    private boolean looksLikeField(String text) {
        int bracket = text.indexOf('[');
        String name = bracket > 0 && text.endsWith("]") ? text.substring(0, bracket) : text;
        String arg = bracket > 0 && text.endsWith("]") ? text.substring(bracket + 1, text.length() - 1) : null;
        return name.indexOf('.') > 0 && name.chars().allMatch(c -> c == '.' || c == '_' || Character.isLetterOrDigit(c))
                && catalog.resolve(name, arg).isPresent();
    }

    /** A regex that is a plain string with optional anchors or wildcards at its ends is better written without regex. */
    private void warnIfPlainRegex(Operand.Value v) {
        String core = v.text();
        for (String prefix : List.of("^", ".*", ".+", ".?")) {
            if (core.startsWith(prefix)) {
                core = core.substring(prefix.length());
                break;
            }
        }
        for (String suffix : List.of("$", ".*", ".+", ".?")) {
            if (core.endsWith(suffix)) {
                core = core.substring(0, core.length() - suffix.length());
                break;
            }
        }
        if (!core.isEmpty() && core.chars().noneMatch(c -> "\\.[]{}()*+?^$|".indexOf(c) >= 0)) {
            warnings.add(new CompiledCondition.Warning("regex '" + v.text()
                    + "' matches a plain string: a string operator (=, startswith, endswith, contains) is faster",
                    v.pos()));
        }
    }
}
