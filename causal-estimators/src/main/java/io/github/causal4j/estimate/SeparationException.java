package io.github.causal4j.estimate;

import io.github.causal4j.CausalException;
import java.util.List;

/**
 * A logistic regression whose outcome is perfectly predicted by a combination of the covariates
 * (complete or quasi-complete separation): the maximum-likelihood estimate does not exist, and for
 * a propensity score it means that some covariate region holds only treated or only control
 * units (no overlap). The message names the outcome, the covariates that separate it and how many
 * rows are perfectly predicted.
 */
public final class SeparationException extends CausalException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> covariates;
    /** Rows with fitted probability numerically 0 or 1. */
    private final int perfectlyPredicted;

    /**
     * @param message the message
     * @param covariates the design columns whose coefficients diverge
     * @param perfectlyPredicted rows with fitted probability numerically 0 or 1
     */
    public SeparationException(String message, List<String> covariates, int perfectlyPredicted) {
        super(message);
        this.covariates = List.copyOf(covariates);
        this.perfectlyPredicted = perfectlyPredicted;
    }

    /** @return the design columns whose coefficients diverge */
    public List<String> covariates() {
        return covariates;
    }

    /** @return the number of rows with fitted probability numerically 0 or 1 */
    public int perfectlyPredicted() {
        return perfectlyPredicted;
    }
}
