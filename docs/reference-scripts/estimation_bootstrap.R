# Reference values for causal4j's bootstrap intervals (BootstrapTest): boot's percentile and BCa
# limits for fixed replicates and influence values, so the interval arithmetic is compared exactly.
# Run from the project root:  Rscript docs/reference-scripts/estimation_bootstrap.R   (R 4.2.2, boot 1.3-28.1)
suppressPackageStartupMessages(library(boot))
options(digits = 17)
R <- 199
b <- 1:R
t <- 2 + 0.7 * qnorm((b - 0.5) / R) + 0.3 * (qnorm((b - 0.5) / R))^2 + 0.01 * sin(b)   # skewed, deterministic
t0 <- 2.1
n <- 40
L <- (1:n - 20.5) + 0.05 * (1:n - 20.5)^2 - mean(0.05 * (1:n - 20.5)^2)
for (conf in c(0.95, 0.9)) {
  cat(sprintf("perc %.2f %.17g %.17g\n", conf, boot:::perc.ci(t, conf)[4], boot:::perc.ci(t, conf)[5]))
  bc <- boot:::bca.ci(NULL, conf = conf, t0 = t0, t = t, L = L)
  cat(sprintf("bca  %.2f %.17g %.17g\n", conf, bc[4], bc[5]))
}
cat(sprintf("a %.17g w %.17g\n", sum(L^3) / (6 * sum(L^2)^1.5), qnorm(sum(t < t0) / R)))
# R = 999 and an integer rank: (R + 1) * 0.025 = 25 -> the 25th order statistic
t2 <- sort(2 + qnorm((1:999) / 1000)^3)
cat(sprintf("perc999 %.17g %.17g\n", boot:::perc.ci(t2, 0.95)[4], boot:::perc.ci(t2, 0.95)[5]))
