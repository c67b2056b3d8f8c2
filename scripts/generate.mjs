// Generates everything that comes from openapi.yaml: the SDK's types, the mock backend's copy
// of the contract (used to validate requests) and the widgets' contract facts (limits, enums). `--check` fails when a committed file is stale.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { parse } from 'yaml';
import { contractFactsModule } from './contract-facts.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const contractPath = resolve(root, 'openapi.yaml');
const banner = (what) =>
  `// GENERATED from openapi.yaml by scripts/generate.mjs (${what}). Do not edit: run \`npm run generate\`.\n`;

/** A table of every operation: method, path, guarding section and whether it takes an Idempotency-Key. */
function operationTable(document) {
  const rows = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch']) {
      const op = item[method];
      if (!op) continue;
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])];
      const idempotent = params.some((p) => p.$ref === '#/components/parameters/IdempotencyKey');
      rows.push({
        operationId: op.operationId,
        method: method.toUpperCase(),
        path,
        section: op['x-section'] ?? null,
        idempotent,
      });
    }
  }
  return (
    `/** One operation of the contract. */\n` +
    `export interface OperationInfo {\n  operationId: string;\n  method: 'GET' | 'PUT' | 'POST' | 'DELETE' | 'PATCH';\n  path: string;\n  section: string | null;\n  idempotent: boolean;\n}\n\n` +
    `/** Every operation of openapi.yaml. */\n` +
    `export const operationTable: readonly OperationInfo[] = ${JSON.stringify(rows, null, 2)};\n\n` +
    `/** \`METHOD /path\` of every operation that takes an Idempotency-Key (small, for the SDK's bundle). */\n` +
    `export const idempotentOperations: ReadonlySet<string> = new Set(${JSON.stringify(
      rows.filter((r) => r.idempotent).map((r) => `${r.method} ${r.path}`),
      null,
      2,
    )});\n`
  );
}

/** Renders every generated file as { path: text }. */
export async function render() {
  const source = await readFile(contractPath, 'utf8');
  const document = parse(source);
  const types = astToString(await openapiTS(document, { alphabetize: false }));
  return {
    [resolve(root, 'packages/sdk/src/generated/operations.ts')]:
      banner('operation table') + operationTable(document),
    [resolve(root, 'packages/sdk/src/generated/openapi.ts')]:
      banner('openapi-typescript') + '/* eslint-disable */\n' + types,
    [resolve(root, 'packages/mock-server/src/generated/contract.ts')]:
      banner('the contract as data') +
      "/* eslint-disable */\nimport type { ContractDocument } from '../validation/contract-types.js';\n/** The OpenAPI document, for validating requests and responses. */\n" +
      `export const contract: ContractDocument = ${JSON.stringify(document, null, 2)};\n`,
    [resolve(root, 'packages/widgets/src/generated/contract-facts.ts')]:
      banner('contract facts') + contractFactsModule(document),
  };
}

async function main() {
  const check = process.argv.includes('--check');
  const files = await render();
  const stale = [];
  for (const [path, text] of Object.entries(files)) {
    if (check) {
      const current = await readFile(path, 'utf8').catch(() => '');
      if (current !== text) stale.push(path);
    } else {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, text);
    }
  }
  if (stale.length) {
    console.error(`Stale generated files (run \`npm run generate\`):\n  ${stale.join('\n  ')}`);
    process.exit(1);
  }
  console.log(
    check ? 'generated files are up to date' : `generated ${Object.keys(files).length} files`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
