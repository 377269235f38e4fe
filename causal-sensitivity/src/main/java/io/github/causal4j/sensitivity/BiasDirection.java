package io.github.causal4j.sensitivity;

/**
 * Which way the omitted-variable bias is assumed to push the estimate (sensemakr's {@code reduce}
 * argument). The adjusted estimate is {@code sign(est) (|est| - bias)} toward zero and
 * {@code sign(est) (|est| + bias)} away from it; the null hypothesis deemed problematic is
 * {@code est (1 - q)} toward zero and {@code est (1 + q)} away from it (Cinelli &amp; Hazlett 2020, Sec. 4).
 */
public enum BiasDirection {
    /** The confounder has inflated the estimate: adjusting shrinks its absolute value ({@code reduce = TRUE}). */
    TOWARD_ZERO,
    /** The confounder has deflated the estimate: adjusting grows its absolute value ({@code reduce = FALSE}). */
    AWAY_FROM_ZERO;

    /** @return {@code true} for {@link #TOWARD_ZERO}, sensemakr's {@code reduce} flag */
    public boolean reduces() {
        return this == TOWARD_ZERO;
    }
}
