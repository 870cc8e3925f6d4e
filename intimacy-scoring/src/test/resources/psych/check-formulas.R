#!/usr/bin/env Rscript
# Re-implements, without psych, the formulas documented in README.md and
# compares them with the fixtures written by make-fixtures.R (which come from
# psych).  Run from this folder after make-fixtures.R:  Rscript check-formulas.R
# Exits non-zero if any difference exceeds 1e-9.

TOL <- 1e-9
LIKERT_MIN <- 1
LIKERT_MAX <- 5

read_data <- function(name) {
  d <- read.csv(sprintf("%s-data.csv", name), check.names = FALSE)
  as.matrix(d[, -1])
}
read_fix <- function(file) read.csv(file, check.names = FALSE, stringsAsFactors = FALSE)

# ---- pairwise-complete covariance, written out explicitly -----------------
# C[i,j] uses only respondents who answered both i and j; the means are the
# means over those same respondents; divisor n_ij - 1.  Diagonal: variance of
# item i over all respondents who answered i (divisor n_i - 1).
pairwise_cov <- function(x) {
  k <- ncol(x)
  C <- matrix(NA_real_, k, k, dimnames = list(colnames(x), colnames(x)))
  for (i in 1:k) for (j in 1:k) {
    ok <- !is.na(x[, i]) & !is.na(x[, j])
    xi <- x[ok, i]; xj <- x[ok, j]
    C[i, j] <- sum((xi - mean(xi)) * (xj - mean(xj))) / (sum(ok) - 1)
  }
  C
}

# ---- psych::alpha, reimplemented ------------------------------------------
# x: respondents x items (NA allowed); keys: +1/-1 per column of x
alpha_by_hand <- function(x, keys = rep(1, ncol(x))) {
  item_var <- apply(x, 2, function(v) var(v[!is.na(v)]))
  keep <- !(is.na(item_var) | item_var <= 0)        # zero-variance items are dropped
  x <- x[, keep, drop = FALSE]; keys <- keys[keep]
  n <- nrow(x)                                       # ALL respondents (Feldt n)
  k <- ncol(x)
  C <- pairwise_cov(x)
  C <- diag(keys) %*% C %*% diag(keys)               # reverse keys: flip signs
  R <- C / sqrt(outer(diag(C), diag(C)))             # cov2cor of the pairwise C

  a1 <- function(C, R) {
    k <- ncol(C)
    list(raw = k / (k - 1) * (1 - sum(diag(C)) / sum(C)),
         std = k / (k - 1) * (1 - k / sum(R)),
         avr = (sum(R) - k) / (k * (k - 1)))
  }
  tot <- a1(C, R)
  drop <- lapply(1:k, function(i) a1(C[-i, -i, drop = FALSE], R[-i, -i, drop = FALSE]))
  r_drop <- sapply(1:k, function(i)
    (sum(C[, i]) - C[i, i]) / sqrt(C[i, i] * sum(C[-i, -i])))
  # reflection for item means: observed min + max over all (kept) items
  adjust <- max(x, na.rm = TRUE) + min(x, na.rm = TRUE)
  xr <- x; xr[, keys < 0] <- adjust - xr[, keys < 0]
  item_mean <- apply(xr, 2, function(v) mean(v[!is.na(v)]))
  item_sd <- apply(xr, 2, function(v) sd(v[!is.na(v)]))
  df1 <- n - 1; df2 <- (n - 1) * (k - 1)
  list(n_obs = n,
       raw_alpha = tot$raw, std_alpha = tot$std, average_r = tot$avr,
       feldt_lower = 1 - (1 - tot$raw) * qf(0.975, df1, df2),
       feldt_upper = 1 - (1 - tot$raw) * qf(0.025, df1, df2),
       items = data.frame(item = colnames(x), mean = item_mean, sd = item_sd,
                          r_drop = r_drop,
                          alpha_if_dropped = sapply(drop, `[[`, "raw"),
                          std_alpha_if_dropped = sapply(drop, `[[`, "std"),
                          stringsAsFactors = FALSE))
}

# ---- psych::scoreItems(impute = "none", totals = FALSE), reimplemented ------
score_by_hand <- function(x, items, keys) {
  v <- apply(x[, items, drop = FALSE], 2, function(c) var(c[!is.na(c)]))
  keep <- !(is.na(v) | v == 0)
  items <- items[keep]; keys <- keys[keep]
  s <- x[, items, drop = FALSE]
  s[, keys < 0] <- (LIKERT_MAX + LIKERT_MIN) - s[, keys < 0]
  rowMeans(s, na.rm = TRUE)
}

# ---- comparisons -----------------------------------------------------------
diffs <- list()
note <- function(set, what, d) {
  key <- paste(set, what, sep = "|")
  diffs[[key]] <<- max(c(diffs[[key]], d), na.rm = TRUE)
}

