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
package io.github.causal4j.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.data.Dataset;
import io.github.causal4j.graph.Edge;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DataValidationTest {

    /** 200 rows of a ~ N(0,1); b = 0.8a + e; c = 0.5b + e; d = 0.3a + 0.4c + e (docs/reference-scripts/llm_fisher_z.py). */
    private static final Dataset DATA = Dataset.readCsv(Path.of("src/test/resources/llm/pcor_data.csv"));
    private static final List<Variable> ABCD = Scripted.vars("a", "b", "c", "d");

    private static GraphSuggestion suggest(String... edges) {
        return SuggestionPipeline.of(Scripted.samples(List.of(Scripted.edges(edges)))).withData(DATA)
                .run(SuggestionRequest.edges(ABCD).withSamples(1));
    }

    @Test
    void theTrueGraphPassesEveryTest() {
        GraphSuggestion g = suggest("a->b", "b->c", "a->d", "c->d");
        // Its statements a _||_ c | b (p = 0.2295) and b _||_ d | a, c (p = 0.5025) are not rejected at 0.01,
        // and every edge is supported.
        assertEquals(List.of(), g.dataChecks());
        assertTrue(g.edges().stream().allMatch(e -> e.flags().isEmpty()));
    }

    @Test
    void rejectedImpliedIndependencesFlagTheEdgesIntoTheirNode() {
        GraphSuggestion g = suggest("a->b", "a->c", "c->d");
        // numpy/scipy reference (llm_fisher_z.py): b _||_ c | a: r = 0.5220231299381627, p = 5.161503843724884e-16;
        // a _||_ d | c: r = 0.26732463414790153, p = 0.00012519465822467834; b _||_ d | c: p = 0.0895 (kept).
        assertEquals(2, g.dataChecks().size());
        DataCheck first = g.dataChecks().get(1);
        assertEquals(DataFlag.IMPLIED_INDEPENDENCE_REJECTED, first.flag());
        assertEquals("b _||_ c | a", first.test().statement().toText());
        assertEquals(0.5220231299381627, first.partialCorrelation(), 1e-12);
        assertEquals(8.107633751321274, first.test().statistic(), 1e-10);
        assertEquals(5.161503843724884e-16, first.test().pValue(), 1e-9 * 5.161503843724884e-16);
        // Holm over the three statements: 3 x 5.16e-16 for the smallest p-value.
        assertEquals(3 * 5.161503843724884e-16, first.adjustedPValue(), 1e-9 * 5.161503843724884e-16);
        assertEquals(List.of(Edge.directed("a", "c")), first.edges());
        DataCheck second = g.dataChecks().get(0);
        assertEquals("a _||_ d | c", second.test().statement().toText());
        assertEquals(0.00012519465822467834, second.test().pValue(), 1e-9 * 0.00012519465822467834);
        assertEquals(2 * 0.00012519465822467834, second.adjustedPValue(), 1e-9 * 0.00012519465822467834);
        assertEquals(Set.of(DataFlag.IMPLIED_INDEPENDENCE_REJECTED), g.edge("a", "c").orElseThrow().flags());
        assertEquals(Set.of(DataFlag.IMPLIED_INDEPENDENCE_REJECTED), g.edge("c", "d").orElseThrow().flags());
        assertEquals(Set.of(), g.edge("a", "b").orElseThrow().flags());
        assertTrue(first.message().startsWith("the graph implies b _||_ c | a but the data reject it (partial correlation"
                + " 0.522, p = 5.16e-16, adjusted 1.55e-15, n = 200)"), first.message());
    }

    @Test
    void theCorrectionDecidesBorderlineRejections() {
        // Suggest a -> b, a -> c, c -> d: the raw p-values are 5.2e-16 (b, c | a), 1.25e-4 (a, d | c), 0.0895 (b, d | c).
        // At alpha = 2e-4 the second is rejected unadjusted, but not after Holm (2 x 1.25e-4 = 2.5e-4).
        GraphSuggester s = Scripted.samples(List.of(Scripted.edges("a->b", "a->c", "c->d")));
        SuggestionRequest r = SuggestionRequest.edges(ABCD).withSamples(1);
        assertEquals(2, SuggestionPipeline.of(s).withData(DATA).withAlpha(2e-4)
                .withCorrection(io.github.causal4j.independence.MultipleTesting.Correction.NONE).run(r).dataChecks().size());
        assertEquals(1, SuggestionPipeline.of(s).withData(DATA).withAlpha(2e-4).run(r).dataChecks().size());
    }

    @Test
    void anEdgeWithoutSupportIsFlagged() {
        GraphSuggestion g = suggest("a->b", "b->c", "a->d", "c->d", "b->d");
        // b _||_ d | a, c: r = -0.04797927048025534, p = 0.5025334523924172 (llm_fisher_z.py): not rejected.
        assertEquals(1, g.dataChecks().size());
        DataCheck c = g.dataChecks().get(0);
        assertEquals(DataFlag.NOT_SUPPORTED_BY_DATA, c.flag());
        assertEquals(-0.04797927048025534, c.partialCorrelation(), 1e-12);
        assertEquals(0.5025334523924172, c.test().pValue(), 1e-9);
        assertEquals(0.5025334523924172, c.adjustedPValue(), 1e-9);
        assertEquals(List.of("a", "c"), c.test().statement().given());
        assertEquals(Set.of(DataFlag.NOT_SUPPORTED_BY_DATA), g.edge("b", "d").orElseThrow().flags());
    }

    @Test
    void missingAndCategoricalColumnsAreTreatedAsUnmeasuredAndSaidSo() {
        String[] labels = new String[200];
        for (int i = 0; i < 200; i++) {
            labels[i] = DATA.numeric("d").get(i) > 0 ? "high" : "low";
        }
        Dataset mixed = Dataset.builder().numeric("a", DATA.numeric("a").toArray()).numeric("b", DATA.numeric("b").toArray())
                .numeric("c", DATA.numeric("c").toArray()).categorical("d", labels).build();
        List<Variable> vars = Scripted.vars("a", "b", "c", "d", "e");
        GraphSuggestion g = SuggestionPipeline.of(Scripted.samples(List.of(Scripted.edges("a->b", "b->c", "c->d", "d->e"))))
                .withData(mixed).run(SuggestionRequest.edges(vars).withSamples(1));
        List<String> dataNotes = g.notes().stream().filter(n -> n.kind() == ValidationNote.Kind.DATA)
                .map(ValidationNote::message).toList();
        assertEquals(List.of("column d is categorical; the linear partial-correlation test treats it as unmeasured",
                "variable e is not a column of the data; treated as unmeasured by the data checks"), dataNotes);
        // a _||_ c | b (p = 0.2295) is the one statement left among the measured a, b, c, and it holds.
        assertEquals(List.of(), g.dataChecks());
    }
}
