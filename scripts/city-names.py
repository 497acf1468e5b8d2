#!/usr/bin/env python3
"""The names of the world's capitals and large cities in Russian and Arabic, from GeoNames, for the gazetteer (issue 22).

Usage: python3 scripts/city-names.py GIT_DIR COMMIT > enrich-core/src/main/resources/gazetteer/city-names.tsv

GIT_DIR is a fetched snapshot holding GeoNames' cities15000.txt at its root (CliveEvans/lucene-spike, commit
327c7e90469509a8b59a8fe34eb20e9e7b5b5541, June 2012); read with `git show`, nothing in it is run. GeoNames is
licensed CC BY 4.0 (https://www.geonames.org/, "GeoNames geographical database"). Takes the rows of feature code
PPLC (the capital of a political entity) and the other cities of at least MIN_POPULATION people (the cities news
names without saying their country: Mumbai, Marseille, Mosul), the more populous where two share a name (Hyderabad
of India, not of Pakistan), and of each the alternate names in Cyrillic (as Russian: the column carries no language,
so Ukrainian and other Cyrillic forms come too, each a spelling of the same city) and in Arabic script (Arabic,
Persian or Urdu forms likewise), without Arabic vowel marks. Standard library only.
"""
import subprocess
import sys
import unicodedata

HARAKAT = {chr(c) for c in range(0x064B, 0x0660)} | {"\u0670", "\u0640"}
MIN_POPULATION = 500_000


def script(name):
    letters = [c for c in name if c.isalpha()]
    if not letters:
        return None
    if all("CYRILLIC" in unicodedata.name(c, "") for c in letters):
        return "ru"
    if all("ARABIC" in unicodedata.name(c, "") for c in letters):
        return "ar"
    return None


def main(git_dir, commit):
    data = subprocess.run(["git", "--git-dir=" + git_dir, "show", commit + ":cities15000.txt"], check=True,
                          stdout=subprocess.PIPE).stdout.decode("utf-8")
    rows = [f for f in (line.split("\t") for line in data.splitlines()) if len(f) > 14]
    capitals = [f for f in rows if f[7] == "PPLC"]
    largest = {}
    for f in rows:
        if f[7] != "PPLC" and int(f[14] or 0) >= MIN_POPULATION:
            if f[1] not in largest or int(f[14]) > int(largest[f[1]][14]):
                largest[f[1]] = f
    print("# The capitals (GeoNames feature code PPLC) and the other cities of at least %d people, with their "
          "Russian and Arabic names: iso2, the city's GeoNames name and its ASCII form, whether it is a capital, "
          "lang, name." % MIN_POPULATION)
    print("# source: GeoNames (https://www.geonames.org/, CC BY 4.0), cities15000.txt as of June 2012 in "
          "github.com/CliveEvans/lucene-spike at commit " + commit + "; made by scripts/city-names.py. "
          "Cyrillic names are given as ru and Arabic-script names as ar (the file does not say their language); "
          "Arabic vowel marks dropped.")
    print("iso2\tcity\tascii\tcapital\tlang\tname")
    for f in capitals + sorted(largest.values(), key=lambda f: -int(f[14])):
        seen = set()
        for alt in f[3].split(","):
            alt = "".join(c for c in alt.strip() if c not in HARAKAT)
            lang = script(alt)
            if lang and (lang, alt) not in seen:
                seen.add((lang, alt))
                print(f"{f[8]}\t{f[1]}\t{f[2]}\t{'yes' if f[7] == 'PPLC' else 'no'}\t{lang}\t{alt}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
