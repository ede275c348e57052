#!/bin/bash
# usage: scripts/_eval.sh MODEL.json [heldout wire files...]  -> prints key numbers; restores shipped model
M=$1; shift
cp lib/entities/model/ner.json /tmp/shipped-ner.json.bak 2>/dev/null
git show HEAD:lib/entities/model/ner.json > /tmp/shipped-ner.json
cp "$M" lib/entities/model/ner.json
echo "== $M"
npx tsx bench/ner.ts --runs 1 2>&1 | grep -E "^(UNER|GMB).*(lede).*strict"
npx vitest run lib/entities/corpus.test.ts 2>&1 | grep -oE "WikiEvents dev.*|wire copy, strict.*" 
[ $# -gt 0 ] && npx tsx scripts/_wire.ts "$@"
cp /tmp/shipped-ner.json lib/entities/model/ner.json
