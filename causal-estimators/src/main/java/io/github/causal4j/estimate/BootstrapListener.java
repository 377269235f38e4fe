package io.github.causal4j.estimate;

/**
 * Progress of a bootstrap: called after each finished replicate (and each jackknife fit of the BCa
 * acceleration), possibly from several threads at once, so implementations must be thread-safe and
 * quick. The counts only grow.
 */
@FunctionalInterface
public interface BootstrapListener {

    /** A listener that ignores progress. */
    BootstrapListener NONE = (done, total) -> { };

    /**
     * @param completed fits finished so far
     * @param total fits in all (replicates plus jackknife fits)
     */
    void progress(int completed, int total);
}
