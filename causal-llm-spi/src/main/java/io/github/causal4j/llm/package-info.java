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
/**
 * Language-model and expert suggestions of causal graphs, checked before they are trusted.
 *
 * <p>A {@link io.github.causal4j.llm.GraphSuggester} answers one {@link io.github.causal4j.llm.Question}
 * at a time: which edges connect some variables, which variables confound, mediate or instrument a
 * treatment–outcome pair, which are negative controls (proximal proxies), which unmeasured
 * confounders are likely, and what is wrong with a given graph. Providers are found with
 * {@link java.util.ServiceLoader} through {@link io.github.causal4j.llm.GraphSuggesterProvider} and
 * chosen by a spec string ({@link io.github.causal4j.llm.GraphSuggesters#open(String)}).
 *
 * <p>{@link io.github.causal4j.llm.SuggestionPipeline} does the provider-independent work:
 * self-consistency (Wang et al. 2023, "Self-consistency improves chain of thought reasoning in
 * language models", ICLR) by asking several samples or expert personas and keeping what a share of
 * them agree on; dropping and reporting names that are not among the variables; resolving cycles by
 * dropping the weakest edges; checking the suggested graph's implied independences against data;
 * checking suggested instruments and negative controls against their graphical criteria. The result,
 * a {@link io.github.causal4j.llm.GraphSuggestion}, converts to a
 * {@link io.github.causal4j.graph.CausalGraph} and to {@link io.github.causal4j.llm.BackgroundKnowledge},
 * which merges with an expert's own knowledge file, the expert winning on conflict.
 *
 * <p>{@link io.github.causal4j.llm.KnowledgeSuggester} answers from a knowledge file without any
 * model, {@link io.github.causal4j.llm.RecordingSuggester} records and replays answers so that runs
 * are reproducible, and {@link io.github.causal4j.llm.SuggestionEvaluation} scores any provider
 * against a ground-truth graph or cause–effect pairs.
 */
package io.github.causal4j.llm;
