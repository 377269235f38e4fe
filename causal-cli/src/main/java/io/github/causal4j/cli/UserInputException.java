package io.github.causal4j.cli;

/** A problem with what the user typed that no library method reported: a missing file, a bad list. */
final class UserInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UserInputException(String message) {
        super(message);
    }
}
