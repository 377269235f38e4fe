package io.github.causal4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.bounds.Bounds;
import io.github.causal4j.bounds.BoundsReport;
import io.github.causal4j.data.Dataset;
import io.github.causal4j.estimate.analysis.AnalysisResult;
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
    void aCountTableExpandsToOneRowPerUnit() {
        Dataset table = Dataset.builder().binary("x", new double[] {0, 1, 1}).numeric("y", new double[] {2.5, 0, 1})
                .numeric("count", new double[] {2, 0, 3}).build();
        Dataset rows = ExampleData.expandCounts(table, "count");
        assertEquals(java.util.List.of("x", "y"), rows.columnNames());
        assertTrue(rows.numeric("x").isBinary());
        assertEquals(java.util.List.of(0.0, 0.0, 1.0, 1.0, 1.0), java.util.Arrays.stream(rows.numeric("x").toArray())
                .boxed().toList());
        assertEquals(java.util.List.of(2.5, 2.5, 1.0, 1.0, 1.0), java.util.Arrays.stream(rows.numeric("y").toArray())
                .boxed().toList());
        Dataset bad = Dataset.builder().numeric("x", new double[] {0, 1}).numeric("n", new double[] {1, 2.5}).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExampleData.expandCounts(bad, "n"));
        assertTrue(e.getMessage().contains("column 'n', row 2"), e.getMessage());
    }
}
