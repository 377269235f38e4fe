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

import io.github.causal4j.result.Report;
import java.util.Objects;

/**
 * The answer of the ID or IDC algorithm to a {@link CausalQuery}: either a formula or, when the
 * query is not identifiable from the graph, the {@link Hedge} that proves it. Not identifiable is a
 * result, not an exception.
 */
public sealed interface IdResult permits IdResult.Identified, IdResult.NotIdentified {

    /** @return the query answered */
    CausalQuery query();

    /** @return whether the query is identifiable */
    boolean identifiable();

    /** @return a text and Markdown report */
    Report report();

    /**
     * The query is identifiable and equals the estimand's formula.
     *
     * @param estimand the formula with its query
     */
    record Identified(Estimand.IdFormula estimand) implements IdResult {

        /** Validates. */
        public Identified {
            Objects.requireNonNull(estimand, "estimand");
        }

        @Override
        public CausalQuery query() {
            return estimand.query();
        }

        @Override
        public boolean identifiable() {
            return true;
        }

        /** @return the formula */
        public Expression formula() {
            return estimand.expression();
        }

        @Override
        public Report report() {
            String text = "Identifiable: " + estimand.toText();
            String md = "**Identifiable** (Shpitser & Pearl ID algorithm)\n\n$$" + estimand.toLatex() + "$$\n";
            return new Report(text, md);
        }

        /** @return e.g. {@code identifiable: P(y | do(x)) = Σ_z P(y | x, z) P(z)} */
        @Override
        public String toString() {
            return "identifiable: " + estimand.toText();
        }
    }

    /**
     * The query is not identifiable: the hedge is the witness.
     *
     * @param query the query
     * @param hedge the hedge found by the ID algorithm
     */
    record NotIdentified(CausalQuery query, Hedge hedge) implements IdResult {

        /** Validates. */
        public NotIdentified {
            Objects.requireNonNull(query, "query");
            Objects.requireNonNull(hedge, "hedge");
        }

        @Override
        public boolean identifiable() {
            return false;
        }

        @Override
        public Report report() {
            String text = "Not identifiable: " + query.toText() + "; witness: " + hedge;
            String md = "**Not identifiable**: $" + query.toLatex() + "$\n\nWitness (Shpitser & Pearl hedge): F = {"
                    + String.join(", ", hedge.f()) + "}, F' = {" + String.join(", ", hedge.fPrime()) + "}\n";
            return new Report(text, md);
        }

        /** @return e.g. {@code not identifiable: P(y | do(x)); hedge F = {x, y}, F' = {y}} */
        @Override
        public String toString() {
            return "not identifiable: " + query.toText() + "; " + hedge;
        }
    }
}
