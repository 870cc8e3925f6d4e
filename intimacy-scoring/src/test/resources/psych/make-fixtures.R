#!/usr/bin/env Rscript
# Reference fixtures from R's psych package for the intimacy scoring SDK.
# Run from this folder:   Rscript make-fixtures.R
# Deterministic: fixed RNG kind and seed; writes only into the current folder.
# See README.md for what every file contains and the formulas psych uses.

suppressPackageStartupMessages(library(psych))

RNGkind(kind = "Mersenne-Twister", normal.kind = "Inversion", sample.kind = "Rejection")
set.seed(20240611)

LIKERT_MIN <- 1
LIKERT_MAX <- 5

# ---------------------------------------------------------------- helpers
clamp_round <- function(v) as.integer(pmin(LIKERT_MAX, pmax(LIKERT_MIN, round(v))))

# one item = 3 + loading * trait + noise, rounded and clamped to 1..5
make_item <- function(trait, loading, noise_sd = 0.9) {
  clamp_round(3 + loading * trait + rnorm(length(trait), 0, noise_sd))
}

# full-precision number formatting; NA and NaN are both written as NA
fmt <- function(v) {
  v <- as.numeric(v)
  ifelse(is.na(v), "NA", sprintf("%.17g", v))
}

write_rows <- function(path, header, rows) {
  con <- file(path, open = "w")   # plain "\n" line endings
  writeLines(c(paste(header, collapse = ","),
               vapply(rows, function(r) paste(r, collapse = ","), "")), con)
  close(con)
}

write_data <- function(name, df) {
  rows <- lapply(seq_len(nrow(df)), function(i)
    c(as.character(i), ifelse(is.na(df[i, ]), "NA", as.character(unlist(df[i, ])))))
  write_rows(sprintf("%s-data.csv", name), c("id", names(df)), rows)
}

write_scores <- function(name, df, keys) {
  sc <- scoreItems(keys, df, min = LIKERT_MIN, max = LIKERT_MAX,
                   impute = "none", totals = FALSE)$scores
  rows <- lapply(seq_len(nrow(sc)), function(i) c(as.character(i), fmt(sc[i, ])))
  write_rows(sprintf("%s-scores.csv", name), c("id", colnames(sc)), rows)
}

# Runs psych::alpha and returns the rows for <name>-alpha.csv and
# <name>-alpha-items.csv.  `items` are all the items handed to alpha() (in
# order); items that psych deletes (zero variance) get a row of NA.
alpha_rows <- function(scale, df, items, ...) {
  a <- alpha(df[, items], ...)
  tot <- a$total
  total_row <- c(scale, as.character(nrow(df)),
                 fmt(tot$raw_alpha), fmt(tot$std.alpha), fmt(tot$average_r),
                 fmt(a$feldt$lower.ci), fmt(a$feldt$upper.ci))
  # psych suffixes reversed items with "-" in its row names ("C3-"); strip it
  st <- a$item.stats
  dr <- a$alpha.drop
  rn <- sub("-$", "", rownames(st))
  item_rows <- lapply(items, function(it) {
    j <- match(it, rn)
    if (is.na(j)) {
      c(scale, it, rep("NA", 5))
    } else {
      c(scale, it, fmt(st$mean[j]), fmt(st$sd[j]), fmt(st$r.drop[j]),
        fmt(dr$raw_alpha[j]), fmt(dr$std.alpha[j]))
    }
  })
  list(total = total_row, items = item_rows)
}

write_alpha <- function(name, results) {
  write_rows(sprintf("%s-alpha.csv", name),
             c("scale", "n_obs", "raw_alpha", "std_alpha", "average_r",
               "feldt_lower", "feldt_upper"),
             lapply(results, `[[`, "total"))
  write_rows(sprintf("%s-alpha-items.csv", name),
             c("scale", "item", "mean", "sd", "r_drop", "alpha_if_dropped",
               "std_alpha_if_dropped"),
             do.call(c, lapply(results, `[[`, "items")))
}

