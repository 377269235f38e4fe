package io.github.causal4j.identify;

import java.util.Objects;

/**
 * The verdict of the conditional-instrument criterion on one {@code (z, W)}.
 *
 * @param instrument the instrument and conditioning set tested
 * @param valid whether the criterion holds
 * @param reason why it does or does not
 */
public record InstrumentCheck(Instrument instrument, boolean valid, String reason) {

    /** Validates the fields. */
    public InstrumentCheck {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return instrument + (valid ? " is" : " is not") + " a conditional instrument: " + reason;
    }
}
