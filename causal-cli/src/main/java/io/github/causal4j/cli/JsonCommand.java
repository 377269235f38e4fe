package io.github.causal4j.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Base of the commands that answer with one result: {@link #compute()} builds the result as an
 * ordered map with snake_case keys (the JSON contract of DESIGN.md), printed as JSON with
 * {@code --json} and as text by {@link #renderText(Map)} otherwise.
 */
abstract class JsonCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    /** @return the result, keys in snake_case */
    abstract Map<String, Object> compute();

    /**
     * @param result what {@link #compute()} returned
     * @return the human-readable form
     */
    abstract String renderText(Map<String, Object> result);

    @Override
    public Integer call() {
        Map<String, Object> result = compute();
        spec.commandLine().getOut().println(json ? Json.write(result) : renderText(result));
        return 0;
    }
}
