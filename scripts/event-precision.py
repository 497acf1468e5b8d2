#!/usr/bin/env python3
"""Precision of an extract run's events against the hand labels.

Usage: python3 scripts/event-precision.py docs/events-open-labelled.tsv EVENTS.tsv

EVENTS.tsv is what scripts/event-list.py wrote for the run. An event is matched to a label by page id, type and
evidence (the label's evidence is trimmed to 200 characters, so the first 197 are compared). Prints the number of
events, accepted, rejected and unlabelled (each unlabelled one listed: read it and add a row to the labels), and
precision = accepted / labelled events.
"""
import sys


def key(page, typ, evidence):
    evidence = evidence[:197] if len(evidence) > 200 else evidence
    return page, typ, evidence


def labels(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        header = None
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cells = line.rstrip("\n").split("\t")
            if header is None:
                header = cells
                continue
            row = dict(zip(header, cells))
            out[key(row["page"], row["type"], row["evidence"].rstrip("."))] = row["verdict"]
    return out


def main(argv):
    if len(argv) != 3:
        sys.stderr.write(__doc__)
        return 2
    known = labels(argv[1])
    counts = {"accept": 0, "reject": 0, "unlabelled": 0}
    with open(argv[2], encoding="utf-8") as f:
        next(f)
        for line in f:
            page, typ, _plover, _status, _actors, evidence = line.rstrip("\n").split("\t")
            ev = evidence if len(evidence) <= 200 else evidence[:197]
            verdict = known.get(key(page, typ, ev.rstrip(".")))
            if verdict is None:
                counts["unlabelled"] += 1
                print("unlabelled\t%s\t%s\t%s" % (page, typ, evidence[:200]))
            else:
                counts[verdict] += 1
    labelled = counts["accept"] + counts["reject"]
    precision = "%.3f" % (counts["accept"] / labelled) if labelled else "n/a"
    print("events=%d accepted=%d rejected=%d unlabelled=%d precision=%s"
          % (labelled + counts["unlabelled"], counts["accept"], counts["reject"], counts["unlabelled"], precision))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
