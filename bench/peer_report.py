#!/usr/bin/env python3
"""The peer of `claimtrack report` (text) for bench/run.sh: the same report
of a claimtrack store written in Python with PyYAML's C loader.

    python3 bench/peer_report.py STORE [--jobs N]

What it computes, as `claimtrack report` does for text piped to a file:
every `claims/*.yaml` parsed whole with `yaml.load(…, Loader=yaml.CSafeLoader)`
(history included), and `sources/<id>/source.yaml` of each source quoted;
the claims sorted open first, overdue first (earliest `check_after`), then by
the day they were logged, then id; the title and summary line (claims, open,
overdue, with a verdict); each open claim with its status, age in days,
overdue or `check after` day, statement, who said it (speaker, role, `via`
chain, kind), hedge, source title and revision, assignee and due day,
claimed day and evidence count; the verdicts as an aligned table (id,
status, rating, the day of the revision that gave the verdict, evidence
count, statement) and each conclusion; corrections (a verdict changed into
another, read from the history, with the note of the revision or of the
reopening before it); counts by status with their bars. Text is not
wrapped (claimtrack does not wrap when its output is not a terminal), and
control characters are shown as `\\u{…}` as claimtrack shows them.

Not computed: quote drift (claims quoting an older revision of an article
whose newest text no longer holds the quote; the generated stores have one
revision an article), the filters and `--since`. On the generated stores
its output is byte for byte `claimtrack report`'s (bench/run.sh compares
them).

`--jobs N` parses with N processes (default: every core), each returning
only the fields the report needs, as a careful Python program would; the
report is assembled in the parent.
"""

import argparse
import datetime as dt
import os
import re
import sys
from multiprocessing import Pool

import yaml

LOADER = yaml.CSafeLoader
STATUSES = ["unverified", "in-review", "verified", "refuted", "mixed", "unverifiable"]
OPEN = {"unverified", "in-review"}
LABEL = 10
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean(text):
    """Control characters and bidirectional overrides shown as \\u{…}."""
    text = str(text)
    if CONTROL.search(text) is None:
        return text
    return CONTROL.sub(lambda m: "\\u{%x}" % ord(m.group()), text)


def as_date(value):
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def as_time(value):
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)
    return dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))


def summarise(path):
    """What the report needs of one claim file, or an error line."""
    try:
        with open(path, encoding="utf-8") as f:
            c = yaml.load(f, Loader=LOADER)
    except Exception as e:  # the report names the file and goes on
        return ("error", f"{path}: {type(e).__name__}")
    history = c.get("history") or []
    logged = as_time(history[0]["at"]) if history else None
    status = c["status"]
    given = None
    corrections = []
    last = None
    reopened_note = None
    for r in history:
        change = (r.get("changes") or {}).get("status")
        to = change.get("to") if isinstance(change, dict) else None
        if to is None:
            continue
        if to == status:
            given = as_time(r["at"])
        if to in OPEN:
            if last is not None:
                reopened_note = r.get("note") or reopened_note
            continue
        if last is not None and last != to:
            corrections.append(
                (as_time(r["at"]), c["id"], r["by"], last, to, r.get("note") or reopened_note)
            )
        last = to
        reopened_note = None
    a = c.get("attribution") or {}
    src = c["source"]
    return (
        "claim",
        (
            c["id"],
            status,
            c.get("statement") or "",
            c.get("rating"),
            c.get("conclusion"),
            c.get("assignee"),
            as_date(c.get("due")),
            as_date(c.get("check_after")),
            as_date(c.get("claimed")),
            logged,
            given,
            len(c.get("evidence") or []),
            a.get("speaker"),
            a.get("role"),
            a.get("via") or [],
            a.get("kind") or "direct-quote",
            c.get("hedge"),
            src["id"],
            src["rev"],
        ),
        corrections,
    )


def plural(n, one, many):
    return f"{n} {one if n == 1 else many}"


