import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve.ts';
import { DIST } from './dist.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

let server: Server | undefined;

/** Serves dist/ on a free loopback port for the whole run and hands its URL to the tests. */
export async function setup(project: TestProject): Promise<void> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is not built: run `npm run build` before the site tests.');
  // A build made with BASE_PATH=/repo/ is tested where it would be hosted: under that path.
  const base = (process.env.BASE_PATH ?? '/').replace(/^\/?/, '/').replace(/\/?$/, '/');
  server = await startServer(DIST, 0, '127.0.0.1', base);
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('server has no address');
  project.provide('siteUrl', `http://127.0.0.1:${address.port}${base}`);
}

export async function teardown(): Promise<void> {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
}
