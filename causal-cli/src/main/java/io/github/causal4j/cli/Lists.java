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
package io.github.causal4j.cli;

import java.util.ArrayList;
import java.util.List;

/** Comma-separated lists on the command line: {@code --x a,b --x c} gives [a, b, c]. */
final class Lists {

    private Lists() {
    }

    static List<String> split(List<String> raw) {
        List<String> out = new ArrayList<>();
        if (raw == null) {
            return out;
        }
        for (String item : raw) {
            for (String part : item.split(",")) {
                String name = part.strip();
                if (!name.isEmpty()) {
                    out.add(name);
                }
            }
        }
        return out;
    }
}
