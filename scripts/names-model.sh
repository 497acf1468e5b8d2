#!/usr/bin/env bash
# Makes the name recogniser's shipped model, enrich-core/src/main/resources/models/names-en.bin.gz.
#
# Usage: scripts/names-model.sh MIRROR_GIT
#
# MIRROR_GIT is a clone of github.com/UniversalNER/UNER_English-EWT (CC BY-SA 4.0; the fetch tool gives one as a bare
# git directory). The shipped model was trained on its three files: the train split as first committed (0c7ce0d; the
# same labels as later commits, in another sentence order and with an OTH label the recogniser counts as outside)
# and the dev and test splits at 8ed072d. The data stays out of git.
set -euo pipefail
GIT=$1
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA=$(mktemp -d)
trap 'rm -rf "$DATA"' EXIT
git --git-dir "$GIT" show 0c7ce0debb13a7d304da656f16309397e8ff36ef:en_ewt-ud-train.iob2 > "$DATA/train.iob2"
for split in dev test; do
  git --git-dir "$GIT" show 8ed072de2fd24022cc62458997fe96a8fe191ea4:en_ewt-ud-$split.iob2 > "$DATA/$split.iob2"
done
"$ROOT/newsroom" train-names "$ROOT/enrich-core/src/main/resources/models/names-en.bin.gz" \
  "$DATA/train.iob2" "$DATA/dev.iob2" "$DATA/test.iob2"
