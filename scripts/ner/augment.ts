/**
 * Training-time copies for scripts/train-ner.ts: seeded extra sentences that look like web
 * text. Nothing here touches the bench's test sets.
 */
import type { Sentence } from './data';

/** A span `[from, to)` of a sentence with its type. */
interface TagSpan {
  from: number;
  to: number;
  type: string;
}

function spans(tags: readonly string[]): TagSpan[] {
  const out: TagSpan[] = [];
  for (let i = 0; i < tags.length; i++) {
    if (!tags[i]!.startsWith('B-')) continue;
    let j = i + 1;
    while (j < tags.length && tags[j] === `I-${tags[i]!.slice(2)}`) j++;
    out.push({ from: i, to: j, type: tags[i]!.slice(2) });
    i = j - 1;
  }
  return out;
}

const CAPPED_NAME = /^\p{Lu}\p{Ll}+$/u;

/** Openings and closings of letters and messages. */
const GREETINGS = ['Hi', 'Hello', 'Hey', 'Dear', 'Thanks', 'Thank you', 'Regards', 'Cheers', 'Good morning', 'Morning', 'Best', 'Love'];

/**
 * A person's name on a line of its own, as e-mail greetings and sign-offs have it ("Vince",
 * "Traci ,", "Hi Nina ,"): the first name or the whole name of one person span of the
 * sentence, sometimes after a greeting, sometimes with a comma. News seldom writes a first
 * name alone, so without these the tagger reads a lone "Nina" as a place. `null` when the
 * sentence names no person.
 */
export function personLine(s: Sentence, random: () => number): Sentence | null {
  const sp = spans(s.tags).filter((x) => x.type === 'PER' && CAPPED_NAME.test(s.words[x.from]!));
  if (!sp.length) return null;
  const x = sp[Math.floor(random() * sp.length)]!;
  const to = random() < 0.5 ? x.from + 1 : x.to;
  const words = s.words.slice(x.from, to);
  const tags = s.tags.slice(x.from, to);
  if (random() < 0.4) {
    // "Hi Nina ," / "Thanks , Nina": the greeting is no part of the name.
    const g = GREETINGS[Math.floor(random() * GREETINGS.length)]!.split(' ');
    if (random() < 0.3) g.push(',');
    words.unshift(...g);
    tags.unshift(...g.map(() => 'O'));
  }
  if (random() < 0.5) {
    words.push(',');
    tags.push('O');
  }
  return { words, tags };
}
