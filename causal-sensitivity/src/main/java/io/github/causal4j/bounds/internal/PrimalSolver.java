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
package io.github.causal4j.bounds.internal;

/**
 * One way of solving a presolved program {@code optimise c'q subject to A q = b, q >= 0} (columns
 * already made distinct). {@link LinearProgram} tries several in turn until one's solution carries a
 * {@link DualCertificate}; tests substitute faulty ones.
 */
@FunctionalInterface
interface PrimalSolver {

    /**
     * @param objective {@code c}, one coefficient per column
     * @param rows the rows of {@code A}
     * @param rhs {@code b}
     * @param maximize whether to maximise (else minimise)
     * @return the solution
     */
    Solution solve(double[] objective, double[][] rows, double[] rhs, boolean maximize);

    /**
     * What a solver reports.
     *
     * @param status how it ended
     * @param point the optimal {@code q} (meaningful only when optimal)
     * @param value the reported optimum (meaningful only when optimal)
     */
    record Solution(LinearProgram.Status status, double[] point, double value) {
    }
}
