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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** A headless Chromium (or Chrome) from the operating system, for the browser tests; absent on machines without one. */
final class Chromium {

    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable",
            "chrome");

    private final Path executable;
    private final Path profile;

    private Chromium(Path executable, Path profile) {
        this.executable = executable;
        this.profile = profile;
    }

    /** @return a browser with a fresh profile under {@code work}, if one is installed */
    static Optional<Chromium> find(Path work) throws IOException {
        String path = System.getenv().getOrDefault("PATH", "");
        List<Path> dirs = new ArrayList<>();
        for (String d : path.split(java.io.File.pathSeparator)) {
            if (!d.isBlank()) {
                dirs.add(Path.of(d));
            }
        }
        dirs.add(Path.of("/usr/bin"));
        for (String name : NAMES) {
            for (Path d : dirs) {
                Path p = d.resolve(name);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    return Optional.of(new Chromium(p, Files.createDirectories(work.resolve("profile"))));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * @param args the arguments after the common headless, offline ones
     * @return standard output
     */
    String run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--force-device-scale-factor=1", "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(profile.getParent(), "chromium", ".out");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("chromium did not finish within 120 s: " + command);
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
