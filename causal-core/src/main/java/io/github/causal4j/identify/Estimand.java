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
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a causal effect equals in terms of observable quantities, for one identification strategy.
 * The families are closed: back-door adjustment, front-door adjustment, an instrumental variable,
 * proximal causal inference, and a general formula from the ID algorithm.
 *
 * <p>Back-door, front-door and ID estimands carry a nonparametric {@link #formula()} in terms of
 * the observational distribution. Instrumental and proximal estimands are descriptive: the graph
 * alone does not identify {@code P(y | do(x))} there, and the effect is identified only under
 * further assumptions (homogeneity or monotonicity for instruments; completeness of the proxies'
 * distribution for proximal inference), which the text states.
 */
public sealed interface Estimand permits Estimand.Backdoor, Estimand.Frontdoor, Estimand.Instrumental,
        Estimand.Proximal, Estimand.IdFormula {

    /** @return the strategy's short name: {@code backdoor}, {@code frontdoor}, {@code iv}, {@code proximal} or {@code id} */
    String kind();

    /** @return the nonparametric formula in terms of the observational distribution, if the strategy has one */
    Optional<Expression> formula();

    /** @return the estimand as one line of text */
    String toText();

    /** @return the estimand as LaTeX math */
    String toLatex();

    /**
     * Back-door (covariate) adjustment (Pearl 1995; Shpitser, VanderWeele &amp; Robins 2010):
     * {@code P(y | do(x)) = Σ_z P(y | x, z) P(z)} for a valid adjustment set {@code z}.
     *
     * @param treatments X (non-empty)
     * @param outcomes Y (non-empty)
     * @param adjustment the adjustment set Z (may be empty: then {@code P(y | do(x)) = P(y | x)})
     */
    record Backdoor(List<String> treatments, List<String> outcomes, List<String> adjustment) implements Estimand {

        /** Validates and copies. */
        public Backdoor {
            treatments = List.copyOf(treatments);
            outcomes = List.copyOf(outcomes);
            adjustment = List.copyOf(adjustment);
            Checks.roles(List.of(treatments, outcomes, adjustment), List.of("treatment", "outcome", "adjustment"),
                    2);
        }

        @Override
        public String kind() {
            return "backdoor";
        }

        /** @return {@code Σ_z P(y | x, z) P(z)} */
        @Override
        public Optional<Expression> formula() {
            List<String> given = new ArrayList<>(treatments);
            given.addAll(adjustment);
            Expression body = Expression.product(List.of(Expression.probability(outcomes, given),
                    adjustment.isEmpty() ? Expression.one() : Expression.probability(adjustment, List.of())));
            return Optional.of(Expression.sum(adjustment, body));
        }

        @Override
        public String toText() {
            return CausalQuery.of(outcomes, treatments).toText() + " = " + formula().orElseThrow().toText();
        }

        @Override
        public String toLatex() {
            return CausalQuery.of(outcomes, treatments).toLatex() + " = " + formula().orElseThrow().toLatex();
        }

        @Override
        public String toString() {
            return "backdoor: " + toText();
        }
    }

    /**
     * Front-door adjustment (Pearl 1995): for a front-door set of mediators {@code m},
     * {@code P(y | do(x)) = Σ_m P(m | x) Σ_x' P(y | x', m) P(x')}.
     *
     * @param treatments X (non-empty)
     * @param outcomes Y (non-empty)
     * @param mediators the front-door set M (empty when no directed path leads from X to Y: the
     *     formula is then {@code Σ_x' P(y | x') P(x') = P(y)})
     */
    record Frontdoor(List<String> treatments, List<String> outcomes, List<String> mediators) implements Estimand {

        /** Validates and copies. */
        public Frontdoor {
            treatments = List.copyOf(treatments);
            outcomes = List.copyOf(outcomes);
            mediators = List.copyOf(mediators);
            Checks.roles(List.of(treatments, outcomes, mediators), List.of("treatment", "outcome", "mediator"), 2);
        }

        @Override
        public String kind() {
            return "frontdoor";
        }

        /** @return {@code Σ_m P(m | x) Σ_x' P(y | x', m) P(x')} */
        @Override
        public Optional<Expression> formula() {
            List<String> xm = new ArrayList<>(treatments);
            xm.addAll(mediators);
            Expression inner = Expression.sum(treatments, Expression.product(List.of(
                    Expression.probability(outcomes, xm), Expression.probability(treatments, List.of()))));
            if (mediators.isEmpty()) {
                return Optional.of(inner);
            }
            return Optional.of(Expression.sum(mediators, Expression.product(List.of(
                    Expression.probability(mediators, treatments), inner))));
        }

        @Override
        public String toText() {
            return CausalQuery.of(outcomes, treatments).toText() + " = " + formula().orElseThrow().toText();
        }

        @Override
        public String toLatex() {
            return CausalQuery.of(outcomes, treatments).toLatex() + " = " + formula().orElseThrow().toLatex();
        }

        @Override
        public String toString() {
            return "frontdoor: " + toText();
        }
    }

    /**
     * An instrument {@code z} for the effect of {@code x} on {@code y}, conditional on a set
     * {@code w} (van der Zander, Textor &amp; Liśkiewicz 2015). Descriptive: an instrument does not
     * identify {@code P(y | do(x))} nonparametrically (Pearl 2009, Sec. 8.2); with a linear,
     * homogeneous effect the effect is the ratio {@code Cov(y, z | w) / Cov(x, z | w)}, and with a
     * binary instrument and monotone treatment it is a local average effect (Imbens &amp; Angrist 1994).
     *
     * @param treatment x
     * @param outcome y
     * @param instrument z
     * @param conditioning the conditioning set w (may be empty)
     */
    record Instrumental(String treatment, String outcome, String instrument, List<String> conditioning)
            implements Estimand {

        /** Validates and copies. */
        public Instrumental {
            conditioning = List.copyOf(conditioning);
            Checks.roles(List.of(List.of(treatment), List.of(outcome), List.of(instrument), conditioning),
                    List.of("treatment", "outcome", "instrument", "conditioning"), 3);
        }

        @Override
        public String kind() {
            return "iv";
        }

        /** @return empty: an instrument gives no nonparametric formula for {@code P(y | do(x))} */
        @Override
        public Optional<Expression> formula() {
            return Optional.empty();
        }

        @Override
        public String toText() {
            String w = conditioning.isEmpty() ? "" : " | " + String.join(", ", conditioning);
            return "instrument " + instrument + (conditioning.isEmpty() ? "" : " given " + String.join(", ", conditioning))
                    + " for " + treatment + " -> " + outcome + "; no nonparametric formula for P(" + outcome + " | do("
                    + treatment + ")); under a linear homogeneous effect, effect = Cov(" + outcome + ", " + instrument + w
                    + ") / Cov(" + treatment + ", " + instrument + w + ")";
        }

        @Override
        public String toLatex() {
            String w = conditioning.isEmpty() ? "" : " \\mid " + String.join(", ", conditioning);
            return "\\beta_{" + treatment + " \\to " + outcome + "} = \\frac{\\operatorname{Cov}(" + outcome + ", "
                    + instrument + w + ")}{\\operatorname{Cov}(" + treatment + ", " + instrument + w
                    + ")} \\quad \\text{(linear, homogeneous effect only)}";
        }

        @Override
        public String toString() {
            return "iv: " + toText();
        }
    }

    /**
     * Proximal causal inference (Miao, Geng &amp; Tchetgen Tchetgen 2018; Tchetgen Tchetgen et al.
     * 2024) with treatment-side proxies Z, outcome-side proxies W and covariates X. Descriptive:
     * {@code E[y(a)] = E[h(W, a, X)]} for an outcome bridge function {@code h} solving
     * {@code E[y | Z, a, X] = E[h(W, a, X) | Z, a, X]}; whether the bridge exists and is unique
     * (completeness) cannot be read from a graph.
     *
     * @param treatment A
     * @param outcome Y
     * @param treatmentProxies Z (non-empty)
     * @param outcomeProxies W (non-empty)
     * @param covariates X (may be empty)
     */
    record Proximal(String treatment, String outcome, List<String> treatmentProxies, List<String> outcomeProxies,
            List<String> covariates) implements Estimand {

        /** Validates and copies. */
        public Proximal {
            treatmentProxies = List.copyOf(treatmentProxies);
            outcomeProxies = List.copyOf(outcomeProxies);
            covariates = List.copyOf(covariates);
            Checks.roles(List.of(List.of(treatment), List.of(outcome), treatmentProxies, outcomeProxies, covariates),
                    List.of("treatment", "outcome", "treatment proxy", "outcome proxy", "covariate"), 4);
        }

        @Override
        public String kind() {
            return "proximal";
        }

        /** @return empty: the bridge function is defined by an integral equation, not a formula in P */
        @Override
        public Optional<Expression> formula() {
            return Optional.empty();
        }

        @Override
        public String toText() {
            String w = String.join(", ", outcomeProxies);
            String z = String.join(", ", treatmentProxies);
            String x = covariates.isEmpty() ? "" : ", " + String.join(", ", covariates);
            return "E[" + outcome + "(a)] = E[h(" + w + ", a" + x + ")] where the outcome bridge h solves E[" + outcome
                    + " | " + z + ", " + treatment + x + "] = E[h(" + w + ", " + treatment + x + ") | " + z + ", "
                    + treatment + x + "]; no nonparametric formula in P alone (needs completeness of the proxies)";
        }

        @Override
        public String toLatex() {
            String w = String.join(", ", outcomeProxies);
            String z = String.join(", ", treatmentProxies);
            String x = covariates.isEmpty() ? "" : ", " + String.join(", ", covariates);
            return "E[" + outcome + "(a)] = E[h(" + w + ", a" + x + ")],\\quad E[" + outcome + " \\mid " + z + ", "
                    + treatment + x + "] = E[h(" + w + ", " + treatment + x + ") \\mid " + z + ", " + treatment + x + "]";
        }

        @Override
        public String toString() {
            return "proximal: " + toText();
        }
    }

    /**
     * The formula the ID algorithm (Shpitser &amp; Pearl 2006) or IDC (Shpitser &amp; Pearl 2006b)
     * finds for a query.
     *
     * @param query the query
     * @param expression its value as a functional of the observational distribution
     */
    record IdFormula(CausalQuery query, Expression expression) implements Estimand {

        /** Validates. */
        public IdFormula {
            Objects.requireNonNull(query, "query");
            Objects.requireNonNull(expression, "expression");
        }

        @Override
        public String kind() {
            return "id";
        }

        @Override
        public Optional<Expression> formula() {
            return Optional.of(expression);
        }

        @Override
        public String toText() {
            return query.toText() + " = " + expression.toText();
        }

        @Override
        public String toLatex() {
            return query.toLatex() + " = " + expression.toLatex();
        }

        @Override
        public String toString() {
            return "id: " + toText();
        }
    }

    /** Argument checks shared by the estimand records. */
    final class Checks {

        private Checks() {
        }

        /** Names non-null and non-blank, the first {@code required} roles non-empty, all roles pairwise disjoint. */
        static void roles(List<List<String>> sets, List<String> names, int required) {
            for (int i = 0; i < sets.size(); i++) {
                List<String> s = sets.get(i);
                for (String v : s) {
                    if (v == null || v.isBlank()) {
                        throw new IllegalArgumentException("a " + names.get(i) + " name is null or empty");
                    }
                }
                if (i < required && s.isEmpty()) {
                    throw new IllegalArgumentException("at least one " + names.get(i) + " is required");
                }
                for (int j = 0; j < i; j++) {
                    for (String v : s) {
                        if (sets.get(j).contains(v)) {
                            throw new IllegalArgumentException("'" + v + "' cannot be both " + names.get(j) + " and "
                                    + names.get(i));
                        }
                    }
                }
            }
        }
    }
}
