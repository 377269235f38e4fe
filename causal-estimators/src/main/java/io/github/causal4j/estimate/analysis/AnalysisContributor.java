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
package io.github.causal4j.estimate.analysis;

/**
 * A stage that {@link AnalysisPipeline#run} adds to every analysis when its module is on the class
 * path: a {@link java.util.ServiceLoader} service. The estimators cannot depend on the modules
 * above them, so the sensitivity module provides the Cinelli–Hazlett sensitivity analysis and the
 * partial-identification bounds through this interface (registered in
 * {@code META-INF/services/io.github.causal4j.estimate.analysis.AnalysisContributor}), and the
 * result says which expected contributions are missing when the module is not there.
 *
 * <p>Implementations are stateless, with a public no-argument constructor. A contributor that does
 * not apply (sensitivity without an OLS estimate, bounds for an identified effect) still returns a
 * section that says why, with an empty {@link Contribution#value()}.
 */
public interface AnalysisContributor {

    /** @return the name, a lower-case word used as section id and JSON key ({@code "sensitivity"}, {@code "bounds"}) */
    String name();

    /**
     * @param input the analysis so far
     * @return the contribution
     */
    Contribution contribute(ContributorInput input);
}
