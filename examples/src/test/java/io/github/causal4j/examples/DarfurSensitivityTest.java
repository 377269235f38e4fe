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

import static io.github.causal4j.examples.Programs.printed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.causal4j.sensitivity.SensitivityReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * References: sensemakr 0.1.6 on the same data (Cinelli &amp; Hazlett 2020, JRSS-B 82:39, Table 1;
 * sensemakr's test-02-darfur.R; docs/reference-scripts/sensitivity_darfur.R), to every printed digit.
 */
class DarfurSensitivityTest {

    @Test
    void theEstimateAndTheFemaleBenchmarksAsSensemakr() throws Exception {
        SensitivityReport s = DarfurSensitivity.analyze(Programs.DATASETS);
        printed("0.0973158", s.estimate(), "estimate");
        printed("0.0232565", s.standardError(), "se");
        printed("4.18445", s.tValue(), "t");
        printed("0.138776", s.robustnessValue(), "RV_q");
        printed("0.0762580", s.robustnessValueAlpha(), "RV_q,alpha");
        assertEquals(List.of("1x female", "2x female", "3x female"), s.bounds().stream().map(b -> b.label()).toList());
        String[] adjusted = {"0.075220", "0.052915", "0.030396"};
        for (int k = 0; k < 3; k++) {
            printed(adjusted[k], s.bounds().get(k).adjusted().estimate(), s.bounds().get(k).label());
        }
        printed("-0.006253", s.bounds().get(2).adjusted().lower(), "3x female lower");
        printed("0.067045", s.bounds().get(2).adjusted().upper(), "3x female upper");

        String out = Programs.output(DarfurSensitivity::main);
        Programs.mentions(out, "0.0973158", "SE 0.0232565", "13.9%", "7.6%", "1x female", "0.075220", "0.052915",
                "3x female", "0.030396", "[-0.006253, 0.067045]");
    }
}
