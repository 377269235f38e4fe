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
package io.github.causal4j.examples;

import static io.github.causal4j.examples.Programs.relative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.github.causal4j.estimate.Estimate;
import io.github.causal4j.estimate.iv.AndersonRubinSet;
import io.github.causal4j.estimate.iv.IvFit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * References: docs/reference-scripts/estimation_iv.R (R 4.2.2, AER 1.2-10 {@code ivreg},
 * {@code summary(diagnostics = TRUE)}; LIML and the Anderson–Rubin set from their definitions),
 * Stock &amp; Watson eq. 12.16. Tolerances as IvReferenceTest: 1e-9 relative, 1e-7 on the AR roots.
 */
class CigarettesInstrumentsTest {

    @Test
    void twoStageLeastSquaresLimlAndTheDiagnosticsAsR() throws Exception {
        CigarettesInstruments.Result r = CigarettesInstruments.analyze(Programs.DATASETS);
        IvFit fit = r.twoStage();
        assertEquals(List.of("tdiff", "taxcpi"), fit.model().instruments(), "identification's instruments");
        assertEquals(List.of("lrincome"), fit.model().covariates());
        Estimate tsls = r.analysis().primaryEstimate().orElseThrow();
        relative(-1.27742413342728, tsls.value(), 1e-9, "2SLS");
        relative(0.26319859027975, tsls.stdError(), 1e-9, "2SLS SE");
        assertEquals(tsls.value(), fit.coefficient("lrprice").estimate(), 0, "the fit is the run's 2SLS");
        relative(-1.27644190307083, r.analysis().estimate("liml").orElseThrow().estimate().orElseThrow().value(), 1e-9,
                "LIML");
        relative(244.733753555916, fit.firstStages().get(0).f().statistic(), 1e-9, "first-stage F");
        relative(0.332622141936534, fit.sargan().orElseThrow().statistic(), 1e-9, "Sargan");
        relative(0.564119140017569, fit.sargan().orElseThrow().pValue(), 1e-9, "Sargan p");
        AndersonRubinSet.Interval ar = assertInstanceOf(AndersonRubinSet.Interval.class, fit.andersonRubinSet(0.95));
        relative(-1.91703419511181, ar.lower(), 1e-7, "AR lower");
        relative(-0.596225144532397, ar.upper(), 1e-7, "AR upper");

        String out = Programs.output(CigarettesInstruments::main);
        Programs.mentions(out, "instrumental variables [tdiff, taxcpi]", "-1.27742", "-1.27644",
                "first-stage F 244.733754", "strong (F >= 10)",
                "Sargan over-identification test 0.332622, p = 0.5641", "[-1.91703, -0.596225]");
    }
}
