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
 * causal4j's estimators over Apache Spark DataFrames, from per-partition mergeable sufficient
 * statistics finished on the driver by the same code as on one machine.
 *
 * <p>{@link io.github.causal4j.spark.SparkDataset} adapts a DataFrame (numeric, boolean and string
 * columns; categorical levels collected in one pass and sorted as in memory), and
 * {@link io.github.causal4j.spark.SparkEstimators} runs OLS adjustment (classical, HC0–HC3,
 * cluster-robust HC0–HC3), logistic regression, IPW and AIPW with a distributed Newton fit of the propensity
 * model, 2SLS/LIML/Fuller, P2SLS, and the Cinelli–Hazlett sensitivity analysis. Underneath, each
 * estimator reads its rows through {@link io.github.causal4j.estimate.stats.RowPasses}: one Spark job
 * per pass, statistics merged in partition order.
 *
 * <p><b>Dependencies.</b> Spark is a {@code provided} dependency (built against Spark 3.5.8 for Scala
 * 2.13): the cluster's Spark is used. Inside a Spark JVM, Spark's ANTLR 4.9 wins over the 4.13 that
 * causal-core's DOT graph reader (jgrapht-io) expects, so read DOT graphs outside Spark jobs (dagitty
 * syntax needs no ANTLR).
 *
 * <p><b>Java 17.</b> Spark 3.5 needs these JVM options when the driver runs inside your own JVM (tests,
 * {@code local[*]} applications; {@code spark-submit} adds them itself):
 * <pre>
 * -XX:+IgnoreUnrecognizedVMOptions
 * --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
 * --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
 * --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
 * --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
 * --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
 * --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
 * --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
 * -Djdk.reflect.useDirectMethodHandle=false
 * </pre>
 *
 * <p><b>Data.</b> Each pass re-reads the DataFrame: cache or checkpoint one that is expensive to
 * recompute, and one whose content is not deterministic (a row that changes between passes is
 * detected where it can be and reported). Results count rows as {@code int}.
 */
package io.github.causal4j.spark;
