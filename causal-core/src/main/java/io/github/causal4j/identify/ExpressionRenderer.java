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
package io.github.causal4j.identify;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Prints expressions as text or LaTeX. A summed variable whose name is already in use (free in the
 * whole formula, or bound by an enclosing sum) is printed with a prime, as in the front-door
 * formula {@code Σ_m P(m | x) Σ_x' P(y | x', m) P(x')}: the expression itself keeps the names,
 * so it still evaluates on data columns of those names.
 */
final class ExpressionRenderer {

    private final boolean latex;

    private ExpressionRenderer(boolean latex) {
        this.latex = latex;
    }

    static String text(Expression e) {
        return new ExpressionRenderer(false).root(e);
    }

    static String latex(Expression e) {
        return new ExpressionRenderer(true).root(e);
    }

    private String root(Expression e) {
        Map<String, String> display = new HashMap<>();
        Set<String> used = new HashSet<>();
        for (String v : e.freeVariables()) {
            display.put(v, v);
            used.add(v);
        }
        return render(e, display, used);
    }

    private String render(Expression e, Map<String, String> display, Set<String> used) {
        if (e instanceof Probability p) {
            return probability(p, display);
        }
        if (e instanceof Product p) {
            return product(p, display, used);
        }
        if (e instanceof Sum s) {
            return sum(s, display, used);
        }
        Fraction f = (Fraction) e;
        String n = render(f.numerator(), display, used);
        String d = render(f.denominator(), display, used);
        if (latex) {
            return "\\frac{" + n + "}{" + d + "}";
        }
        return group(f.numerator(), n) + " / " + group(f.denominator(), d);
    }

    private String group(Expression e, String rendered) {
        return e instanceof Probability ? rendered : "[" + rendered + "]";
    }

    private String probability(Probability p, Map<String, String> display) {
        String vars = names(p.variables(), display);
        if (p.given().isEmpty()) {
            return "P(" + vars + ")";
        }
        return "P(" + vars + (latex ? " \\mid " : " | ") + names(p.given(), display) + ")";
    }

    private String product(Product p, Map<String, String> display, Set<String> used) {
        if (p.factors().isEmpty()) {
            return "1";
        }
        StringBuilder sb = new StringBuilder();
        List<Expression> factors = p.factors();
        for (int i = 0; i < factors.size(); i++) {
            Expression f = factors.get(i);
            String r = render(f, display, used);
            boolean last = i == factors.size() - 1;
            if (f instanceof Fraction || (f instanceof Sum && !last)) {
                r = latex ? "\\left(" + r + "\\right)" : "(" + r + ")";
            }
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(r);
        }
        return sb.toString();
    }

    private String sum(Sum s, Map<String, String> display, Set<String> used) {
        Map<String, String> inner = new HashMap<>(display);
        Set<String> innerUsed = new HashSet<>(used);
        for (String v : s.over()) {
            String name = v;
            while (innerUsed.contains(name)) {
                name = name + "'";
            }
            inner.put(v, name);
            innerUsed.add(name);
        }
        String index = s.over().stream().map(v -> variable(inner.get(v))).collect(Collectors.joining(", "));
        String body = render(s.body(), inner, innerUsed);
        if (latex) {
            return "\\sum_{" + index + "} " + body;
        }
        return (s.over().size() == 1 ? "Σ_" + index : "Σ_{" + index + "}") + " " + body;
    }

    private String names(List<String> vars, Map<String, String> display) {
        return vars.stream().map(v -> variable(display.getOrDefault(v, v))).collect(Collectors.joining(", "));
    }

    private String variable(String name) {
        if (!latex) {
            return name;
        }
        int primes = 0;
        while (name.endsWith("'")) {
            name = name.substring(0, name.length() - 1);
            primes++;
        }
        String base = name.length() == 1 && Character.isLetter(name.charAt(0)) ? name
                : "\\mathit{" + escape(name) + "}";
        return base + "'".repeat(primes);
    }

    private static String escape(String name) {
        StringBuilder sb = new StringBuilder();
        for (char c : name.toCharArray()) {
            switch (c) {
                case '_', '&', '%', '$', '#', '{', '}' -> sb.append('\\').append(c);
                case '\\' -> sb.append("\\backslash ");
                case '^' -> sb.append("\\hat{}");
                case '~' -> sb.append("\\sim ");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
