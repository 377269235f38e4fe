/**
 * The causal4j estimators over Apache Spark DataFrames.
 */
package io.github.causal4j.spark;
