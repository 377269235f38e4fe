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
package io.github.causal4j.llm;

import io.github.causal4j.graph.CausalGraph;
import io.github.causal4j.graph.Edge;
import io.github.causal4j.graph.EdgeType;

/**
 * The provider-independent prompts: what each {@link SuggestionTask} asks, in words a model
 * understands, with the variables and their descriptions. Output format instructions are the
 * provider's business (see the {@code causal-llm-openai} module). Template ids are
 * {@code causal4j/<task>}; the version changes whenever the wording does, and is recorded with
 * every answer, so that results can be traced to the exact prompt.
 *
 * <p>The wording follows what makes language models useful here (Kıcıman et al. 2023, "Causal
 * reasoning and large language models"): the variables' meanings, not only their names; one
 * question at a time; an explicit "leave it out if unsure"; a rationale for each claim.
 */
public final class PromptTemplates {

    /** Version of every template below. */
    public static final String VERSION = "1";

    private PromptTemplates() {
    }

    /**
     * @param question a question
     * @return its prompt
     */
    public static Prompt render(Question question) {
        SuggestionRequest r = question.request();
        String system = question.persona().instruction()
                + " You help an analyst draw a causal graph: a directed acyclic graph in which an arrow A -> B"
                + " means that A is a direct cause of B."
                + " Use only the variable names listed, spelled exactly as listed, unless you are asked to name new,"
                + " unmeasured variables. If you are not sure about a relation, leave it out rather than guess."
                + " Give a one-sentence rationale for every claim.";
        StringBuilder user = new StringBuilder();
        user.append("Context: ").append(r.context().isEmpty() ? "none given." : r.context()).append("\n\n");
        user.append("Variables (name: description):\n");
        for (Variable v : r.variables()) {
            user.append("- ").append(v.name()).append(": ")
                    .append(v.description().isEmpty() ? "(no description)" : v.description()).append('\n');
        }
        user.append('\n').append("Task: ").append(taskText(r));
        return new Prompt("causal4j/" + r.task().id(), VERSION, system, user.toString());
    }

    private static String taskText(SuggestionRequest r) {
        String x = r.treatment().orElse("");
        String y = r.outcome().orElse("");
        return switch (r.task()) {
            case EDGES -> "List the direct causal relations among these variables as directed edges from cause to"
                    + " effect. Include an edge only if one variable directly causes the other, not only through"
                    + " other listed variables. Do not create cycles. If no variable causes another, list no edges.";
            case CONFOUNDERS -> "The treatment is " + x + " and the outcome is " + y + ". List the variables that are"
                    + " common causes of " + x + " and " + y + " (confounders): each must cause " + x + " and cause "
                    + y + ", directly or through other variables, and must not itself be caused by " + x + "."
                    + " Do not list " + x + " or " + y + ".";
            case MEDIATORS -> "The treatment is " + x + " and the outcome is " + y + ". List the variables that lie on"
                    + " a causal path from " + x + " to " + y + ": each must be caused by " + x + " and must cause "
                    + y + ". Do not list " + x + " or " + y + ".";
            case INSTRUMENTS -> "The treatment is " + x + " and the outcome is " + y + ". List the variables that are"
                    + " instruments for the effect of " + x + " on " + y + ": each must cause " + x + ", must affect "
                    + y + " only through " + x + ", and must share no common cause with " + y + ". If that holds only"
                    + " after adjusting for some listed covariates, name them as 'given'. Do not list " + x + " or "
                    + y + ".";
            case NEGATIVE_CONTROLS -> "The treatment is " + x + " and the outcome is " + y + "; assume they share"
                    + " unmeasured common causes. List negative-control exposures: variables driven by the same"
                    + " unmeasured causes that do not cause " + y + " and are not caused by " + x + ". List"
                    + " negative-control outcomes: variables driven by the same unmeasured causes that are caused"
                    + " neither by " + x + " nor by the negative-control exposures. Do not list " + x + " or " + y + ".";
            case LATENT_CONFOUNDERS -> "The treatment is " + x + " and the outcome is " + y + ". Name unmeasured"
                    + " common causes of " + x + " and " + y + " that are not among the listed variables. For each,"
                    + " give a short name, a description, the listed variables it affects (at least " + x + " and "
                    + y + "), and if you can one listed covariate it is about as strong as, as a benchmark for a"
                    + " sensitivity analysis.";
            case CRITIQUE -> critiqueText(r);
        };
    }

    private static String critiqueText(SuggestionRequest r) {
        CausalGraph g = r.graph().orElseThrow();
        StringBuilder sb = new StringBuilder("Here is the analyst's graph, one edge per line:\n");
        if (g.edgeCount() == 0) {
            sb.append("(no edges)\n");
        }
        for (Edge e : g.edges()) {
            sb.append(e.from()).append(e.type() == EdgeType.DIRECTED ? " -> " : " <-> ").append(e.to())
                    .append(e.type() == EdgeType.BIDIRECTED ? "   (an unmeasured common cause)" : "").append('\n');
        }
        sb.append("Give a verdict on every directed edge: keep it, remove it, or reverse it. Then list the direct"
                + " causal edges among the listed variables that the graph is missing, to add.");
        if (r.treatment().isPresent()) {
            String x = r.treatment().get();
            String y = r.outcome().get();
            sb.append(" The treatment is ").append(x).append(" and the outcome is ").append(y).append(". Finally name")
                    .append(" unmeasured common causes of ").append(x).append(" and ").append(y)
                    .append(" that the graph misses, not among the listed variables, each with the listed variables")
                    .append(" it affects and one listed covariate it is about as strong as.");
        } else {
            sb.append(" Finally name unmeasured common causes the graph misses, not among the listed variables,")
                    .append(" each with the listed variables it affects and one listed covariate it is about as strong as.");
        }
        return sb.toString();
    }
}
