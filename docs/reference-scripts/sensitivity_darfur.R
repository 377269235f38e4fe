# Independent reference values for causal-sensitivity (Cinelli & Hazlett 2020, omitted-variable bias
# with partial R^2), derived with base R's lm() and the paper's formulas written out here by hand.
# sensemakr itself is not used (it is not installed); its published Darfur numbers (sensemakr 0.1.6
# and the package's own test suite) are checked by the Java tests directly.
#
# Run from the repository root:  Rscript docs/reference-scripts/sensitivity_darfur.R
# Software: R 4.2.2, sandwich 3.0-2 (for the robust/cluster covariances).
#
# Formulas (Cinelli, C. & Hazlett, C. (2020), "Making sense of sensitivity: extending omitted variable
# bias", JRSS-B 82(1):39-67):
#   partial R2 of D with Y given X:  r2yd.x = t^2 / (t^2 + dof);  partial f2 = t^2 / dof
#   |bias| = se * sqrt(dof) * sqrt(r2yz.dx * r2dz.x / (1 - r2dz.x))
#   adjusted se = se * sqrt((1 - r2yz.dx) / (1 - r2dz.x)) * sqrt(dof / (dof - 1))
#   RV_q = (sqrt(fq^4 + 4 fq^2) - fq^2) / 2,  fq = q |t| / sqrt(dof)
#   RV_{q,alpha}: fqa = fq - fcrit, fcrit = |t*_{alpha/2, dof-1}| / sqrt(dof - 1);
#       0 if fqa <= 0; (fq^2 - fcrit^2)/(1 + fq^2) if fq > 1/fcrit; else RV formula with fqa
#   XRV_{q,alpha} = (fq^2 - fcrit^2) / (1 + fq^2)
#   benchmark bounds (Sec. 4.4): r2dz.x = kd r2dxj.x / (1 - r2dxj.x);
#       eta = kd r2dxj.x^2 / ((1 - kd r2dxj.x)(1 - r2dxj.x));
#       r2yz.dx = ((sqrt(ky) + sqrt(eta)) / sqrt(1 - eta))^2 * r2yxj.dx / (1 - r2yxj.dx)  (capped at 1)
#   bias-adjusted interval: adjusted estimate -/+ |t*_{alpha/2, dof}| * adjusted se;
#   adjusted t for H0: tau = estimate (1 - q) (reduce) or estimate (1 + q) (increase)
suppressMessages(library(sandwich))

d <- read.csv("datasets/darfur.csv", stringsAsFactors = FALSE)
d$village <- factor(d$village)
covs <- c("age", "farmer_dar", "herder_dar", "pastvoted", "hhsize_darfur", "female", "village")
fy <- as.formula(paste("peacefactor ~ directlyharmed +", paste(covs, collapse = " + ")))
fd <- as.formula(paste("directlyharmed ~", paste(covs, collapse = " + ")))
my <- lm(fy, data = d)
md <- lm(fd, data = d)

p <- function(name, x) cat(sprintf("%s = %s\n", name, paste(sprintf("%.15g", x), collapse = ", ")))

cy <- summary(my)$coefficients
est <- cy["directlyharmed", 1]; se <- cy["directlyharmed", 2]; t <- cy["directlyharmed", 3]
dof <- my$df.residual
p("estimate", est); p("se", se); p("t", t); p("dof", dof)
r2yd <- t^2 / (t^2 + dof); p("r2yd.x", r2yd); p("f2yd.x", t^2 / dof)

rv <- function(t, dof, q = 1, alpha = NULL, scale = 1) {
  fq <- q * abs(t) / sqrt(dof)
  if (is.null(alpha)) return(0.5 * (sqrt(fq^4 + 4 * fq^2) - fq^2))
  fcrit <- scale * abs(qt(alpha / 2, dof - 1)) / sqrt(dof - 1)
  fqa <- fq - fcrit
  if (fqa <= 0) return(0)
  if (fq > 1 / fcrit) return((fq^2 - fcrit^2) / (1 + fq^2))
  0.5 * (sqrt(fqa^4 + 4 * fqa^2) - fqa^2)
}
xrv <- function(t, dof, q = 1, alpha = NULL) {
  fq <- q * abs(t) / sqrt(dof)
  fcrit <- if (is.null(alpha)) 0 else abs(qt(alpha / 2, dof - 1)) / sqrt(dof - 1)
  max(0, (fq^2 - fcrit^2) / (1 + fq^2))
}
p("rv_q1", rv(t, dof)); p("rv_q1_a05", rv(t, dof, 1, 0.05))
p("rv_q0.5", rv(t, dof, 0.5)); p("rv_q0.5_a05", rv(t, dof, 0.5, 0.05)); p("rv_q2_a10", rv(t, dof, 2, 0.10))
p("xrv_q1", xrv(t, dof)); p("xrv_q1_a05", xrv(t, dof, 1, 0.05)); p("xrv_q0.5_a05", xrv(t, dof, 0.5, 0.05))

