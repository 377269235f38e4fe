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

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Base of the commands that answer with one result: {@link #compute()} builds the result as an
 * ordered map with snake_case keys (the JSON contract of DESIGN.md), printed as JSON with
 * {@code --json} and as text by {@link #renderText(Map)} otherwise.
 */
abstract class JsonCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    /** @return the result, keys in snake_case */
    abstract Map<String, Object> compute();

    /**
     * @param result what {@link #compute()} returned
     * @return the human-readable form
     */
    abstract String renderText(Map<String, Object> result);

    @Override
    public Integer call() {
        Map<String, Object> result = compute();
        spec.commandLine().getOut().println(json ? Json.write(result) : renderText(result));
        return 0;
    }
}
