// One thread of the render pool (pool.ts): loads the fonts, satori and resvg once, then draws
// each card it is sent into its file in the cache.
import { parentPort } from 'node:worker_threads';
import type { CardData } from '../site/cards.ts';
import { writeAtomically } from './cache.ts';
import { renderCard } from './render.ts';

export interface Job {
  card: CardData;
  file: string;
}
export interface Done {
  error?: string;
}

parentPort?.on('message', ({ card, file }: Job) => {
  renderCard(card)
    .then((png) => {
      writeAtomically(file, png);
      parentPort?.postMessage({} satisfies Done);
    })
    .catch((error: unknown) => {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      parentPort?.postMessage({ error: message } satisfies Done);
    });
});
