#!/usr/bin/env node
// The `lede` command. tsx compiles the TypeScript sources on the fly, so the CLI always runs
// the same lib/ code as the extension, with no separate build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
