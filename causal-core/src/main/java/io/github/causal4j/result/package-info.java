/**
 * Value types shared by every stage of an analysis: {@link io.github.causal4j.result.Report}
 * (text and Markdown renderings) and {@link io.github.causal4j.result.Provenance} (what a result
 * was computed from). Stage-specific results (estimates, sensitivity reports, bounds) build on them.
 */
package io.github.causal4j.result;
