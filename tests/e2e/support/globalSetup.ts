import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

/**
 * Serves the built app (dist/, made by `npm run build` just before) on a free
 * loopback port, so the tests never collide with a running `npm start`.
 */
let server: PreviewServer | undefined;

export async function setup(project: TestProject) {
  server = await preview({ preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false }, logLevel: 'warn' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no TCP address');
  project.provide('baseURL', `http://127.0.0.1:${address.port}/`);
}

export async function teardown() {
  await server?.close();
}
