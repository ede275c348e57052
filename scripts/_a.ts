import { extractEntities } from '../lib/entities';
const t = process.argv[2]!;
for (const e of extractEntities(t)) console.log(e.type, JSON.stringify(e.name), e.role ?? '', e.mentions.length);
