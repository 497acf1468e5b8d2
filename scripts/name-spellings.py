#!/usr/bin/env python3
"""Make the entity tagger's tables of how a name word written in Russian or Arabic is spelt in English.

Usage:
    python3 scripts/name-spellings.py MIRROR_GIT COMMIT

MIRROR_GIT is a clone of github.com/steveash/NETransliteration-COLING2018 (the fetch tool gives one as a bare
git directory); COMMIT the commit read (5d5f59e561ecea45a6d3602121e1049baa7a76c3 for the shipped tables). Its
data/wd_<script>_80 and _20 files together are the personal names of Wikidata (labels in English and in the other
script, released under CC0 1.0 by Merhav and Ash, COLING 2018) cut into aligned words, one line each: the English
word, the other word letter by letter, and how many names hold that pair.

Writes enrich-core/src/main/resources/gazetteer/spellings/{ru,ar}.tsv: one pair a line, "word TAB english TAB
names", each word's spellings commonest first. The tagger takes the commonest one whose consonants agree with the
word's (Валерий: Valery, not the Roman Valerius). Left out: pairs with an English word that is not a name's (of,
the, in, and; the alignment pairs Arabic من with "of" in 515 names). Standard library only.
"""
import collections
import os
import re
import subprocess
import sys

SCRIPTS = {"ru": "russian", "ar": "arabic"}
# English words the alignment gives for words inside names that are not names themselves
NOT_NAMES = {"of", "the", "in", "and", "on", "at", "to", "for", "by", "from", "with"}
ENGLISH = re.compile(r"^[^\W\d_]+(?:['’.-][^\W\d_]+)*$")

HEADER = """\
# How a name word written in {language} is spelt in English: word TAB english TAB names.
# From the Wikidata personal names of github.com/steveash/NETransliteration-COLING2018 (Merhav and Ash, COLING
# 2018), data/wd_{script}_80 and data/wd_{script}_20 at commit {commit}; the data is released under CC0 1.0.
# Made by scripts/name-spellings.py: each word's English spellings, commonest first; "names" is how many names
# of the data spell the word so.
"""


def pairs(git_dir, commit, script):
    counts = collections.defaultdict(collections.Counter)
    for part in ("80", "20"):
        text = subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:data/wd_{script}_{part}"],
                              check=True, capture_output=True, text=True).stdout
        for line in text.splitlines():
            cols = line.split("\t")
            if len(cols) != 3 or not cols[2].isdigit():
                continue
            english, word = cols[0].strip(), cols[1].replace(" ", "")
            if english and word and english not in NOT_NAMES and ENGLISH.match(english):
                counts[word][english] += int(cols[2])
    return counts


def main():
    git_dir, commit = sys.argv[1], sys.argv[2]
    out_dir = os.path.join(os.path.dirname(__file__), "..", "enrich-core", "src", "main", "resources", "gazetteer",
                           "spellings")
    os.makedirs(out_dir, exist_ok=True)
    for lang, script in SCRIPTS.items():
        rows = []
        for word, english in pairs(git_dir, commit, script).items():
            for spelling, n in sorted(english.items(), key=lambda kv: (-kv[1], kv[0])):
                rows.append((word, spelling, n))
        rows.sort(key=lambda r: r[0])
        with open(os.path.join(out_dir, f"{lang}.tsv"), "w", encoding="utf-8") as out:
            out.write(HEADER.format(language={"ru": "Russian", "ar": "Arabic"}[lang], script=script, commit=commit))
            for word, english, n in rows:
                out.write(f"{word}\t{english}\t{n}\n")
        print(f"{lang}: {len(rows)} spellings of {len(set(r[0] for r in rows))} words", file=sys.stderr)


if __name__ == "__main__":
    main()
