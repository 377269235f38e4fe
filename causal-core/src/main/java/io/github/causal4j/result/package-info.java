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
