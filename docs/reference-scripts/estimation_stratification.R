# Reference values for causal4j's propensity-score stratification (StratificationTest).
# Run from the project root:  Rscript docs/reference-scripts/estimation_stratification.R
# Software: R 4.2.2, MatchIt 4.5.1. Strata are MatchIt's: type-7 quantiles of the propensity score
# (all units for the ATE, treated for the ATT, controls for the ATC) at probabilities 0, 1/K, ..., 1,
# and findInterval(..., all.inside = TRUE). The estimate sum_s w_s (mean_1s - mean_0s) with
# w_s = n_s/n (ATE), n1_s/n1 (ATT), n0_s/n0 (ATC) equals MatchIt's weighted difference in means; the
# SE is the within-stratum Neyman variance sqrt(sum_s w_s^2 (var_1s/n_1s + var_0s/n_0s)), treating the
# strata as fixed and the propensity score as known.
suppressPackageStartupMessages(library(MatchIt))
options(digits = 17)
lal <- read.csv("datasets/lalonde_psid.csv")
f <- treat ~ age + educ + black + hispan + married + nodegree + re74 + re75
ps <- fitted(glm(f, family = binomial, data = lal, control = glm.control(epsilon = 1e-15, maxit = 100)))
d <- lal$treat; y <- lal$re78
strat <- function(K, estimand) {
  ref <- switch(estimand, ATE = ps, ATT = ps[d == 1], ATC = ps[d == 0])
  q <- quantile(ref, probs = seq(0, 1, length.out = K + 1))
  s <- findInterval(ps, q, all.inside = TRUE)
  tab <- table(factor(s, 1:K), d)
  # an arm with a single unit in a stratum has no variance of its own: use that arm's pooled
  # within-stratum variance, sum_s (n_as - 1) var_as / sum_s (n_as - 1)
  pooled <- sapply(0:1, function(a) {
    num <- 0; den <- 0
    for (k in 1:K) { i <- s == k & d == a; if (sum(i) >= 2) { num <- num + (sum(i) - 1) * var(y[i]); den <- den + sum(i) - 1 } }
    num / den })
  avar <- function(i, a) if (sum(i) >= 2) var(y[i]) else pooled[a + 1]
  est <- 0; v <- 0
  for (k in 1:K) {
    i1 <- s == k & d == 1; i0 <- s == k & d == 0
    w <- switch(estimand, ATE = sum(s == k) / length(d), ATT = sum(i1) / sum(d), ATC = sum(i0) / sum(1 - d))
    est <- est + w * (mean(y[i1]) - mean(y[i0]))
    v <- v + w^2 * (avar(i1, 1) / sum(i1) + avar(i0, 0) / sum(i0))
  }
  m <- matchit(f, data = lal, method = "subclass", subclass = K, estimand = estimand, distance = ps)
  md <- match.data(m)
  mi <- coef(lm(re78 ~ treat, data = md, weights = weights))["treat"]
  cat(sprintf("K=%d %s estimate %.17g se %.17g matchit %.17g min cell %d\n", K, estimand, est, sqrt(v), mi, min(tab)))
}
strat(5, "ATE"); strat(5, "ATT"); strat(4, "ATC"); strat(10, "ATT")
