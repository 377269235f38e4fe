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

/**
 * What a fit does when design columns are collinear (a column is a linear combination of earlier
 * ones, up to the rank tolerance).
 */
public enum RankDeficiency {
    /** Throw a {@link CollinearityException} naming the collinear columns (the default). */
    ERROR,
    /**
     * Drop each column that is a combination of earlier ones, as R's {@code lm} does (its
     * coefficient is reported as not estimated), and put a warning naming it in the result.
     */
    DROP
}
