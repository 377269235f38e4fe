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
package io.github.causal4j.identify;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The verdict of Pearl's front-door criterion on one mediator set, with the witness when it fails.
 *
 * @param set the mediator set tested, in node order
 * @param valid whether it satisfies the criterion
 * @param reason why it does or does not
 * @param witness the path that breaks the criterion (a causal path that avoids the set, or an open
 *     back-door path), empty when valid
 */
public record FrontDoorCheck(Set<String> set, boolean valid, String reason, List<String> witness) {

    /** Copies the collections. */
    public FrontDoorCheck {
        set = Collections.unmodifiableSet(new LinkedHashSet<>(set));
        Objects.requireNonNull(reason, "reason");
        witness = List.copyOf(witness);
    }

    /** @return e.g. {@code {m} is a front-door set: ...} */
    @Override
    public String toString() {
        return "{" + String.join(", ", set) + "} is " + (valid ? "a front-door set: " : "not a front-door set: ") + reason;
    }
}
