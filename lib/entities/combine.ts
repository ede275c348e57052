/**
 * Rule names meet tagger names. The rules (recognize.ts) know titles, headlines, datelines
 * and the gazetteer; the tagger (tagger/) knows names from their words and contexts, also
 * where capitals say little. Per span:
 *
 *   rule span ∩ tagger span      kept, the tagger's type becomes a vote (classify.ts)
 *   rule span, no tagger span    marked `unconfirmed` unless it has evidence of its own
 *                                (gazetteer, title, a title after it, demonym); index.ts
 *                                drops it unless its context votes for a type (a role, an
 *                                age, a head word): otherwise it was a capitalised common
 *                                word ("References", "Enough", "Calls")
 *   tagger span, no rule span    added (lower-case names, names the rules cut away), unless
 *                                another recogniser (money, dates, laws) or, unless known,
 *                                a rule span's title ("Secretary of State …") owns its tokens or
 *                                it is longer than any name the rules would take; a gazetteer
 *                                entry keeps its evidence ("The US" loses its run to the
 *                                pronoun "us", and GMB taught the tagger to call it an org)
 */
import { lookup } from './gazetteer';
import { MAX_RUN, type NameSpan } from './recognize';
import { isClaimed } from './spans';
import type { TaggedSpan, TaggedType } from './tagger/run';

const TYPES: Record<TaggedType, NameSpan['tagged']> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: undefined };

/**
 * Combines the rule-based name spans with the tagger's spans (both over the same tokens).
 * Without `decide` (headlines, cased for show) the tagger only votes: it neither adds nor
 * questions a name.
 */
export function combineNames(
  rules: readonly NameSpan[],
  tagged: readonly TaggedSpan[],
  claimed: Uint8Array,
  opts: { decide: boolean; surfaceOf: (from: number, to: number) => string },
): NameSpan[] {
  const out: NameSpan[] = [];
  // Both lists are sorted and free of inner overlaps: one sweep, linear on hostile pages.
  let k = 0;
  for (const r of rules) {
    while (k < tagged.length && tagged[k]!.to <= r.from) k++;
    let best: TaggedSpan | null = null;
    let bestOverlap = 0;
    for (let j = k; j < tagged.length && tagged[j]!.from < r.to; j++) {
      const t = tagged[j]!;
      const overlap = Math.min(r.to, t.to) - Math.max(r.from, t.from);
      if (overlap > bestOverlap) {
        best = t;
        bestOverlap = overlap;
      }
    }
    const type = best ? TYPES[best.type] : undefined;
    if (type) r.tagged = type;
    else if (opts.decide && !best && !hasOwnEvidence(r)) r.unconfirmed = true;
    out.push(r);
  }
  if (!opts.decide) return out;
  const ruled = new Uint8Array(claimed.length);
  const titles = new Uint8Array(claimed.length);
  for (const r of rules) {
    ruled.fill(1, r.from, r.to);
    if (r.title) titles.fill(1, r.title.from, r.title.to);
  }
  for (const t of tagged) {
    const type = TYPES[t.type];
    // As long as the rules allow a name, no longer: longer "names" are glued junk.
    if (!type || t.to - t.from > MAX_RUN || isClaimed(claimed, t.from, t.to) || isClaimed(ruled, t.from, t.to)) continue;
    const hit = lookup(opts.surfaceOf(t.from, t.to));
    // A title the rules cut off a name is theirs too ("Secretary of State Mike Pompeo" has no
    // organization "State"), but a known name in it stays ("U.S. Secretary of State …").
    if (!hit && isClaimed(titles, t.from, t.to)) continue;
    const span: NameSpan = { from: t.from, to: t.to, demonym: hit?.demonym ?? false, weak: false, tagged: type };
    if (hit) span.gazetteer = hit;
    out.push(span);
  }
  return out.sort((a, b) => a.from - b.from);
}

function hasOwnEvidence(r: NameSpan): boolean {
  return r.gazetteer !== undefined || r.title !== undefined || r.titleAfter === true || r.demonym || r.weak;
}
