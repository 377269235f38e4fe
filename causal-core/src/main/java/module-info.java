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
/**
 * causal4j core: datasets, causal graphs (DAGs and ADMGs), d-separation, identification and the
 * testable implications of a graph. Every package is exported except the {@code internal} ones,
 * which hold the code that touches third-party libraries and are not API.
 *
 * <p>Third-party modules are required, never {@code requires transitive}: no JGraphT, Commons
 * Numbers or Commons CSV type appears in an exported signature. Every required module has a
 * stable name (declared, or an {@code Automatic-Module-Name}); none is derived from a file name.
 */
@SuppressWarnings("requires-automatic")
module io.github.causal4j.core {
    requires org.jgrapht.core;
    requires org.jgrapht.io;
    requires org.apache.commons.numbers.gamma;
    requires org.apache.commons.csv;
    requires org.slf4j;

    exports io.github.causal4j;
    exports io.github.causal4j.data;
    exports io.github.causal4j.graph;
    exports io.github.causal4j.identify;
    exports io.github.causal4j.independence;
    exports io.github.causal4j.result;
}
