# Reference values for the IV estimators (io.github.causal4j.estimate.iv).
# R 4.2.2, AER 1.2-10, sandwich 3.0-2, lmtest. ivmodel is not installed here, so LIML, Fuller,
# Hansen's J and the Anderson-Rubin set are computed below from their textbook definitions
# (dense n x n projection matrices, eigen(), uniroot()): an implementation independent of the
# library's triangular-factor algebra.
#   Rscript docs/reference-scripts/estimation_iv.R datasets
suppressMessages({library(AER); library(sandwich); library(lmtest)})
args <- commandArgs(trailingOnly = TRUE)
dir <- if (length(args) > 0) args[1] else "datasets"
options(digits = 15)
out <- function(label, x) cat(sprintf("%-40s %s\n", label, paste(formatC(as.numeric(x), digits = 15, format = "g"), collapse = " ")))

cig <- read.csv(file.path(dir, "cigarettes_1995.csv"))
cig$cl <- cig$state_id %% 8  # synthetic clusters (8 groups of 6 states) for the cluster-robust check

## 2SLS, two instruments (Stock & Watson 2007, eq. 12.16)
fit <- ivreg(lpacks ~ lrprice + lrincome | lrincome + tdiff + taxcpi, data = cig)
out("2sls coef", coef(fit))
out("2sls se classical", sqrt(diag(vcov(fit))))
for (t in c("HC0", "HC1", "HC2", "HC3")) out(paste("2sls se", t), sqrt(diag(vcovHC(fit, type = t))))
out("2sls se cluster default (HC0 for ivreg)", sqrt(diag(vcovCL(fit, cluster = ~cl))))
out("2sls se cluster HC1", sqrt(diag(vcovCL(fit, cluster = ~cl, type = "HC1"))))
out("2sls se cluster HC0", sqrt(diag(vcovCL(fit, cluster = ~cl, type = "HC0"))))
out("2sls sigma", fit$sigma)
s <- summary(fit, diagnostics = TRUE)
print(s$diagnostics)
out("weak F", s$diagnostics[1, 3]); out("wu-hausman", s$diagnostics[2, 3]); out("sargan", s$diagnostics[3, 3])
out("wu-hausman p", s$diagnostics[2, 4]); out("sargan p", s$diagnostics[3, 4])
for (t in c("HC0", "HC1", "HC3")) {
  sr <- summary(fit, diagnostics = TRUE, vcov. = function(x) vcovHC(x, type = t))
  out(paste("robust weak F", t), sr$diagnostics[1, 3]); out(paste("robust wu-hausman", t), sr$diagnostics[2, 3])
}

## one instrument: the Wald / indirect-least-squares ratio
fit1 <- ivreg(lpacks ~ lrprice + lrincome | lrincome + tdiff, data = cig)
out("tdiff coef", coef(fit1)); out("tdiff se", sqrt(diag(vcov(fit1))))
rf <- coef(lm(lpacks ~ lrincome + tdiff, data = cig))["tdiff"]
fs <- coef(lm(lrprice ~ lrincome + tdiff, data = cig))["tdiff"]
out("tdiff ratio", rf / fs)

