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

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed provider spec {@code scheme:target?key=value&key=value}, e.g.
 * {@code openai-compat:http://localhost:11434/v1?model=qwen2.5:7b} (scheme {@code openai-compat},
 * target {@code http://localhost:11434/v1}, parameter {@code model=qwen2.5:7b}) or
 * {@code knowledge:expert.txt}. The scheme is the text before the first {@code ':'}; the parameters
 * start at the first {@code '?'} after it and are URL-decoded. Secrets never go into a spec: API keys
 * are read from an environment variable the spec names.
 *
 * @param scheme the scheme, lower case
 * @param target what the scheme addresses (a base URL, a file); may be empty
 * @param parameters the parameters in order
 */
public record ProviderSpec(String scheme, String target, Map<String, String> parameters) {

    /** Validates and copies. */
    public ProviderSpec {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(target, "target");
        if (scheme.isBlank()) {
            throw new IllegalArgumentException("a provider spec needs a scheme before ':'");
        }
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /**
     * @param spec text such as {@code openai-compat:http://localhost:11434/v1?model=qwen2.5:7b}
     * @return the parsed spec
     * @throws IllegalArgumentException if there is no scheme or a parameter has no {@code '='} or repeats
     */
    public static ProviderSpec parse(String spec) {
        Objects.requireNonNull(spec, "provider spec");
        String text = spec.strip();
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("provider spec '" + spec
                    + "' has no scheme; expected e.g. openai-compat:http://localhost:11434/v1?model=qwen2.5:7b or knowledge:FILE");
        }
        String scheme = text.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT);
        String rest = text.substring(colon + 1);
        int question = rest.indexOf('?');
        String target = question < 0 ? rest : rest.substring(0, question);
        Map<String, String> params = new LinkedHashMap<>();
        if (question >= 0) {
            for (String pair : rest.substring(question + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("parameter '" + pair + "' of provider spec '" + scheme
                            + ":...' is not key=value");
                }
                String key = decode(pair.substring(0, eq));
                String value = decode(pair.substring(eq + 1));
                if (params.put(key, value) != null) {
                    throw new IllegalArgumentException("parameter '" + key + "' is given twice in provider spec '" + scheme + ":...'");
                }
            }
        }
        return new ProviderSpec(scheme, target.strip(), params);
    }

    private static String decode(String s) {
        // '+' stays '+': model tags such as "llama3+extra" are more common in specs than form-encoded spaces.
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /**
     * @param key a parameter name
     * @return its value, if given
     */
    public Optional<String> parameter(String key) {
        return Optional.ofNullable(parameters.get(key));
    }

    /**
     * @param key a parameter name
     * @return its value
     * @throws IllegalArgumentException naming the parameter and the scheme if it is missing
     */
    public String require(String key) {
        String v = parameters.get(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("provider spec '" + scheme + ":" + target + "' needs the parameter " + key
                    + " (append ?" + key + "=...)");
        }
        return v;
    }

    /** @return the spec in its text form */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(scheme).append(':').append(target);
        char sep = '?';
        for (Map.Entry<String, String> e : parameters.entrySet()) {
            sb.append(sep).append(e.getKey()).append('=').append(e.getValue());
            sep = '&';
        }
        return sb.toString();
    }
}
