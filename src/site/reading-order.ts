/** The items before and after the one with `id` in reading order (sections, Q&As). */
export function neighbours<T extends { id: string }>(
  items: readonly T[],
  id: string,
): { previous?: T; next?: T } {
  const index = items.findIndex((item) => item.id === id);
  if (index === -1) return {};
  const previous = items[index - 1];
  const next = items[index + 1];
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}
