package io.github.causal4j.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files the commands write (reports, plots), with errors that name the file. */
final class OutputFiles {

    private OutputFiles() {
    }

    /** Writes {@code content} as UTF-8, replacing the file. */
    static void write(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Creates a directory and its parents; one that cannot be made is the user's input error. */
    static void createDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UserInputException("cannot create the directory " + dir + ": " + e.getMessage());
        }
    }
}
