/**
 * Testable implications of a causal graph: a basis of the conditional independences it implies
 * ({@link io.github.causal4j.independence.ImpliedIndependencies}), tests of them against data
 * (Fisher's z for continuous variables, the G-test and Pearson's chi-square for discrete ones),
 * corrections for multiple testing, and a report of the statements the data reject.
 */
package io.github.causal4j.independence;
