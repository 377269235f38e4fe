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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class KnowledgeFileTest {

    static final String EXAMPLE = """
            # causal4j knowledge file
            variable smoke : The patient smokes (yes/no).
            variable "lung cancer" : Lung cancer: yes or no.
            tier asia, smoke
            tier tub, "lung cancer"
            require smoke -> "lung cancer" : tobacco smoke is a carcinogen
            forbid "lung cancer" -> smoke
            latent genes -> smoke, "lung cancer" as strong as asia : an inherited predisposition
            role instrument price given region, year : price shifts smoking only
            role negative-control-outcome hipfracture
            """;

    @Test
    void parsesEveryStatement() {
        BackgroundKnowledge k = KnowledgeFile.parse(EXAMPLE);
        assertEquals(List.of(new Variable("smoke", "The patient smokes (yes/no)."),
                new Variable("lung cancer", "Lung cancer: yes or no.")), k.variables());
        assertEquals(List.of(List.of("asia", "smoke"), List.of("tub", "lung cancer")), k.tiers());
        assertEquals(List.of(new EdgeClaim("smoke", "lung cancer", "tobacco smoke is a carcinogen")), k.required());
        assertEquals(List.of(new EdgeClaim("lung cancer", "smoke", "")), k.forbidden());
        assertEquals(List.of(new LatentClaim("genes", "an inherited predisposition", List.of("smoke", "lung cancer"),
                Optional.of("asia"), "")), k.latents());
        assertEquals(List.of(new RoleClaim("price", CausalRole.INSTRUMENT, List.of("region", "year"),
                "price shifts smoking only"), RoleClaim.of("hipfracture", CausalRole.NEGATIVE_CONTROL_OUTCOME, "")), k.roles());
        assertTrue(k.objection("lung cancer", "smoke").isPresent());
        assertTrue(k.objection("tub", "asia").orElseThrow().startsWith("tiers:"));
        assertEquals(Optional.empty(), k.objection("asia", "tub"));
    }

    @Test
    void errorsNameTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KnowledgeFile.parse("require a -> b\nrequire a b\n"));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertTrue(e.getMessage().contains("expected '->'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> KnowledgeFile.parse("\n\nmaybe a -> b"));
        assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains("unknown statement 'maybe'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> KnowledgeFile.parse("role healer x"));
        assertTrue(e.getMessage().contains("unknown role 'healer'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> KnowledgeFile.parse("variable \"open"));
        assertTrue(e.getMessage().contains("unclosed quote"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> KnowledgeFile.parse("require a -> b\nforbid a -> b"));
        assertTrue(e.getMessage().contains("both required and forbidden"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> KnowledgeFile.parse("tier b\ntier a\nrequire a -> b"));
        assertTrue(e.getMessage().contains("required edge a -> b goes from tier 2 back to tier 1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> KnowledgeFile.parse("require a -> b\nrequire b -> a"));
        assertTrue(e.getMessage().contains("cycle"), e.getMessage());
    }

    @Test
    void formatsWhatItParses() {
        BackgroundKnowledge k = KnowledgeFile.parse(EXAMPLE);
        assertEquals(k, KnowledgeFile.parse(KnowledgeFile.format(k)));
    }

    @Property(tries = 200)
    void roundTrip(@ForAll("knowledge") BackgroundKnowledge k) {
        assertEquals(k, KnowledgeFile.parse(KnowledgeFile.format(k)));
    }

    /** Names with every character that needs quoting: spaces, commas, colons, quotes, backslashes, arrows, keywords. */
    private static Arbitrary<String> names() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("abcxyz_09.-").ofMinLength(1).ofMaxLength(6),
                Arbitraries.of("as", "given", "a b", "x,y", "p:q", "say \"hi\"", "back\\slash", "a->b", "#hash", "naïve",
                        "-", ">"));
    }

    private static Arbitrary<String> texts() {
        return Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.of("because", "a: b, c -> d # e", "\"quoted\" text"));
    }

    @Provide
    Arbitrary<BackgroundKnowledge> knowledge() {
        Arbitrary<List<String>> pool = names().list().ofMinSize(2).ofMaxSize(6).uniqueElements();
        return pool.flatMap(vars -> {
            Arbitrary<Variable> variable = Combinators.combine(Arbitraries.of(vars), texts()).as(Variable::new);
            Arbitrary<EdgeClaim> forward = Combinators.combine(Arbitraries.integers().between(0, vars.size() - 2),
                    Arbitraries.integers().between(1, vars.size() - 1), texts())
                    .as((i, j, t) -> new EdgeClaim(vars.get(Math.min(i, j - 1 < i ? i : j - 1)), vars.get(Math.max(j, i + 1)), t))
                    .filter(e -> !e.from().equals(e.to()) && vars.indexOf(e.from()) < vars.indexOf(e.to()));
            Arbitrary<LatentClaim> latent = Combinators.combine(names(), texts(),
                    Arbitraries.of(vars).list().ofMinSize(1).ofMaxSize(3).uniqueElements(),
                    Arbitraries.of(vars).optional()).as((n, d, a, s) -> new LatentClaim(n, d, a, s, ""));
            Arbitrary<RoleClaim> role = Combinators.combine(Arbitraries.of(vars), Arbitraries.of(CausalRole.class),
                    Arbitraries.of(vars).list().ofMaxSize(2).uniqueElements(), texts()).as(RoleClaim::new);
            return Combinators.combine(variable.list().ofMaxSize(3), forward.list().ofMaxSize(4),
                    latent.list().ofMaxSize(2), role.list().ofMaxSize(2), Arbitraries.integers().between(0, 2))
                    .as((vs, req, lat, roles, tierCount) -> {
                        // Required edges go forward in vars order; forbidden ones backward; tiers follow vars order.
                        List<EdgeClaim> forbidden = new ArrayList<>();
                        Set<String> requiredKeys = new LinkedHashSet<>();
                        for (EdgeClaim e : req) {
                            requiredKeys.add(e.from() + "\u0000" + e.to());
                        }
                        for (EdgeClaim e : req) {
                            if (!requiredKeys.contains(e.to() + "\u0000" + e.from())) {
                                forbidden.add(new EdgeClaim(e.to(), e.from(), e.rationale()));
                            }
                        }
                        List<List<String>> tiers = new ArrayList<>();
                        if (tierCount > 0) {
                            int cut = vars.size() / 2;
                            tiers.add(vars.subList(0, Math.max(1, cut)));
                            if (tierCount > 1 && cut < vars.size()) {
                                tiers.add(vars.subList(Math.max(1, cut), vars.size()));
                            }
                        }
                        return new BackgroundKnowledge(vs, req, forbidden, tiers, lat, roles);
                    });
        });
    }
}
