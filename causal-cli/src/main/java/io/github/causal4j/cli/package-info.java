/**
 * The {@code causal} command line (picocli): one subcommand per capability, text or JSON output,
 * batch mode for graph queries, exit code 2 with a one-line message for bad input.
 */
package io.github.causal4j.cli;
