/*
 * Copyright 2026 The causal4j developers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.causal4j.result;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Writes a tree of plain Java values as JSON text (RFC 8259), so that results can be serialised
 * by modules that may not depend on a JSON library. Writing only: there is no parser.
 *
 * <p>The tree is built from {@link Map} (keys written with {@link String#valueOf}, entries in the
 * map's iteration order, so a {@link java.util.LinkedHashMap} keeps its order), {@link Collection}
 * and arrays of primitives or objects (JSON arrays), {@link CharSequence} and {@link Enum} (JSON
 * strings; an enum as its {@code name()}), {@link Number} and {@link Boolean}, {@code null}, and
 * the empty or present {@link Optional}, {@link OptionalDouble}, {@link OptionalInt} and
 * {@link OptionalLong} ({@code null} when empty). Any other type is an error.
 *
 * <p>Numbers: integers as they are; a {@code double} or {@code float} as {@link Double#toString}
 * writes it (a decimal string that reads back to exactly the same double), without a trailing
 * {@code .0} for integral values below 10<sup>15</sup>. JSON has no {@code NaN} or infinity, so a non-finite
 * number is rejected with an {@link IllegalArgumentException} that names its path in the tree
 * (e.g. {@code $.estimates[2].std_error}): a result must never reach JSON with a silent NaN.
 *
 * <p>Strings: {@code "} and {@code \} escaped, control characters below U+0020 as {@code \n},
 * {@code \t}, ... or {@code \}{@code u00XX}, and U+2028/U+2029 escaped so that the text can be
 * embedded in JavaScript; other characters are written as they are (the output is UTF-16 text,
 * to be encoded as UTF-8). Unpaired surrogates are rejected.
 *
 * <pre>{@code
 * Map<String, Object> tree = new LinkedHashMap<>();
 * tree.put("estimate", 0.0973158);
 * tree.put("warnings", List.of());
 * String json = JsonWriter.write(tree);          // {"estimate":0.0973158,"warnings":[]}
 * String pretty = JsonWriter.writePretty(tree);  // indented by two spaces
 * }</pre>
 *
 * <p>Cost: linear in the size of the tree. Nesting deeper than {@value #MAX_DEPTH} levels (a cycle)
 * is rejected.
 */
public final class JsonWriter {

    /** The deepest nesting accepted; deeper trees are taken to be cyclic. */
    public static final int MAX_DEPTH = 256;

    private final Appendable out;
    private final boolean pretty;

    private JsonWriter(Appendable out, boolean pretty) {
        this.out = out;
        this.pretty = pretty;
    }

    /**
     * @param tree the value to write
     * @return compact JSON text
     * @throws IllegalArgumentException for a value of an unsupported type, a non-finite number or an
     *     unpaired surrogate, naming its path
     */
    public static String write(Object tree) {
        StringBuilder sb = new StringBuilder();
        write(tree, sb, false);
        return sb.toString();
    }

    /**
     * @param tree the value to write
     * @return JSON text indented by two spaces, one member or element per line
     * @throws IllegalArgumentException as {@link #write(Object)}
     */
    public static String writePretty(Object tree) {
        StringBuilder sb = new StringBuilder();
        write(tree, sb, true);
        return sb.toString();
    }

