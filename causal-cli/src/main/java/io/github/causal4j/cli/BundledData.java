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

import io.github.causal4j.data.CsvOptions;
import io.github.causal4j.data.Dataset;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Data and graphs bundled in the jar under {@code /datasets} (the repository's {@code datasets/}). */
final class BundledData {

    private BundledData() {
    }

    static Dataset dataset(String resource, CsvOptions options) {
        try (Reader reader = open(resource)) {
            return Dataset.readCsv(reader, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String resource) {
        try (Reader reader = open(resource)) {
            StringBuilder sb = new StringBuilder();
            char[] buffer = new char[4096];
            for (int n; (n = reader.read(buffer)) != -1; ) {
                sb.append(buffer, 0, n);
            }
            return sb.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reader open(String resource) {
        InputStream in = BundledData.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("bundled resource " + resource + " is missing from the jar");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
