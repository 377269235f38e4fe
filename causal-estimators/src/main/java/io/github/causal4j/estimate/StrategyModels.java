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
package io.github.causal4j.estimate;

import io.github.causal4j.estimate.iv.IvModel;
import io.github.causal4j.estimate.proximal.ProximalModel;
import io.github.causal4j.identify.Estimand;
import io.github.causal4j.identify.Identification;
import io.github.causal4j.identify.Strategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The estimation models that identification's instrument and proxy strategies imply. An
 * instrument strategy gives an {@link IvModel} whose instruments are every instrument found with
 * the same conditioning set (each is valid given that set, so together they over-identify the
 * effect and admit the Sargan test) and whose covariates are that set, then the user's covariates.
 * A proxy strategy gives a {@link ProximalModel} with its proxies and covariates.
 */
final class StrategyModels {

    private StrategyModels() {
    }

    static Optional<IvModel> instrumental(Identification id, String treatment, String outcome, List<String> extra) {
        List<Strategy> iv = id.strategies("iv");
        if (iv.isEmpty()) {
            return Optional.empty();
        }
        Strategy first = id.recommended().filter(s -> s.kind().equals("iv")).orElse(iv.get(0));
        List<String> conditioning = ((Estimand.Instrumental) first.estimand()).conditioning();
        List<String> instruments = new ArrayList<>();
        for (Strategy s : iv) {
            Estimand.Instrumental e = (Estimand.Instrumental) s.estimand();
            if (e.conditioning().equals(conditioning) && !instruments.contains(e.instrument())) {
                instruments.add(e.instrument());
            }
        }
        List<String> covariates = new ArrayList<>(conditioning);
        for (String c : extra) {
            if (!covariates.contains(c) && !instruments.contains(c) && !c.equals(treatment) && !c.equals(outcome)) {
                covariates.add(c);
            }
        }
        return Optional.of(IvModel.of(outcome, treatment, instruments, covariates));
    }

    static Optional<ProximalModel> proximal(Identification id, String treatment, String outcome) {
        List<Strategy> proximal = id.strategies("proximal");
        if (proximal.isEmpty()) {
            return Optional.empty();
        }
        Estimand.Proximal p = (Estimand.Proximal) proximal.get(0).estimand();
        return Optional.of(new ProximalModel(treatment, outcome, p.treatmentProxies(), p.outcomeProxies(), p.covariates()));
    }
}