check_set <- function(name, analyses, scales) {
  x <- read_data(name)
  fa <- read_fix(sprintf("%s-alpha.csv", name))
  fi <- read_fix(sprintf("%s-alpha-items.csv", name))
  fs <- read_fix(sprintf("%s-scores.csv", name))
  for (sc in names(analyses)) {
    an <- analyses[[sc]]
    h <- alpha_by_hand(x[, an$items, drop = FALSE], an$keys)
    row <- fa[fa$scale == sc, ]
    stopifnot(row$n_obs == h$n_obs)
    for (f in c("raw_alpha", "std_alpha", "average_r", "feldt_lower", "feldt_upper"))
      note(name, f, abs(row[[f]] - h[[f]]))
    it <- fi[fi$scale == sc, ]
    m <- match(h$items$item, it$item)
    for (f in c("mean", "sd", "r_drop", "alpha_if_dropped", "std_alpha_if_dropped"))
      note(name, f, max(abs(it[[f]][m] - h$items[[f]])))
    # items psych deleted must be all-NA rows in the fixture
    gone <- setdiff(an$items, h$items$item)
    stopifnot(all(is.na(as.matrix(it[it$item %in% gone, -(1:2)]))))
  }
  for (sc in names(scales)) {
    s <- score_by_hand(x, scales[[sc]]$items, scales[[sc]]$keys)
    note(name, "score", max(abs(fs[[sc]] - s)))
  }
}

A <- paste0("A", 1:6); B <- paste0("B", 1:6); Cc <- paste0("C", 1:6)
two <- list(A = list(items = A, keys = rep(1, 6)), B = list(items = B, keys = rep(1, 6)))
check_set("complete", two, two)
check_set("missing", two, two)
check_set("reverse",
          list(C_keyed = list(items = Cc, keys = c(1, 1, -1, 1, 1, 1)),
               C_raw   = list(items = Cc, keys = rep(1, 6))),
          list(C = list(items = Cc, keys = c(1, 1, -1, 1, 1, 1))))

res <- data.frame(do.call(rbind, strsplit(names(diffs), "|", fixed = TRUE)),
                  max_abs_diff = unlist(diffs), row.names = NULL)
names(res)[1:2] <- c("data_set", "quantity")
wide <- reshape(res, idvar = "quantity", timevar = "data_set", direction = "wide")
names(wide) <- sub("max_abs_diff.", "", names(wide), fixed = TRUE)
cat("Max |hand formula - psych fixture| per quantity and data set:\n")
print(format(wide, digits = 3), row.names = FALSE)
cat(sprintf("\nOverall max abs difference: %.3g (tolerance %g)\n", max(res$max_abs_diff), TOL))

# ---- side facts documented in README.md (need psych) ------------------------
if (requireNamespace("psych", quietly = TRUE)) {
  suppressPackageStartupMessages(library(psych))
  cat("\npsych", as.character(packageVersion("psych")), "/", R.version.string, "\n")

  # 1. R used by alpha = cov2cor(pairwise cov), NOT cor(use = "pairwise")
  xm <- read_data("missing")[, A]
  d1 <- max(abs(cov2cor(cov(xm, use = "pairwise")) - cor(xm, use = "pairwise")))
  cat(sprintf("missing/A: max |cov2cor(pairwise cov) - cor(pairwise)| = %.3g (not 0: use cov2cor)\n", d1))
  cat(sprintf("missing/A: max |hand pairwise cov - cov(use='pairwise')| = %.3g\n",
              max(abs(pairwise_cov(xm) - cov(xm, use = "pairwise")))))

  # 2. reflection inside alpha() uses the observed min + max of the data,
  #    not the 1..5 scale: shift the data so it spans 2..5 and look at C3's mean
  xr <- as.data.frame(read_data("reverse")[, Cc[1:5]])
  xr[xr == 1] <- 2
  a <- alpha(xr, keys = "C3", check.keys = FALSE, warnings = FALSE)
  cat(sprintf("observed range 2..5: psych mean of reversed C3 = %.6f; 7 - raw mean = %.6f; 6 - raw mean = %.6f\n",
              a$item.stats["C3-", "mean"], 7 - mean(xr$C3), 6 - mean(xr$C3)))

  # 3. workaround used for C_keyed equals alpha() on C1..C5 with keys = "C3"
  xf <- as.data.frame(read_data("reverse"))
  w <- suppressWarnings(alpha(xf, keys = c(1, 1, -1, 1, 1), check.keys = FALSE))
  v <- alpha(xf[, Cc[1:5]], keys = "C3", check.keys = FALSE)
  # (only psych's $scores / total mean, sd and raw.r differ: they count C6)
  cat("C_keyed workaround == alpha(C1..C5, keys='C3') for all fixture fields:",
      isTRUE(all.equal(w$total[1:5], v$total[1:5], tolerance = 0)) &&
      isTRUE(all.equal(w$item.stats[c("n", "r.drop", "mean", "sd")],
                       v$item.stats[c("n", "r.drop", "mean", "sd")], tolerance = 0)) &&
      isTRUE(all.equal(w$alpha.drop, v$alpha.drop, tolerance = 0)) &&
      isTRUE(all.equal(w$feldt, v$feldt, tolerance = 0)), "\n")
  e <- tryCatch(suppressWarnings(alpha(xf, keys = "C3", check.keys = FALSE)),
                error = function(e) conditionMessage(e))
  cat("alpha(C1..C6, keys='C3') in this psych version:",
      if (is.character(e)) paste("ERROR:", e) else "works", "\n")
}

if (max(res$max_abs_diff) > TOL) {
  cat("FAILED: difference above tolerance\n"); quit(status = 1)
}
cat("OK: all differences <= 1e-9\n")
