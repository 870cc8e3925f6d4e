#!/usr/bin/env python3
"""Writes the synthetic sample CSVs of this folder (and the demo's built-in answers).

Every answer is made up by this script from a fixed seed: nobody answered these questions. Run it from the
repository root with `python3 samples/make-samples.py`; it rewrites the files byte for byte the same.
"""
import json
import random

CORE = "intimacy-content/src/main/resources/META-INF/intimacy/packs/core/instruments/intimacy-core.json"
items = json.load(open(CORE))["items"]
ids = [i["id"] for i in items]
DIMS = ["DISCLOSURE", "TRUST", "VULNERABILITY", "COMMUNICATION", "EMPATHY", "NURTURING"]


def clip(x):
    return max(1, min(5, x))


def answers(rng, level, noise, missing=0.0):
    """One respondent: level[dimension or 'OUT'] is the keyed mean they lean to."""
    row = {}
    for it in items:
        key = it.get("dimension", "OUT")
        keyed = clip(round(level[key] + rng.gauss(0, noise)))
        raw = 6 - keyed if it["keying"] == "REVERSE" else keyed
        row[it["id"]] = "NA" if rng.random() < missing else str(raw)
    return row


def write(path, header, rows):
    with open(path, "w", newline="") as f:
        f.write(",".join(header) + "\n")
        for r in rows:
            f.write(",".join(r[h] for h in header) + "\n")


rng = random.Random(20261127)

# answers.csv: 40 respondents, one trait per dimension plus a general factor, a few skipped items.
rows = []
for n in range(1, 41):
    general = rng.gauss(0, 0.6)
    level = {d: 3.3 + general + rng.gauss(0, 0.6) for d in DIMS}
    level["OUT"] = 3.4 + general + rng.gauss(0, 0.5)
    r = answers(rng, level, 0.55, missing=0.03)
    r["respondent_id"] = "s%03d" % n
    rows.append(r)
rows[4]["NUR-03"] = "declined"
rows[11]["TRU-02"] = "declined"
write("samples/answers.csv", ["respondent_id"] + ids, rows)

# couples.csv: three couples, each partner's own answers and a prediction of the partner's.
rows = []
for c in range(1, 4):
    base = {d: 3.2 + rng.gauss(0, 0.5) for d in DIMS}
    people = []
    for p in "ab":
        level = {d: base[d] + rng.gauss(0, 0.7) for d in DIMS}
        level["OUT"] = 3.5 + rng.gauss(0, 0.5)
        people.append(("c%d-%s" % (c, p), level))
    for who, level in people:
        r = answers(rng, level, 0.5)
        r.update(respondent_id=who, dyad_id="couple-%d" % c, predicts="")
        rows.append(r)
    for (who, _), (other, level) in [(people[0], people[1]), (people[1], people[0])]:
        guess = {k: v + rng.gauss(0, 0.4) for k, v in level.items()}
        r = answers(rng, guess, 0.5)
        r.update(respondent_id=who, dyad_id="couple-%d" % c, predicts=other)
        rows.append(r)
write("samples/couples.csv", ["respondent_id", "dyad_id", "predicts"] + ids, rows)

# The demo's couple: partner-a leans to sharing, trust and empathy, less to vulnerability and shared life;
# partner-b sees communication and vulnerability differently.
a = {"DISCLOSURE": 4.2, "TRUST": 4.3, "VULNERABILITY": 2.3, "COMMUNICATION": 3.4, "EMPATHY": 4.1,
     "NURTURING": 2.4, "OUT": 3.9}
b = {"DISCLOSURE": 3.4, "TRUST": 4.0, "VULNERABILITY": 3.5, "COMMUNICATION": 2.2, "EMPATHY": 3.3,
     "NURTURING": 2.6, "OUT": 3.5}
demo = random.Random(7)
rows = []
for who, level in [("partner-a", a), ("partner-b", b)]:
    r = answers(demo, level, 0.45)
    r.update(respondent_id=who, dyad_id="demo-couple", predicts="")
    rows.append(r)
for who, other, level in [("partner-a", "partner-b", b), ("partner-b", "partner-a", a)]:
    guess = {k: v + demo.gauss(0, 0.5) for k, v in level.items()}
    r = answers(demo, guess, 0.45)
    r.update(respondent_id=who, dyad_id="demo-couple", predicts=other)
    rows.append(r)
write("intimacy-cli/src/main/resources/dev/intimacy/cli/demo/sample-couple.csv",
      ["respondent_id", "dyad_id", "predicts"] + ids, rows)