    /**
     * @param tree the value to write
     * @param out where to write it
     * @param pretty whether to indent
     * @throws IllegalArgumentException as {@link #write(Object)}
     * @throws UncheckedIOException if the appendable fails
     */
    public static void write(Object tree, Appendable out, boolean pretty) {
        try {
            new JsonWriter(out, pretty).value(tree, "$", 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param text any text
     * @return the text as a JSON string literal, quotes included
     * @throws IllegalArgumentException for an unpaired surrogate
     */
    public static String quote(CharSequence text) {
        StringBuilder sb = new StringBuilder(text.length() + 2);
        try {
            new JsonWriter(sb, false).string(text, "$");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    private void value(Object v, String path, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("JSON nesting deeper than " + MAX_DEPTH + " levels at " + path
                    + " (a cycle in the tree?)");
        }
        if (v == null) {
            out.append("null");
        } else if (v instanceof CharSequence s) {
            string(s, path);
        } else if (v instanceof Boolean b) {
            out.append(b.toString());
        } else if (v instanceof Number n) {
            number(n, path);
        } else if (v instanceof Enum<?> e) {
            string(e.name(), path);
        } else if (v instanceof Map<?, ?> m) {
            object(m, path, depth);
        } else if (v instanceof Collection<?> c) {
            array(c.iterator(), c.isEmpty(), path, depth);
        } else if (v instanceof Optional<?> o) {
            value(o.orElse(null), path, depth);
        } else if (v instanceof OptionalDouble o) {
            value(o.isPresent() ? o.getAsDouble() : null, path, depth);
        } else if (v instanceof OptionalInt o) {
            value(o.isPresent() ? o.getAsInt() : null, path, depth);
        } else if (v instanceof OptionalLong o) {
            value(o.isPresent() ? o.getAsLong() : null, path, depth);
        } else if (v.getClass().isArray()) {
            int n = java.lang.reflect.Array.getLength(v);
            Iterator<Object> it = new Iterator<>() {
                private int i;

                @Override
                public boolean hasNext() {
                    return i < n;
                }

                @Override
                public Object next() {
                    return java.lang.reflect.Array.get(v, i++);
                }
            };
            array(it, n == 0, path, depth);
        } else {
            throw new IllegalArgumentException("cannot write a " + v.getClass().getName() + " as JSON at " + path
                    + "; use maps, lists, strings, numbers, booleans or null");
        }
    }

    private void object(Map<?, ?> m, String path, int depth) throws IOException {
        if (m.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            newline(depth + 1);
            String key = String.valueOf(e.getKey());
            String child = path + "." + key;
            string(key, child);
            out.append(pretty ? ": " : ":");
            value(e.getValue(), child, depth + 1);
        }
        newline(depth);
        out.append('}');
    }

    private void array(Iterator<?> it, boolean empty, String path, int depth) throws IOException {
        if (empty) {
            out.append("[]");
            return;
        }
        out.append('[');
        int i = 0;
        while (it.hasNext()) {
            if (i > 0) {
                out.append(',');
            }
            newline(depth + 1);
            value(it.next(), path + "[" + i + "]", depth + 1);
            i++;
        }
        newline(depth);
        out.append(']');
    }

    private void newline(int depth) throws IOException {
        if (pretty) {
            out.append('\n');
            for (int i = 0; i < depth; i++) {
                out.append("  ");
            }
        }
    }

    private void number(Number n, String path) throws IOException {
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("the number at " + path + " is " + d
                        + "; JSON has no NaN or infinity, so a result must not carry one");
            }
            out.append(decimal(d));
        } else if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte
                || n instanceof BigInteger) {
            out.append(n.toString());
        } else if (n instanceof BigDecimal b) {
            out.append(b.toString());
        } else {
            number(n.doubleValue(), path);
        }
    }

    /** A round-trip decimal; integral values below 1e15 without a fraction or exponent. */
    static String decimal(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            if (d == 0 && 1 / d < 0) {
                return "-0";
            }
            return Long.toString((long) d);
        }
        // Double.toString reads back to the same double; its exponent form (1.0E-5) is valid JSON.
        return Double.toString(d);
    }

    private void string(CharSequence s, String path) throws IOException {
        out.append('"');
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else if (Character.isHighSurrogate(c)) {
                        if (i + 1 >= n || !Character.isLowSurrogate(s.charAt(i + 1))) {
                            throw unpaired(path, i);
                        }
                        out.append(c).append(s.charAt(++i));
                    } else if (Character.isLowSurrogate(c)) {
                        throw unpaired(path, i);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static IllegalArgumentException unpaired(String path, int index) {
        return new IllegalArgumentException("the string at " + path + " has an unpaired surrogate at index " + index
                + "; it cannot be encoded as UTF-8");
    }
}
