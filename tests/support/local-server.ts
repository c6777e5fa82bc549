// The test server (serve.ts) in a process of its own, for the benchmarks: started, then waited
// for until it answers; one that stops by itself (a folder it cannot serve) fails at once.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as pause } from 'node:timers/promises';

export interface LocalServer {
  origin: string;
  stop(): void;
}

/** Serves the built site in `dir` on `port`, once it answers (it lists every file first). */
export async function startServer(dir: string, port: number): Promise<LocalServer> {
  const origin = `http://localhost:${port}`;
  const server = spawn(
    process.execPath,
    [join('tests', 'support', 'serve.ts'), dir, String(port)],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let printed = '';
  server.stderr.setEncoding('utf8').on('data', (text: string) => {
    printed = (printed + text).slice(-2000);
  });
  let stopping = false;
  const exited = new Promise<never>((_, reject) => {
    server.once('exit', (code) => {
      if (!stopping) reject(new Error(`the server for ${dir} stopped (exit ${code}):\n${printed}`));
    });
  });
  exited.catch(() => undefined);
  const stop = (): void => {
    stopping = true;
    server.kill();
  };
  const answers = async (): Promise<void> => {
    for (let tries = 0; tries < 600; tries++) {
      if (
        await fetch(`${origin}/`).then(
          (r) => r.ok,
          () => false,
        )
      )
        return;
      await pause(250);
    }
    throw new Error(`the server on ${origin} did not answer in 150 s`);
  };
  try {
    await Promise.race([answers(), exited]);
  } catch (error) {
    stop();
    throw error;
  }
  return { origin, stop };
}
