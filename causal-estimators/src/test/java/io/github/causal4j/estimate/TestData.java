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
package io.github.causal4j.estimate;

import io.github.causal4j.data.Dataset;
import java.nio.file.Path;

/** The reference data sets of {@code datasets/}, located through the {@code causal4j.datasets} property. */
public final class TestData {

    private TestData() {
    }

    /**
     * @param name file name under datasets/
     * @return its path
     */
    public static Path path(String name) {
        return Path.of(System.getProperty("causal4j.datasets", "../datasets"), name);
    }

    /**
     * @param name file name under datasets/
     * @return the data set
     */
    public static Dataset read(String name) {
        return Dataset.readCsv(path(name));
    }

    /** @return LaLonde (NSW treated, PSID controls), 614 rows */
    public static Dataset lalonde() {
        return read("lalonde_psid.csv");
    }

    /** The nine covariates of the Dehejia–Wahba specification. */
    public static final java.util.List<String> LALONDE_COVARIATES = java.util.List.of("age", "educ", "black", "hispan",
            "married", "nodegree", "re74", "re75");
}
