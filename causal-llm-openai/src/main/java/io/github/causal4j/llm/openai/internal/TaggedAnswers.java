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
package io.github.causal4j.llm.openai.internal;

import io.github.causal4j.llm.CausalRole;
import io.github.causal4j.llm.EdgeAction;
import io.github.causal4j.llm.EdgeClaim;
import io.github.causal4j.llm.LatentClaim;
import io.github.causal4j.llm.RoleClaim;
import io.github.causal4j.llm.SuggestionTask;
import io.github.causal4j.llm.VerdictClaim;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain-text answer format, the last level of structured output: one tagged line per claim,
 * fields separated by {@code |}. Lines without a known tag (prose, greetings) are ignored; Markdown
 * bullets and bold around a tag are tolerated; a tagged line that does not parse is an error.
 *
 * <pre>
 * EDGE: smoke -&gt; lung | tobacco smoke damages the lung
 * CONFOUNDER: age | older people smoke more and fall ill more
 * INSTRUMENT: price | given: region | price shifts smoking only
 * NEGATIVE-CONTROL-OUTCOME: hipfracture | shares frailty, not caused by smoking
 * LATENT: genes | inherited predisposition | affects: smoke, lung | as strong as: age | why
 * KEEP: a -&gt; b | why          REMOVE / REVERSE / ADD likewise
 * NONE                       (nothing to list)
 * </pre>
 */
public final class TaggedAnswers {

    private static final Pattern TAGGED = Pattern.compile("^([A-Za-z][A-Za-z _-]*?)\\s*:\\s*(.*)$");

    private TaggedAnswers() {
    }

    /**
     * @param task the task
     * @return the format instructions for the prompt
     */
    public static String instructions(SuggestionTask task) {
        String lines = switch (task) {
            case EDGES -> "EDGE: <cause> -> <effect> | <one-sentence rationale>";
            case CONFOUNDERS -> "CONFOUNDER: <variable> | <one-sentence rationale>";
            case MEDIATORS -> "MEDIATOR: <variable> | <one-sentence rationale>";
            case INSTRUMENTS -> "INSTRUMENT: <variable> | given: <covariates to adjust for, comma-separated, or nothing>"
                    + " | <one-sentence rationale>";
            case NEGATIVE_CONTROLS -> "NEGATIVE-CONTROL-EXPOSURE: <variable> | <one-sentence rationale>\n"
                    + "NEGATIVE-CONTROL-OUTCOME: <variable> | <one-sentence rationale>";
            case LATENT_CONFOUNDERS -> latentLine();
            case CRITIQUE -> "KEEP: <from> -> <to> | <one-sentence rationale>\n"
                    + "REMOVE: <from> -> <to> | <one-sentence rationale>\n"
                    + "REVERSE: <from> -> <to> | <one-sentence rationale>\n"
                    + "ADD: <from> -> <to> | <one-sentence rationale>\n" + latentLine();
        };
        return "Answer with one line per item and nothing else, each line in exactly one of these forms:\n" + lines
                + "\nUse the variable names exactly as listed. If there is nothing to list, answer with the single line NONE.";
    }

    private static String latentLine() {
        return "LATENT: <short name of the unmeasured variable> | <description> | affects: <listed variables,"
                + " comma-separated> | as strong as: <one listed covariate, or nothing> | <one-sentence rationale>";
    }

    private static Set<String> tags(SuggestionTask task) {
        return switch (task) {
            case EDGES -> Set.of("EDGE");
            case CONFOUNDERS -> Set.of("CONFOUNDER");
            case MEDIATORS -> Set.of("MEDIATOR");
            case INSTRUMENTS -> Set.of("INSTRUMENT");
            case NEGATIVE_CONTROLS -> Set.of("NEGATIVE-CONTROL-EXPOSURE", "NEGATIVE-CONTROL-OUTCOME");
            case LATENT_CONFOUNDERS -> Set.of("LATENT");
            case CRITIQUE -> Set.of("KEEP", "REMOVE", "REVERSE", "ADD", "LATENT");
        };
    }

