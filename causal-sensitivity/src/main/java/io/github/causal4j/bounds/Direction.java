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
package io.github.causal4j.bounds;

/** The direction of a monotonicity assumption. */
public enum Direction {
    /** Larger treatment (or instrument) values go with larger outcomes. */
    INCREASING,
    /** Larger treatment (or instrument) values go with smaller outcomes. */
    DECREASING;

    /** @return {@code ">="} for increasing, {@code "<="} for decreasing */
    String symbol() {
        return this == INCREASING ? ">=" : "<=";
    }
}
