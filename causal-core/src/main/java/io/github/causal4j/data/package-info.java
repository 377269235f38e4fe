/**
 * Datasets: immutable, columnar tables of numeric, binary and categorical columns, read from and
 * written to CSV (through Apache Commons CSV) with strict parsing, clear errors naming the column
 * and line at fault, row views for resampling, and a content digest for provenance.
 */
package io.github.causal4j.data;
