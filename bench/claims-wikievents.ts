/**
 * An outside check for `npm run bench:claims`: the Justice.* events of WikiEvents
 * (../shared/corpora/wikievents/dev.jsonl, MIT). The rules were written on the claims dev set,
 * not on these texts; their output here was read once to find bugs, so the check is not blind,
 * and it is small (about 30 events). A Justice event counts as found when a claim covers its trigger; its defendant or
 * detainee should overlap the claim's subject, and its jailer, investigator, prosecutor or court
 * the claim's authority (same content-word overlap as the claims corpus). Precision cannot be
 * measured here: WikiEvents labels only some event types, so a legal sentence without a Justice
 * event is not a false positive.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractClaims } from '../lib/claims';
import { fieldOverlap } from '../lib/claims/score';
import type { ClaimType } from '../lib/report';

interface WikiToken {
  0: string;
  1: number;
  2: number;
}

interface WikiDoc {
  doc_id: string;
  sentences: [WikiToken[], string][];
  event_mentions: {
    event_type: string;
    trigger: { start: number; end: number; text: string; sent_idx: number };
    arguments: { role: string; text: string }[];
  }[];
}

/** WikiEvents Justice subtypes and the claim type the guideline gives them (null: no mapping). */
const TYPE_OF: Record<string, ClaimType | null> = {
  ArrestJailDetain: 'arrest',
  ChargeIndict: 'charge',
  TrialHearing: 'trial',
  InvestigateCrime: 'investigation',
  Convict: 'verdict',
  Sentence: 'sentence',
  ReleaseParole: null,
};

/** Argument roles that name the claim's subject and its authority. */
const SUBJECT_ROLES = new Set(['Defendant', 'Detainee']);
const AUTHORITY_ROLES = new Set(['Jailer', 'Investigator', 'Prosecutor', 'JudgeCourt', 'Adjudicator']);

/** Counts of the held-out check. */
export interface WikiEventsResult {
  events: number;
  found: number;
  typed: number;
  typeRight: number;
  subjectGold: number;
  subjectHit: number;
  authorityGold: number;
  authorityHit: number;
}

/** Runs the check, or returns null when the corpus is missing. */
export function runWikiEvents(corpora: string): WikiEventsResult | null {
  const file = join(corpora, 'wikievents', 'dev.jsonl');
  if (!existsSync(file)) return null;
  const docs = readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as WikiDoc);
  const r: WikiEventsResult = { events: 0, found: 0, typed: 0, typeRight: 0, subjectGold: 0, subjectHit: 0, authorityGold: 0, authorityHit: 0 };
  for (const doc of docs) {
    // One sentence per line, so our splitter keeps WikiEvents' sentences apart; each document
    // token gets its offset in that text.
    const starts: number[] = [];
    const tokenAt: number[] = [];
    let text = '';
    for (const [tokens, sentence] of doc.sentences) {
      const base = text.length;
      const first = tokens[0]?.[1] ?? 0;
      starts.push(base);
      for (const t of tokens) tokenAt.push(base + (t[1] - first));
      text += sentence + '\n';
    }
    const claims = extractClaims(text);
    for (const ev of doc.event_mentions) {
      if (!ev.event_type.startsWith('Justice.')) continue;
      r.events++;
      const at = tokenAt[ev.trigger.start];
      if (at === undefined) continue;
      const claim = claims.find((c) => c.quote.start <= at && at < c.quote.end);
      if (!claim) continue;
      r.found++;
      const want = TYPE_OF[ev.event_type.split('.')[1] ?? ''];
      if (want) {
        r.typed++;
        if (claim.type === want) r.typeRight++;
      }
      const subjects = ev.arguments.filter((a) => SUBJECT_ROLES.has(a.role));
      const authorities = ev.arguments.filter((a) => AUTHORITY_ROLES.has(a.role));
      if (subjects.length > 0) {
        r.subjectGold++;
        if (subjects.some((a) => fieldOverlap(claim.subject, a.text))) r.subjectHit++;
      }
      if (authorities.length > 0) {
        r.authorityGold++;
        if (authorities.some((a) => fieldOverlap(claim.authority, a.text))) r.authorityHit++;
      }
    }
  }
  return r;
}
