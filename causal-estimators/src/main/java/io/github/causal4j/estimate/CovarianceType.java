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
package io.github.causal4j.estimate;

/**
 * How the covariance of least-squares coefficients is estimated, with the conventions of R's
 * {@code summary.lm} (classical) and {@code sandwich::vcovHC} (HC0–HC3). With
 * {@code B = (X'X)^{-1}}, residuals {@code e_i}, leverages {@code h_ii} and k estimated
 * coefficients:
 *
 * <ul>
 * <li>{@link #CLASSICAL}: {@code s^2 B}, {@code s^2 = sum e_i^2 / (n - k)};</li>
 * <li>{@link #HC0}: {@code B (sum e_i^2 x_i x_i') B} (White 1980, Econometrica 48:817);</li>
 * <li>{@link #HC1}: {@code n/(n-k)} times HC0 (MacKinnon &amp; White 1985, J. Econometrics 29:305);</li>
 * <li>{@link #HC2}: {@code e_i^2/(1 - h_ii)} in place of {@code e_i^2};</li>
 * <li>{@link #HC3}: {@code e_i^2/(1 - h_ii)^2} (Long &amp; Ervin 2000, Am. Statistician 54:217).</li>
 * </ul>
 *
 * With clusters (see {@link LinearRegression#clusteredBy(java.util.List)}) the meat is built from
 * cluster sums of scores {@code u_g = X_g'e_g}, as R's {@code sandwich::vcovCL}: HC0 with the factor
 * {@code G/(G-1)}, HC1 with {@code G/(G-1) * (n-1)/(n-k)} (the default). For least squares, HC2 and
 * HC3 use {@code u_g = X_g' A_g e_g} with {@code A_g = (I - H_gg)^{-1/2}} or {@code (I - H_gg)^{-1}},
 * {@code H_gg = X_g B X_g'} (Bell &amp; McCaffrey 2002; Cameron &amp; Miller 2015, Sec. VI.B) and no
 * G/(G-1) factor (vcovCL's {@code sqrt((G-1)/G)} on the adjusted scores cancels it); with clusters
 * of one row they are the unclustered HC2/HC3. Instrumental-variable estimators cluster as HC0/HC1 only.
 */
public enum CovarianceType {
    /** Homoskedastic: {@code s^2 (X'X)^{-1}}. */
    CLASSICAL,
    /** White's heteroskedasticity-consistent estimator. */
    HC0,
    /** HC0 with the degrees-of-freedom factor {@code n/(n-k)} (Stata's {@code robust}). */
    HC1,
    /** Leverage-adjusted: squared residuals divided by {@code 1 - h_ii}. */
    HC2,
    /** Jackknife-like: squared residuals divided by {@code (1 - h_ii)^2}. */
    HC3;

    /** @return the lower-case name used on the command line ({@code "hc1"}) */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
