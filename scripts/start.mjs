// `npm start`: the demo site (demo/) with the mock backend in the page, TypeScript compiled on the fly.
import { join } from 'node:path';
import { createServer } from 'vite';
import { root } from './panels.mjs';

const port = Number(process.env.PORT ?? 8000);
const host = '127.0.0.1';

const server = await createServer({
  configFile: false,
  root: join(root, 'demo'),
  // The MSW worker script is served from the origin root, so its scope covers every page.
  publicDir: join(root, 'packages/mock-server/public'),
  cacheDir: join(root, 'node_modules/.vite-demo'),
  appType: 'mpa',
  clearScreen: false,
  logLevel: 'warn',
  server: { host, port, strictPort: true, fs: { allow: [root] } },
});
await server.listen();

const { demoAccounts } = await server.ssrLoadModule(
  join(root, 'packages/mock-server/src/store/seed-people.ts'),
);
const url = `http://${host}:${port}/`;
console.log(`\nThuiszorg De Linde, the demo site: ${url}`);
console.log(`  the whole portal: ${url}mijn-linde.html`);
console.log('  SMS codes and e-mails the mock "sent": the "Demo-hulp" button on every page\n');
console.log('Demo accounts:');
const width = Math.max(...demoAccounts.map((a) => a.username.length));
for (const a of demoAccounts) {
  console.log(`  ${a.username.padEnd(width)}  ${a.password.padEnd(16)}  ${a.situation}`);
}
console.log('\nCtrl+C stops the server.');
