// `npm start`: the demo site (demo/) with the mock backend, TypeScript compiled on the fly.
import { join } from 'node:path';
import { startDemo, strictPage } from './demo-server.mjs';
import { root } from './panels.mjs';

const port = Number(process.env.PORT ?? 8000);
const { url, server } = await startDemo({ port });

const { demoAccounts } = await server.ssrLoadModule(
  join(root, 'packages/mock-server/src/store/seed-people.ts'),
);
console.log(`\nThuiszorg De Linde, the demo site: ${url}`);
console.log(`  the whole portal: ${url}mijn-linde.html`);
console.log('  SMS codes and e-mails the mock "sent": the "Demo-hulp" button on every page');
console.log(`  under the strict Content-Security-Policy: ${url}${strictPage.path.slice(1)}`);
console.log(`  the mock's outbox for curl: ${url}__dev/outbox\n`);
console.log('Demo accounts:');
const width = Math.max(...demoAccounts.map((a) => a.username.length));
for (const a of demoAccounts) {
  console.log(`  ${a.username.padEnd(width)}  ${a.password.padEnd(16)}  ${a.situation}`);
}
console.log('\nCtrl+C stops the server.');
