package dev.rampart.runtime.condition;

import dev.rampart.runtime.events.Extractor;
import dev.rampart.runtime.fields.FieldType;
import dev.rampart.runtime.fields.FieldType.Kind;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The transformers that take several arguments, with libsinsp's argument rules: {@code join(sep, list)},
 * {@code concat(a, b, ...)} and {@code getopt(list, optstring)[option]}, and the literal list
 * {@code (a, "b", 1)} they take. A literal argument is a string; a value without a value makes the whole
 * result have none.
 */
final class MultiValueTransformers {
    private MultiValueTransformers() {}

    /** One compiled argument: how to read it, its type, whether it holds several values, how to name it. */
    record Arg(Extractor ex, FieldType type, boolean list, String display, Pos pos) {}

    /** A compiled transformer: how to read it, its type, whether it holds several values, how to name it. */
    record Result(Extractor ex, FieldType type, boolean list, String display) {}

    /** A literal argument, such as {@code "-"} or {@code 123}: a string. */
    static Arg literal(String text, Pos pos) {
        return new Arg(e -> text, FieldType.CHARBUF, false, '"' + text + '"', pos);
    }

    /** A literal list, such as {@code (fd.name, "-n", 1)}: every value of every item, in order. */
    static Arg list(List<Arg> items, Pos pos) {
        Extractor[] parts = items.stream().map(Arg::ex).toArray(Extractor[]::new);
        StringBuilder display = new StringBuilder("(");
        items.forEach(i -> display.append(display.length() > 1 ? ", " : "").append(i.display()));
        return new Arg(e -> {
            List<Object> out = new ArrayList<>();
            for (Extractor part : parts) {
                Object v = part.extract(e);
                if (v == null) {
                    return null;
                }
                if (v instanceof List<?> l) {
                    out.addAll(l);
                } else {
                    out.add(v);
                }
            }
            return out;
        }, FieldType.CHARBUF, true, display.append(')').toString(), pos);
    }

    /**
     * Compiles transformer {@code name} ({@code join}, {@code concat} or {@code getopt}) over its arguments.
     *
     * @throws CompileException when the number or the kind of the arguments does not fit the transformer
     */
    static Result of(String name, List<Arg> args, @Nullable String fieldArg, Pos pos) throws CompileException {
        return switch (name) {
            case "join" -> join(args, pos);
            case "concat" -> concat(args, pos);
            case "getopt" -> getopt(args, fieldArg, pos);
            default -> throw new IllegalArgumentException("not a multi-value transformer: " + name);
        };
    }

    private static Result join(List<Arg> args, Pos pos) throws CompileException {
        if (args.size() != 2) {
            throw new CompileException("join() requires exactly 2 arguments: separator and list, got " + args.size(), pos);
        }
        Arg sep = args.get(0);
        Arg values = args.get(1);
        if (sep.list()) {
            throw new CompileException("join() first argument (separator) must be a single value, not a list", sep.pos());
        }
        if (!values.list()) {
            throw new CompileException("join() second argument must be a list, got '" + values.display() + "'",
                    values.pos());
        }
        Extractor sepEx = sep.ex();
        Extractor valuesEx = values.ex();
        return new Result(e -> {
            Object s = sepEx.extract(e);
            Object v = valuesEx.extract(e);
            if (s == null || v == null) {
                return null;
            }
            String separator = Values.toStr(s);
            List<?> items = v instanceof List<?> l ? l : List.of(v);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < items.size(); i++) {
                sb.append(i == 0 ? "" : separator).append(Values.toStr(items.get(i)));
            }
            return sb.toString();
        }, FieldType.CHARBUF, false, "join(" + sep.display() + ", " + values.display() + ")");
    }

    private static Result concat(List<Arg> args, Pos pos) throws CompileException {
        if (args.size() < 2) {
            throw new CompileException("concat() requires at least 2 arguments, got " + args.size(), pos);
        }
        for (Arg a : args) {
            if (a.list() || a.type().kind() != Kind.STRING) {
                throw new CompileException("concat() arguments must be strings, got '" + a.display() + "' of type "
                        + a.type() + (a.list() ? " (a list)" : ""), a.pos());
            }
        }
        Extractor[] parts = args.stream().map(Arg::ex).toArray(Extractor[]::new);
        return new Result(e -> {
            StringBuilder sb = new StringBuilder();
            for (Extractor part : parts) {
                Object v = part.extract(e);
                if (v == null) {
                    return null;
                }
                sb.append(Values.toStr(v));
            }
            return sb.toString();
        }, FieldType.CHARBUF, false, "concat(" + String.join(", ", args.stream().map(Arg::display).toList()) + ")");
    }

    private static Result getopt(List<Arg> args, @Nullable String option, Pos pos) throws CompileException {
        if (args.size() != 2) {
            throw new CompileException("getopt() requires exactly 2 arguments: args list and optstring, got "
                    + args.size(), pos);
        }
        Arg argv = args.get(0);
        Arg optstring = args.get(1);
        if (!argv.list()) {
            throw new CompileException("getopt() first argument must be a list, as in getopt((\"-n\", \"-t\", \"x\"), \"nt:\"); got '"
                    + argv.display() + "'", argv.pos());
        }
        if (optstring.list()) {
            throw new CompileException("getopt() second argument (optstring) must be a single value", optstring.pos());
        }
        if (argv.type().kind() != Kind.STRING || optstring.type().kind() != Kind.STRING) {
            throw new CompileException("getopt() arguments must be strings", pos);
        }
        if (option != null && option.length() != 1) {
            throw new CompileException("getopt() field argument must be a single option character, got '" + option
                    + "'", pos);
        }
        Extractor argvEx = argv.ex();
        Extractor optEx = optstring.ex();
        String display = "getopt(" + argv.display() + ", " + optstring.display() + ")"
                + (option == null ? "" : "[" + option + "]");
        return new Result(e -> {
            Object opts = optEx.extract(e);
            Object values = argvEx.extract(e);
            if (opts == null || values == null) {
                return null;
            }
            List<String> words = new ArrayList<>();
            for (Object x : values instanceof List<?> l ? l : List.of(values)) {
                words.add(Values.toStr(x));
            }
            Getopt g = Getopt.of(Values.toStr(opts));
            return option == null ? g.options(words) : g.select(words, option.charAt(0));
        }, FieldType.CHARBUF, option == null, display);
    }
}
