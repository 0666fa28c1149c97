package com.dashify.identity.adapter.rest.scim.filter;

import com.dashify.identity.adapter.rest.scim.protocol.ScimException;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Parses SCIM filters (RFC 7644 §3.4.2.2) and PATCH paths (§3.5.2) by recursive descent.
 * {@code and} binds tighter than {@code or}; {@code not} applies to a parenthesised filter.
 * Bounded in length, nesting and number of comparisons, so that no filter can be expensive
 * to parse or to run. Every syntax error is a 400 {@code invalidFilter} (for paths, {@code invalidPath}).
 */
public final class FilterParser {

    public static final int MAX_LENGTH = 4096;
    public static final int MAX_DEPTH = 16;
    public static final int MAX_COMPARISONS = 64;
    private static final int MAX_NUMBER_DIGITS = 64;

    private final String text;
    private final boolean pathMode;
    private int position;
    private int depth;
    private int comparisons;

    private FilterParser(String text, boolean pathMode) {
        this.text = text;
        this.pathMode = pathMode;
    }

    /** Parses a whole filter. */
    public static Filter parseFilter(String text) {
        if (text == null || text.isBlank()) {
            throw ScimException.invalidFilter("The filter is empty.");
        }
        if (text.length() > MAX_LENGTH) {
            throw ScimException.invalidFilter("The filter is longer than " + MAX_LENGTH + " characters.");
        }
        FilterParser parser = new FilterParser(text, false);
        Filter filter = parser.orExpression();
        parser.skipSpace();
        if (!parser.atEnd()) {
            throw parser.error("Unexpected text at position " + (parser.position + 1) + ".");
        }
        return filter;
    }

    /**
     * Parses a PATCH path: {@code attrPath}, or {@code attrPath[valFilter]} optionally followed by
     * {@code .subAttr}.
     */
    public static PatchPath parsePath(String text) {
        if (text == null || text.isBlank()) {
            throw ScimException.invalidPath("The path is empty.");
        }
        if (text.length() > MAX_LENGTH) {
            throw ScimException.invalidPath("The path is longer than " + MAX_LENGTH + " characters.");
        }
        FilterParser parser = new FilterParser(text.strip(), true);
        AttributePath path = parser.attributePath();
        Filter valueFilter = null;
        String subAttribute = null;
        if (parser.peek('[')) {
            if (path.subAttribute() != null) {
                throw parser.error("A value filter must follow an attribute, not a sub-attribute.");
            }
            parser.position++;
            valueFilter = parser.orExpression();
            parser.skipSpace();
            parser.expect(']');
            if (parser.peek('.')) {
                parser.position++;
                subAttribute = parser.name();
            }
        }
        if (!parser.atEnd()) {
            throw parser.error("Unexpected text at position " + (parser.position + 1) + ".");
        }
        if (valueFilter == null) {
            return new PatchPath(path, null, null);
        }
        return new PatchPath(path, valueFilter, subAttribute);
    }

    private Filter orExpression() {
        Filter left = andExpression();
        while (keyword("or")) {
            left = new Filter.Or(left, andExpression());
        }
        return left;
    }

    private Filter andExpression() {
        Filter left = unary();
        while (keyword("and")) {
            left = new Filter.And(left, unary());
        }
        return left;
    }

    private Filter unary() {
        skipSpace();
        if (keywordBefore("not", '(')) {
            return new Filter.Not(group());
        }
        if (peek('(')) {
            return group();
        }
        return attributeExpression();
    }

    private Filter group() {
        skipSpace();
        expect('(');
        if (++depth > MAX_DEPTH) {
            throw error("The filter nests deeper than " + MAX_DEPTH + " levels.");
        }
        Filter inner = orExpression();
        skipSpace();
        expect(')');
        depth--;
        return inner;
    }

