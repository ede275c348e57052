import { readFileSync } from 'node:fs';
import { extractEntities } from '../lib/entities';
import { isNameMention } from '../lib/report';
import { lookup } from '../lib/entities/gazetteer';
import { parseWireCopy } from './ner/wire';
const T: Record<string, string> = { person: 'PER', organization: 'ORG', place: 'LOC' };
const c: Record<string, { tp: number; fp: number; fn: number; typeErr: number; spanErr: number }> = {};
const get = (t: string) => (c[t] ??= { tp: 0, fp: 0, fn: 0, typeErr: 0, spanErr: 0 });
for (const d of parseWireCopy(readFileSync(process.argv[2]!, 'utf8'))) {
  const gold = new Map(d.names.map((n) => [`${n.start}:${n.end}`, n.type as string]));
  const pred = new Map<string, string>();
  for (const e of extractEntities(d.text)) { const t = T[e.type]; if (t) for (const m of e.mentions) if (isNameMention(e, m) && !lookup(d.text.slice(m.start, m.end))?.demonym) pred.set(`${m.start}:${m.end}`, t); }
  const overlaps = (k: string, map: Map<string, string>) => { const [a, b] = k.split(':').map(Number); return [...map.keys()].some((x) => { const [p, q] = x.split(':').map(Number); return p! < b! && a! < q! && x !== k; }); };
  for (const [k, t] of gold) { const p = pred.get(k); if (p === t) get(t).tp++; else { get(t).fn++; if (p) get(t).typeErr++; else if (overlaps(k, pred)) get(t).spanErr++; } }
  for (const [k, t] of pred) if (gold.get(k) !== t) get(t).fp++;
}
for (const [t, x] of Object.entries(c)) { const p = x.tp / (x.tp + x.fp), r = x.tp / (x.tp + x.fn); console.log(t, 'P', p.toFixed(3), 'R', r.toFixed(3), 'F1', ((2 * p * r) / (p + r)).toFixed(3), 'gold', x.tp + x.fn, 'missed', x.fn, '(wrong type', x.typeErr, 'wrong span', x.spanErr, 'none', x.fn - x.typeErr - x.spanErr, ')'); }
