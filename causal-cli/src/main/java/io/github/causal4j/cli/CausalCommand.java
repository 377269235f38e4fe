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

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code causal} command: every causal4j capability on CSV files and graph text, printing
 * human-readable text or, with {@code --json}, one JSON object. Exit code 0 on success, 2 on bad
 * input with a one-line message on standard error naming what is wrong, 1 on an internal error.
 */
@Command(name = "causal",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Causal inference from the command line: graphs, identification, estimation, sensitivity, bounds.",
        subcommands = {
            DsepCommand.class,
            IdentifyCommand.class,
            AdjustmentSetsCommand.class,
            InstrumentsCommand.class,
            IndependenciesCommand.class,
            DemoCommand.class,
            EstimateCommand.class,
            AnalyzeCommand.class,
            EvalueCommand.class,
            SensitivityCommand.class,
            BoundsCommand.class,
            SuggestCommand.class,
            CritiqueCommand.class,
            CommandLine.HelpCommand.class
        })
public final class CausalCommand implements Runnable {

    /** Exit code for bad input: a malformed graph, an unknown node, a missing file. */
    public static final int EXIT_BAD_INPUT = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (try 'causal --help')");
    }

    /**
     * Runs the command line and exits with its code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs the command line with the given output streams (for tests and embedding).
     *
     * @param args the arguments
     * @param out standard output
     * @param err standard error
     * @return the exit code
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine(out, err);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new CausalCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler(ErrorReporting::onParameterError);
        cl.setExecutionExceptionHandler(ErrorReporting::onExecutionError);
        return cl;
    }
}
