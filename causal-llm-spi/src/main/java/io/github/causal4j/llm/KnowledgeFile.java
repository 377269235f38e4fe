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
package io.github.causal4j.llm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads and writes {@link BackgroundKnowledge} as a small text format an expert can type:
 * one statement per line, keywords first, an optional {@code : text} at the end of a line
 * giving a description or rationale.
 *
 * <pre>
 * # causal4j knowledge file: lines starting with '#' are comments
 * variable smoke : The patient smokes (yes/no).
 * tier asia, smoke
 * tier tub, lung, bronc
 * require smoke -&gt; lung : tobacco smoke is a carcinogen
 * forbid lung -&gt; smoke
 * latent genes -&gt; smoke, lung as strong as asia : an inherited predisposition
 * role instrument price given region : the price shifts smoking, not cancer
 * </pre>
 *
 * <ul>
 * <li>{@code variable NAME [: description]} declares a variable.</li>
 * <li>{@code require A -> B} and {@code forbid A -> B} state an edge that must (not) be there.</li>
 * <li>{@code tier A, B, ...} adds the next tier: variables of a later tier never cause those of an
 *     earlier one.</li>
 * <li>{@code latent NAME -> A, B, ... [as strong as C] [: description]} names an unmeasured common
 *     cause, the measured variables it affects and a covariate of comparable strength.</li>
 * <li>{@code role ROLE NAME [given A, B, ...] [: rationale]} with ROLE one of {@code confounder},
 *     {@code mediator}, {@code instrument}, {@code negative-control-exposure},
 *     {@code negative-control-outcome}.</li>
 * </ul>
 *
 * <p>Names are bare words (no white space, comma, colon, quote or {@code ->}) or double-quoted
 * with {@code \"} and {@code \\} escapes. Keywords are case-insensitive. The text after the first
 * unquoted colon runs to the end of the line. Errors name the file, line and statement.
 */
public final class KnowledgeFile {

    private KnowledgeFile() {
    }

    /**
     * @param path a knowledge file (UTF-8)
     * @return the knowledge it states
     * @throws IllegalArgumentException naming the file and line of a malformed or inconsistent statement
     * @throws UncheckedIOException if the file cannot be read
     */
    public static BackgroundKnowledge read(Path path) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read knowledge file " + path + ": " + e.getMessage(), e);
        }
        return parse(text, path.toString());
    }

    /**
     * @param text knowledge-file text
     * @return the knowledge it states
     * @throws IllegalArgumentException naming the line of a malformed or inconsistent statement
     */
    public static BackgroundKnowledge parse(String text) {
        return parse(text, "knowledge text");
    }

    private static BackgroundKnowledge parse(String text, String source) {
        List<Variable> variables = new ArrayList<>();
        List<EdgeClaim> required = new ArrayList<>();
        List<EdgeClaim> forbidden = new ArrayList<>();
        List<List<String>> tiers = new ArrayList<>();
        List<LatentClaim> latents = new ArrayList<>();
        List<RoleClaim> roles = new ArrayList<>();
        String[] lines = text.split("\r\n|\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1).strip();
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = source + ", line " + (i + 1);
            try {
                Line l = Line.split(line);
                Cursor c = new Cursor(l.tokens);
                String keyword = c.word("a keyword").toLowerCase(Locale.ROOT);
                switch (keyword) {
                    case "variable" -> {
                        variables.add(new Variable(c.name(), l.text));
                        c.end();
                    }
                    case "require", "forbid" -> {
                        String from = c.name();
                        c.arrow();
                        String to = c.name();
                        c.end();
                        (keyword.equals("require") ? required : forbidden).add(new EdgeClaim(from, to, l.text));
                    }
                    case "tier" -> {
                        tiers.add(c.names());
                        c.end();
                    }
                    case "latent" -> {
                        String name = c.name();
                        c.arrow();
                        List<String> affects = c.names();
                        Optional<String> strong = Optional.empty();
                        if (c.atWord("as")) {
                            c.word("as");
                            c.keyword("strong");
                            c.keyword("as");
                            strong = Optional.of(c.name());
                        }
                        c.end();
                        latents.add(new LatentClaim(name, l.text, affects, strong, ""));
                    }
                    case "role" -> {
                        CausalRole role = CausalRole.fromId(c.word("a role"));
                        String name = c.name();
                        List<String> given = List.of();
                        if (c.atWord("given")) {
                            c.word("given");
                            given = c.names();
                        }
                        c.end();
                        roles.add(new RoleClaim(name, role, given, l.text));
                    }
                    default -> throw new IllegalArgumentException("unknown statement '" + keyword
                            + "'; expected variable, require, forbid, tier, latent or role");
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage() + " in: " + line, e);
            }
        }
        try {
            return new BackgroundKnowledge(variables, required, forbidden, tiers, latents, roles);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes knowledge in the file format; {@code parse(format(k))} equals {@code k} when no text
     * spans several lines (line breaks in texts become spaces).
     *
     * @param knowledge the knowledge
     * @return the file text
     */
    public static String format(BackgroundKnowledge knowledge) {
        StringBuilder sb = new StringBuilder("# causal4j knowledge file\n");
        for (Variable v : knowledge.variables()) {
            sb.append("variable ").append(quote(v.name())).append(text(v.description())).append('\n');
        }
        for (List<String> tier : knowledge.tiers()) {
            sb.append("tier ").append(list(tier)).append('\n');
        }
        for (EdgeClaim e : knowledge.required()) {
            sb.append("require ").append(quote(e.from())).append(" -> ").append(quote(e.to())).append(text(e.rationale())).append('\n');
        }
        for (EdgeClaim e : knowledge.forbidden()) {
            sb.append("forbid ").append(quote(e.from())).append(" -> ").append(quote(e.to())).append(text(e.rationale())).append('\n');
        }
        for (LatentClaim l : knowledge.latents()) {
            sb.append("latent ").append(quote(l.name())).append(" -> ").append(list(l.affects()));
            l.asStrongAs().ifPresent(s -> sb.append(" as strong as ").append(quote(s)));
            sb.append(text(l.description())).append('\n');
        }
        for (RoleClaim r : knowledge.roles()) {
            sb.append("role ").append(r.role().id()).append(' ').append(quote(r.variable()));
            if (!r.given().isEmpty()) {
                sb.append(" given ").append(list(r.given()));
            }
            sb.append(text(r.rationale())).append('\n');
        }
        return sb.toString();
    }

    /**
     * @param knowledge the knowledge
     * @param path the file to write (replaced)
     */
    public static void write(BackgroundKnowledge knowledge, Path path) {
        try {
            Files.writeString(path, format(knowledge), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write knowledge file " + path + ": " + e.getMessage(), e);
        }
    }

    private static String text(String t) {
        String oneLine = t.replaceAll("\\s+", " ").strip();
        return oneLine.isEmpty() ? "" : " : " + oneLine;
    }

    private static String list(List<String> names) {
        StringBuilder sb = new StringBuilder();
        for (String n : names) {
            sb.append(sb.length() == 0 ? "" : ", ").append(quote(n));
        }
        return sb.toString();
    }

    static String quote(String name) {
        boolean bare = !name.isEmpty() && !name.startsWith("#") && !name.contains("->")
                && !name.equalsIgnoreCase("as") && !name.equalsIgnoreCase("given");
        for (int i = 0; i < name.length() && bare; i++) {
            char ch = name.charAt(i);
            bare = !Character.isWhitespace(ch) && ch != ',' && ch != ':' && ch != '"' && ch != '\\';
        }
        return bare ? name : "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A token: a bare word, a quoted name, {@code ->} or {@code ,}. */
    private record Token(String text, boolean quoted) {
        boolean is(String symbol) {
            return !quoted && text.equals(symbol);
        }
    }

    /** A line split into the statement's tokens and the free text after the first unquoted colon. */
    private record Line(List<Token> tokens, String text) {
        static Line split(String line) {
            List<Token> tokens = new ArrayList<>();
            int i = 0;
            int n = line.length();
            while (i < n) {
                char ch = line.charAt(i);
                if (Character.isWhitespace(ch)) {
                    i++;
                } else if (ch == ':') {
                    return new Line(tokens, line.substring(i + 1).strip());
                } else if (ch == ',') {
                    tokens.add(new Token(",", false));
                    i++;
                } else if (ch == '-' && i + 1 < n && line.charAt(i + 1) == '>') {
                    tokens.add(new Token("->", false));
                    i += 2;
                } else if (ch == '"') {
                    StringBuilder sb = new StringBuilder();
                    i++;
                    boolean closed = false;
                    while (i < n) {
                        char q = line.charAt(i);
                        if (q == '\\' && i + 1 < n) {
                            sb.append(line.charAt(i + 1));
                            i += 2;
                        } else if (q == '"') {
                            closed = true;
                            i++;
                            break;
                        } else {
                            sb.append(q);
                            i++;
                        }
                    }
                    if (!closed) {
                        throw new IllegalArgumentException("unclosed quote");
                    }
                    tokens.add(new Token(sb.toString(), true));
                } else {
                    int start = i;
                    while (i < n) {
                        char w = line.charAt(i);
                        if (Character.isWhitespace(w) || w == ',' || w == ':' || w == '"'
                                || (w == '-' && i + 1 < n && line.charAt(i + 1) == '>')) {
                            break;
                        }
                        i++;
                    }
                    tokens.add(new Token(line.substring(start, i), false));
                }
            }
            return new Line(tokens, "");
        }
    }

    /** Reads tokens in order with messages that say what was expected. */
    private static final class Cursor {
        private final List<Token> tokens;
        private int at;

        Cursor(List<Token> tokens) {
            this.tokens = tokens;
        }

        private Token next(String expected) {
            if (at >= tokens.size()) {
                throw new IllegalArgumentException("expected " + expected + " at the end of the statement");
            }
            return tokens.get(at++);
        }

        String word(String expected) {
            Token t = next(expected);
            if (t.quoted() || t.is("->") || t.is(",")) {
                throw new IllegalArgumentException("expected " + expected + ", found '" + t.text() + "'");
            }
            return t.text();
        }

        void keyword(String kw) {
            String w = word("'" + kw + "'");
            if (!w.equalsIgnoreCase(kw)) {
                throw new IllegalArgumentException("expected '" + kw + "', found '" + w + "'");
            }
        }

        boolean atWord(String kw) {
            return at < tokens.size() && !tokens.get(at).quoted() && tokens.get(at).text().equalsIgnoreCase(kw);
        }

        String name() {
            Token t = next("a name");
            if (t.is("->") || t.is(",")) {
                throw new IllegalArgumentException("expected a name, found '" + t.text() + "'");
            }
            return t.text();
        }

        List<String> names() {
            List<String> out = new ArrayList<>();
            out.add(name());
            while (at < tokens.size() && tokens.get(at).is(",")) {
                at++;
                out.add(name());
            }
            return out;
        }

        void arrow() {
            Token t = next("'->'");
            if (!t.is("->")) {
                throw new IllegalArgumentException("expected '->', found '" + t.text() + "'");
            }
        }

        void end() {
            if (at < tokens.size()) {
                throw new IllegalArgumentException("unexpected '" + tokens.get(at).text() + "'");
            }
        }
    }
}
