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
package io.github.causal4j.estimate.proximal;

/**
 * The proximal estimators. With {@code g = (1, Z, A, X)}, {@code k = (1, W, A, X)} and
 * {@code s = 2A - 1}:
 * <ul>
 * <li>{@link #P2SLS}: 2SLS of Y on (A, W, X) with W instrumented by Z (Tchetgen Tchetgen et al. 2024);
 * the effect is the coefficient of A (continuous or binary A);</li>
 * <li>{@link #POR}: the linear outcome bridge {@code h = b'k} from {@code E[g (Y - h)] = 0};
 * {@code ATE = E[h(W,1,X) - h(W,0,X)]};</li>
 * <li>{@link #PIPW}: the treatment bridge {@code q = 1 + exp(s t'g)} from
 * {@code E[s q (1, W, X)] = 0} and {@code E[A q - 1] = 0} (both implied by
 * {@code E[q | W, A, X] = 1/P(A | W, X)}); {@code ATE = E[s q Y]};</li>
 * <li>{@link #PDR}: {@code ATE = E[s q (Y - h) + h(W,1,X) - h(W,0,X)]}, consistent if either bridge is
 * (Cui et al. 2023, Theorem 3.2).</li>
 * </ul>
 */
public enum ProximalMethod {
    /** Proximal two-stage least squares. */
    P2SLS,
    /** Proximal outcome regression (outcome bridge). */
    POR,
    /** Proximal inverse probability weighting (treatment bridge). */
    PIPW,
    /** Proximal doubly robust. */
    PDR;

    /** @return the command-line name, e.g. {@code "pipw"} */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
