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

import io.github.causal4j.CausalException;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * Turns user errors into one line on standard error and exit code 2 (never a stack trace), and
 * leaves the stack trace and exit code 1 for genuine internal failures.
 */
final class ErrorReporting {

    private ErrorReporting() {
    }

    static int onParameterError(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        cl.getErr().println("causal " + cl.getCommandName() + ": " + e.getMessage()
                + " (see 'causal " + (cl.getParent() == null ? "" : cl.getCommandName() + " ") + "--help')");
        return CausalCommand.EXIT_BAD_INPUT;
    }

    static int onExecutionError(Exception e, CommandLine cl, CommandLine.ParseResult parseResult) {
        if (isUserError(e)) {
            cl.getErr().println("causal " + cl.getCommandName() + ": " + oneLine(e));
            return CausalCommand.EXIT_BAD_INPUT;
        }
        cl.getErr().println("causal " + cl.getCommandName() + ": internal error, please report it:");
        e.printStackTrace(cl.getErr());
        return 1;
    }

    static boolean isUserError(Throwable e) {
        return e instanceof IllegalArgumentException || e instanceof CausalException
                || e instanceof UncheckedIOException || e instanceof java.io.IOException
                || e instanceof UserInputException;
    }

    static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replace('\n', ' ').replace('\r', ' ');
    }
}
