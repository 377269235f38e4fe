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
package io.github.causal4j.sensitivity;

/**
 * A confounder strength stated directly by the analyst (sensemakr's {@code r2dz.x}, {@code r2yz.dx}
 * arguments) and the estimate adjusted for it.
 *
 * @param label the label shown in tables and plots
 * @param adjusted the confounder and the adjusted estimate
 */
public record HypotheticalConfounder(String label, AdjustedEstimate adjusted) {

    /** Validates. */
    public HypotheticalConfounder {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("label must not be blank");
        }
        java.util.Objects.requireNonNull(adjusted, "adjusted");
    }
}