adjust <- function(r2dz, r2yz, reduce = TRUE, q = 1, alpha = 0.05, scale = 1) {
  bias <- se * sqrt(dof) * sqrt(r2yz * r2dz / (1 - r2dz))
  a <- if (reduce) sign(est) * (abs(est) - bias) else sign(est) * (abs(est) + bias)
  s <- scale * se * sqrt((1 - r2yz) / (1 - r2dz)) * sqrt(dof / (dof - 1))
  h0 <- if (reduce) est * (1 - q) else est * (1 + q)
  # sensemakr's convention for the bias-adjusted interval: the t quantile with the model's residual
  # dof (not dof - 1, which the robustness value uses); reproduces its Darfur table to all digits.
  crit <- abs(qt(alpha / 2, dof))
  c(bias = bias, estimate = a, se = s, t = (a - h0) / s, lower = a - crit * s, upper = a + crit * s)
}

tval <- function(m, name) summary(m)$coefficients[name, 3]
pr2 <- function(tv, df) tv^2 / (tv^2 + df)
for (b in c("female", "pastvoted", "age")) {
  r2dxj <- pr2(tval(md, b), md$df.residual)
  r2yxj <- pr2(tval(my, b), my$df.residual)
  p(paste0("r2dxj.x[", b, "]"), r2dxj); p(paste0("r2yxj.dx[", b, "]"), r2yxj)
}
bound <- function(r2dxj, r2yxj, kd, ky) {
  r2dz <- kd * r2dxj / (1 - r2dxj)
  eta <- kd * r2dxj^2 / ((1 - kd * r2dxj) * (1 - r2dxj))
  r2yz <- ((sqrt(ky) + sqrt(eta)) / sqrt(1 - eta))^2 * r2yxj / (1 - r2yxj)
  c(r2dz = unname(r2dz), r2yz = unname(min(1, r2yz)))
}
show_bounds <- function(tag, r2dxj, r2yxj, kds, kys = kds, ...) {
  for (i in seq_along(kds)) {
    b <- bound(r2dxj, r2yxj, kds[i], kys[i])
    a <- adjust(unname(b["r2dz"]), unname(b["r2yz"]), ...)
    p(sprintf("bound[%s kd=%g ky=%g] r2dz.x r2yz.dx est se t lower upper", tag, kds[i], kys[i]),
      c(b, a[c("estimate", "se", "t", "lower", "upper")]))
  }
}
fd_ <- c(pr2(tval(md, "female"), md$df.residual), pr2(tval(my, "female"), my$df.residual))
show_bounds("female", fd_[1], fd_[2], 1:3)
show_bounds("female", fd_[1], fd_[2], c(1, 2), c(2, 0.5))
show_bounds("female reduce=FALSE", fd_[1], fd_[2], 1:3, reduce = FALSE)
show_bounds("female q=0.5 alpha=0.1", fd_[1], fd_[2], 1:3, q = 0.5, alpha = 0.1)
pa <- c(pr2(tval(md, "pastvoted"), md$df.residual), pr2(tval(my, "pastvoted"), my$df.residual))
show_bounds("pastvoted", pa[1], pa[2], c(1, 5))

# Group benchmarks: the joint partial R2 from nested fits (R2 of the full model vs. the model without
# the group), which equals F p / (F p + dof) for the classical Wald F.
group_r2 <- function(full, drop) {
  reduced <- update(full, as.formula(paste(". ~ . -", paste(drop, collapse = " - "))))
  (deviance(reduced) - deviance(full)) / deviance(reduced)
}
g <- c("female", "pastvoted")
gr <- c(group_r2(md, g), group_r2(my, g))
p("group_r2dxj.x[female,pastvoted]", gr[1]); p("group_r2yxj.dx[female,pastvoted]", gr[2])
show_bounds("female+pastvoted", gr[1], gr[2], 1:2)
p("group_r2yxj[directlyharmed,female]", group_r2(my, c("directlyharmed", "female")))
gv <- c(group_r2(md, "village"), group_r2(my, "village"))
p("group_r2dxj.x[village]", gv[1]); p("group_r2yxj.dx[village]", gv[2])
show_bounds("village", gv[1], gv[2], c(0.1, 0.2))

# Hypothesised confounders.
p("adjust[r2dz=0.05 r2yz=0.05] bias est se t lower upper", adjust(0.05, 0.05)[c("bias", "estimate", "se", "t", "lower", "upper")])
p("adjust[r2dz=0.1 r2yz=0.2 reduce=FALSE] est se t", adjust(0.1, 0.2, reduce = FALSE)[c("estimate", "se", "t")])

# Robust (HC1) and cluster-robust (by village, CR1 as sandwich::vcovCL default) standard errors of the
# treatment coefficient; the causal4j convention scales every bias-adjusted SE by robust/classical.
se_hc1 <- sqrt(vcovHC(my, type = "HC1")["directlyharmed", "directlyharmed"])
se_cl <- sqrt(vcovCL(my, cluster = ~village, type = "HC1")["directlyharmed", "directlyharmed"])
p("se_hc1", se_hc1); p("se_cluster_village", se_cl)
p("rv_q1_a05_hc1", rv(t, dof, 1, 0.05, scale = se_hc1 / se))
b1 <- bound(fd_[1], fd_[2], 1, 1)
p("bound[female kd=1, HC1] est se lower upper", adjust(unname(b1["r2dz"]), unname(b1["r2yz"]), scale = se_hc1 / se)[c("estimate", "se", "lower", "upper")])
