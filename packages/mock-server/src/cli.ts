// `npm run mock`: the mock backend as a real HTTP server on 127.0.0.1.
import { parseArgs } from 'node:util';
import { startHttpMock } from './server.js';
import { demoAccounts } from './store/seed-people.js';
import { seedNames, type SeedName } from './store/seed.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4010' },
    policy: { type: 'string', default: 'every-sign-in' },
    seed: { type: 'string', default: 'default' },
    latency: { type: 'string', default: '0' },
    'failure-rate': { type: 'string', default: '0' },
    'cors-origin': { type: 'string', multiple: true, default: [] },
  },
});
const corsOrigins = values['cors-origin'];
for (const origin of corsOrigins) {
  if (new URL(origin).origin !== origin)
    throw new Error(`--cors-origin must be an origin like https://www.zorg.example, not ${origin}`);
}
if (!seedNames.includes(values.seed as SeedName))
  throw new Error(`--seed must be one of ${seedNames.join(', ')}`);
if (!['every-sign-in', 'new-device'].includes(values.policy!))
  throw new Error('--policy must be every-sign-in or new-device');

const { url } = await startHttpMock({
  port: Number(values.port),
  seed: values.seed as SeedName,
  codePolicy: values.policy as 'every-sign-in' | 'new-device',
  scenario: { latencyMs: Number(values.latency), failureRate: Number(values['failure-rate']) },
  corsOrigins,
});
console.log(`Mock backend: ${url}/api/v1   (code policy: ${values.policy}, seed: ${values.seed})`);
if (corsOrigins.length)
  console.log(`Cross-origin calls with credentials from: ${corsOrigins.join(', ')}`);
console.log(`Outbox (SMS and e-mail "sent"): ${url}/__dev/outbox`);
console.log('Demo accounts:');
for (const a of demoAccounts)
  console.log(`  ${a.username.padEnd(10)} ${a.password.padEnd(17)} ${a.situation}`);