    private Filter attributeExpression() {
        AttributePath path = attributePath();
        if (peek('[')) {
            if (path.subAttribute() != null) {
                throw error("A value filter must follow an attribute, not a sub-attribute.");
            }
            position++;
            if (++depth > MAX_DEPTH) {
                throw error("The filter nests deeper than " + MAX_DEPTH + " levels.");
            }
            Filter inner = orExpression();
            skipSpace();
            expect(']');
            depth--;
            if (peek('.')) {
                // emails[type eq "work"].value eq "x": a comparison on a sub-attribute of the matched value.
                position++;
                AttributePath sub = new AttributePath(null, name(), null);
                inner = new Filter.And(inner, comparisonOrPresence(sub));
            }
            return new Filter.ValuePath(path, inner);
        }
        return comparisonOrPresence(path);
    }

    private Filter comparisonOrPresence(AttributePath path) {
        if (++comparisons > MAX_COMPARISONS) {
            throw error("The filter has more than " + MAX_COMPARISONS + " comparisons.");
        }
        requireSpace();
        String operator = word();
        if (operator.equalsIgnoreCase("pr")) {
            return new Filter.Present(path);
        }
        Filter.Operator op;
        try {
            op = Filter.Operator.valueOf(operator.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw error("'" + shorten(operator) + "' is not a filter operator.");
        }
        requireSpace();
        return new Filter.Comparison(path, op, literal());
    }

    private AttributePath attributePath() {
        skipSpace();
        int start = position;
        while (!atEnd() && isPathChar(text.charAt(position))) {
            position++;
        }
        String token = text.substring(start, position);
        if (token.isEmpty()) {
            throw error(atEnd() ? "The filter ends where an attribute was expected."
                    : "An attribute name was expected at position " + (start + 1) + ".");
        }
        String schema = null;
        String name = token;
        int colon = token.lastIndexOf(':');
        if (colon >= 0) {
            schema = token.substring(0, colon);
            name = token.substring(colon + 1);
            if (!schema.toLowerCase(Locale.ROOT).startsWith("urn:")) {
                throw error("'" + shorten(token) + "' is not an attribute name.");
            }
        }
        String attribute = name;
        String subAttribute = null;
        int dot = name.indexOf('.');
        if (dot >= 0) {
            attribute = name.substring(0, dot);
            subAttribute = name.substring(dot + 1);
        }
        if (!isName(attribute) || (subAttribute != null && !isName(subAttribute))) {
            throw error("'" + shorten(token) + "' is not an attribute name.");
        }
        return new AttributePath(schema, attribute, subAttribute);
    }

    private String name() {
        int start = position;
        while (!atEnd() && isNameChar(text.charAt(position))) {
            position++;
        }
        String name = text.substring(start, position);
        if (!isName(name)) {
            throw error("An attribute name was expected at position " + (start + 1) + ".");
        }
        return name;
    }

    private Filter.Literal literal() {
        skipSpace();
        if (atEnd()) {
            throw error("The filter ends where a value was expected.");
        }
        if (text.charAt(position) == '"') {
            return new Filter.Literal(string());
        }
        String word = word();
        switch (word.toLowerCase(Locale.ROOT)) {
            case "true":
                return new Filter.Literal(Boolean.TRUE);
            case "false":
                return new Filter.Literal(Boolean.FALSE);
            case "null":
                return new Filter.Literal(null);
            default:
                try {
                    BigDecimal number = new BigDecimal(word);
                    if (Math.abs(number.scale()) > MAX_NUMBER_DIGITS || number.precision() > MAX_NUMBER_DIGITS) {
                        throw error("Numbers must have at most " + MAX_NUMBER_DIGITS + " digits.");
                    }
                    return new Filter.Literal(number);
                } catch (NumberFormatException notANumber) {
                    throw error("'" + shorten(word) + "' is not a value; strings must be in double quotes.");
                }
        }
    }

    /** A JSON string (RFC 8259 §7), with its escapes. */
    private String string() {
        int start = position;
        position++;
        StringBuilder value = new StringBuilder();
        while (true) {
            if (atEnd()) {
                throw error("The string starting at position " + (start + 1) + " is not closed.");
            }
            char c = text.charAt(position++);
            if (c == '"') {
                if (value.chars().anyMatch(Character::isISOControl)) {
                    throw error("Filter values must not contain control characters.");
                }
                return value.toString();
            }
            if (c != '\\') {
                value.append(c);
                continue;
            }
            if (atEnd()) {
                throw error("The string starting at position " + (start + 1) + " is not closed.");
            }
            char escaped = text.charAt(position++);
            switch (escaped) {
                case '"', '\\', '/' -> value.append(escaped);
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case 't' -> value.append('\t');
                case 'u' -> {
                    if (position + 4 > text.length()) {
                        throw error("A \\u escape needs four hexadecimal digits.");
                    }
                    try {
                        value.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
                    } catch (NumberFormatException e) {
                        throw error("A \\u escape needs four hexadecimal digits.");
                    }
                    position += 4;
                }
                default -> throw error("'\\" + escaped + "' is not a valid escape in a string.");
            }
        }
    }

    private String word() {
        skipSpace();
        int start = position;
        while (!atEnd() && !Character.isWhitespace(text.charAt(position)) && "()[]\"".indexOf(text.charAt(position)) < 0) {
            position++;
        }
        if (start == position) {
            throw error(atEnd() ? "The filter ends too early." : "Unexpected '" + text.charAt(position)
                    + "' at position " + (position + 1) + ".");
        }
        return text.substring(start, position);
    }

    /** Consumes {@code word} when it comes next, as a whole word preceded by space. */
    private boolean keyword(String word) {
        int saved = position;
        if (skipSpace() == 0) {
            position = saved;
            return false;
        }
        if (text.regionMatches(true, position, word, 0, word.length())) {
            int end = position + word.length();
            if (end < text.length() && Character.isWhitespace(text.charAt(end))) {
                position = end;
                return true;
            }
        }
        position = saved;
        return false;
    }

    /** Whether {@code word} comes next followed by optional space and {@code next}; consumes the word. */
    private boolean keywordBefore(String word, char next) {
        if (!text.regionMatches(true, position, word, 0, word.length())) {
            return false;
        }
        int after = position + word.length();
        int look = after;
        while (look < text.length() && Character.isWhitespace(text.charAt(look))) {
            look++;
        }
        if (look < text.length() && text.charAt(look) == next) {
            position = after;
            return true;
        }
        return false;
    }

    private void requireSpace() {
        if (skipSpace() == 0) {
            throw error(atEnd() ? "The filter ends too early." : "A space was expected at position "
                    + (position + 1) + ".");
        }
    }

    private int skipSpace() {
        int start = position;
        while (!atEnd() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
        return position - start;
    }

    private boolean peek(char c) {
        return !atEnd() && text.charAt(position) == c;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw error(atEnd() ? "'" + c + "' was expected at the end." : "'" + c + "' was expected at position "
                    + (position + 1) + ".");
        }
        position++;
    }

    private boolean atEnd() {
        return position >= text.length();
    }

    private static boolean isPathChar(char c) {
        return isNameChar(c) || c == ':' || c == '.';
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'
                || c == '$';
    }

    /** RFC 7643 §2.1: ATTRNAME = ALPHA *(nameChar), with {@code $ref} allowed as a sub-attribute. */
    private static boolean isName(String name) {
        if (name.isEmpty() || name.equals("$ref")) {
            return !name.isEmpty();
        }
        char first = name.charAt(0);
        if (!((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z'))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isNameChar(c) || c == '$') {
                return false;
            }
        }
        return true;
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    private ScimException error(String detail) {
        return pathMode ? ScimException.invalidPath("Invalid path: " + detail)
                : ScimException.invalidFilter("Invalid filter: " + detail);
    }
}
