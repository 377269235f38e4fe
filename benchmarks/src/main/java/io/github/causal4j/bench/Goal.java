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
package io.github.causal4j.bench;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The speed goal of a JMH benchmark method, read by {@link BenchmarkTable} to fill the table's
 * goal column. Exactly one of {@link #ratio()} and {@link #seconds()} is set:
 *
 * <pre>{@code
 * @Benchmark
 * @Goal(ratio = 20, where = "nodes=100000", source = "issue 2")   // within 20x the class's floor* benchmark
 * public boolean dSeparation() { ... }
 *
 * @Benchmark
 * @Goal(seconds = 1, where = "nodes=200")                           // under one second per operation
 * public IdResult idAlgorithm() { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Goal {

    /**
     * @return the largest acceptable ratio of this benchmark's time per operation to the time of
     *     the {@code floor*} benchmark of the same class and parameters; 0 if the goal is absolute
     */
    double ratio() default 0;

    /** @return the largest acceptable time per operation in seconds; 0 if the goal is a ratio */
    double seconds() default 0;

    /**
     * @return the parameter values the goal is stated for, each {@code name=value}; empty for every
     *     combination of the benchmark's {@code @Param} values
     */
    String[] where() default {};

    /** @return where the goal was set, e.g. {@code "issue 2"}; empty if unstated */
    String source() default "";
}
