// Preloaded into a measured build (node --import): prints, as the process exits, the CPU time
// of all its threads (the card workers included), a steadier figure than wall time on a
// loaded machine.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  writeSync(2, `\ncpu-ms ${Math.round((user + system) / 1000)}\n`);
});
