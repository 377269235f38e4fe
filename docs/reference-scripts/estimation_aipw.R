# Reference values for causal4j's AIPW estimator without cross-fitting (AugmentedIpwTest).
# Run from the project root:  Rscript docs/reference-scripts/estimation_aipw.R   (R 4.2.2, stats glm/lm)
# Propensity: logit of treat on the covariates; outcome models: lm of re78 on the covariates within
# each arm, predicted for everyone. Influence-function standard errors, SE^2 = sum(IF^2) / n^2.
options(digits = 17)
lal <- read.csv("datasets/lalonde_psid.csv")
f <- ~ age + educ + black + hispan + married + nodegree + re74 + re75
d <- lal$treat; y <- lal$re78; n <- nrow(lal); n1 <- sum(d); n0 <- n - n1
e <- fitted(glm(update(f, treat ~ .), family = binomial, data = lal, control = glm.control(epsilon = 1e-15, maxit = 100)))
m1 <- predict(lm(update(f, re78 ~ .), data = lal[d == 1, ]), newdata = lal)
m0 <- predict(lm(update(f, re78 ~ .), data = lal[d == 0, ]), newdata = lal)
phi <- m1 - m0 + d * (y - m1) / e - (1 - d) * (y - m0) / (1 - e)
ate <- mean(phi); cat(sprintf("ATE %.17g se %.17g\n", ate, sqrt(sum((phi - ate)^2)) / n))
o <- e / (1 - e)
att <- sum(d * (y - m0) - (1 - d) * o * (y - m0)) / n1
if_att <- (d * (y - m0 - att) - (1 - d) * o * (y - m0)) / (n1 / n)
cat(sprintf("ATT %.17g se %.17g\n", att, sqrt(sum(if_att^2)) / n))
atc <- sum((1 - d) * (m1 - y) + d * (y - m1) / o) / n0
if_atc <- ((1 - d) * (m1 - y - atc) + d * (y - m1) / o) / (n0 / n)
cat(sprintf("ATC %.17g se %.17g\n", atc, sqrt(sum(if_atc^2)) / n))
