#!/usr/bin/env python3
"""Refresh ingest's copy of Brave's list of tracking query parameters.

Usage:
    python3 scripts/tracking-params.py UTILS_CC COMMIT > ingest-core/src/main/resources/tracking/brave.tsv

UTILS_CC is components/query_filter/core/browser/utils.cc of github.com/brave/brave-core at COMMIT, e.g.
    curl -fsSLo utils.cc https://raw.githubusercontent.com/brave/brave-core/COMMIT/components/query_filter/core/browser/utils.cc
(older commits keep it at components/query_filter/utils.cc). The file is read as text: the quoted names of its
three tables (kSimpleQueryStringTrackers: removed everywhere; kScopedQueryStringTrackers: removed on the listed
sites; kConditionalQueryStringTrackers: removed unless the URL matches the regular expression) become one line
each, "name TAB where". kExemptedHostnames (link-rewriting services) is left out: no article lives there.

The list is under the Mozilla Public License 2.0, like the file it comes from; the output keeps its notice.
Review the diff before committing: a name that starts removing a parameter pages are addressed by would merge
articles. Standard library only.
"""
import re
import sys

HEADER = """\
# Tracking query parameters from Brave's query filter: github.com/brave/brave-core,
# components/query_filter/core/browser/utils.cc at commit {commit}.
# Refreshed with scripts/tracking-params.py (see there how). One parameter a line: name TAB where, where is
#   *                   every URL
#   site:A,B            URLs of those sites and their subdomains
#   unless:REGEX        URLs the regular expression finds nothing in
# Copyright (c) 2023 The Brave Authors. All rights reserved.
# This Source Code Form is subject to the terms of the Mozilla Public License, v. 2.0. If a copy of the MPL was
# not distributed with this file, You can obtain one at https://mozilla.org/MPL/2.0/.
"""


def table(source, name):
    """The brace-delimited body that follows the table's name."""
    start = source.index(name)
    open_at = source.index("{", source.index("(", start))
    depth = 0
    for i in range(open_at, len(source)):
        depth += {"{": 1, "}": -1}.get(source[i], 0)
        if depth == 0:
            return source[open_at + 1:i]
    raise ValueError("unterminated table " + name)


def without_comments(body):
    return "\n".join(line.split("//", 1)[0] for line in body.splitlines())


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    source = open(sys.argv[1], encoding="utf-8").read()
    commit = sys.argv[2]
    if not re.fullmatch(r"[0-9a-f]{40}", commit):
        sys.exit("COMMIT must be a full 40-digit commit id")
    rows = []
    for name in re.findall(r'"([^"]+)"', without_comments(table(source, "kSimpleQueryStringTrackers"))):
        rows.append((name, "*"))
    scoped = without_comments(table(source, "kScopedQueryStringTrackers"))
    for name, sites in re.findall(r'\{\s*"([^"]+)"\s*,\s*\{([^}]*)\}\s*\}', scoped):
        rows.append((name, "site:" + ",".join(re.findall(r'"([^"]+)"', sites))))
    conditional = without_comments(table(source, "kConditionalQueryStringTrackers"))
    for name, regex in re.findall(r'\{\s*"([^"]+)"\s*,\s*"([^"]+)"\s*\}', conditional):
        rows.append((name, "unless:" + regex))
    if len(rows) < 20:
        sys.exit("found only %d parameters: has the file's layout changed?" % len(rows))
    sys.stdout.write(HEADER.format(commit=commit))
    for name, where in sorted(rows, key=lambda r: r[0].lower()):
        sys.stdout.write(name + "\t" + where + "\n")


if __name__ == "__main__":
    main()
