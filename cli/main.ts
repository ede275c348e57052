import { parseArgs } from 'node:util';
import { annotate } from '../lib/annotate';
import { extractClaims } from '../lib/claims';
import { extractEntities } from '../lib/entities';
import type { Claim, Entity } from '../lib/report';
import { runBatch } from './batch';
import { formatText } from './format';
import { decodeHtml, fileUrl, parseHtml, readInput } from './load';

const USAGE = `Usage:
  lede annotate <file.html|file.html.gz|-> [--url URL] [--now ISO] [--format json|text]
  lede entities [--jsonl]        text on stdin (or {"id","text"} lines with --jsonl)
  lede claims [--jsonl]          text on stdin (or {"id","text"} lines with --jsonl)
  lede batch <dir> --out results.jsonl [--now ISO]
`;

/** A failure the user caused: printed as one line, exit code 2. */
class UsageError extends Error {}

function parseNow(raw: string | undefined): Date {
  // The CLI is the edge of the system: here, and only here, "now" comes from the clock.
  if (raw === undefined) return new Date();
  const ms = Date.parse(raw);
  if (Number.isNaN(ms)) throw new UsageError(`--now is not a date: ${raw}`);
  return new Date(ms);
}

async function readStdinText(): Promise<string> {
  if (process.stdin.isTTY) throw new UsageError('expected text on stdin');
  return (await readInput('-')).toString('utf8');
}

/** The entity shape of `lede entities`: body mentions as {start, end, text}. */
export function entitiesOutput(entities: Entity[]): object[] {
  return entities.map((e) => ({
    type: e.type,
    name: e.name,
    aliases: e.aliases,
    ...(e.role ? { role: e.role } : {}),
    mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.exact })),
  }));
}

/** The claim shape of `lede claims`. */
export function claimsOutput(claims: Claim[]): object[] {
  return claims.map((c) => ({
    type: c.type,
    start: c.quote.start,
    end: c.quote.end,
    text: c.quote.exact,
    hedged: c.hedged,
    ...(c.attribution ? { attribution: c.attribution } : {}),
    ...(c.subject ? { subject: c.subject } : {}),
    ...(c.authority ? { authority: c.authority } : {}),
    ...(c.penalty ? { penalty: c.penalty } : {}),
  }));
}

async function textCommand(jsonl: boolean, run: (text: string) => object): Promise<void> {
  const input = await readStdinText();
  if (!jsonl) {
    process.stdout.write(`${JSON.stringify(run(input))}\n`);
    return;
  }
  let lineNo = 0;
  for (const line of input.split('\n')) {
    lineNo++;
    if (!line.trim()) continue;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      throw new UsageError(`line ${lineNo} is not JSON`);
    }
    if (typeof row !== 'object' || row === null || typeof (row as { text?: unknown }).text !== 'string') {
      throw new UsageError(`line ${lineNo} needs a "text" string`);
    }
    const { id, text } = row as { id?: unknown; text: string };
    process.stdout.write(`${JSON.stringify({ id: id ?? null, ...run(text) })}\n`);
  }
}

/** Runs the CLI and returns its exit code. */
export async function main(argv: string[]): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        now: { type: 'string' },
        format: { type: 'string', default: 'json' },
        jsonl: { type: 'boolean', default: false },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    const [command, ...rest] = positionals;
    if (values.help || !command) {
      process.stdout.write(USAGE);
      return command || values.help ? 0 : 2;
    }
    switch (command) {
      case 'annotate': {
        const file = rest[0];
        if (!file) throw new UsageError('annotate needs a file (or - for stdin)');
        if (values.format !== 'json' && values.format !== 'text') {
          throw new UsageError(`--format must be json or text, not ${values.format}`);
        }
        const now = parseNow(values.now);
        const bytes = await readInput(file).catch((error: NodeJS.ErrnoException) => {
          throw new UsageError(`cannot read ${file}: ${error.code ?? error.message}`);
        });
        if (!bytes.length) throw new UsageError(`${file === '-' ? 'stdin' : file} is empty`);
        const url = values.url ?? fileUrl(file);
        const report = annotate(parseHtml(decodeHtml(bytes), url), { url, now });
        process.stdout.write(
          values.format === 'text' ? `${formatText(report)}\n` : `${JSON.stringify(report, null, 2)}\n`,
        );
        return 0;
      }
      case 'entities':
        await textCommand(values.jsonl, (text) => ({ entities: entitiesOutput(extractEntities(text)) }));
        return 0;
      case 'claims':
        await textCommand(values.jsonl, (text) => {
          const entities = extractEntities(text);
          return { claims: claimsOutput(extractClaims(text, { entities })) };
        });
        return 0;
      case 'batch': {
        const dir = rest[0];
        if (!dir) throw new UsageError('batch needs a folder');
        if (!values.out) throw new UsageError('batch needs --out results.jsonl');
        return await runBatch(dir, values.out, parseNow(values.now));
      }
      default:
        throw new UsageError(`unknown command "${command}"; try lede --help`);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`lede: ${message}\n`);
    return error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? 2 : 1;
  }
}
