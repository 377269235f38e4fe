package io.github.causal4j.estimate;

/** The scale on which propensity scores are compared when matching or stratifying. */
public enum PropensityScale {
    /** The probability {@code e(x)} (what R's {@code Matching::Match(X = fitted(glm))} and MatchIt's default use). */
    PROBABILITY,
    /** The linear predictor {@code logit e(x)}, often recommended for calipers (Rosenbaum &amp; Rubin 1985). */
    LOGIT
}
