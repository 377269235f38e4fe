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

import io.github.causal4j.estimate.BootstrapListener;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A one-line progress bar on standard error, redrawn in place with a carriage return
 * ({@code causal analyze [#########           ]  45%}), for the pipeline's progress listener. It
 * redraws only when the whole percentage changes, is safe to call from several threads, and ends
 * its line when the work is complete.
 */
final class ProgressBar implements BootstrapListener {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final String label;
    private int shown = -1;
    private boolean finished;

    ProgressBar(PrintWriter err, String label) {
        this.err = err;
        this.label = label;
    }

    @Override
    public synchronized void progress(int completed, int total) {
        if (finished || total <= 0) {
            return;
        }
        int percent = (int) Math.min(100, (100L * completed) / total);
        if (percent == shown) {
            return;
        }
        shown = percent;
        int filled = percent * WIDTH / 100;
        err.print(String.format(Locale.ROOT, "\r%s [%s%s] %3d%%", label, "#".repeat(filled), " ".repeat(WIDTH - filled),
                percent));
        if (completed >= total) {
            err.println();
            finished = true;
        }
        err.flush();
    }

    /** Ends the bar's line if the work stopped short (a failure). */
    synchronized void close() {
        if (shown >= 0 && !finished) {
            err.println();
            err.flush();
            finished = true;
        }
    }

    /**
     * @return whether standard error is a terminal: on Linux, whether file descriptor 2 is a tty or
     *     pseudo-terminal; elsewhere whether the JVM has a console
     */
    static boolean stderrIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        try {
            if (Files.exists(fd, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            // fall through to the console test
        }
        return System.console() != null;
    }
}
