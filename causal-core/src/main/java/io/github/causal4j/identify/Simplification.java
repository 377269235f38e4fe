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

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The simplifications the {@link Expression} factories apply. Each holds for every probability
 * distribution in which the terms are defined, so a simplified formula has the same value as the
 * unsimplified one wherever the latter is defined (Tikka &amp; Karvanen 2017, "Simplifying
 * probabilistic expressions in causal inference", JMLR 18, give the same rules):
 *
 * <ul>
 *   <li>{@code Σ_a P(a, b | c) = P(b | c)} and {@code Σ_{a,b} P(a, b | c) = 1};</li>
 *   <li>{@code Σ_a F · G = F · Σ_a G} when {@code F} does not mention {@code a};</li>
 *   <li>{@code Σ_a P(a, b | c) · G = P(b | c) · G} when no factor of {@code G} mentions {@code a};</li>
 *   <li>{@code Σ_a Σ_b f = Σ_{a,b} f} for disjoint {@code a}, {@code b};</li>
 *   <li>{@code (F · G) / (F · H) = G / H} and {@code P(a, b | c) / P(b | c) = P(a | b, c)}.</li>
 * </ul>
 *
 * A sum over a variable that the summand does not mention is kept: it multiplies by the number of
 * values of that variable, which only data can tell.
 */
final class Simplification {

    private Simplification() {
    }

    static Expression product(Collection<? extends Expression> factors) {
        List<Expression> terms = new ArrayList<>();
        List<Expression> others = new ArrayList<>();
        for (Expression f : factors) {
            Objects.requireNonNull(f, "factor");
            if (f instanceof Product p) {
                for (Expression g : p.factors()) {
                    (g instanceof Probability ? terms : others).add(g);
                }
            } else {
                (f instanceof Probability ? terms : others).add(f);
            }
        }
        terms.addAll(others);
        if (terms.isEmpty()) {
            return Product.ONE;
        }
        return terms.size() == 1 ? terms.get(0) : new Product(terms);
    }

    /**
     * @param over summed variables
     * @param body summand
     * @return the simplified {@code Σ_over body}
     */
    static Expression sum(Collection<String> over, Expression body) {
        Objects.requireNonNull(body, "body");
        List<String> summed = new ArrayList<>(new LinkedHashSet<>(over));
        if (summed.isEmpty()) {
            return body;
        }
        if (body instanceof Sum inner && disjoint(summed, inner.over())) {
            List<String> merged = new ArrayList<>(summed);
            merged.addAll(inner.over());
            return sum(merged, inner.body());
        }
        if (body instanceof Probability p) {
            return sumOfProbability(summed, p);
        }
        if (body instanceof Product p) {
            return sumOfProduct(summed, p.factors());
        }
        return new Sum(summed, body);
    }

    private static Expression sumOfProbability(List<String> summed, Probability p) {
        List<String> kept = new ArrayList<>(p.variables());
        List<String> rest = new ArrayList<>();
        for (String a : summed) {
            if (!kept.remove(a)) {
                rest.add(a);
            }
        }
        Expression marginal = kept.isEmpty() ? Product.ONE : new Probability(kept, p.given());
        return rest.isEmpty() ? marginal : new Sum(rest, marginal);
    }

    private static Expression sumOfProduct(List<String> summed, List<Expression> factors) {
        List<String> remaining = new ArrayList<>(summed);
        List<Expression> inside = new ArrayList<>(factors);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int k = 0; k < remaining.size() && !changed; k++) {
                String a = remaining.get(k);
                int holder = -1;
                int count = 0;
                for (int i = 0; i < inside.size(); i++) {
                    if (inside.get(i).freeVariables().contains(a)) {
                        count++;
                        holder = i;
                    }
                }
                if (count == 1 && inside.get(holder) instanceof Probability p && p.variables().contains(a)) {
                    List<String> kept = new ArrayList<>(p.variables());
                    kept.remove(a);
                    if (kept.isEmpty()) {
                        inside.remove(holder);
                    } else {
                        inside.set(holder, new Probability(kept, p.given()));
                    }
                    remaining.remove(k);
                    changed = true;
                }
            }
        }
        List<Expression> outside = new ArrayList<>();
        List<Expression> dependent = new ArrayList<>();
        for (Expression f : inside) {
            (disjoint(remaining, f.freeVariables()) ? outside : dependent).add(f);
        }
        if (remaining.isEmpty()) {
            return product(inside);
        }
        Expression body = product(dependent);
        Expression summedPart = body instanceof Product ? new Sum(remaining, body) : sum(remaining, body);
        outside.add(summedPart);
        return product(outside);
    }

    /**
     * @param numerator numerator
     * @param denominator denominator
     * @return the simplified ratio
     */
    static Expression fraction(Expression numerator, Expression denominator) {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.isOne()) {
            return numerator;
        }
        List<Expression> top = factorsOf(numerator);
        List<Expression> bottom = factorsOf(denominator);
        for (int i = bottom.size() - 1; i >= 0; i--) {
            if (top.remove(bottom.get(i))) {
                bottom.remove(i);
            }
        }
        if (bottom.isEmpty()) {
            return product(top);
        }
        if (top.size() == 1 && bottom.size() == 1 && top.get(0) instanceof Probability n
                && bottom.get(0) instanceof Probability d && conditional(n, d) != null) {
            return conditional(n, d);
        }
        return new Fraction(product(top), product(bottom));
    }

    /** {@code P(a, b | c) / P(b | c) = P(a | b, c)}, or {@code null} when the terms do not have that shape. */
    private static Probability conditional(Probability numerator, Probability denominator) {
        if (!Set.copyOf(numerator.given()).equals(Set.copyOf(denominator.given()))
                || !numerator.variables().containsAll(denominator.variables())
                || numerator.variables().size() == denominator.variables().size()) {
            return null;
        }
        List<String> head = new ArrayList<>(numerator.variables());
        head.removeAll(denominator.variables());
        List<String> given = new ArrayList<>(denominator.variables());
        given.addAll(numerator.given());
        return new Probability(head, given);
    }

    private static List<Expression> factorsOf(Expression e) {
        return e instanceof Product p ? new ArrayList<>(p.factors()) : new ArrayList<>(List.of(e));
    }

    private static boolean disjoint(Collection<String> a, Collection<String> b) {
        for (String s : a) {
            if (b.contains(s)) {
                return false;
            }
        }
        return true;
    }
}
