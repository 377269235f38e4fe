# Reference values for causal4j's g-computation (GComputationTest).
# Run from the project root:  Rscript docs/reference-scripts/estimation_gcomp.R
# Software: R 4.2.2, numDeriv 2016.8-1.1, sandwich 3.0-2.
# Separate outcome models: lm of re78 on the covariates in each arm; the effect is the mean of
# m1(x) - m0(x) over the target population (all, treated, controls). SE: the sandwich of the stacked
# estimating equations (both arms' normal equations and the target-mean equation), Jacobian by
# numDeriv, B = mean psi psi' (no small-sample factor).
# Interacted model (Lin 2013): lm(re78 ~ treat + X + treat:(X - mean_target(X))) with vcovHC.
suppressPackageStartupMessages({ library(numDeriv); library(sandwich) })
options(digits = 17)
lal <- read.csv("datasets/lalonde_psid.csv")
X <- model.matrix(~ age + educ + black + hispan + married + nodegree + re74 + re75, data = lal)
d <- lal$treat; y <- lal$re78; n <- length(y); p <- ncol(X)
b1 <- coef(lm.fit(X[d == 1, ], y[d == 1])); b0 <- coef(lm.fit(X[d == 0, ], y[d == 0]))
for (estimand in c("ATE", "ATT", "ATC")) {
  t <- switch(estimand, ATE = rep(1, n), ATT = d, ATC = 1 - d)
  tau <- sum(t * drop(X %*% (b1 - b0))) / sum(t)
  psi <- function(th) {
    g1 <- th[1:p]; g0 <- th[(p + 1):(2 * p)]; ta <- th[2 * p + 1]
    cbind(X * (d * (y - drop(X %*% g1))), X * ((1 - d) * (y - drop(X %*% g0))), t * (drop(X %*% (g1 - g0)) - ta))
  }
  th <- c(b1, b0, tau)
  A <- -jacobian(function(v) colMeans(psi(v)), th)
  B <- crossprod(psi(th)) / n
  V <- solve(A) %*% B %*% t(solve(A)) / n
  cat(sprintf("separate %s estimate %.17g se %.17g\n", estimand, tau, sqrt(V[2 * p + 1, 2 * p + 1])))
}
Xc <- X[, -1]
for (estimand in c("ATE", "ATT")) {
  t <- switch(estimand, ATE = rep(TRUE, n), ATT = d == 1)
  C <- sweep(Xc, 2, colMeans(Xc[t, , drop = FALSE]))
  fit <- lm(y ~ d + Xc + I(d * C))
  for (type in c("HC2", "HC1")) cat(sprintf("interacted %s %s estimate %.17g se %.17g df %d\n", estimand, type, coef(fit)["d"],
      sqrt(vcovHC(fit, type = type)["d", "d"]), fit$df.residual))
}
