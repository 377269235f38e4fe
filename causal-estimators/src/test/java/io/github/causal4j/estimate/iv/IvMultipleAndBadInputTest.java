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

import static io.github.causal4j.estimate.iv.IvReferenceTest.close;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.CausalException;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.CollinearityException;
import io.github.causal4j.estimate.CovarianceType;
import io.github.causal4j.estimate.TestData;
import io.github.causal4j.identify.Instrument;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Several endogenous regressors against R, and the errors bad input must give. */
class IvMultipleAndBadInputTest {

    static final Dataset CARD = TestData.read("card1995.csv");
    static final IvModel TWO = new IvModel("lwage", List.of("educ", "exper"), List.of("nearc4", "nearc2", "south66"),
            List.of("black", "smsa", "south"));

    @Test
    void twoEndogenousRegressorsAsAer() {
        // docs/reference-scripts/estimation_iv.R, "card2" (R 4.2.2, AER 1.2-10, sandwich 3.0-2)
        IvFit fit = InstrumentalVariables.twoStageLeastSquares().fit(CARD, TWO);
        String[] names = {"(Intercept)", "educ", "exper", "black", "smsa", "south"};
        double[] b = {2.54531878492621, 0.112011563343383, 0.241785136726312, -0.366124455064244, 0.35493285397545,
            -0.193168562211654};
        double[] se = {2.09122860321131, 0.0915887837247461, 0.174474468816178, 0.235509465770028, 0.210035971573891,
            0.0888017024346029};
        for (int a = 0; a < names.length; a++) {
            close(b[a], fit.coefficient(names[a]).estimate(), 1e-8);
            close(se[a], fit.coefficient(names[a]).stdError(), 1e-8);
        }
        close(4.58912942525141, fit.firstStages().get(0).f().statistic(), 1e-8);
        close(0.4861982896713, fit.firstStages().get(1).f().statistic(), 1e-8);
        close(3.7142985757871, fit.wuHausman().statistic(), 1e-8);
        assertEquals(2, fit.wuHausman().df1());
        close(0.0440072147671822, fit.sargan().orElseThrow().statistic(), 1e-8);
        assertEquals(2, fit.warnings().size(), fit.warnings().toString());
        IvFit hc1 = InstrumentalVariables.twoStageLeastSquares().withCovariance(CovarianceType.HC1).fit(CARD, TWO);
        double[] hc1se = {2.04512092394963, 0.0897708584392315, 0.168545535521107, 0.228379350328609, 0.202446737003002,
            0.0855817865818362};
        for (int a = 0; a < names.length; a++) {
            close(hc1se[a], hc1.coefficient(names[a]).stdError(), 1e-8);
        }
        IvTest ar = fit.andersonRubin(0.1, 0.05);
        close(2.10224180915994, ar.statistic(), 1e-8);
        close(0.0978428548573444, ar.pValue(), 1e-8);
        assertThrows(IllegalArgumentException.class, () -> fit.andersonRubinSet(0.95));
        IvFit liml = InstrumentalVariables.liml().fit(CARD, TWO);
        close(1.0000142727446, liml.kappa(), 1e-9);
        double[] lb = {2.49721756179801, 0.111722905946791, 0.24741391649156, -0.373051690939109, 0.361514876315267,
            -0.195631775761612};
        double[] lse = {2.15849926311418, 0.0939355926565808, 0.181350695997066, 0.244343394752121, 0.218221073217678,
            0.0920025032927236};
        for (int a = 0; a < names.length; a++) {
            close(lb[a], liml.coefficient(names[a]).estimate(), 1e-6);
            close(lse[a], liml.coefficient(names[a]).stdError(), 1e-6);
        }
    }

    @Test
    void conditionalInstrumentFromIdentification() {
        // nearc4 valid given the listed covariates: the conditioning set enters as covariates (Card example)
        Instrument z = new Instrument("nearc4", Set.copyOf(IvReferenceTest.CARD_X));
        var e = InstrumentalVariables.twoStageLeastSquares().estimate(CARD, "educ", "lwage", z, List.of());
        close(0.13150383624494, e.value(), 1e-9);
    }

