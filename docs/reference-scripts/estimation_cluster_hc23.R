# Reference values for causal4j's cluster-robust HC2/HC3 least-squares covariances
# (ClusteredLeverageReferenceTest). Run from the project root:
#   Rscript docs/reference-scripts/estimation_cluster_hc23.R
# Software: R 4.2.2 Patched (2022-11-10 r83330), sandwich 3.0-2.
#
# sandwich::meatCL for type = "HC2"/"HC3" replaces each row's score by (A_g e_g)_i x_i with
# A_g = (I - H_gg)^{-1/2} (HC2, symmetric eigen power) or (I - H_gg)^{-1} (HC3),
# H_gg = X_g (X'X)^{-1} X_g', and multiplies the scores by sqrt((G-1)/G) before the default
# cadjust G/(G-1): the two cancel, so vcovCL = B (sum_g u_g u_g') B with u_g = X_g' A_g e_g.
# The script checks that against a dense textbook computation (`dense` below).
suppressPackageStartupMessages(library(sandwich))
options(digits = 17)
cat("R", R.version.string, "sandwich", as.character(packageVersion("sandwich")), "\n")
show <- function(label, x) cat(sprintf("%-44s %s\n", label, paste(format(x, digits = 17), collapse = " ")))

dense <- function(fit, cluster, type) {
  X <- model.matrix(fit); e <- residuals(fit); B <- solve(crossprod(X))
  meat <- matrix(0, ncol(X), ncol(X))
  for (g in unique(cluster)) {
    i <- which(cluster == g)
    M <- diag(length(i)) - X[i, , drop = FALSE] %*% B %*% t(X[i, , drop = FALSE])
    ev <- eigen(M, symmetric = TRUE)
    A <- ev$vectors %*% diag(ev$values^(if (type == "HC2") -0.5 else -1), length(i)) %*% t(ev$vectors)
    u <- t(X[i, , drop = FALSE]) %*% A %*% e[i]
    meat <- meat + u %*% t(u)
  }
  B %*% meat %*% B
}
check <- function(label, v, d) {
  rel <- max(abs(v - d) / abs(d))
  if (rel > 1e-10) stop(label, ": vcovCL and the dense formula differ by ", rel)
}

pet <- read.csv("datasets/petersen_cl.csv")
pf <- lm(y ~ x, data = pet)
for (type in c("HC2", "HC3")) {
  v <- vcovCL(pf, cluster = ~firm, type = type); check(paste("firm", type), v, dense(pf, pet$firm, type))
  show(paste("petersen firm", type, "se"), sqrt(diag(v)))
  v <- vcovCL(pf, cluster = ~year, type = type); check(paste("year", type), v, dense(pf, pet$year, type))
  show(paste("petersen year", type, "se"), sqrt(diag(v)))
  # two-way (Cameron, Gelbach & Miller 2011): V_firm + V_year - V_firm&year, each term HC2/HC3-adjusted
  v <- vcovCL(pf, cluster = ~firm + year, type = type)
  d <- dense(pf, pet$firm, type) + dense(pf, pet$year, type) - dense(pf, paste(pet$firm, pet$year), type)
  check(paste("firm+year", type), v, d)
  show(paste("petersen firm+year", type, "se"), sqrt(diag(v)))
}

lal <- read.csv("datasets/lalonde_psid.csv")
lf <- lm(re78 ~ treat + age + educ + black + hispan + married + nodegree + re74 + re75, data = lal)
for (type in c("HC2", "HC3")) {
  v <- vcovCL(lf, cluster = ~educ, type = type); check(paste("lalonde educ", type), v, dense(lf, lal$educ, type))
  show(paste("lalonde educ", type, "se"), sqrt(diag(v)))
  # every cluster of size 1: vcovCL's sqrt((n-1)/n) and cadjust n/(n-1) cancel, leaving vcovHC exactly
  v <- vcovCL(lf, cluster = ~id, type = type)
  show(paste("lalonde id", type, "se"), sqrt(diag(v)))
  show(paste("lalonde id", type, "/ vcovHC max rel diff"), max(abs(v / vcovHC(lf, type = type) - 1)))
}
