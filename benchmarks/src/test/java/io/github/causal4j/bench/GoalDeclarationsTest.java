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

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;

/**
 * Checks the benchmark declarations before any run: every {@link Goal} is well formed and can
 * apply, a ratio goal has a floor to be a ratio of, and no two floors of a class share parameters
 * (the table could not tell which one a benchmark is measured against).
 */
class GoalDeclarationsTest {

    /** The classes JMH's annotation processor registered (META-INF/BenchmarkList in target/classes). */
    private static Set<Class<?>> benchmarkClasses() throws Exception {
        Set<Class<?>> classes = new LinkedHashSet<>();
        try (InputStream in = GoalDeclarationsTest.class.getResourceAsStream(BenchmarkList.BENCHMARK_LIST)) {
            assertTrue(in != null, "no " + BenchmarkList.BENCHMARK_LIST + ": was the JMH annotation processor run?");
            for (BenchmarkListEntry e : BenchmarkList.readBenchmarkList(in)) {
                classes.add(Class.forName(e.getUserClassQName()));
            }
        }
        return classes;
    }

    /** The @Param fields a benchmark method sees: its class's own (if a state) and its state arguments'. */
    private static Map<String, Set<String>> params(Class<?> type, Method method) {
        Map<String, Set<String>> params = new HashMap<>();
        List<Class<?>> holders = new ArrayList<>();
        holders.add(type);
        holders.addAll(Arrays.asList(method.getParameterTypes()));
        for (Class<?> holder : holders) {
            for (Field f : holder.getDeclaredFields()) {
                Param p = f.getAnnotation(Param.class);
                if (p != null) {
                    params.put(f.getName(), new TreeSet<>(Arrays.asList(p.value())));
                }
            }
        }
        return params;
    }

    private static List<Method> benchmarks(Class<?> type) {
        return Arrays.stream(type.getMethods()).filter(m -> m.isAnnotationPresent(Benchmark.class)).toList();
    }

    @Test
    void everyGoalIsWellFormedAndCanApply() throws Exception {
        int goals = 0;
        for (Class<?> type : benchmarkClasses()) {
            List<Method> methods = benchmarks(type);
            boolean hasFloor = methods.stream().anyMatch(m -> m.getName().startsWith(SpeedTable.FLOOR_PREFIX));
            for (Method m : methods) {
                Goal annotation = m.getAnnotation(Goal.class);
                if (annotation == null) {
                    continue;
                }
                goals++;
                String where = type.getSimpleName() + "." + m.getName();
                SpeedGoal goal = SpeedGoal.of(annotation);
                assertFalse(m.getName().startsWith(SpeedTable.FLOOR_PREFIX), where + ": a floor has no goal");
                assertTrue(!goal.isRatio() || hasFloor, where + ": a ratio goal needs a floor* benchmark in the class");
                Map<String, Set<String>> params = params(type, m);
                for (Map.Entry<String, String> e : goal.where().entrySet()) {
                    assertTrue(params.containsKey(e.getKey()), where + ": no @Param " + e.getKey() + " (has " + params.keySet() + ")");
                    assertTrue(params.get(e.getKey()).contains(e.getValue()),
                            where + ": " + e.getKey() + "=" + e.getValue() + " is not among " + params.get(e.getKey()));
                }
            }
        }
        // DSeparation, CsvLoad, Adjustment (4), IdAlgorithm, Ols, Sensitivity: the goals of issues 2-6
        assertTrue(goals >= 9, "only " + goals + " goals found");
    }

    @Test
    void noTwoFloorsOfAClassShareTheirParameters() throws Exception {
        for (Class<?> type : benchmarkClasses()) {
            Map<Set<String>, String> seen = new HashMap<>();
            for (Method m : benchmarks(type)) {
                if (!m.getName().startsWith(SpeedTable.FLOOR_PREFIX)) {
                    continue;
                }
                Set<String> names = new TreeSet<>(params(type, m).keySet());
                String other = seen.put(names, m.getName());
                assertTrue(other == null, type.getSimpleName() + ": floors " + other + " and " + m.getName()
                        + " take the same parameters " + names + "; rename one or give it its own state");
            }
        }
    }
}
