import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { z } from 'zod';
import type { AlignedSection } from './lib/align-gloss.ts';
import { interviewMetaSchema, topicsSchema } from './lib/content-schema.ts';
import { resolve } from 'node:path';
import { loadLibrary, type Library } from './lib/load-interviews.ts';

/** CONTENT_DIR lets the tests build the site from their own fixture content. */
const contentDir = process.env.CONTENT_DIR ?? './content';

/** Both collections come from one read of the content; a change (in dev) reads it again. */
let library: Library | undefined;
const readLibrary = (): Library => (library ??= loadLibrary(contentDir));

/**
 * One loader for the whole library, since a section is only valid together with its gloss,
 * its interview and topics.yaml; every problem fails the build, naming the file.
 */
function libraryLoader(pick: 'interviews' | 'topics'): Loader {
  return {
    name: `suhbat-${pick}`,
    load: async ({ store, parseData, watcher }) => {
      const sync = async (): Promise<void> => {
        const library = readLibrary();
        store.clear();
        if (pick === 'topics') {
          for (const [id, topic] of Object.entries(library.topics)) {
            store.set({ id, data: await parseData({ id, data: { ...topic } }) });
          }
        } else {
          for (const interview of library.interviews) {
            const data = { ...interview.meta, sections: interview.sections };
            store.set({ id: interview.id, data: await parseData({ id: interview.id, data }) });
          }
        }
      };
      await sync();
      watcher?.add(contentDir);
      watcher?.on('all', (_event, path) => {
        if (!path.startsWith(resolve(contentDir))) return;
        library = undefined;
        void sync().catch((error: unknown) => console.error(error));
      });
    },
  };
}

const interviews = defineCollection({
  loader: libraryLoader('interviews'),
  schema: interviewMetaSchema.extend({ sections: z.custom<AlignedSection[]>(Array.isArray) }),
});

const topics = defineCollection({
  loader: libraryLoader('topics'),
  schema: topicsSchema.valueType,
});

export const collections = { interviews, topics };
