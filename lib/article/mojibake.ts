/**
 * Repairs text that was encoded as UTF-8 twice ("mojibake"): pages whose CMS read UTF-8 bytes
 * as Windows-1252 and saved them again print "earthâ€™s" for "earth’s" and "Ã©" for "é".
 * Browsers show the damage as served, so the body would carry it into every later stage
 * (word matching, claims, cards). Each suspicious run is turned back into the bytes it was
 * read from and decoded as UTF-8; a run that does not decode cleanly is left as it is, so
 * ordinary accented text never changes. Evidence: fixtures/article/mojibake (12 of the 711
 * WCXB dev pages are double-encoded).
 */

/** Windows-1252 characters for the bytes 0x80–0x9F (Latin-1 has control codes there). */
const CP1252: ReadonlyMap<string, number> = new Map([
  ['€', 0x80], ['‚', 0x82], ['ƒ', 0x83], ['„', 0x84], ['…', 0x85], ['†', 0x86], ['‡', 0x87],
  ['ˆ', 0x88], ['‰', 0x89], ['Š', 0x8a], ['‹', 0x8b], ['Œ', 0x8c], ['Ž', 0x8e], ['‘', 0x91],
  ['’', 0x92], ['“', 0x93], ['”', 0x94], ['•', 0x95], ['–', 0x96], ['—', 0x97], ['˜', 0x98],
  ['™', 0x99], ['š', 0x9a], ['›', 0x9b], ['œ', 0x9c], ['ž', 0x9e], ['Ÿ', 0x9f],
]);

const CONTINUATION = '[\\u0080-\\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]';
/** A UTF-8 lead byte read as Latin-1 (Â–ô) followed by one to three continuation bytes. */
const SUSPECT = new RegExp(`[\\u00c2-\\u00f4]${CONTINUATION}{1,3}`, 'g');
/** Cheap pre-check: most paragraphs have no character of the lead range at all. */
const LEAD = /[\u00c2-\u00f4]/;

const decoder = new TextDecoder('utf-8', { fatal: true });

function byteOf(ch: string): number | null {
  const code = ch.charCodeAt(0);
  if (code >= 0x80 && code <= 0xff) return code;
  return CP1252.get(ch) ?? null;
}

/** How many bytes a UTF-8 sequence with this lead byte has. */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  return 4;
}

function repairRun(run: string): string {
  const lead = byteOf(run[0]!)!;
  const length = sequenceLength(lead);
  if (run.length < length) return run;
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    const b = byteOf(run[i]!);
    if (b === null || (i > 0 && (b < 0x80 || b > 0xbf))) return run;
    bytes[i] = b;
  }
  try {
    return decoder.decode(bytes) + run.slice(length);
  } catch {
    return run;
  }
}

/** The text with double-encoded UTF-8 runs decoded; other text unchanged. */
export function repairMojibake(text: string): string {
  if (!LEAD.test(text)) return text;
  return text.replace(SUSPECT, repairRun);
}
