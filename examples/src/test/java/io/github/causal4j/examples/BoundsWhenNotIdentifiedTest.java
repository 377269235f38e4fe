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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.bounds.Bounds;
import io.github.causal4j.bounds.BoundsReport;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.analysis.AnalysisResult;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reference: Balke &amp; Pearl (1997, JASA 92:1171) and issue 7: the lipid research clinics ACE
 * bounds [0.391332, 0.779211] (docs/reference-scripts/bounds_balke_pearl.py), to 5e-7.
 */
class BoundsWhenNotIdentifiedTest {

    @Test
    void theRunFallsBackToBalkePearlBounds() throws Exception {
        AnalysisResult r = BoundsWhenNotIdentified.analyze(Programs.DATASETS);
        assertFalse(r.isIdentified());
        assertEquals(337, r.data().rows(), "the 337 men of Efron & Feldman's subset");
        BoundsReport report = r.contribution(BoundsReport.class).orElseThrow();
        Bounds bp = report.bounds("balke-pearl").orElseThrow();
        assertEquals(0.391332, bp.lower(), 5e-7);
        assertEquals(0.779211, bp.upper(), 5e-7);

        String out = Programs.output(BoundsWhenNotIdentified::main);
        Programs.mentions(out, "identified: false (337 participants)", "balke-pearl  ACE in [0.391332, 0.779211]");
    }

    @Test
    void oneTableOfSeveral() {
        Dataset all = Dataset.readCsv(Programs.DATASETS.resolve("balke_pearl_tables.csv"));
        Dataset lipid = ExampleData.table(all, "table", "lipid_research_clinics");
        assertEquals(List.of("z", "x", "y", "count"), lipid.columnNames());
        assertEquals(8, lipid.rowCount(), "one row per (z, x, y)");
        assertEquals(337.0, Arrays.stream(lipid.numeric("count").toArray()).sum());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ExampleData.table(all, "table", "lipid"));
        assertTrue(e.getMessage().contains("no table 'lipid' in column 'table', only [") && e.getMessage().contains(
                "lipid_research_clinics"), e.getMessage());
    }
}
