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
package io.github.causal4j.llm;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of checking a suggested instrument or negative control against its graphical
 * criteria on the suggestion's graph.
 *
 * @param satisfied whether every condition holds
 * @param findings one sentence per condition checked, saying whether it holds
 */
public record RoleCheck(boolean satisfied, List<String> findings) {

    /** Validates and copies. */
    public RoleCheck {
        findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
    }
}
