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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.graph.CausalGraph;
import io.github.causal4j.graph.NodeRole;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackgroundKnowledgeTest {

    @Test
    void expertWinsEveryKindOfConflict() {
        BackgroundKnowledge expert = KnowledgeFile.parse("""
                tier age
                tier smoke, tar
                tier cancer
                require smoke -> tar
                forbid smoke -> cancer : only through tar
                """);
        BackgroundKnowledge model = KnowledgeFile.parse("""
                require smoke -> cancer
                require cancer -> age
                require tar -> smoke
                require tar -> cancer : tar is a carcinogen
                forbid smoke -> tar
                tier tar
                tier smoke
                """);
        KnowledgeMerge m = BackgroundKnowledge.merge(expert, model);
        // hand-derived: smoke->cancer forbidden; cancer->age against tiers; tar->smoke against the required
        // smoke->tar; forbid smoke->tar against the required edge; the model's tiers lose to the expert's.
        assertEquals(List.of(new EdgeClaim("smoke", "tar", ""), new EdgeClaim("tar", "cancer", "tar is a carcinogen")),
                m.knowledge().required());
        assertEquals(List.of("require smoke -> cancer", "require cancer -> age", "require tar -> smoke",
                "forbid smoke -> tar", "the model's tiers"),
                m.conflicts().stream().map(KnowledgeConflict::overruled).toList());
        assertEquals("forbid smoke -> cancer", m.conflicts().get(0).by());
        assertTrue(m.conflicts().get(1).by().startsWith("tiers: age (tier 1) comes before cancer"));
        assertEquals("require smoke -> tar", m.conflicts().get(2).by());
        assertEquals(expert.tiers(), m.knowledge().tiers());
        assertEquals(List.of(new EdgeClaim("smoke", "cancer", "only through tar")), m.knowledge().forbidden());
    }

    @Test
    void modelEdgeClosingACycleWithExpertEdgesIsOverruled() {
        BackgroundKnowledge expert = KnowledgeFile.parse("require a -> b\nrequire b -> c");
        BackgroundKnowledge model = KnowledgeFile.parse("require c -> a\nrequire a -> d");
        KnowledgeMerge m = BackgroundKnowledge.merge(expert, model);
        assertEquals(3, m.knowledge().required().size());
        assertEquals(1, m.conflicts().size());
        assertTrue(m.conflicts().get(0).by().contains("cycle"), m.conflicts().get(0).by());
    }

    @Test
    void modelTiersKeptUnlessTheyContradictTheExpert() {
        BackgroundKnowledge model = KnowledgeFile.parse("tier a\ntier b");
        assertEquals(List.of(List.of("a"), List.of("b")),
                BackgroundKnowledge.merge(KnowledgeFile.parse("require a -> b"), model).knowledge().tiers());
        KnowledgeMerge m = BackgroundKnowledge.merge(KnowledgeFile.parse("require b -> a"), model);
        assertEquals(List.of(), m.knowledge().tiers());
        assertEquals("require b -> a", m.conflicts().get(0).by());
    }

    @Test
    void latentsAndRolesAreUnitedByName() {
        BackgroundKnowledge expert = KnowledgeFile.parse("latent SES -> a, b\nrole instrument z");
        BackgroundKnowledge model = KnowledgeFile.parse("latent ses -> a, c\nlatent genes -> a, b\nrole instrument z\nrole confounder c");
        KnowledgeMerge m = BackgroundKnowledge.merge(expert, model);
        assertEquals(List.of("SES", "genes"), m.knowledge().latents().stream().map(LatentClaim::name).toList());
        assertEquals(List.of("a", "b"), m.knowledge().latents().get(0).affects());
        assertEquals(2, m.knowledge().roles().size());
    }

    @Test
    void toGraphHasRequiredEdgesAndLatentNodes() {
        CausalGraph g = KnowledgeFile.parse("variable x\nrequire z -> x\nrequire x -> y\nlatent x -> x, y").toGraph();
        // The latent "x" clashes with the variable x and is renamed.
        assertEquals(List.of("x", "z", "y", "x (unmeasured)"), g.nodes());
        assertTrue(g.hasRole("x (unmeasured)", NodeRole.LATENT));
        assertTrue(g.hasDirectedEdge("x (unmeasured)", "y"));
        assertFalse(g.hasRole("x", NodeRole.LATENT));
    }
}