## k-class from the definition: b(k) = [X'(I - k Mz) X]^{-1} X'(I - k Mz) y
kclass <- function(y, X, Z, k) {
  n <- nrow(X); Mz <- diag(n) - Z %*% solve(crossprod(Z)) %*% t(Z)
  A <- t(X) %*% (diag(n) - k * Mz)
  b <- solve(A %*% X, A %*% y)
  u <- y - X %*% b
  bread <- solve(A %*% X)
  s2 <- sum(u^2) / (n - ncol(X))
  Xt <- t(A)                       # rows (I - k Mz) X: the score weights
  meat <- crossprod(Xt * as.vector(u))
  list(b = as.vector(b), se = sqrt(diag(s2 * bread)),
       hc1 = sqrt(diag(bread %*% meat %*% bread * n / (n - ncol(X)))))
}
liml_kappa <- function(y, D, Xex, Z) {
  Y <- cbind(y, D)
  Mx <- diag(nrow(Y)) - Xex %*% solve(crossprod(Xex)) %*% t(Xex)
  Mz <- diag(nrow(Y)) - Z %*% solve(crossprod(Z)) %*% t(Z)
  W1 <- t(Y) %*% Mx %*% Y; W0 <- t(Y) %*% Mz %*% Y
  min(Re(eigen(solve(W0) %*% W1)$values))
}
y <- cig$lpacks; X <- cbind(1, cig$lrprice, cig$lrincome); Xex <- cbind(1, cig$lrincome)
Z <- cbind(1, cig$lrincome, cig$tdiff, cig$taxcpi); n <- nrow(X)
kap <- liml_kappa(y, cig$lrprice, Xex, Z)
out("liml kappa", kap)
l <- kclass(y, X, Z, kap); out("liml coef", l$b); out("liml se", l$se); out("liml hc1", l$hc1)
f1 <- kclass(y, X, Z, kap - 1 / (n - ncol(Z))); out("fuller1 coef", f1$b); out("fuller1 se", f1$se)
f4 <- kclass(y, X, Z, kap - 4 / (n - ncol(Z))); out("fuller4 coef", f4$b); out("fuller4 se", f4$se)
t2 <- kclass(y, X, Z, 1); out("kclass(1) coef = 2sls", t2$b)

## Hansen's J at the two-step efficient GMM estimate (weights from the 2SLS residuals)
u <- residuals(fit)
S <- crossprod(Z * u)
g <- function(b) t(Z) %*% (y - X %*% b)
Wt <- solve(S)
bg <- solve(t(X) %*% Z %*% Wt %*% t(Z) %*% X, t(X) %*% Z %*% Wt %*% t(Z) %*% y)
out("gmm2s coef", bg)
out("hansen J", t(g(bg)) %*% Wt %*% g(bg))

## Anderson-Rubin test and confidence set (F version, F(L, n - K)), by inverting lm() F tests
ar <- function(b0, data, y, d, xs, zs) {
  data$e0 <- data[[y]] - b0 * data[[d]]
  m0 <- lm(reformulate(xs, "e0"), data = data); m1 <- lm(reformulate(c(xs, zs), "e0"), data = data)
  a <- anova(m0, m1); c(a$F[2], a$`Pr(>F)`[2], a$Df[2], a$Res.Df[2])
}
arset <- function(data, y, d, xs, zs, level = 0.95, grid = seq(-50, 50, by = 0.01)) {
  r <- ar(0, data, y, d, xs, zs); crit <- qf(level, r[3], r[4])
  f <- function(b) ar(b, data, y, d, xs, zs)[1] - crit
  v <- sapply(grid, f); inside <- v <= 0
  ch <- which(diff(inside) != 0)
  roots <- sapply(ch, function(i) uniroot(f, c(grid[i], grid[i + 1]), tol = 1e-13)$root)
  list(roots = roots, left_inside = inside[1], right_inside = inside[length(inside)], crit = crit)
}
xs <- "lrincome"
out("AR(-1) F p df1 df2", ar(-1, cig, "lpacks", "lrprice", xs, c("tdiff", "taxcpi")))
a2 <- arset(cig, "lpacks", "lrprice", xs, c("tdiff", "taxcpi"), grid = seq(-10, 10, by = 0.001))
out("AR95 two instruments roots", a2$roots); out("AR95 ends inside", c(a2$left_inside, a2$right_inside))
a1 <- arset(cig, "lpacks", "lrprice", xs, "tdiff", grid = seq(-10, 10, by = 0.001))
out("AR95 tdiff roots", a1$roots); out("AR95 tdiff ends inside", c(a1$left_inside, a1$right_inside))

