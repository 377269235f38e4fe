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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExpressionTest {

    private static Expression p(List<String> vars, List<String> given) {
        return Expression.probability(vars, given);
    }

    @Test
    void marginalisationOfATerm() {
        assertEquals(p(List.of("y"), List.of("x")), Expression.sum(List.of("z"), p(List.of("y", "z"), List.of("x"))));
        assertTrue(Expression.sum(List.of("y"), p(List.of("y"), List.of("x"))).isOne());
        // summing over a condition is not a marginalisation: kept
        assertEquals("Σ_x P(y | x)", Expression.sum(List.of("x"), p(List.of("y"), List.of("x"))).toText());
    }

    @Test
    void sumsPullOutFactorsAndDropLeaves() {
        // Σ_{m,y} P(a) P(m | a) P(y | m) = P(a)
        Expression e = Expression.sum(List.of("m", "y"), Expression.product(List.of(p(List.of("a"), List.of()),
                p(List.of("m"), List.of("a")), p(List.of("y"), List.of("m")))));
        assertEquals("P(a)", e.toText());
        // Σ_z P(z) P(y | x, z) P(w): P(w) moves out of the sum
        Expression f = Expression.sum(List.of("z"), Expression.product(List.of(p(List.of("z"), List.of()),
                p(List.of("y"), List.of("x", "z")), p(List.of("w"), List.of()))));
        assertEquals("P(w) Σ_z P(z) P(y | x, z)", f.toText());
        // a variable the summand does not mention is kept: it multiplies by its number of values
        assertEquals("Σ_q P(y)", Expression.sum(List.of("q"), p(List.of("y"), List.of())).toText());
    }

    @Test
    void fractionsCancelAndCondition() {
        assertEquals("P(y | z, x)", Expression.fraction(p(List.of("y", "z"), List.of("x")), p(List.of("z"), List.of("x")))
                .toText());
        Expression a = p(List.of("a"), List.of());
        Expression b = p(List.of("b"), List.of("a"));
        Expression c = p(List.of("c"), List.of("b"));
        assertEquals("P(c | b)", Expression.fraction(Expression.product(List.of(a, b, c)), Expression.product(List.of(a, b)))
                .toText());
        assertEquals(a, Expression.fraction(a, Expression.one()));
    }

    @Test
    void renderingPrimesShadowedNamesAndEscapesLatex() {
        Expression inner = Expression.sum(List.of("x"), Expression.product(List.of(p(List.of("y"), List.of("x")),
                p(List.of("x"), List.of()))));
        Expression e = Expression.product(List.of(p(List.of("x"), List.of()), inner));
        assertEquals("P(x) Σ_x' P(y | x') P(x')", e.toText());
        assertEquals("P(\\mathit{age\\_group}) \\sum_{a, b} P(a, b)", Expression.product(List.of(
                p(List.of("age_group"), List.of()), new Sum(List.of("a", "b"), p(List.of("a", "b"), List.of()))))
                .toLatex());
        assertEquals("\\frac{P(a)}{P(b)}", new Fraction(p(List.of("a"), List.of()), p(List.of("b"), List.of())).toLatex());
    }

    @Test
    void invalidTermsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> p(List.of(), List.of("x")));
        assertThrows(IllegalArgumentException.class, () -> p(List.of("x"), List.of("x")));
        assertThrows(IllegalArgumentException.class, () -> new Sum(List.of(), Expression.one()));
    }

    @Test
    void estimandsRender() {
        Estimand.Backdoor bd = new Estimand.Backdoor(List.of("x"), List.of("y"), List.of("z"));
        assertEquals("P(y | do(x)) = Σ_z P(y | x, z) P(z)", bd.toText());
        assertEquals("P(y | do(x)) = P(y | x)", new Estimand.Backdoor(List.of("x"), List.of("y"), List.of()).toText());
        Estimand.Frontdoor fd = new Estimand.Frontdoor(List.of("x"), List.of("y"), List.of("m"));
        assertEquals("P(y | do(x)) = Σ_m P(m | x) Σ_x' P(y | x', m) P(x')", fd.toText());
        Estimand.Instrumental iv = new Estimand.Instrumental("x", "y", "z", List.of("w"));
        assertTrue(iv.formula().isEmpty());
        assertTrue(iv.toText().contains("no nonparametric formula"), iv.toText());
        Estimand.Proximal px = new Estimand.Proximal("a", "y", List.of("z"), List.of("w"), List.of("c"));
        assertTrue(px.formula().isEmpty());
        assertEquals("proximal", px.kind());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Estimand.Backdoor(List.of("x"), List.of("y"), List.of("x")));
        assertTrue(e.getMessage().contains("'x' cannot be both treatment and adjustment"), e.getMessage());
    }
}