def table(header, rows):
    rows = [[" ".join(clean(cell).split()) for cell in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(header)]
    lines = []
    for row in [header] + rows:
        line = "".join(cell.ljust(widths[i] + 2) for i, cell in enumerate(row[:-1]))
        lines.append("  " + (line + row[-1]).rstrip() + "\n")
    return "".join(lines)


def report(store, jobs, now):
    claims_dir = os.path.join(store, "claims")
    files = sorted(
        os.path.join(claims_dir, n) for n in os.listdir(claims_dir) if n.endswith(".yaml")
    )
    if jobs > 1:
        with Pool(jobs) as pool:
            results = pool.map(summarise, files, chunksize=256)
    else:
        results = [summarise(f) for f in files]
    claims, corrections, errors = [], [], []
    for r in results:
        if r[0] == "error":
            errors.append(r[1])
        else:
            claims.append(r[1])
            corrections.extend(r[2])
    titles = {}
    for sid in sorted({c[17] for c in claims}):
        try:
            with open(os.path.join(store, "sources", sid, "source.yaml"), encoding="utf-8") as f:
                titles[sid] = (yaml.load(f, Loader=LOADER) or {}).get("title")
        except Exception as e:
            errors.append(f"{sid}: {type(e).__name__}")
    today = now.date()

    def overdue(c):
        return c[1] in OPEN and (
            (c[7] is not None and c[7] <= today) or (c[6] is not None and c[6] < today)
        )

    def key(c):
        od = overdue(c)
        day = c[9].date() if c[9] else c[8]
        return (c[1] not in OPEN, not od, (c[7] is not None, c[7]) if od else (False, None),
                (day is not None, day), c[0])

    claims.sort(key=key)
    open_claims = [c for c in claims if c[1] in OPEN]
    verdicts = [c for c in claims if c[1] not in OPEN]
    out = []
    h = lambda t: t.upper() + "\n"  # noqa: E731
    out.append(f"Verification report, {now:%Y-%m-%d %H:%M} UTC\n")
    out.append(
        f"{plural(len(claims), 'claim', 'claims')} selected: {len(open_claims)} open "
        f"({sum(1 for c in claims if overdue(c))} overdue), {len(verdicts)} with a verdict\n\n"
    )
    out.append(h(f"Open claims ({len(open_claims)})"))
    if not open_claims:
        out.append("  none\n")
    pad = " " * (LABEL + 3)
    for c in open_claims:
        (cid, status, statement, _, _, assignee, due, check_after, claimed, logged, _,
         n_evidence, speaker, role, via, kind, hedge, sid, rev) = c
        start = logged.date() if logged else (claimed or today)
        head = f"{cid}  {status}  {plural(max((today - start).days, 0), 'day', 'days')}"
        if overdue(c):
            days = [d for d in (check_after if check_after and check_after <= today else None,
                                due if due and due < today else None) if d]
            head += f"  overdue since {min(days)}, with {assignee or 'nobody'}"
        elif check_after:
            head += f"  check after {check_after}"
        out.append("\n" + clean(head) + "\n")
        out.append("  " + clean(statement) + "\n")
        who = speaker if speaker is not None else "(the outlet)"
        if role and role.strip():
            who += ", " + role + ("," if via else "")
        if via:
            who += " via " + " via ".join(via)
        if speaker is not None:
            who += f" ({kind})"
        lines = [("said by", who)]
        if hedge:
            lines.append(("hedge", hedge))
        title = titles.get(sid)
        lines.append(("source", f"{title} ({sid} r{rev})" if title and title.strip()
                      else f"{sid} r{rev}"))
        if assignee or due:
            lines.append(("with", f"{assignee or 'nobody'}" + (f", due {due}" if due else "")))
        if claimed:
            lines.append(("claimed", str(claimed)))
        if n_evidence:
            lines.append(("evidence", plural(n_evidence, "item", "items")))
        for name, value in lines:
            out.append(f"  {name:<{LABEL}} " + clean(value).replace("\n", "\n" + pad) + "\n")
    out.append("\n" + h(f"Verdicts ({len(verdicts)})"))
    if not verdicts:
        out.append("  none\n")
    else:
        rows = [[c[0], c[1], c[3] or "-", f"{c[10]:%Y-%m-%d}" if c[10] else "-", str(c[11]), c[2]]
                for c in verdicts]
        out.append(table(["ID", "STATUS", "RATING", "GIVEN", "EVIDENCE", "STATEMENT"], rows))
        for c in verdicts:
            if c[4] is not None:
                out.append(clean(f"  {c[0]}: {c[4]}") + "\n")
    if corrections:
        corrections.sort(key=lambda k: (k[0], k[1]))
        out.append("\n" + h(f"Corrections ({len(corrections)})"))
        rows = [[f"{at:%Y-%m-%d %H:%M}", by, cid, f"{a} → {b}", note or "-"]
                for at, cid, by, a, b, note in corrections]
        out.append(table(["WHEN", "BY", "CLAIM", "CHANGE", "WHY"], rows))
    out.append("\n" + h("Counts by status"))
    counts = [(s, sum(1 for c in claims if c[1] == s)) for s in STATUSES]
    most = max(max(n for _, n in counts), 1)
    for s, n in counts:
        bar = "█" * -(-(n * 40) // most)
        out.append(f"  {s:<{LABEL + 2}} {n:>5}  {bar}".rstrip() + "\n")
    if errors:
        out.append("\n" + h(f"Unreadable files ({len(errors)}), left out of this report"))
        out.extend(f"  {clean(e)}\n" for e in errors)
    sys.stdout.write("".join(out))
    return 1 if errors else 0


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("store")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = p.parse_args()
    now = os.environ.get("CLAIMTRACK_NOW")
    now = as_time(now) if now else dt.datetime.now(dt.timezone.utc)
    sys.exit(report(args.store, max(args.jobs, 1), now))


if __name__ == "__main__":
    main()