    /**
     * @param text the answer
     * @param task the task
     * @return the claims and the errors
     */
    public static Reading read(String text, SuggestionTask task) {
        Set<String> tags = tags(task);
        List<EdgeClaim> edges = new ArrayList<>();
        List<RoleClaim> roles = new ArrayList<>();
        List<VerdictClaim> verdicts = new ArrayList<>();
        List<LatentClaim> latents = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        boolean any = false;
        String[] lines = text.split("\r\n|\n|\r");
        for (int i = 0; i < lines.length; i++) {
            String line = clean(lines[i]);
            if (line.equalsIgnoreCase("NONE") || line.equalsIgnoreCase("NONE.")) {
                any = true;
                continue;
            }
            Matcher m = TAGGED.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String tag = m.group(1).strip().toUpperCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
            if (!tags.contains(tag)) {
                continue;
            }
            any = true;
            String where = "line " + (i + 1) + " (" + tag + ")";
            String[] f = m.group(2).split("\\|", -1);
            for (int k = 0; k < f.length; k++) {
                f[k] = f[k].strip();
            }
            switch (tag) {
                case "EDGE", "KEEP", "REMOVE", "REVERSE", "ADD" -> {
                    String[] ends = f[0].split("->", -1);
                    if (ends.length != 2 || ends[0].isBlank() || ends[1].isBlank()) {
                        errors.add(where + " must read '" + tag + ": <from> -> <to> | <rationale>'");
                        continue;
                    }
                    String why = f.length > 1 ? join(f, 1) : "";
                    if (tag.equals("EDGE")) {
                        edges.add(new EdgeClaim(ends[0].strip(), ends[1].strip(), why));
                    } else {
                        verdicts.add(new VerdictClaim(ends[0].strip(), ends[1].strip(), EdgeAction.fromId(tag), why));
                    }
                }
                case "LATENT" -> latent(f, where, latents, errors);
                default -> {
                    if (f[0].isEmpty()) {
                        errors.add(where + " names no variable");
                        continue;
                    }
                    List<String> given = new ArrayList<>();
                    int next = 1;
                    if (f.length > 1 && f[1].toLowerCase(Locale.ROOT).startsWith("given:")) {
                        given = names(f[1].substring("given:".length()));
                        next = 2;
                    }
                    roles.add(new RoleClaim(f[0], CausalRole.fromId(tag), given, f.length > next ? join(f, next) : ""));
                }
            }
        }
        if (!any) {
            errors.add("the answer has no line in the required form (" + String.join(", ", tags) + ", or NONE)");
        }
        return new Reading(edges, roles, verdicts, latents, errors);
    }

    private static void latent(String[] f, String where, List<LatentClaim> latents, List<String> errors) {
        if (f[0].isEmpty()) {
            errors.add(where + " names no unmeasured variable");
            return;
        }
        String description = "";
        List<String> affects = null;
        Optional<String> strong = Optional.empty();
        List<String> rest = new ArrayList<>();
        for (int k = 1; k < f.length; k++) {
            String low = f[k].toLowerCase(Locale.ROOT);
            if (low.startsWith("affects:")) {
                affects = names(f[k].substring("affects:".length()));
            } else if (low.startsWith("as strong as:")) {
                String s = f[k].substring("as strong as:".length()).strip();
                strong = s.isEmpty() || s.equalsIgnoreCase("nothing") || s.equalsIgnoreCase("none") ? Optional.empty()
                        : Optional.of(s);
            } else {
                rest.add(f[k]);
            }
        }
        if (affects == null) {
            errors.add(where + " has no 'affects: <variables>' field");
            return;
        }
        if (!rest.isEmpty()) {
            description = rest.get(0);
        }
        String why = rest.size() > 1 ? String.join(" | ", rest.subList(1, rest.size())) : "";
        latents.add(new LatentClaim(f[0], description, affects, strong, why));
    }

    private static List<String> names(String list) {
        List<String> out = new ArrayList<>();
        for (String n : list.split(",")) {
            String s = n.strip();
            if (!s.isEmpty() && !s.equalsIgnoreCase("nothing") && !s.equalsIgnoreCase("none")) {
                out.add(s);
            }
        }
        return out;
    }

    private static String join(String[] f, int from) {
        return String.join(" | ", java.util.Arrays.copyOfRange(f, from, f.length)).strip();
    }

    /** Strips Markdown bullets, numbering and bold that models put around a tagged line. */
    private static String clean(String line) {
        String s = line.strip().replace("**", "").replace("`", "");
        s = s.replaceFirst("^([-*•]|\\d+[.)])\\s+", "");
        return s.strip();
    }
}
