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
package io.github.causal4j.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent parser for the dagitty graph syntax (Textor et al. 2016, "Robust causal
 * inference using directed acyclic graphs: the R package 'dagitty'", Int. J. Epidemiol.).
 *
 * <p>Accepted: an optional {@code dag} header around a brace-delimited body (or a bare body);
 * statements separated by {@code ;}, newlines or plain white space; node statements with
 * attributes {@code x [exposure, pos="0,1"]}; edge chains {@code a -> b <- c <-> d} whose terms
 * may be node groups {@code {x y}}; graph attributes such as {@code bb="0,0,1,1"} (ignored);
 * quoted node names. Edge attributes ({@code a -> b [beta=.3]}) are read and ignored. Undirected
 * and circle-marked edges are errors, since a causal graph here is a DAG or ADMG.
 */
final class DagittyParser {

    private static final Set<String> UNSUPPORTED_GRAPH_TYPES = Set.of("pdag", "mag", "pag", "graph", "digraph");

    private enum Kind { ID, QUOTED, LBRACE, RBRACE, LBRACKET, RBRACKET, SEMI, COMMA, EQUALS, ARROW, EOF }

    private record Token(Kind kind, String text, int line, int column) {
    }

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;
    private final CausalGraph.Builder builder = CausalGraph.builder();

    DagittyParser(String text) {
        this.text = java.util.Objects.requireNonNull(text, "graph text");
    }

    CausalGraph parse() {
        tokenize();
        Token first = peek();
        boolean header = first.kind == Kind.ID
                && (first.text.equals("dag") || UNSUPPORTED_GRAPH_TYPES.contains(first.text))
                && (peekAt(1).kind == Kind.LBRACE || peekAt(2).kind == Kind.LBRACE);
        if (header) {
            if (!first.text.equals("dag")) {
                throw error(first, "graph type '" + first.text + "' is not supported: causal4j reads 'dag' graphs"
                        + " (DAGs, and ADMGs with <-> edges)");
            }
            next();
            if (peek().kind == Kind.ID || peek().kind == Kind.QUOTED) {
                next(); // an optional graph name
            }
            expect(Kind.LBRACE, "'{'");
            body(Kind.RBRACE);
            expect(Kind.RBRACE, "'}' closing the graph");
        } else if (first.kind == Kind.LBRACE && isWholeGraphBrace()) {
            next();
            body(Kind.RBRACE);
            expect(Kind.RBRACE, "'}' closing the graph");
        } else {
            body(Kind.EOF);
        }
        Token end = peek();
        if (end.kind != Kind.EOF) {
            throw error(end, "unexpected '" + end.text + "' after the end of the graph");
        }
        return builder.build();
    }

    /** A leading '{' opens the whole graph unless it is a node group followed by an edge. */
    private boolean isWholeGraphBrace() {
        int depth = 0;
        for (int i = pos; i < tokens.size(); i++) {
            Kind k = tokens.get(i).kind;
            if (k == Kind.LBRACE) {
                depth++;
            } else if (k == Kind.RBRACE) {
                depth--;
                if (depth == 0) {
                    return i + 1 >= tokens.size() || tokens.get(i + 1).kind != Kind.ARROW;
                }
            }
        }
        return true;
    }

    private void body(Kind terminator) {
        while (peek().kind != terminator && peek().kind != Kind.EOF) {
            Token t = peek();
            if (t.kind == Kind.SEMI) {
                next();
                continue;
            }
            if ((t.kind == Kind.ID || t.kind == Kind.QUOTED) && peekAt(1).kind == Kind.EQUALS) {
                graphAttribute();
                continue;
            }
            chain();
        }
    }

    private void graphAttribute() {
        next();
        next();
        Token value = next();
        if (value.kind != Kind.ID && value.kind != Kind.QUOTED) {
            throw error(value, "expected a value after '='");
        }
    }

    private void chain() {
        List<String> left = term();
        if (peek().kind != Kind.ARROW) {
            if (peek().kind == Kind.LBRACKET) {
                nodeAttributes(left);
            }
            return;
        }
        while (peek().kind == Kind.ARROW) {
            Token arrow = next();
            List<String> right = term();
            for (String a : left) {
                for (String b : right) {
                    addEdge(arrow, a, b);
                }
            }
            if (peek().kind == Kind.LBRACKET) {
                skipAttributes();
            }
            left = right;
        }
    }

    private void addEdge(Token arrow, String a, String b) {
        if (a.equals(b)) {
            throw error(arrow, "self-loop " + a + " " + arrow.text + " " + b);
        }
        switch (arrow.text) {
            case "->" -> builder.edge(a, b);
            case "<-" -> builder.edge(b, a);
            case "<->" -> builder.bidirected(a, b);
            case "--" -> throw error(arrow, "undirected edge " + a + " -- " + b
                    + " is not allowed: a causal graph needs a direction (->) or latent confounding (<->)");
            default -> throw error(arrow, "edge type '" + arrow.text + "' (" + a + " " + arrow.text + " " + b
                    + ") is not supported: use ->, <- or <->");
        }
    }

    private List<String> term() {
        Token t = next();
        List<String> nodes = new ArrayList<>();
        switch (t.kind) {
            case ID, QUOTED -> nodes.add(t.text);
            case LBRACE -> {
                while (peek().kind != Kind.RBRACE) {
                    Token n = next();
                    if (n.kind == Kind.COMMA || n.kind == Kind.SEMI) {
                        continue;
                    }
                    if (n.kind != Kind.ID && n.kind != Kind.QUOTED) {
                        throw error(n, "expected a node name in the group, found '" + n.text + "'");
                    }
                    nodes.add(n.text);
                }
                next();
                if (nodes.isEmpty()) {
                    throw error(t, "empty node group {}");
                }
            }
            default -> throw error(t, "expected a node name, found '" + t.text + "'");
        }
        for (String n : nodes) {
            builder.node(n);
        }
        return nodes;
    }

    private void nodeAttributes(List<String> nodes) {
        expect(Kind.LBRACKET, "'['");
        while (true) {
            Token key = next();
            if (key.kind == Kind.RBRACKET) {
                return;
            }
            if (key.kind == Kind.COMMA) {
                continue;
            }
            if (key.kind != Kind.ID) {
                throw error(key, "expected an attribute name, found '" + key.text + "'");
            }
            String value = null;
            if (peek().kind == Kind.EQUALS) {
                next();
                Token v = next();
                if (v.kind != Kind.ID && v.kind != Kind.QUOTED) {
                    throw error(v, "expected a value for attribute '" + key.text + "'");
                }
                value = v.text;
            }
            applyAttribute(key, value, nodes);
        }
    }

    private void applyAttribute(Token key, String value, List<String> nodes) {
        if (key.text.equals("pos")) {
            if (value == null) {
                throw error(key, "attribute 'pos' needs a value, e.g. pos=\"0,1\"");
            }
            for (String n : nodes) {
                builder.position(n, value);
            }
            return;
        }
        NodeRole role = NodeRole.fromDagitty(key.text);
        if (role == null) {
            throw error(key, "unknown node attribute '" + key.text
                    + "'; known: exposure, outcome, latent, adjusted, selected, pos");
        }
        for (String n : nodes) {
            builder.role(n, role);
        }
    }

    private void skipAttributes() {
        Token open = next();
        while (peek().kind != Kind.RBRACKET) {
            if (peek().kind == Kind.EOF) {
                throw error(open, "unclosed '['");
            }
            next();
        }
        next();
    }

    // ------------------------------------------------------------------ tokens

    private Token peek() {
        return tokens.get(pos);
    }

    private Token peekAt(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    private Token next() {
        Token t = tokens.get(pos);
        if (t.kind != Kind.EOF) {
            pos++;
        }
        return t;
    }

    private void expect(Kind kind, String what) {
        Token t = next();
        if (t.kind != kind) {
            throw error(t, "expected " + what + " but found " + (t.kind == Kind.EOF ? "the end of the text" : "'" + t.text + "'"));
        }
    }

    private static GraphParseException error(Token at, String message) {
        return new GraphParseException(message, at.line, at.column);
    }

    private void tokenize() {
        int line = 1;
        int lineStart = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int column = i - lineStart + 1;
            if (c == '\n') {
                line++;
                lineStart = i + 1;
                i++;
                continue;
            }
            if (Character.isWhitespace(c) || c == '\uFEFF') {
                i++;
                continue;
            }
            switch (c) {
                case '{' -> tokens.add(new Token(Kind.LBRACE, "{", line, column));
                case '}' -> tokens.add(new Token(Kind.RBRACE, "}", line, column));
                case '[' -> tokens.add(new Token(Kind.LBRACKET, "[", line, column));
                case ']' -> tokens.add(new Token(Kind.RBRACKET, "]", line, column));
                case ';' -> tokens.add(new Token(Kind.SEMI, ";", line, column));
                case ',' -> tokens.add(new Token(Kind.COMMA, ",", line, column));
                case '=' -> tokens.add(new Token(Kind.EQUALS, "=", line, column));
                default -> {
                }
            }
            if ("{}[];,=".indexOf(c) >= 0) {
                i++;
                continue;
            }
            if (c == '"') {
                StringBuilder sb = new StringBuilder();
                int j = i + 1;
                while (j < n && text.charAt(j) != '"') {
                    char d = text.charAt(j);
                    if (d == '\\' && j + 1 < n) {
                        d = text.charAt(++j);
                    }
                    if (d == '\n') {
                        throw new GraphParseException("line break inside a quoted name", line, column);
                    }
                    sb.append(d);
                    j++;
                }
                if (j >= n) {
                    throw new GraphParseException("unterminated quoted name", line, column);
                }
                tokens.add(new Token(Kind.QUOTED, sb.toString(), line, column));
                i = j + 1;
                continue;
            }
            if (c == '-' || c == '<' || c == '@' || c == '>') {
                int j = i;
                while (j < n && "-<>@".indexOf(text.charAt(j)) >= 0) {
                    j++;
                }
                String arrow = text.substring(i, j);
                if (arrow.equals(">")) {
                    throw new GraphParseException("unexpected '>'", line, column);
                }
                tokens.add(new Token(Kind.ARROW, arrow, line, column));
                i = j;
                continue;
            }
            int j = i;
            while (j < n && isIdChar(text.charAt(j))) {
                j++;
            }
            if (j == i) {
                throw new GraphParseException("unexpected character '" + c + "'", line, column);
            }
            tokens.add(new Token(Kind.ID, text.substring(i, j), line, column));
            i = j;
        }
        tokens.add(new Token(Kind.EOF, "", line, n - lineStart + 1));
    }

    private static boolean isIdChar(char c) {
        return !Character.isWhitespace(c) && "{}[];,=\"-<>@".indexOf(c) < 0;
    }
}
