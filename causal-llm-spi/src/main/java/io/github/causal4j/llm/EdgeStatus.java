package io.github.causal4j.llm;

/** What became of a voted edge when the suggestion's graph was assembled. */
public enum EdgeStatus {
    /** In the graph. */
    ACCEPTED,
    /** Its vote share is below the pipeline's minimum confidence. */
    BELOW_THRESHOLD,
    /** The opposite direction got at least as many votes (a tie drops both: the direction is undecided). */
    OUTVOTED,
    /** Adding it would have closed a directed cycle with edges of higher confidence. */
    CLOSES_CYCLE,
    /** The expert's knowledge forbids it (a forbidden edge, a tier order, a required opposite edge). */
    OVERRULED
}