    @Test
    void fewerInstrumentsThanEndogenous() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new IvModel("lwage", List.of("educ", "exper"), List.of("nearc4"), List.of()));
        assertTrue(e.getMessage().contains("fewer instruments than endogenous regressors"), e.getMessage());
        assertTrue(e.getMessage().contains("[educ, exper]"), e.getMessage());
    }

    @Test
    void instrumentThatIsAlsoACovariate() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IvModel.of("lwage", "educ", List.of("nearc4"), List.of("black", "nearc4")));
        assertTrue(e.getMessage().contains("covariate 'nearc4' is also an instrument"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> IvModel.of("lwage", "educ", List.of("educ"), List.of()));
        assertThrows(IllegalArgumentException.class, () -> IvModel.of("lwage", "educ", List.of("lwage"), List.of()));
    }

    @Test
    void perfectlyCollinearInstruments() {
        double[] z = CARD.numeric("nearc4").toArray();
        double[] z2 = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            z2[i] = 2 * z[i] - 1;
        }
        Dataset data = Dataset.builder().numeric("lwage", CARD.numeric("lwage").toArray())
                .numeric("educ", CARD.numeric("educ").toArray()).numeric("black", CARD.numeric("black").toArray())
                .numeric("nearc4", z).numeric("twice", z2).build();
        CollinearityException e = assertThrows(CollinearityException.class, () -> InstrumentalVariables
                .twoStageLeastSquares().fit(data, IvModel.of("lwage", "educ", List.of("nearc4", "twice"), List.of("black"))));
        assertTrue(e.getMessage().contains("perfectly collinear instruments [twice]"), e.getMessage());
        assertTrue(e.getMessage().contains("'nearc4'"), e.getMessage());
    }

    @Test
    void irrelevantInstrumentFailsTheRankCondition() {
        int n = 50;
        double[] y = new double[n];
        double[] d = new double[n];
        double[] z = new double[n];
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            // z alternates within pairs on which x and d are constant: z is orthogonal to 1, x and d exactly,
            // so its projection cannot move d (rank condition fails), though d is not collinear with x.
            int pair = i / 2;
            x[i] = pair % 7;
            z[i] = i % 2 == 0 ? 1 : -1;
            d[i] = 2 * x[i] + Math.cos(pair);
            y[i] = d[i] + Math.sin(i);
        }
        Dataset data = Dataset.builder().numeric("y", y).numeric("d", d).numeric("z", z).numeric("x", x).build();
        CausalException e = assertThrows(CausalException.class,
                () -> InstrumentalVariables.twoStageLeastSquares().fit(data, IvModel.of("y", "d", List.of("z"), List.of("x"))));
        assertTrue(e.getMessage().contains("do not identify [d]"), e.getMessage());
        double[] dx = new double[n];
        for (int i = 0; i < n; i++) {
            dx[i] = 2 * x[i] + 1;
        }
        Dataset collinear = Dataset.builder().numeric("y", y).numeric("d", dx).numeric("z", z).numeric("x", x).build();
        CausalException c = assertThrows(CausalException.class, () -> InstrumentalVariables.twoStageLeastSquares()
                .fit(collinear, IvModel.of("y", "d", List.of("z"), List.of("x"))));
        assertTrue(c.getMessage().contains("'x' is a linear combination of [(Intercept), d]"), c.getMessage());
    }

    @Test
    void waldNeedsOneInstrument() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InstrumentalVariables.wald()
                .fit(IvReferenceTest.CIG, IvReferenceTest.SW));
        assertTrue(e.getMessage().contains("[tdiff, taxcpi]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> InstrumentalVariables.fuller(0));
        assertThrows(IllegalArgumentException.class, () -> InstrumentalVariables.twoStageLeastSquares()
                .withCovariance(CovarianceType.HC3).clusteredBy(List.of("state_id")));
        assertThrows(IllegalArgumentException.class, () -> InstrumentalVariables.twoStageLeastSquares()
                .fit(IvReferenceTest.CIG, IvModel.of("lpacks", "nosuch", List.of("tdiff"), List.of())));
    }

    @Test
    void binaryInstrumentWaldIsTheRatioOfDifferences() {
        // hand-derived: (mean y | z=1 - mean y | z=0) / (mean d | z=1 - mean d | z=0) on Card with nearc4
        double[] y = CARD.numeric("lwage").toArray();
        double[] d = CARD.numeric("educ").toArray();
        double[] z = CARD.numeric("nearc4").toArray();
        double[] s = new double[6];
        for (int i = 0; i < y.length; i++) {
            int g = z[i] == 1 ? 0 : 3;
            s[g] += y[i];
            s[g + 1] += d[i];
            s[g + 2] += 1;
        }
        double ratio = (s[0] / s[2] - s[3] / s[5]) / (s[1] / s[2] - s[4] / s[5]);
        var e = InstrumentalVariables.wald().withInstruments(List.of("nearc4")).estimate(CARD, "educ", "lwage", List.of());
        close(ratio, e.value(), 1e-11);
        assertTrue(e.diagnostics().containsKey("first_stage_f"));
        assertTrue(e.toString().startsWith("wald ATE of educ on lwage"), e.toString());
    }
}
