#!/usr/bin/env python3
"""Fit the weights of the second look at the best claims of a ranking
(src/search/features.rs) on CheckThat! 2022 Task 2A Train, and show what
they give on Dev.

The features come from the in-process measurement, which writes one line a
claim looked at again (Train and Dev only, never Dev-Test):

    rm -f /tmp/features.tsv
    CHECKTHAT_STORE=/tmp/ct CHECKTHAT_FEATURES=/tmp/features.tsv \\
      CHECKTHAT_CONFIGS="depth=30" \\
      cargo test --release --lib search::eval -- --ignored --nocapture
    python3 bench/fit_rerank.py /tmp/features.tsv [feature ...]

A claim's new score is its first score times exp(sum of weight x feature),
so its log is ln(score) + sum of weight x feature, and the first score's
weight is 1. Two ways to fit the others on Train:

- `--soft LAMBDA` (the one the shipped weights come from, LAMBDA 0.3): a
  listwise logistic regression. Each query's claims get the probabilities
  softmax(a x ln(score) + w . features), and the log-probability of the
  relevant claims is maximised by gradient descent with momentum (150
  rounds over the features standardised on Train, an L2 penalty LAMBDA on
  w); the weights printed are w / a, so that ln(score) weighs 1.
- otherwise: coordinate ascent on Train's MAP@5 itself (each weight in
  turn set to the best of a grid, rounds until nothing improves; among
  equal MAP@5 the smaller weight). It follows Train's noise more closely.

`--cv` also fits on each half of Train (alternate queries) and scores the
other half, a measure of what the fit gives on queries it did not see.

The weights printed go into `LEARNED` in src/search/features.rs (in the
order of `NAMES`, the features not named given 0), and as `lin=…` into
CHECKTHAT_CONFIGS to check them in-process. Standard library only.
"""

import math
import sys

GRID = [x / 4 for x in range(-16, 17)]


def load(path):
    """{set: [(nrel, [(rel, lnscore, {feature: value})])]}, the last block
    of each set when the file holds several configurations."""
    sets = {}
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        names = header[6:]
        order = []
        cur = None
        for line in f:
            c = line.rstrip("\n").split("\t")
            s, qid = c[0], c[1]
            if cur is None or cur[0] != s:
                cur = (s, {})
                order.append(cur)
            block = cur[1]
            if qid not in block:
                block[qid] = (int(c[4]), [])
            feats = [float(x) for x in c[6:]]
            block[qid][1].append((c[3] == "1", math.log(max(float(c[5]), 1e-9)), feats))
    for s, block in order:
        sets[s] = block
    return names, sets


def map5(queries, w):
    """MAP@5 of the claims ranked by ln(score) + w . features."""
    total = 0.0
    for nrel, docs in queries:
        scored = sorted(
            ((ln + sum(a * b for a, b in zip(w, f)), i, rel) for i, (rel, ln, f) in enumerate(docs)),
            key=lambda x: (-x[0], x[1]),
        )
        found, p = 0, 0.0
        for rank, (_, _, rel) in enumerate(scored[:5]):
            if rel:
                found += 1
                p += found / (rank + 1)
        total += p / max(nrel, 1)
    return total / max(len(queries), 1)


def fit(queries, use, nfeat, rounds=4):
    """Coordinate ascent on MAP@5 over the features numbered in `use`."""
    w = [0.0] * nfeat
    best = map5(queries, w)
    for _ in range(rounds):
        changed = False
        for i in use:
            trial = {}
            for v in GRID:
                w2 = list(w)
                w2[i] = v
                trial[v] = map5(queries, w2)
            v = max(GRID, key=lambda v: (round(trial[v], 6), -abs(v)))
            if trial[v] > best + 1e-9:
                w[i], best, changed = v, trial[v], True
        if not changed:
            break
    return w, best


def soft(queries, use, nfeat, lam, rounds=150, rate=0.05):
    """Listwise logistic regression (see above) over the features in `use`."""
    n = len(use)
    rows = [[f[i] for i in use] for _, docs in queries for (_, _, f) in docs]
    mean = [sum(r[j] for r in rows) / len(rows) for j in range(n)]
    std = [max(1e-6, math.sqrt(sum((r[j] - mean[j]) ** 2 for r in rows) / len(rows))) for j in range(n)]
    data = []
    for _, docs in queries:
        if not any(rel for rel, _, _ in docs):
            continue
        top = max(ln for _, ln, _ in docs)
        data.append(
            [(rel, ln - top, [(f[i] - mean[j]) / std[j] for j, i in enumerate(use)]) for rel, ln, f in docs]
        )
    a, w = 1.0, [0.0] * n
    ma, mw = 0.0, [0.0] * n
    for _ in range(rounds):
        ga, gw = 0.0, [0.0] * n
        for docs in data:
            s = [a * ln + sum(x * y for x, y in zip(w, f)) for _, ln, f in docs]
            top = max(s)
            e = [math.exp(x - top) for x in s]
            z = sum(e)
            nrel = sum(1 for rel, _, _ in docs if rel)
            for (rel, ln, f), x in zip(docs, e):
                g = x / z - (1.0 / nrel if rel else 0.0)
                ga += g * ln
                for j in range(n):
                    gw[j] += g * f[j]
        ga /= len(data)
        gw = [g / len(data) + lam * x for g, x in zip(gw, w)]
        ma = 0.9 * ma + ga
        mw = [0.9 * m + g for m, g in zip(mw, gw)]
        a -= rate * ma
        w = [x - rate * m for x, m in zip(w, mw)]
    out = [0.0] * nfeat
    for j, i in enumerate(use):
        out[i] = w[j] / std[j] / a
    return out


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    lam, cv = None, False
    if "--soft" in args:
        at = args.index("--soft")
        lam = float(args[at + 1])
        del args[at : at + 2]
    if "--cv" in args:
        args.remove("--cv")
        cv = True
    names, sets = load(args[0])
    use_names = args[1:] or names
    use = [names.index(n) for n in use_names]
    train = list(sets["Train"].values())
    dev = list(sets["Dev"].values())

    def fitted(queries):
        if lam is None:
            return fit(queries, use, len(names))[0]
        return soft(queries, use, len(names), lam)

    zero = [0.0] * len(names)
    print(f"first ranking: Train {map5(train, zero):.4f}  Dev {map5(dev, zero):.4f}")
    if cv:
        halves = (train[0::2], train[1::2])
        held = sum(map5(b, fitted(a)) * len(b) for a, b in (halves, halves[::-1]))
        print(f"Train, each half fitted on the other: {held / len(train):.4f}")
    w = fitted(train)
    print(f"fitted:        Train {map5(train, w):.4f}  Dev {map5(dev, w):.4f}")
    for n, x in zip(names, w):
        if x:
            print(f"  {n:10} {x:+.2f}")
    print("lin=" + ":".join(f"{x:g}" for x in w))


if __name__ == "__main__":
    main()
