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
package io.github.causal4j.graph.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs Graphviz's {@code dot -Tsvg} on DOT text, when a {@code dot} executable is on the
 * {@code PATH} (or named by the system property {@value #PROPERTY}; the value {@code none}
 * disables Graphviz). Graphviz is optional at run time and never needed to build.
 */
public final class GraphvizProcess {

    /** System property naming the {@code dot} executable, or {@code none}. */
    public static final String PROPERTY = "causal4j.graphviz.dot";

    private static final long TIMEOUT_SECONDS = 20;

    private GraphvizProcess() {
    }

    /** @return the {@code dot} executable, if there is one */
    public static Optional<Path> executable() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null) {
            if (configured.equalsIgnoreCase("none")) {
                return Optional.empty();
            }
            Path p = Path.of(configured);
            return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        boolean windows = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("win");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            Path candidate = Path.of(dir, windows ? "dot.exe" : "dot");
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * @param dot the graph in the DOT language
     * @return the SVG Graphviz draws, or empty if there is no {@code dot}, it fails or takes longer than 20 s
     */
    public static Optional<String> toSvg(String dot) {
        Optional<Path> exe = executable();
        if (exe.isEmpty()) {
            return Optional.empty();
        }
        Process process = null;
        try {
            process = new ProcessBuilder(exe.get().toString(), "-Tsvg").redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            Process p = process;
            CompletableFuture<byte[]> stdout = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
            try (OutputStream in = process.getOutputStream()) {
                in.write(dot.getBytes(StandardCharsets.UTF_8));
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return Optional.empty();
            }
            String svg = new String(stdout.get(TIMEOUT_SECONDS, TimeUnit.SECONDS), StandardCharsets.UTF_8);
            return svg.contains("<svg") ? Optional.of(svg) : Optional.empty();
        } catch (IOException | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
            }
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
