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
 * Value types shared by every stage of an analysis: {@link io.github.causal4j.result.Report}
 * (text and Markdown renderings) and {@link io.github.causal4j.result.Provenance} (what a result
 * was computed from). Stage-specific results (estimates, sensitivity reports, bounds) build on them.
 *
 * <p>Report building blocks: a {@link io.github.causal4j.result.ReportDocument} of titled
 * {@link io.github.causal4j.result.ReportSection}s made of {@link io.github.causal4j.result.ReportBlock}s
 * (paragraphs, callouts, lists, tables, preformatted text, inline SVG figures) renders to Markdown
 * and to one self-contained HTML page; {@link io.github.causal4j.result.JsonWriter} writes a tree of
 * maps, lists and scalars as JSON, for modules that may not depend on a JSON library.
 */
package io.github.causal4j.result;
