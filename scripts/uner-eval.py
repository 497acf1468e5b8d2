#!/usr/bin/env python3
"""Measure the entity tagger's mentions against Universal NER's hand-labelled names (people, places, organisations).

Usage:
    python3 scripts/uner-eval.py prep MIRROR_GIT FILE OUT    # FILE: e.g. ru_pud-ud-test.iob2
    ./newsroom extract OUT/txt OUT/pred
    python3 scripts/uner-eval.py score OUT [-v]

MIRROR_GIT is a clone of a Universal NER treebank (github.com/UniversalNER/UNER_Russian-PUD or UNER_English-PUD; the
fetch tool gives one as a bare git directory), read at its HEAD; the PUD treebanks are CC BY-SA 3.0 (news and
Wikipedia sentences, each document a few sentences). `prep` writes each document's sentences, joined by a space, to
OUT/txt/<doc>.txt and the gold names with their character spans to OUT/gold.json. `score` compares the `extract`
output's mentions in the text with them, per type (PERSON as PER; COUNTRY and PLACE as LOC; ORGANIZATION as ORG):
exact spans and spans that overlap a gold name of the type. UNER labels a country named by its adjective
("American") as no name and labels many organisations the gazetteer has no entry for, so LOC and ORG precision
here says less than PER's. With -v the people found that overlap no gold person and the gold people missed are listed.
Standard library only; the data stays out of git.
"""
import collections
import json
import os
import subprocess
import sys

TYPE = {"PERSON": "PER", "COUNTRY": "LOC", "PLACE": "LOC", "ORGANIZATION": "ORG"}


def prep(git_dir, name, out):
    text = subprocess.run(["git", "--git-dir", git_dir, "show", "HEAD:" + name], capture_output=True, text=True,
                          check=True).stdout
    docs, doc, sentence = [], None, None
    for line in text.split("\n"):
        if line.startswith("# newdoc id"):
            doc = {"id": line.split("=")[1].strip(), "sentences": []}
            docs.append(doc)
        elif line.startswith("# text ="):
            sentence = {"text": line[9:].strip(), "tokens": []}
            doc["sentences"].append(sentence)
        elif line.strip() and not line.startswith("#"):
            cols = line.split("\t")
            sentence["tokens"].append((cols[1], cols[2]))
    os.makedirs(os.path.join(out, "txt"), exist_ok=True)
    gold = {}
    for d in docs:
        full, spans = "", []
        for s in d["sentences"]:
            base = len(full) + (1 if full else 0)
            full = full + (" " if full else "") + s["text"]
            cursor, open_span = 0, None
            for token, tag in s["tokens"]:
                at = s["text"].find(token, cursor)
                at = cursor if at < 0 else at
                start, end = base + at, base + at + len(token)
                cursor = at + len(token)
                if tag.startswith("B-"):
                    open_span = [tag[2:], start, end]
                    spans.append(open_span)
                elif tag.startswith("I-") and open_span:
                    open_span[2] = end
                else:
                    open_span = None
        with open(os.path.join(out, "txt", d["id"] + ".txt"), "w", encoding="utf-8") as f:
            f.write(full)
        gold[d["id"]] = [(t, s, e, full[s:e]) for t, s, e in spans]
    with open(os.path.join(out, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False)
    print(f"{len(docs)} documents, {sum(len(v) for v in gold.values())} names", file=sys.stderr)


def score(out, verbose):
    with open(os.path.join(out, "gold.json"), encoding="utf-8") as f:
        gold = json.load(f)
    counts = collections.defaultdict(lambda: [0, 0, 0, 0])  # exact, overlapping, predicted, gold
    wrong, missed = [], []
    for doc, names in gold.items():
        found = []
        path = os.path.join(out, "pred", doc + ".json")
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                for e in json.load(f).get("entities", []):
                    for m in e["mentions"]:
                        if m.get("field", "text") == "text":
                            found.append((TYPE.get(e["type"], e["type"]), m["start"], m["end"], m["surface"], e["name"]))
        for t in ("PER", "LOC", "ORG"):
            g = [x for x in names if x[0] == t]
            p = [x for x in found if x[0] == t]
            counts[t][2] += len(p)
            counts[t][3] += len(g)
            for x in p:
                counts[t][0] += any(y[1] == x[1] and y[2] == x[2] for y in g)
                overlaps = any(y[1] < x[2] and x[1] < y[2] for y in g)
                counts[t][1] += overlaps
                if t == "PER" and not overlaps:
                    wrong.append((doc, x[3], x[4]))
            if t == "PER":
                missed += [(doc, y[3]) for y in g if not any(y[1] < x[2] and x[1] < y[2] for x in p)]
    for t, (exact, overlapping, predicted, labelled) in sorted(counts.items()):
        print(f"{t}: found {predicted}, labelled {labelled}, exact {exact} (P {exact / max(predicted, 1):.3f}, "
              f"R {exact / max(labelled, 1):.3f}), overlapping a labelled {t} {overlapping} "
              f"(P {overlapping / max(predicted, 1):.3f})")
    if verbose:
        print(f"people found that are none ({len(wrong)}):")
        for x in wrong:
            print("  ", *x)
        print(f"people missed ({len(missed)}):")
        for x in missed:
            print("  ", *x)


if __name__ == "__main__":
    if sys.argv[1] == "prep":
        prep(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        score(sys.argv[2], "-v" in sys.argv)
