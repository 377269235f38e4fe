package io.github.causal4j.data;

/** Writes doubles so that they read back to the identical value, integers without a fraction. */
final class DecimalFormatting {

    private static final double LARGEST_PLAIN_INTEGER = 1e15;

    private DecimalFormatting() {
    }

    static String format(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < LARGEST_PLAIN_INTEGER) {
            // -0.0 is written "-0" so that it reads back to -0.0 bit for bit.
            long asLong = (long) v;
            return asLong == 0 && Double.doubleToRawLongBits(v) != 0 ? "-0" : Long.toString(asLong);
        }
        return Double.toString(v);
    }
}
