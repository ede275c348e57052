import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
const [id, ...snips] = process.argv.slice(2);
const html = gunzipSync(readFileSync(`/work/shared/corpora/wcxb-dev/html/${id}.html.gz`)).toString();
const dom = new JSDOM(html.replace(/<style[\s\S]*?<\/style>/gi, ''));
const doc = dom.window.document;
const walker = doc.createTreeWalker(doc.body, 4);
for (const snip of snips) {
  let n; let found = 0;
  const w = doc.createTreeWalker(doc.body, 1);
  let best = null;
  while ((n = w.nextNode())) {
    if (n.textContent.toLowerCase().includes(snip.toLowerCase())) best = n;
  }
  if (!best) { console.log('not found', snip); continue; }
  const chain = [];
  for (let e = best; e && e !== doc.body && chain.length < 8; e = e.parentElement) chain.push(`${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).slice(0, 4).join('.') : ''}`);
  console.log(id, JSON.stringify(snip), '\n  ', chain.join(' < '));
  // the container 2 levels up: its text
  let box = best; for (let k = 0; k < 3 && box.parentElement; k++) { if ((box.parentElement.textContent || '').length > 700) break; box = box.parentElement; }
  console.log('   box:', box.tagName, (box.className || '').toString().slice(0, 80), '|', box.textContent.replace(/\s+/g, ' ').trim().slice(0, 400));
  console.log('   links:', [...box.querySelectorAll('a')].map((a) => `${a.textContent.trim().slice(0, 40)} -> ${a.getAttribute('href')?.slice(0, 80)}`).slice(0, 5).join(' ; '));
}
