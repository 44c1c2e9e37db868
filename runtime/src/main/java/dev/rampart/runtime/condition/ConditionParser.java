package dev.rampart.runtime.condition;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Parses a Falco condition into an {@link Expr}, accepting exactly what libsinsp 0.25 accepts.
 *
 * <pre>
 * Productions (EBNF):
 *   Expr           ::= OrExpr
 *   OrExpr         ::= AndExpr ('or' (Blank AndExpr | '(' Expr ')'))*
 *   AndExpr        ::= NotExpr ('and' (Blank NotExpr | '(' Expr ')'))*
 *   NotExpr        ::= ('not' Blank)* ('not(' Expr ')' | Check)
 *   Check          ::= '(' Expr ')'
 *                    | Field Condition
 *                    | Transformer Condition
 *                    | Identifier                                  (a macro)
 *   Transformer    ::= TransformerName TransformerArg (',' TransformerArg)* ')' FieldArgOpt
 *   TransformerName::= 'tolower(' | 'toupper(' | 'b64(' | 'basename(' | 'len(' | 'join(' | 'concat(' | 'getopt('
 *   TransformerArg ::= HexNumber | Number | QuotedStr | '(' (ListArg (',' ListArg)*)? ')' | Transformer | Field
 *   ListArg        ::= Field | Transformer | QuotedStr | HexNumber | Number
 *   TransformerOrVal ::= Transformer | 'val(' Field ')' FieldArgOpt
 *   Condition      ::= 'exists'
 *                    | NumOperator (HexNumber | Number | TransformerOrVal)
 *                    | StrOperator (Modifier (ListValue | Identifier) | StrValue | TransformerOrVal)
 *                    | ListOperator (ListValue | TransformerOrVal | Identifier)
 *   Modifier       ::= Blank ('oneof' | 'anyof' | 'allof') Blank    (only before '(' or a list name)
 *   ListValue      ::= '(' (StrValue (',' StrValue)*)? ')'
 *   Field          ::= FieldName FieldArgOpt
 *   FieldArgOpt    ::= ('[' (QuotedStr | FieldArgBareStr) ']')?
 *   StrValue       ::= QuotedStr | BareStr
 *
 * Operators:
 *   NumOperator    ::= '&lt;=' | '&lt;' | '&gt;=' | '&gt;'
 *   StrOperator    ::= '==' | '=' | '!=' | 'glob ' | 'iglob ' | 'contains ' | 'icontains ' | 'bcontains '
 *                    | 'startswith ' | 'bstartswith ' | 'endswith ' | 'regex '
 *   ListOperator   ::= 'intersects' | 'in' | 'pmatch'
 *
 * Tokens (POSIX classes; blanks between tokens are optional unless written as Blank):
 *   Blank          ::= [ \t\b\r\n]+
 *   Identifier     ::= [a-zA-Z]+[a-zA-Z0-9_]*
 *   FieldName      ::= Identifier ('.' Identifier)+
 *   FieldArgBareStr::= [^][\"'[:space:]]+
 *   HexNumber      ::= 0[xX][0-9a-zA-Z]+
 *   Number         ::= [+\-]?[0-9]+[.]?[0-9]*([eE][+\-][0-9]+)?
 *   QuotedStr      ::= "..." | '...'   (ends at the first unescaped delimiter; escapes \b \f \n \r \t \\ \/ and
 *                                       the delimiter itself; "\ " reads as a backslash)
 *   BareStr        ::= [^()\"'[:space:]=,]+
 * </pre>
 *
 * <p>How many arguments a transformer takes and of which type is checked by the compiler, as libsinsp does:
 * the parser accepts {@code tolower("a", fd.name)} and the compiler rejects it.
 *
 * <p>Errors carry Falco's messages and the position where parsing stopped. Recursion is bounded by
 * {@code maxDepth} (Falco's rules loader uses 1000) so hostile input cannot exhaust the stack.
 */
public final class ConditionParser {

    /** The nesting bound Falco's rules loader uses. */
    public static final int DEFAULT_MAX_DEPTH = 1000;

    private static final List<String> NUM_OPS = List.of("<=", "<", ">=", ">");
    private static final List<String> STR_OPS = List.of("==", "=", "!=", "glob ", "iglob ", "contains ", "icontains ",
            "bcontains ", "startswith ", "bstartswith ", "endswith ", "regex ");
    private static final List<String> LIST_OPS = List.of("intersects", "in", "pmatch");
    private static final List<String> TRANSFORMERS = List.of("tolower(", "toupper(", "b64(", "basename(", "len(",
            "join(", "concat(", "getopt(");
    private static final List<String> MODIFIERS = List.of("oneof", "anyof", "allof");

    private final String in;
    private final int maxDepth;
    private int idx;
    private int line = 1;
    private int col = 1;
    private int depth;
    private String lastToken = "";

    private ConditionParser(String input, int maxDepth) {
        this.in = input;
        this.maxDepth = maxDepth;
    }

    /** Parses a whole condition with the default depth bound. */
    public static Expr parse(String condition) throws ParseException {
        return parse(condition, DEFAULT_MAX_DEPTH);
    }

    /** Parses a whole condition; trailing text that is not {@code and}/{@code or} is an error. */
    public static Expr parse(String condition, int maxDepth) throws ParseException {
        ConditionParser p = new ConditionParser(condition, maxDepth);
        if (condition.isEmpty()) {
            throw new ParseException("filter input string is empty", Pos.START);
        }
        Expr e = p.parseOr();
        if (p.idx != condition.length()) {
            throw p.error("unexpected token after '" + p.lastToken + "', expecting 'or', 'and'");
        }
        return e;
    }

    /** The operators of the language, as Falco lists them. */
    public static List<String> operators() {
        List<String> ops = new ArrayList<>();
        ops.add("exists");
        ops.addAll(NUM_OPS);
        STR_OPS.forEach(o -> ops.add(o.strip()));
        ops.addAll(LIST_OPS);
        return List.copyOf(ops);
    }

    /** Whether {@code op} is one of the list operators ({@code in}, {@code intersects}, {@code pmatch}). */
    public static boolean isListOperator(String op) {
        return LIST_OPS.contains(op);
    }

    // ---- grammar -------------------------------------------------------------------------------

    private Expr parseOr() throws ParseException {
        enter();
        Pos pos = pos();
        List<Expr> children = new ArrayList<>();
        blank();
        children.add(parseAnd());
        blank();
        while (lit("or")) {
            children.add(afterKeyword("or") ? parseEmbedded() : parseAnd());
            blank();
        }
        depth--;
        return children.size() == 1 ? children.get(0) : new Expr.Or(children, pos);
    }

    private Expr parseAnd() throws ParseException {
        enter();
        Pos pos = pos();
        List<Expr> children = new ArrayList<>();
        blank();
        children.add(parseNot());
        blank();
        while (lit("and")) {
            children.add(afterKeyword("and") ? parseEmbedded() : parseNot());
            blank();
        }
        depth--;
        return children.size() == 1 ? children.get(0) : new Expr.And(children, pos);
    }

    /** After {@code and}/{@code or}: true when a '(' follows directly, false when a blank follows. */
    private boolean afterKeyword(String keyword) throws ParseException {
        if (blank()) {
            return false;
        }
        if (lit("(")) {
            return true;
        }
        throw error("expected blank or '(' after '" + keyword + "'");
    }

    private Expr parseNot() throws ParseException {
        enter();
        Pos pos = pos();
        boolean negate = false;
        blank();
        while (notBlank()) {
            negate = !negate;
        }
        Expr child;
        if (lit("not(")) {
            negate = !negate;
            child = parseEmbedded();
        } else {
            child = parseCheck();
        }
        depth--;
        return negate ? new Expr.Not(child, pos) : child;
    }

    /** The rest of a parenthesised expression, after its '('. */
    private Expr parseEmbedded() throws ParseException {
        enter();
        blank();
        Expr child = parseOr();
        blank();
        if (!lit(")")) {
            throw error("expected a ')' token");
        }
        depth--;
        return child;
    }

    private Expr parseCheck() throws ParseException {
        enter();
        Pos pos = pos();
        blank();
        Expr result;
        if (lit("(")) {
            result = parseEmbedded();
        } else if (fieldName()) {
            Operand left = fieldRemainder(lastToken, pos);
            result = parseCondition(left, pos);
        } else if (transformerOpen()) {
            Operand left = transformerRemainder(pos);
            result = parseCondition(left, pos);
        } else if (identifier()) {
            result = new Expr.MacroRef(lastToken, pos);
        } else {
            throw error("expected a '(' token, a field check, or an identifier");
        }
        depth--;
        return result;
    }

    private Operand.Field fieldRemainder(String name, Pos pos) throws ParseException {
        return new Operand.Field(name, fieldArg(), pos);
    }

    private @Nullable String fieldArg() throws ParseException {
        if (!lit("[")) {
            return null;
        }
        if (!quotedStr() && !fieldArgBareStr()) {
            throw error("expected a valid field argument: a quoted string or a bare string");
        }
        String arg = lastToken;
        if (!lit("]")) {
            throw error("expected a ']' token");
        }
        return arg;
    }

    /** After a transformer's opening token (in {@link #lastToken}, with its '('). */
    private Operand transformerRemainder(Pos pos) throws ParseException {
        enter();
        String name = lastToken.substring(0, lastToken.length() - 1);
        blank();
        List<Operand> args = new ArrayList<>();
        do {
            args.add(transformerArg());
            blank();
        } while (lit(","));
        if (!lit(")")) {
            throw error("expected a ')' token closing the transformer");
        }
        String fieldArg = fieldArg();
        depth--;
        return new Operand.Transform(name, args, fieldArg, pos);
    }

    private Operand transformerArg() throws ParseException {
        blank();
        Pos argPos = pos();
        if (hexNum() || num()) {
            return new Operand.Value(lastToken, false, argPos);
        }
        if (quotedStr()) {
            return new Operand.Value(lastToken, true, argPos);
        }
        if (lit("(")) {
            return argListRemainder(argPos);
        }
        if (transformerOpen()) {
            return transformerRemainder(argPos);
        }
        if (fieldName()) {
            return fieldRemainder(lastToken, argPos);
        }
        throw error("expected field transformer argument: field, transformer, quoted string, number, or transformer list");
    }

    /** A list argument of a transformer, after its '('. */
    private Operand.ArgList argListRemainder(Pos pos) throws ParseException {
        enter();
        List<Operand> items = new ArrayList<>();
        blank();
        if (!lit(")")) {
            items.add(listArg());
            blank();
            while (lit(",")) {
                blank();
                items.add(listArg());
                blank();
            }
            if (!lit(")")) {
                throw error("expected ')'");
            }
        }
        depth--;
        return new Operand.ArgList(items, pos);
    }

    private Operand listArg() throws ParseException {
        Pos itemPos = pos();
        if (fieldName()) {
            return fieldRemainder(lastToken, itemPos);
        }
        if (transformerOpen()) {
            return transformerRemainder(itemPos);
        }
        if (quotedStr()) {
            return new Operand.Value(lastToken, true, itemPos);
        }
        if (hexNum() || num()) {
            return new Operand.Value(lastToken, false, itemPos);
        }
        throw error("expected transformer list argument: field, transformer, quoted string, or number");
    }

    private Expr parseCondition(Operand left, Pos pos) throws ParseException {
        enter();
        blank();
        Expr result;
        if (lit("exists")) {
            result = new Expr.Unary(left, "exists", pos);
        } else {
            blank();
            if (anyOf(NUM_OPS)) {
                String op = lastToken;
                result = new Expr.Binary(left, op, Expr.ListModifier.NONE, numValueOrTransformer(), pos);
            } else if (anyOf(STR_OPS)) {
                String op = lastToken.strip();
                boolean spaced = lastToken.endsWith(" ");
                Expr.ListModifier modifier = modifier(spaced);
                Operand right = modifier == Expr.ListModifier.NONE
                        ? strValueOrTransformer(false) : modifiedList();
                result = new Expr.Binary(left, op, modifier, right, pos);
            } else if (anyOf(LIST_OPS)) {
                String op = lastToken;
                result = new Expr.Binary(left, op, Expr.ListModifier.NONE, listValueOrTransformer(), pos);
            } else {
                throw error("expected a valid check operator: one of " + quoteAll(operators()));
            }
        }
        depth--;
        return result;
    }

    /**
     * {@code oneof}/{@code anyof}/{@code allof} after a string operator: it must be separated from the
     * operator by a blank and followed by a blank and a list or a list name; otherwise the word is
     * an ordinary value and the cursor is left where it was.
     */
    private Expr.ListModifier modifier(boolean spacedOperator) {
        int sIdx = idx;
        int sLine = line;
        int sCol = col;
        String sTok = lastToken;
        boolean separated = blank() || spacedOperator;
        if (separated && anyOf(MODIFIERS)) {
            String word = lastToken;
            if (blank() && (cur() == '(' || listNameFollows())) {
                return Expr.ListModifier.valueOf(word.toUpperCase(java.util.Locale.ROOT));
            }
        }
        idx = sIdx;
        line = sLine;
        col = sCol;
        lastToken = sTok;
        return Expr.ListModifier.NONE;
    }

    private boolean listNameFollows() {
        int end = scanIdentifier(idx);
        if (end == idx) {
            return false;
        }
        String word = in.substring(idx, end);
        return !word.equals("and") && !word.equals("or");
    }

    private Operand modifiedList() throws ParseException {
        Pos pos = pos();
        if (lit("(")) {
            return listRemainder(pos);
        }
        if (identifier()) {
            return new Operand.Value(lastToken, false, pos);
        }
        throw error("expected a list or a list name after the list modifier");
    }

    private Operand numValueOrTransformer() throws ParseException {
        blank();
        Pos pos = pos();
        Operand t = transformerOrVal();
        if (t != null) {
            return t;
        }
        if (hexNum() || num()) {
            return new Operand.Value(lastToken, false, pos);
        }
        throw error("expected a number value or a field with a valid transformer: " + quoteAll(transformerNames(true)));
    }

    private Operand strValueOrTransformer(boolean noTransformer) throws ParseException {
        blank();
        Pos pos = pos();
        if (!noTransformer) {
            Operand t = transformerOrVal();
            if (t != null) {
                return t;
            }
        }
        if (quotedStr()) {
            return new Operand.Value(lastToken, true, pos);
        }
        if (bareStr()) {
            return new Operand.Value(lastToken, false, pos);
        }
        if (noTransformer) {
            throw error("expected a string value");
        }
        throw error("expected a string value or a field with a valid transformer: " + quoteAll(transformerNames(true)));
    }

    private Operand listValueOrTransformer() throws ParseException {
        blank();
        Pos pos = pos();
        if (lit("(")) {
            return listRemainder(pos);
        }
        Operand t = transformerOrVal();
        if (t != null) {
            return t;
        }
        if (identifier()) {
            return new Operand.Value(lastToken, false, pos);
        }
        throw error("expected a list, an identifier, or a field with a valid transformer: "
                + quoteAll(transformerNames(true)));
    }

    private Operand.ValueList listRemainder(Pos pos) throws ParseException {
        List<Operand.Value> items = new ArrayList<>();
        blank();
        int sIdx = idx;
        int sLine = line;
        int sCol = col;
        Operand first = null;
        try {
            first = strValueOrTransformer(true);
        } catch (ParseException empty) {
            idx = sIdx;
            line = sLine;
            col = sCol;
        }
        if (first != null) {
            items.add((Operand.Value) first);
            blank();
            while (lit(",")) {
                items.add((Operand.Value) strValueOrTransformer(true));
                blank();
            }
        }
        if (!lit(")")) {
            throw error("expected a ')' token");
        }
        return new Operand.ValueList(items, pos);
    }

    private @Nullable Operand transformerOrVal() throws ParseException {
        blank();
        Pos pos = pos();
        if (lit("val(")) {
            blank();
            Pos fieldPos = pos();
            if (!fieldName()) {
                throw error("expected a field within 'val' transformer");
            }
            Operand field = fieldRemainder(lastToken, fieldPos);
            blank();
            if (!lit(")")) {
                throw error("expected a ')' token closing the transformer");
            }
            return new Operand.Transform("val", List.of(field), fieldArg(), pos);
        }
        if (transformerOpen()) {
            return transformerRemainder(pos);
        }
        return null;
    }

    // ---- lexer ---------------------------------------------------------------------------------

    private char cur() {
        return idx < in.length() ? in.charAt(idx) : '\0';
    }

    private Pos pos() {
        return new Pos(idx, line, col);
    }

    private void advance() {
        char c = in.charAt(idx++);
        col++;
        if (c == '\r' || c == '\n') {
            col = 1;
            line++;
        }
    }

    private void advanceTo(int end) {
        lastToken = in.substring(idx, end);
        while (idx < end) {
            advance();
        }
    }

    private boolean blank() {
        boolean found = false;
        while (idx < in.length()) {
            char c = in.charAt(idx);
            if (c != ' ' && c != '\t' && c != '\b' && c != '\r' && c != '\n') {
                break;
            }
            advance();
            found = true;
        }
        return found;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == '\f';
    }

    private boolean lit(String s) {
        if (in.startsWith(s, idx)) {
            advanceTo(idx + s.length());
            return true;
        }
        return false;
    }

    private boolean anyOf(List<String> options) {
        for (String s : options) {
            if (lit(s)) {
                return true;
            }
        }
        return false;
    }

    private boolean transformerOpen() {
        return anyOf(TRANSFORMERS);
    }

    /** 'not' followed by at least one space. */
    private boolean notBlank() {
        if (!in.startsWith("not", idx)) {
            return false;
        }
        int end = idx + 3;
        if (end >= in.length() || !isSpace(in.charAt(end))) {
            return false;
        }
        while (end < in.length() && isSpace(in.charAt(end))) {
            end++;
        }
        advanceTo(end);
        return true;
    }

    private static boolean isAlpha(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private int scanIdentifier(int from) {
        int i = from;
        if (i >= in.length() || !isAlpha(in.charAt(i))) {
            return from;
        }
        while (i < in.length() && (isAlpha(in.charAt(i)) || isDigit(in.charAt(i)) || in.charAt(i) == '_')) {
            i++;
        }
        return i;
    }

    private boolean identifier() {
        int end = scanIdentifier(idx);
        if (end == idx) {
            return false;
        }
        advanceTo(end);
        return true;
    }

    private boolean fieldName() {
        int end = scanIdentifier(idx);
        if (end == idx) {
            return false;
        }
        int segments = 0;
        while (end < in.length() && in.charAt(end) == '.') {
            int next = scanIdentifier(end + 1);
            if (next == end + 1) {
                break;
            }
            end = next;
            segments++;
        }
        if (segments == 0) {
            return false;
        }
        advanceTo(end);
        return true;
    }

    private boolean fieldArgBareStr() {
        int end = idx;
        while (end < in.length()) {
            char c = in.charAt(end);
            if (c == '[' || c == ']' || c == '"' || c == '\'' || isSpace(c)) {
                break;
            }
            end++;
        }
        if (end == idx) {
            return false;
        }
        advanceTo(end);
        return true;
    }

    private boolean hexNum() {
        if (idx + 2 < in.length() && cur() == '0' && (in.charAt(idx + 1) == 'x' || in.charAt(idx + 1) == 'X')) {
            int end = idx + 2;
            while (end < in.length() && (isAlpha(in.charAt(end)) || isDigit(in.charAt(end)))) {
                end++;
            }
            if (end > idx + 2) {
                advanceTo(end);
                return true;
            }
        }
        return false;
    }

    private boolean num() {
        int i = idx;
        if (i < in.length() && (in.charAt(i) == '+' || in.charAt(i) == '-')) {
            i++;
        }
        int digits = i;
        while (i < in.length() && isDigit(in.charAt(i))) {
            i++;
        }
        if (i == digits) {
            return false;
        }
        if (i < in.length() && in.charAt(i) == '.') {
            i++;
        }
        while (i < in.length() && isDigit(in.charAt(i))) {
            i++;
        }
        if (i < in.length() && (in.charAt(i) == 'e' || in.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < in.length() && (in.charAt(j) == '+' || in.charAt(j) == '-')) {
                int k = j + 1;
                while (k < in.length() && isDigit(in.charAt(k))) {
                    k++;
                }
                if (k > j + 1) {
                    i = k;
                }
            }
        }
        advanceTo(i);
        return true;
    }

    private boolean bareStr() {
        int end = idx;
        while (end < in.length()) {
            char c = in.charAt(end);
            if (c == '(' || c == ')' || c == '"' || c == '\'' || c == '=' || c == ',' || isSpace(c)) {
                break;
            }
            end++;
        }
        if (end == idx) {
            return false;
        }
        advanceTo(end);
        return true;
    }

    /** A quoted string ends at the first delimiter not preceded by a backslash; then it is unescaped. */
    private boolean quotedStr() throws ParseException {
        char delimiter = cur();
        if (delimiter != '"' && delimiter != '\'') {
            return false;
        }
        char prev = '\\';
        for (int i = idx; i < in.length(); i++) {
            char c = in.charAt(i);
            if (c == delimiter && prev != '\\') {
                Pos start = pos();
                String raw = in.substring(idx, i + 1);
                advanceTo(i + 1);
                lastToken = unescape(raw, start);
                return true;
            }
            prev = c;
        }
        return false;
    }

    private String unescape(String raw, Pos at) throws ParseException {
        StringBuilder out = new StringBuilder(raw.length());
        char quote = raw.charAt(0);
        boolean escaped = false;
        for (int i = 1; i < raw.length() - 1; i++) {
            char c = raw.charAt(i);
            if (!escaped) {
                if (c == '\\') {
                    escaped = true;
                } else {
                    out.append(c);
                }
                continue;
            }
            switch (c) {
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case ' ', '\\' -> out.append('\\');
                case '/' -> out.append('/');
                case '"', '\'' -> {
                    if (c != quote) {
                        throw new ParseException(c == '"' ? "invalid \\\" escape in '-quoted string"
                                : "invalid \\' escape in \"-quoted string", at);
                    }
                    out.append(c);
                }
                default -> throw new ParseException("unsupported string escape sequence: \\" + c, at);
            }
            escaped = false;
        }
        return out.toString();
    }

    private void enter() throws ParseException {
        if (++depth >= maxDepth) {
            throw error("exceeded max depth limit of " + maxDepth);
        }
    }

    private ParseException error(String message) {
        return new ParseException(message, pos());
    }

    private static List<String> transformerNames(boolean withVal) {
        List<String> names = new ArrayList<>();
        if (withVal) {
            names.add("val");
        }
        TRANSFORMERS.forEach(t -> names.add(t.substring(0, t.length() - 1)));
        return names;
    }

    private static String quoteAll(List<String> tokens) {
        StringBuilder sb = new StringBuilder();
        for (String t : tokens) {
            sb.append(sb.isEmpty() ? "" : ", ").append('\'').append(t).append('\'');
        }
        return sb.toString();
    }
}
