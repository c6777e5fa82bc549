// The switches of language and of Kazakh script are links to another page. Once the actions are
// loaded (after the first view, the budget's), such a link opens that page where the reader is;
// until then reader.ts gives it the address's own target.
import { fragmentId } from './fragment.ts';

/** The id of the part of the text a quarter down the window: where the reader is reading. */
const placeInView = (): string | undefined =>
  document.elementFromPoint(innerWidth / 2, innerHeight / 4)?.closest('main [id]')?.id;

/** Whether the address's own target is still on screen: then it is the reader's place. */
function targetInView(): boolean {
  const box = document.getElementById(fragmentId(location.hash))?.getBoundingClientRect();
  return box !== undefined && box.bottom > 0 && box.top < innerHeight;
}

/** Listens after reader.ts, whose listener gave the link the address's target, and so wins. */
export function keepPlace(): void {
  document.addEventListener('click', (event) => {
    const link =
      event.target instanceof Element
        ? event.target.closest<HTMLAnchorElement>('a[data-keep-hash]')
        : null;
    const place = scrollY > 0 && !targetInView() ? placeInView() : undefined;
    if (link && place) link.hash = place;
  });
}