A_ITEMS <- paste0("A", 1:6)
B_ITEMS <- paste0("B", 1:6)
C_ITEMS <- paste0("C", 1:6)
A_LOADINGS <- c(0.9, 0.8, 0.7, 0.8, 0.6, 0.5)
B_LOADINGS <- c(0.7, 0.9, 0.6, 0.8, 0.5, 0.7)

two_scale_data <- function(n) {
  trait_a <- rnorm(n)
  trait_b <- 0.3 * trait_a + sqrt(1 - 0.3^2) * rnorm(n)
  df <- data.frame(
    lapply(A_LOADINGS, function(l) make_item(trait_a, l)),
    lapply(B_LOADINGS, function(l) make_item(trait_b, l)))
  names(df) <- c(A_ITEMS, B_ITEMS)
  df
}

two_scale_keys <- list(A = A_ITEMS, B = B_ITEMS)

# ---------------------------------------------------------------- complete
complete <- two_scale_data(120)
write_data("complete", complete)
write_scores("complete", complete, two_scale_keys)
write_alpha("complete", list(alpha_rows("A", complete, A_ITEMS),
                             alpha_rows("B", complete, B_ITEMS)))

# ---------------------------------------------------------------- missing
missing_df <- two_scale_data(150)
mask <- matrix(runif(length(unlist(missing_df))) < 0.15, nrow = nrow(missing_df))
# keep at least one answer per respondent and scale
for (cols in list(1:6, 7:12)) {
  for (i in which(rowSums(!mask[, cols, drop = FALSE]) == 0)) {
    mask[i, cols[sample.int(length(cols), 1)]] <- FALSE
  }
}
missing_df[mask] <- NA
stopifnot(all(rowSums(!is.na(missing_df[, A_ITEMS])) >= 1),
          all(rowSums(!is.na(missing_df[, B_ITEMS])) >= 1),
          all(colSums(!is.na(missing_df)) >= 30))
write_data("missing", missing_df)
write_scores("missing", missing_df, two_scale_keys)
write_alpha("missing", list(alpha_rows("A", missing_df, A_ITEMS),
                            alpha_rows("B", missing_df, B_ITEMS)))

# ---------------------------------------------------------------- reverse
trait_c <- rnorm(100)
reverse <- data.frame(
  C1 = make_item(trait_c, 0.9),
  C2 = make_item(trait_c, 0.8),
  C3 = make_item(trait_c, -0.8),      # reverse-keyed item
  C4 = make_item(trait_c, 0.7),
  C5 = make_item(trait_c, 0.6),
  C6 = rep(3L, 100))                  # constant item, zero variance
stopifnot(min(reverse) == LIKERT_MIN, max(reverse) == LIKERT_MAX)
write_data("reverse", reverse)
write_scores("reverse", reverse, list(C = c("C1", "C2", "-C3", "C4", "C5", "C6")))
# psych 2.2.9 alpha() fails ("non-conformable arguments") when keys are given
# as names/list AND an item has zero variance: it builds the keys vector
# before deleting the constant item.  Workaround used here: a numeric keys
# vector whose length equals the number of items *after* psych's deletion of
# C6 (C1..C5 -> 1, 1, -1, 1, 1).  The result is identical to
# alpha(reverse[, c("C1","C2","C3","C4","C5")], keys = "C3") (see
# check-formulas.R).  C6 is deleted by psych (warning) and gets NA rows.
keyed <- withCallingHandlers(
  alpha_rows("C_keyed", reverse, C_ITEMS, keys = c(1, 1, -1, 1, 1), check.keys = FALSE),
  warning = function(w) {
    message("psych warning (C_keyed): ", conditionMessage(w)); invokeRestart("muffleWarning")
  })
raw <- withCallingHandlers(
  alpha_rows("C_raw", reverse, C_ITEMS, check.keys = FALSE),
  warning = function(w) {
    message("psych warning (C_raw): ", conditionMessage(w)); invokeRestart("muffleWarning")
  })
write_alpha("reverse", list(keyed, raw))

message("psych ", as.character(packageVersion("psych")), ", ", R.version.string)
