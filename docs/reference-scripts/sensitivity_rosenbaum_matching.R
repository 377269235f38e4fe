# Reference values for Rosenbaum bounds from propensity-score matching on LaLonde
# (RosenbaumMatchingTest in causal-sensitivity, MatchedSampleTest.matchedSetsAreMatchsPairs
# in causal-estimators, EstimateCommandTest.rosenbaumGrid in causal-cli).
# Run from the project root:  Rscript docs/reference-scripts/sensitivity_rosenbaum_matching.R
# Software: R 4.2.2, Matching 4.10-8 (stats::wilcox.test, stats::qsignrank from base R).
#
# 1. Match(Y = re78, Tr = treat, X = fitted logit score, M = 1, replace = TRUE, ties = TRUE),
#    the call of estimation_matching.R, and writes every matched pair to
#    datasets/lalonde_psid_att_matches.csv (treated_id, control_id, weight; ids are the `id` column,
#    1-based rows; weight = Match's 1/(number of matches of the treated unit)).
# 2. Treated-minus-control differences: one per matched set (treated outcome minus the weighted mean
#    of its controls) and one per matched pair (Match's mdata rows, what rbounds::psens ranks).
# 3. For each: Wilcoxon's signed-rank statistic V and the normal p-value without continuity
#    correction from wilcox.test (the tie-corrected variance equals p(1-p) sum(rank^2) at p = 1/2);
#    the exact bounds on the p-value under Gamma by a dynamic programme over doubled average ranks
#    written here from Rosenbaum (2002, Observational Studies, 2nd ed., Sec. 4.3.3):
#    P(sum_i 2 r_i B_i >= 2 T), B_i ~ Bernoulli(p), p = 1/(1+Gamma) (lower) and Gamma/(1+Gamma) (upper);
#    and at Gamma = 1 the Hodges-Lehmann estimate (median of the Walsh averages of all differences,
#    zeros included) and the exact 95% interval of wilcox.test's exact branch (qsignrank cut on the
#    sorted Walsh averages).
suppressPackageStartupMessages(library(Matching))
options(digits = 17)
lal <- read.csv("datasets/lalonde_psid.csv")
ps <- fitted(glm(treat ~ age + educ + black + hispan + married + nodegree + re74 + re75, family = binomial,
                 data = lal, control = glm.control(epsilon = 1e-15, maxit = 100)))
m <- Match(Y = lal$re78, Tr = lal$treat, X = ps, replace = TRUE, ties = TRUE, estimand = "ATT", M = 1)
pairs <- data.frame(treated_id = lal$id[m$index.treated], control_id = lal$id[m$index.control],
                    weight = sprintf("%.17g", m$weights))
write.csv(pairs, "datasets/lalonde_psid_att_matches.csv", row.names = FALSE, quote = FALSE)
cat(sprintf("ATT %.17g, %d pairs, %d treated\n", m$est, nrow(pairs), length(unique(m$index.treated))))

y <- lal$re78
pair_d <- y[m$index.treated] - y[m$index.control]
set_d <- sapply(split(seq_along(m$index.treated), m$index.treated), function(k) {
  y[m$index.treated[k[1]]] - sum(m$weights[k] * y[m$index.control[k]])
})

exact_upper_tail <- function(d, p) {
  nz <- d[d != 0]
  r2 <- round(2 * rank(abs(nz), ties.method = "average"))
  t2 <- sum(r2[nz > 0])
  dist <- c(1, numeric(sum(r2)))        # dist[s + 1] = P(sum = s)
  for (r in r2) {
    shifted <- c(numeric(r), dist[seq_len(length(dist) - r)])
    dist <- (1 - p) * dist + p * shifted
  }
  sum(dist[(t2 + 1):length(dist)])
}

report <- function(label, d) {
  w <- wilcox.test(d, alternative = "greater", exact = FALSE, correct = FALSE)
  cat(sprintf("%s: n %d, non-zero %d, V %.17g, normal p %.17g\n", label, length(d), sum(d != 0), w$statistic, w$p.value))
  for (g in c(1, 1.5, 2, 3)) {
    cat(sprintf("  Gamma %g exact lower %.17g upper %.17g\n", g, exact_upper_tail(d, 1 / (1 + g)),
                exact_upper_tail(d, g / (1 + g))))
  }
  n <- length(d)
  walsh <- outer(d, d, "+") / 2
  walsh <- sort(walsh[upper.tri(walsh, diag = TRUE)])
  qu <- qsignrank(0.025, n)
  if (qu == 0) qu <- 1
  ql <- n * (n + 1) / 2 - qu
  cat(sprintf("  HL %.17g, exact 95%% interval [%.17g, %.17g]\n", median(walsh), walsh[qu], walsh[ql + 1]))
}
report("sets", set_d)
report("pairs", pair_d)
