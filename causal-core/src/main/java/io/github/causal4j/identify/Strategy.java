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

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One way to identify a causal effect from a graph: its {@link Estimand}, whether the graph alone
 * identifies the effect this way (back-door, front-door, ID formula) or only under further
 * assumptions that are stated (instruments, proxies), and alternative sets of the same kind
 * (other valid adjustment sets, other front-door sets) for the analyst to choose from.
 *
 * @param estimand what the effect equals under this strategy
 * @param nonparametric whether the graph alone identifies the effect this way
 * @param assumptions what must hold beyond the graph (empty when {@code nonparametric})
 * @param alternatives other sets of the same kind (e.g. the minimal adjustment sets), possibly cut at a limit
 * @param alternativesComplete whether {@code alternatives} lists every such set
 */
public record Strategy(Estimand estimand, boolean nonparametric, String assumptions, List<Set<String>> alternatives,
        boolean alternativesComplete) {

    /** Validates and copies. */
    public Strategy {
        Objects.requireNonNull(estimand, "estimand");
        Objects.requireNonNull(assumptions, "assumptions");
        alternatives = List.copyOf(alternatives);
    }

    /** @return the estimand's kind: {@code backdoor}, {@code frontdoor}, {@code iv}, {@code proximal} or {@code id} */
    public String kind() {
        return estimand.kind();
    }

    /** @return e.g. {@code backdoor: P(y | do(x)) = Σ_z P(y | x, z) P(z)} */
    @Override
    public String toString() {
        return estimand.kind() + ": " + estimand.toText() + (assumptions.isEmpty() ? "" : " [assuming " + assumptions + "]");
    }
}