card <- read.csv(file.path(dir, "card1995.csv"))
cv <- c("exper", "expersq", "black", "smsa", "south", "smsa66", paste0("reg66", 2:9))
fc <- ivreg(reformulate(c("educ", cv), "lwage"), ~ . - educ + nearc4, data = card)
fc <- ivreg(as.formula(paste("lwage ~ educ +", paste(cv, collapse = "+"), "| nearc4 +", paste(cv, collapse = "+"))), data = card)
out("card educ", coef(fc)["educ"]); out("card se", sqrt(vcov(fc)["educ", "educ"]))
out("card hc1", sqrt(vcovHC(fc, type = "HC1")["educ", "educ"]))
sc <- summary(fc, diagnostics = TRUE); out("card weak F", sc$diagnostics[1, 3]); out("card wu-hausman", sc$diagnostics[2, 3])
# a weak instrument on real data: nearc2 for educ. The AR set is unbounded.
for (lev in c(0.95, 0.5)) {
  aw <- arset(card, "lwage", "educ", cv, "nearc2", level = lev, grid = seq(-3, 3, by = 0.0005))
  out(paste("card nearc2 AR", lev, "roots"), aw$roots); out(paste("card nearc2 AR", lev, "ends inside"), c(aw$left_inside, aw$right_inside))
}
fw <- ivreg(as.formula(paste("lwage ~ educ +", paste(cv, collapse = "+"), "| nearc2 +", paste(cv, collapse = "+"))), data = card)
out("card nearc2 educ", coef(fw)["educ"]); out("card nearc2 weak F", summary(fw, diagnostics = TRUE)$diagnostics[1, 3])

## two endogenous regressors (educ, exper), three instruments (nearc4, nearc2, south66).
## (Not age: in these data exper = age - educ - 6 exactly.)
f2 <- ivreg(lwage ~ educ + exper + black + smsa + south | nearc4 + nearc2 + south66 + black + smsa + south, data = card)
out("card2 coef", coef(f2)); out("card2 se", sqrt(diag(vcov(f2)))); out("card2 hc1", sqrt(diag(vcovHC(f2, type = "HC1"))))
d2 <- summary(f2, diagnostics = TRUE)$diagnostics; print(d2)
out("card2 weak F educ, exper", d2[1:2, 3]); out("card2 wu-hausman", d2[3, 3]); out("card2 sargan", d2[4, 3])
y2 <- card$lwage; X2 <- cbind(1, card$educ, card$exper, card$black, card$smsa, card$south)
Xex2 <- cbind(1, card$black, card$smsa, card$south); Z2 <- cbind(Xex2, card$nearc4, card$nearc2, card$south66)
# k for LIML by the 2 x 2 + 1 generalized eigenproblem with QR residuals (n = 3010: avoid n x n matrices)
Y2 <- cbind(y2, card$educ, card$exper)
W1 <- crossprod(qr.resid(qr(Xex2), Y2)); W0 <- crossprod(qr.resid(qr(Z2), Y2))
k2 <- min(Re(eigen(solve(W0, W1))$values)); out("card2 liml kappa", k2)
PzX <- qr.fitted(qr(Z2), X2); MzX <- X2 - PzX
A2 <- t(X2) - k2 * t(MzX)
b2 <- solve(A2 %*% X2, A2 %*% y2); out("card2 liml coef", b2)
u2 <- y2 - X2 %*% b2; out("card2 liml se", sqrt(diag(sum(u2^2) / (nrow(X2) - ncol(X2)) * solve(A2 %*% X2))))
# joint Anderson-Rubin test of (educ, exper) = (0.1, 0.05)
card$e0 <- card$lwage - 0.1 * card$educ - 0.05 * card$exper
a <- anova(lm(e0 ~ black + smsa + south, data = card), lm(e0 ~ black + smsa + south + nearc4 + nearc2 + south66, data = card))
out("card2 AR(0.1, 0.05) F p", c(a$F[2], a$`Pr(>F)`[2]))

## two-way clustering (cl = state_id %% 8, cl2 = state_id %% 5) and the partial R2 of the instruments
cig$cl2 <- cig$state_id %% 5
out("2sls se two-way cluster HC1", sqrt(diag(vcovCL(fit, cluster = ~ cl + cl2, type = "HC1"))))
out("2sls se two-way cluster HC0", sqrt(diag(vcovCL(fit, cluster = ~ cl + cl2, type = "HC0"))))
r0 <- sum(residuals(lm(lrprice ~ lrincome, data = cig))^2); r1 <- sum(residuals(lm(lrprice ~ lrincome + tdiff + taxcpi, data = cig))^2)
out("partial R2 of tdiff, taxcpi for lrprice", (r0 - r1) / r0)
