// A static host for the offline tests whose site can be replaced, as a deploy does, and whose
// network can be cut.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { staticSite } from './static-host.ts';

export interface DeployableHost {
  /** `http://localhost:<port>`: a free port, so that every test has its own origin. */
  origin: string;
  /** Serves another build from now on. */
  deploy(dir: string): void;
  /**
   * Cuts the network at the server: connections are reset. Playwright's
   * `context.setOffline()` does not reliably reach service workers (microsoft/playwright#2311),
   * so the tests do both.
   */
  cut(down: boolean): void;
  close(): Promise<void>;
}

export async function deployableHost(dir: string, base: string): Promise<DeployableHost> {
  let site = staticSite(dir, base);
  let down = false;
  const server = createServer((request, response) => {
    if (down) return void request.socket.destroy();
    return site(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    deploy: (next) => {
      site = staticSite(next, base);
    },
    cut: (value) => {
      down = value;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
