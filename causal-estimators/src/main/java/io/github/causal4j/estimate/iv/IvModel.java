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
package io.github.causal4j.estimate.iv;

import io.github.causal4j.identify.Instrument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The variables of a linear instrumental-variable model
 * {@code y = b0 + D'beta + X'gamma + u}, {@code E[u | Z, X] = 0}: the outcome, the endogenous
 * regressors D, the excluded instruments Z and the exogenous covariates X (which instrument
 * themselves, as in R's {@code ivreg(y ~ D + X | Z + X)}). A conditional instrument found by
 * identification ({@link Instrument}: z valid given W) enters with W among the covariates.
 *
 * @param outcome y
 * @param endogenous D, at least one
 * @param instruments Z, at least as many design columns as D (checked when fitting)
 * @param covariates X (may be empty)
 */
public record IvModel(String outcome, List<String> endogenous, List<String> instruments, List<String> covariates) {

    /**
     * Validates: no variable in two roles, no repeats.
     *
     * @throws IllegalArgumentException naming a variable listed in two roles or twice, or when fewer
     *     instruments than endogenous regressors are given
     */
    public IvModel {
        Objects.requireNonNull(outcome, "outcome");
        endogenous = List.copyOf(endogenous);
        instruments = List.copyOf(instruments);
        covariates = List.copyOf(covariates);
        if (endogenous.isEmpty()) {
            throw new IllegalArgumentException("an IV model needs at least one endogenous regressor (the treatment)");
        }
        if (instruments.isEmpty()) {
            throw new IllegalArgumentException("an IV model needs at least one instrument for " + endogenous);
        }
        if (instruments.size() < endogenous.size()) {
            throw new IllegalArgumentException("fewer instruments than endogenous regressors: " + instruments.size()
                    + " instrument(s) " + instruments + " for " + endogenous.size() + " endogenous regressor(s) "
                    + endogenous + "; the model is not identified (order condition)");
        }
        Set<String> seen = new HashSet<>();
        seen.add(outcome);
        check(endogenous, "endogenous regressor", seen, outcome, endogenous, instruments);
        check(instruments, "instrument", seen, outcome, endogenous, instruments);
        check(covariates, "covariate", seen, outcome, endogenous, instruments);
    }

    private static void check(List<String> names, String role, Set<String> seen, String outcome, List<String> endogenous,
            List<String> instruments) {
        Set<String> own = new HashSet<>();
        for (String v : names) {
            Objects.requireNonNull(v, role);
            if (!own.add(v)) {
                throw new IllegalArgumentException(role + " '" + v + "' is listed twice");
            }
            if (!seen.add(v)) {
                String other = v.equals(outcome) ? "the outcome" : endogenous.contains(v) ? "an endogenous regressor"
                        : instruments.contains(v) ? "an instrument" : "a covariate";
                String hint = role.equals("covariate") && other.equals("an instrument")
                        ? " (an exogenous covariate instruments itself; an excluded instrument must not enter the outcome "
                                + "equation)"
                        : "";
                throw new IllegalArgumentException(role + " '" + v + "' is also " + other + hint);
            }
        }
    }

    /**
     * A model with one endogenous regressor.
     *
     * @param outcome y
     * @param treatment the endogenous regressor
     * @param instruments excluded instruments
     * @param covariates exogenous covariates
     * @return the model
     */
    public static IvModel of(String outcome, String treatment, List<String> instruments, List<String> covariates) {
        return new IvModel(outcome, List.of(treatment), instruments, covariates);
    }

    /**
     * The model of a conditional instrument from identification
     * ({@link io.github.causal4j.identify.ConditionalInstruments#find}): its conditioning set becomes
     * the covariates, followed by {@code extraCovariates} not already in it.
     *
     * @param outcome y
     * @param treatment the endogenous regressor
     * @param instrument the instrument and its conditioning set
     * @param extraCovariates more exogenous covariates (e.g. for precision)
     * @return the model
     */
    public static IvModel of(String outcome, String treatment, Instrument instrument, List<String> extraCovariates) {
        List<String> x = new ArrayList<>(instrument.conditioning());
        for (String c : extraCovariates) {
            if (!x.contains(c)) {
                x.add(c);
            }
        }
        return new IvModel(outcome, List.of(treatment), List.of(instrument.instrument()), x);
    }

    /** @return dagitty-free notation, e.g. {@code "lpacks ~ lrprice + lrincome | tdiff + taxcpi + lrincome"} */
    @Override
    public String toString() {
        List<String> rhs = new ArrayList<>(endogenous);
        rhs.addAll(covariates);
        List<String> inst = new ArrayList<>(instruments);
        inst.addAll(covariates);
        return outcome + " ~ " + String.join(" + ", rhs) + " | " + String.join(" + ", inst);
    }
}
