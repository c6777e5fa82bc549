import type { AlignedSection } from './align-gloss.ts';

/** The sections before and after `sectionId` in reading order. */
export function sectionNeighbours(
  sections: AlignedSection[],
  sectionId: string,
): { previous?: AlignedSection; next?: AlignedSection } {
  const index = sections.findIndex((section) => section.id === sectionId);
  if (index === -1) return {};
  const previous = sections[index - 1];
  const next = sections[index + 1];
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}
