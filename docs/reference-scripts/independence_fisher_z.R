# Reference values for causal4j's FisherZTest and MultipleTesting (independence package).
# R 4.2.2, base stats only. Run from the repository root:  Rscript docs/reference-scripts/independence_fisher_z.R
d <- read.csv("datasets/proximal_linear.csv")
pcor <- function(x, y, z) {
  P <- solve(cor(d[, c(x, y, z)]))
  -P[1, 2] / sqrt(P[1, 1] * P[2, 2])
}
fisher <- function(x, y, z) {
  r <- pcor(x, y, z)
  n <- nrow(d)
  stat <- atanh(r) * sqrt(n - length(z) - 3)
  c(r = r, z = stat, p = 2 * pnorm(-abs(stat)))
}
options(digits = 17)
print(fisher("W", "Z", c("U", "X1", "X2")))   # implied by the design: W _||_ Z | U, X1, X2
print(fisher("Z", "Y", c("A")))               # not implied: Z and Y are dependent given A (through U)
print(fisher("X2", "W", c("U", "X1")))        # dependent: W depends on X2
p <- c(0.01, 0.04, 0.03, 0.005, 0.5, 0.2)
print(p.adjust(p, "holm"))
print(p.adjust(p, "BH"))
