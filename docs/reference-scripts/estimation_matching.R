# Reference values for causal4j's propensity-score matching (PropensityScoreMatchingTest).
# Run from the project root:  Rscript docs/reference-scripts/estimation_matching.R
# Software: R 4.2.2, Matching 4.10-8. Conventions of Matching::Match used (and mirrored in causal4j):
#  - X = the fitted propensity score (probability scale) of the logit model below;
#  - nearest neighbours on |x_i - x_j| standardised by the sample SD (Weight = 1);
#  - replace = TRUE, ties = TRUE: every candidate whose squared standardised distance is within
#    distance.tolerance = 1e-5 of the M-th nearest is a match, each with weight 1/(number of matches);
#  - Abadie-Imbens (2006) standard error with Var.calc = 0 (homoskedastic conditional variance
#    estimated from the matched pairs), sample = FALSE (population variance), BiasAdjust = FALSE;
#  - caliper in units of the population SD of X (sum of squares over n).
suppressPackageStartupMessages(library(Matching))
options(digits = 17)
lal <- read.csv("datasets/lalonde_psid.csv")
ps <- fitted(glm(treat ~ age + educ + black + hispan + married + nodegree + re74 + re75, family = binomial,
                 data = lal, control = glm.control(epsilon = 1e-15, maxit = 100)))
run <- function(label, ...) {
  m <- Match(Y = lal$re78, Tr = lal$treat, X = ps, replace = TRUE, ties = TRUE, ...)
  cat(sprintf("%-14s est %.17g se %.17g matched %d drops %d nobs %g\n", label, m$est, m$se, length(unique(m$index.treated)),
              ifelse(is.null(m$sum.caliper.drops), 0L, as.integer(m$sum.caliper.drops)), m$wnobs))
  invisible(m)
}
m <- run("ATT M=1", estimand = "ATT", M = 1)
cat(sprintf("  unique controls used %d, pairs %d\n", length(unique(m$index.control)), length(m$index.control)))
run("ATE M=1", estimand = "ATE", M = 1)
run("ATC M=1", estimand = "ATC", M = 1)
run("ATT M=3", estimand = "ATT", M = 3)
run("ATT M=1 exact", estimand = "ATT", M = 1, distance.tolerance = 0)
run("ATT cal=0.05", estimand = "ATT", M = 1, caliper = 0.05)
run("ATT cal=0.01", estimand = "ATT", M = 1, caliper = 0.01)
