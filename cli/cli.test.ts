import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PAGES_DIR, referenceExpectations, seedBody } from '../fixtures/load';
import type { Report } from '../lib/report';

const LEDE = join(import.meta.dirname, 'lede.mjs');
const REFERENCE = join(PAGES_DIR, 'reference', 'source.html');

function lede(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [LEDE, ...args], { input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('lede annotate', () => {
  const expected = referenceExpectations();
  const run = lede(['annotate', REFERENCE, '--now', '2026-11-28', '--url', 'https://www.cnet.com/news/x/']);
  const report = JSON.parse(run.stdout) as Report;

  it('prints the versioned report for the reference page', () => {
    expect(run.code).toBe(0);
    expect(report.schemaVersion).toBe(1);
    expect(report.url).toBe('https://www.cnet.com/news/x/');
    expect(report.analyzedAt).toBe('2026-11-28T00:00:00.000Z');
    expect(report.article?.title).toBe(expected.title);
    expect(report.article?.publishedTime?.startsWith('2014-')).toBe(true);
    for (const chrome of expected.bodyExcludes) expect(report.article?.text).not.toContain(chrome);
  });

  it('flags the stale strip, the prompt and the footer', () => {
    const strip = report.boilerplate.find((b) => b.text.startsWith('Cyber Monday'));
    expect(['trending', 'promo']).toContain(strip?.kind);
    expect(strip?.stale?.evidence).toContain('2022');
    expect(report.boilerplate.find((b) => b.text.startsWith('Want CNET'))?.kind).toBe('notification-prompt');
    expect(report.boilerplate.find((b) => b.text.includes('© 2022 CNET'))?.kind).toBe('footer');
  });

  it('reads gzipped pages and stdin, and prints text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lede-cli-'));
    const gz = join(dir, 'page.html.gz');
    writeFileSync(gz, gzipSync(readFileSync(REFERENCE)));
    const fromGz = JSON.parse(lede(['annotate', gz, '--now', '2026-11-28']).stdout) as Report;
    expect(fromGz.article?.title).toBe(expected.title);
    const text = lede(['annotate', '-', '--now', '2026-11-28', '--format', 'text'], readFileSync(REFERENCE, 'utf8'));
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('12 years old');
    expect(text.stdout).toContain('Stale');
  });

  it('fails with one clear line on bad input', () => {
    const missing = lede(['annotate', '/no/such/file.html']);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain('cannot read');
    expect(lede(['annotate', REFERENCE, '--now', 'yesterday-ish']).stderr).toContain('--now is not a date');
    expect(lede(['annotate', REFERENCE, '--format', 'xml']).code).toBe(2);
    expect(lede(['frobnicate']).code).toBe(2);
  });
});

describe('lede entities and claims', () => {
  const { body } = seedBody();

  it('entities: JSON with whole money amounts and offsets into the input', () => {
    const out = JSON.parse(lede(['entities'], body).stdout) as {
      entities: { type: string; name: string; mentions: { start: number; end: number; text: string }[] }[];
    };
    const money = out.entities.filter((e) => e.type === 'money').map((e) => e.name);
    expect(money).toEqual(expect.arrayContaining(['20 million won', '$18,000']));
    for (const e of out.entities) for (const m of e.mentions) expect(body.slice(m.start, m.end)).toBe(m.text);
  });

  it('claims: the penalty sentence carries its penalty', () => {
    const out = JSON.parse(lede(['claims'], body).stdout) as { claims: { type: string; text: string; penalty?: string }[] };
    const penalty = out.claims.find((c) => c.type === 'penalty');
    expect(penalty?.penalty).toContain('up to 3 years in prison');
  });

  it('--jsonl runs one object per line and keeps ids', () => {
    const input = [JSON.stringify({ id: 'a', text: 'Police arrested John Smith in Boston on Monday.' }), JSON.stringify({ id: 'b', text: 'It was a fine day.' })].join('\n');
    const lines = lede(['claims', '--jsonl'], input).stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; claims: { type: string }[] });
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    expect(lines[0]!.claims[0]?.type).toBe('arrest');
    expect(lines[1]!.claims).toEqual([]);
    expect(lede(['entities', '--jsonl'], 'not json').code).toBe(2);
  });
});

describe('lede batch', () => {
  it('annotates a folder, writing a report or an error per file, and goes on past bad files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lede-batch-'));
    writeFileSync(join(dir, 'a.html'), readFileSync(REFERENCE));
    writeFileSync(join(dir, 'b.html.gz'), Buffer.from('this is not gzip'));
    writeFileSync(join(dir, 'c.html'), '<html><body><ul><li><a href="/">Home</a></li></ul></body></html>');
    const out = join(dir, 'results.jsonl');
    execFileSync(process.execPath, [LEDE, 'batch', dir, '--out', out, '--now', '2026-11-28'], { stdio: 'pipe' });
    const rows = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { file: string; report?: Report; error?: string });
    expect(rows.map((r) => r.file)).toEqual(['a.html', 'b.html.gz', 'c.html']);
    expect(rows[0]!.report?.article?.title).toContain('Daum Kakao');
    expect(rows[1]!.error).toBeTruthy();
    expect(rows[2]!.report?.article).toBeNull();
  });
});
