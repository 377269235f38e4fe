/**
 * causal4j core: datasets, causal graphs (DAGs and ADMGs), d-separation, identification and the
 * testable implications of a graph. Every package is exported except the {@code internal} ones,
 * which hold the code that touches third-party libraries and are not API.
 *
 * <p>Third-party modules are required, never {@code requires transitive}: no JGraphT, Commons
 * Math or Commons CSV type appears in an exported signature. Commons Math 3 has no module name of
 * its own, so it resolves as the automatic module {@code commons.math3} named after its jar file
 * ({@code commons-math3-3.6.1.jar}); the 3.x line is final, so that name will not change.
 */
@SuppressWarnings("requires-automatic")
module io.github.causal4j.core {
    requires org.jgrapht.core;
    requires org.jgrapht.io;
    requires commons.math3;
    requires org.apache.commons.csv;
    requires org.slf4j;

    exports io.github.causal4j;
    exports io.github.causal4j.data;
    exports io.github.causal4j.graph;
    exports io.github.causal4j.identify;
    exports io.github.causal4j.independence;
    exports io.github.causal4j.result;
}
