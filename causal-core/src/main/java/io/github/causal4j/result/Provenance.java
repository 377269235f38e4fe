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
package io.github.causal4j.result;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Where a result came from, so that it can be reproduced: the data's content digest and shape,
 * the method and its settings, the seed of any randomness, and the library, Java and platform
 * versions (after the provenance records of Tribuo).
 *
 * @param dataSha256 {@link io.github.causal4j.data.Dataset#sha256()} of the data used, or {@code ""} when no data were used
 * @param rows number of rows used
 * @param method the method, e.g. {@code "ols"}
 * @param settings method settings as text, in a stable order
 * @param seed the seed of the random numbers used, if any
 * @param libraryVersion causal4j version
 * @param javaVersion Java runtime version
 * @param platform operating system and architecture
 */
public record Provenance(String dataSha256, long rows, String method, Map<String, String> settings, OptionalLong seed,
        String libraryVersion, String javaVersion, String platform) {

    /** Validates and copies the settings. */
    public Provenance {
        Objects.requireNonNull(dataSha256, "dataSha256");
        Objects.requireNonNull(method, "method");
        settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(libraryVersion, "libraryVersion");
        Objects.requireNonNull(javaVersion, "javaVersion");
        Objects.requireNonNull(platform, "platform");
    }

    /**
     * Provenance for the current runtime.
     *
     * @param dataSha256 digest of the data
     * @param rows rows used
     * @param method method name
     * @param settings method settings
     * @param seed seed, if randomness was used
     * @return the provenance record
     */
    public static Provenance of(String dataSha256, long rows, String method, Map<String, String> settings,
            OptionalLong seed) {
        return new Provenance(dataSha256, rows, method, settings, seed, currentLibraryVersion(),
                System.getProperty("java.version", "unknown"),
                System.getProperty("os.name", "unknown") + " " + System.getProperty("os.arch", ""));
    }

    /** @return the causal4j version from the jar manifest, or {@code "development"} */
    public static String currentLibraryVersion() {
        String v = Provenance.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    /**
     * @param key setting name
     * @param value setting value
     * @return the same provenance with another setting added
     */
    public Provenance withSetting(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(settings);
        copy.put(key, value);
        return new Provenance(dataSha256, rows, method, copy, seed, libraryVersion, javaVersion, platform);
    }
}
