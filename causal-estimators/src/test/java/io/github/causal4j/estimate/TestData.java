package io.github.causal4j.estimate;

import io.github.causal4j.data.Dataset;
import java.nio.file.Path;

/** The reference data sets of {@code datasets/}, located through the {@code causal4j.datasets} property. */
public final class TestData {

    private TestData() {
    }

    /**
     * @param name file name under datasets/
     * @return its path
     */
    public static Path path(String name) {
        return Path.of(System.getProperty("causal4j.datasets", "../datasets"), name);
    }

    /**
     * @param name file name under datasets/
     * @return the data set
     */
    public static Dataset read(String name) {
        return Dataset.readCsv(path(name));
    }

    /** @return LaLonde (NSW treated, PSID controls), 614 rows */
    public static Dataset lalonde() {
        return read("lalonde_psid.csv");
    }

    /** The nine covariates of the Dehejia–Wahba specification. */
    public static final java.util.List<String> LALONDE_COVARIATES = java.util.List.of("age", "educ", "black", "hispan",
            "married", "nodegree", "re74", "re75");
}
