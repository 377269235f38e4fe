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

import io.github.causal4j.CausalException;
import java.util.List;
import java.util.Map;

/**
 * A design whose columns are linearly dependent: the message names each column that is a
 * combination of earlier ones and the columns it depends on ("'black' = 1 (Intercept) - 1 white
 * - 1 hispan"), or says that it is constant or all zero.
 */
public final class CollinearityException extends CausalException {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, List<String>> dependencies;

    /**
     * @param message the message naming the columns
     * @param dependencies each collinear column and the earlier columns it is a combination of
     */
    public CollinearityException(String message, Map<String, List<String>> dependencies) {
        super(message);
        this.dependencies = Map.copyOf(dependencies);
    }

    /** @return each collinear (dropped) design column and the earlier columns it is a combination of */
    public Map<String, List<String>> dependencies() {
        return dependencies;
    }

    /** @return the collinear design columns */
    public List<String> columns() {
        return List.copyOf(dependencies.keySet());
    }
}
