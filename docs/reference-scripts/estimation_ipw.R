# Reference values for causal4j's inverse-probability-weighting estimators (InverseProbabilityWeightingTest).
# Run from the project root:  Rscript docs/reference-scripts/estimation_ipw.R   (R 4.2.2, numDeriv 2016.8-1.1)
#
# The estimators are written here as stacked estimating equations psi(theta) = 0 over
# theta = (gamma, target), gamma the logit propensity coefficients, and the standard error is the
# M-estimation sandwich A^{-1} B A^{-T} / n with A = -mean d psi / d theta computed by numerical
# differentiation (numDeriv::jacobian, Richardson extrapolation) and B = mean psi psi'. This is
# independent of the analytic influence functions in the Java code.
suppressPackageStartupMessages(library(numDeriv))
options(digits = 17)
lal <- read.csv("datasets/lalonde_psid.csv")
X <- model.matrix(~ age + educ + black + hispan + married + nodegree + re74 + re75, data = lal)
d <- lal$treat; y <- lal$re78; n <- length(y); p <- ncol(X)
gam <- coef(glm(treat ~ age + educ + black + hispan + married + nodegree + re74 + re75, family = binomial,
                data = lal, control = glm.control(epsilon = 1e-15, maxit = 100)))
expit <- function(eta) 1 / (1 + exp(-eta))

# psi for each estimator: returns an n x (p + q) matrix of per-row estimating functions
psi_fun <- function(kind, estimand) function(theta) {
  g <- theta[1:p]; e <- expit(drop(X %*% g))
  score <- X * (d - e)
  w1 <- switch(estimand, ATE = d / e, ATT = d, ATC = d * (1 - e) / e)
  w0 <- switch(estimand, ATE = (1 - d) / (1 - e), ATT = (1 - d) * e / (1 - e), ATC = (1 - d))
  if (kind == "hajek") {
    mu1 <- theta[p + 1]; mu0 <- theta[p + 2]
    cbind(score, w1 * (y - mu1), w0 * (y - mu0))
  } else {                       # Horvitz-Thompson: normaliser n (ATE), n1 (ATT), n0 (ATC)
    tau <- theta[p + 1]
    norm <- switch(estimand, ATE = rep(1, n), ATT = d, ATC = 1 - d)
    cbind(score, w1 * y - w0 * y - norm * tau)
  }
}
solve_target <- function(kind, estimand) {
  e <- expit(drop(X %*% gam))
  w1 <- switch(estimand, ATE = d / e, ATT = d, ATC = d * (1 - e) / e)
  w0 <- switch(estimand, ATE = (1 - d) / (1 - e), ATT = (1 - d) * e / (1 - e), ATC = (1 - d))
  if (kind == "hajek") c(sum(w1 * y) / sum(w1), sum(w0 * y) / sum(w0))
  else { norm <- switch(estimand, ATE = n, ATT = sum(d), ATC = sum(1 - d)); (sum(w1 * y) - sum(w0 * y)) / norm }
}
for (kind in c("ht", "hajek")) for (estimand in c("ATE", "ATT", "ATC")) {
  target <- solve_target(kind, estimand)
  theta <- c(gam, target)
  f <- psi_fun(kind, estimand)
  A <- -jacobian(function(t) colMeans(f(t)), theta) 
  P <- f(theta); B <- crossprod(P) / n
  V <- solve(A) %*% B %*% t(solve(A)) / n
  if (kind == "hajek") {
    est <- target[1] - target[2]; c <- c(rep(0, p), 1, -1)
  } else {
    est <- target; c <- c(rep(0, p), 1)
  }
  se <- sqrt(drop(t(c) %*% V %*% c))
  cat(sprintf("%-6s %s estimate %.17g se %.17g\n", kind, estimand, est, se))
}
# weights-as-known SE for comparison (Hajek ATE): ignores the propensity model's estimation
e <- expit(drop(X %*% gam))
cat(sprintf("ps range treated %.17g %.17g control %.17g %.17g\n", min(e[d == 1]), max(e[d == 1]), min(e[d == 0]), max(e[d == 0])))
w1 <- d / e; w0 <- (1 - d) / (1 - e)
cat(sprintf("ESS ATE treated %.17g control %.17g\n", sum(w1)^2 / sum(w1^2), sum(w0[d == 0])^2 / sum(w0[d == 0]^2)))
o <- e / (1 - e)
cat(sprintf("ESS ATT control %.17g\n", sum(o[d == 0])^2 / sum(o[d == 0]^2)))
# balance: weighted SMD of age (ATE, pooled SD of the raw groups)
s1 <- sd(lal$age[d == 1]); s0 <- sd(lal$age[d == 0])
cat(sprintf("SMD age before %.17g after(ATE) %.17g\n", (mean(lal$age[d == 1]) - mean(lal$age[d == 0])) / sqrt((s1^2 + s0^2) / 2),
  (sum(w1 * lal$age) / sum(w1) - sum(w0 * lal$age) / sum(w0)) / sqrt((s1^2 + s0^2) / 2)))
cat(sprintf("SMD re74 after(ATT) %.17g\n", (mean(lal$re74[d == 1]) - sum((1 - d) * o * lal$re74) / sum((1 - d) * o)) / sd(lal$re74[d == 1])))
