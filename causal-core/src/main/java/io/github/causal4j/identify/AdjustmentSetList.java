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

import io.github.causal4j.result.Report;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Adjustment sets listed up to a limit, with whether the list is complete. A list that stopped at
 * its limit says so ({@code complete == false}); it never guesses that nothing else exists.
 *
 * @param sets the sets found, each in node order, in the order the enumeration produced them
 * @param complete whether these are all the sets (the enumeration ran to its end)
 */
public record AdjustmentSetList(List<Set<String>> sets, boolean complete) {

    /** Copies the sets. */
    public AdjustmentSetList {
        List<Set<String>> copy = new ArrayList<>(sets.size());
        for (Set<String> s : sets) {
            copy.add(Collections.unmodifiableSet(new LinkedHashSet<>(s)));
        }
        sets = Collections.unmodifiableList(copy);
    }

    /** @return whether no set was found (with {@code complete}, no set exists) */
    public boolean isEmpty() {
        return sets.isEmpty();
    }

    /** @return e.g. {@code 2 sets (complete): {a, m}; {b, m}} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder().append(sets.size()).append(sets.size() == 1 ? " set" : " sets")
                .append(complete ? " (complete)" : " (stopped at the limit; more exist)");
        String sep = ": ";
        for (Set<String> s : sets) {
            sb.append(sep).append('{').append(String.join(", ", s)).append('}');
            sep = "; ";
        }
        return sb.toString();
    }

    /** @return one set per line (text) and a bullet list (Markdown) */
    public Report report() {
        StringBuilder text = new StringBuilder();
        StringBuilder md = new StringBuilder();
        for (Set<String> s : sets) {
            text.append("{ ").append(String.join(", ", s)).append(" }\n");
            md.append("- `{").append(String.join(", ", s)).append("}`\n");
        }
        String tail = complete ? "" : "(stopped at the limit: more sets exist)\n";
        if (sets.isEmpty() && complete) {
            tail = "no valid adjustment set exists\n";
        }
        return new Report(text.append(tail).toString(), md.append(tail.isEmpty() ? "" : "\n_" + tail.strip() + "_\n").toString());
    }
}
