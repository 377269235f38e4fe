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

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * An identification formula: a functional of the observational distribution built from
 * {@linkplain Probability probability terms} {@code P(a | b)}, {@linkplain Product products},
 * {@linkplain Sum sums} (marginalisation over variables) and {@linkplain Fraction fractions}, as
 * the ID algorithm of Shpitser &amp; Pearl (2006) and the R package causaleffect (Tikka &amp;
 * Karvanen 2017) write them.
 *
 * <p>A variable name stands for the value of that variable. Names bound by a {@link Sum} range
 * over the variable's values; every other name is free and must be given a value to evaluate the
 * formula. Scoping is lexical: an inner sum over {@code x} shadows an outer {@code x}, and the
 * renderers print the inner one as {@code x'} (as in the front-door formula
 * {@code Σ_m P(m | x) Σ_x' P(y | x', m) P(x')}).
 *
 * <p>Build expressions with the factories {@link #probability}, {@link #product}, {@link #sum} and
 * {@link #fraction}: they apply the simplifications that hold for every distribution and keep the
 * output readable (flatten products, marginalise a summed variable out of the one probability
 * term that mentions it, pull factors that do not depend on the summed variables out of a sum,
 * turn {@code P(a, b | c) / P(b | c)} into {@code P(a | b, c)}, cancel equal factors of a
 * fraction). The records' own constructors build a node as given.
 */
public sealed interface Expression permits Probability, Product, Sum, Fraction {

    /** @return the variables whose values the expression depends on syntactically (not bound by a sum) */
    Set<String> freeVariables();

    /** @return the expression as plain text, e.g. {@code Σ_z P(y | x, z) P(z)} */
    default String toText() {
        return ExpressionRenderer.text(this);
    }

    /** @return the expression as LaTeX math, e.g. {@code \sum_{z} P(y \mid x, z) P(z)} */
    default String toLatex() {
        return ExpressionRenderer.latex(this);
    }

    /** @return the constant 1, written as the empty product */
    static Expression one() {
        return Product.ONE;
    }

    /** @return whether this is the constant 1 (the empty product) */
    default boolean isOne() {
        return this instanceof Product p && p.factors().isEmpty();
    }

    /**
     * @param variables the variables of the distribution, non-empty
     * @param given the conditioning variables, disjoint from {@code variables}
     * @return the term {@code P(variables | given)}
     */
    static Expression probability(Collection<String> variables, Collection<String> given) {
        return new Probability(List.copyOf(variables), List.copyOf(given));
    }

    /**
     * A simplified product: nested products are flattened, factors equal to 1 dropped, and
     * probability terms put before sums and fractions (multiplication commutes).
     *
     * @param factors the factors
     * @return their product (the factor itself when there is one, {@link #one()} when there is none)
     */
    static Expression product(Collection<? extends Expression> factors) {
        return Simplification.product(factors);
    }

    /**
     * A simplified marginalisation {@code Σ_over body}: see {@link Simplification#sum}.
     *
     * @param over the summed variables
     * @param body the summand
     * @return the simplified sum
     */
    static Expression sum(Collection<String> over, Expression body) {
        return Simplification.sum(over, body);
    }

    /**
     * A simplified ratio {@code numerator / denominator}: see {@link Simplification#fraction}.
     *
     * @param numerator the numerator
     * @param denominator the denominator
     * @return the simplified ratio
     */
    static Expression fraction(Expression numerator, Expression denominator) {
        return Simplification.fraction(numerator, denominator);
    }
}
