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

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * A graph command that also answers many queries in one JVM: with {@code --batch FILE.jsonl},
 * every line is a JSON object whose keys are the command's long option names
 * ({@code {"graph": "dag { a -> b }", "x": ["a"], "y": ["b"]}}); the answers are printed one
 * JSON object per line in input order, and a line that fails gives {@code {"error": "..."}}
 * without stopping the rest.
 */
abstract class BatchableCommand extends JsonCommand {

    @Option(names = "--batch", paramLabel = "FILE.jsonl",
            description = "Answer one JSON request per line of FILE (keys are the long option names); one JSON answer per line.")
    Path batch;

    /** @return a fresh instance of the same command, to parse one batch line into */
    abstract Supplier<? extends BatchableCommand> factory();

    @Override
    public Integer call() {
        if (batch == null) {
            return super.call();
        }
        PrintWriter out = spec.commandLine().getOut();
        try (BufferedReader reader = Files.newBufferedReader(batch, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                out.println(Json.write(answer(line)));
            }
        } catch (NoSuchFileException e) {
            throw new UserInputException("batch file not found: " + batch);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read batch file " + batch + ": " + e.getMessage(), e);
        }
        out.flush();
        return 0;
    }

    private Map<String, Object> answer(String line) {
        try {
            BatchableCommand one = factory().get();
            CommandLine cl = new CommandLine(one);
            cl.parseArgs(toArguments(Json.read(line)));
            return one.compute();
        } catch (CommandLine.ParameterException e) {
            return error(e.getMessage());
        } catch (RuntimeException e) {
            if (!ErrorReporting.isUserError(e)) {
                throw e;
            }
            return error(ErrorReporting.oneLine(e));
        }
    }

    private static Map<String, Object> error(String message) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("error", message);
        return out;
    }

    /** {"graph": "...", "x": ["a","b"], "json": true} becomes --graph ... --x a,b --json. */
    static String[] toArguments(JsonNode request) {
        if (!request.isObject()) {
            throw new IllegalArgumentException("a batch line must be a JSON object of option names and values");
        }
        List<String> args = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = request.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            String option = "--" + f.getKey().replace('_', '-');
            if (option.equals("--batch")) {
                throw new IllegalArgumentException("a batch line cannot itself name a batch file");
            }
            JsonNode v = f.getValue();
            if (v.isBoolean()) {
                if (v.booleanValue()) {
                    args.add(option);
                }
            } else if (v.isArray()) {
                if (v.isEmpty()) {
                    continue;
                }
                List<String> items = new ArrayList<>();
                v.forEach(item -> items.add(item.asText()));
                args.add(option);
                args.add(String.join(",", items));
            } else if (!v.isNull()) {
                args.add(option);
                args.add(v.asText());
            }
        }
        return args.toArray(String[]::new);
    }
}
