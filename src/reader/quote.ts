// Quoting a passage: selecting text in an answer (or a paragraph's quote button, for the
// keyboard) opens a small popover whose buttons copy the quote (quote-text.ts). Loaded on
// first use by reader.ts.
import quoteCss from '../styles/quote.css?url';
import { clipboardText, fromButton, fromSelection, type Quote } from './quote-text.ts';
import { loadStylesheet } from './stylesheet.ts';

const popover = document.querySelector<HTMLElement>('.quote-popover');
const status = popover?.querySelector('[role="status"]');
let current: Quote | undefined;
const styled = loadStylesheet(quoteCss);

/** Writes text that is still being put together, within the click that asked for it. */
function copy(text: Promise<string>): Promise<void> {
  if (typeof ClipboardItem === 'function' && navigator.clipboard.write) {
    const blob = text.then((value) => new Blob([value], { type: 'text/plain' }));
    return navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob })]);
  }
  return text.then((value) => navigator.clipboard.writeText(value));
}

function hide(): void {
  if (!popover || popover.hidden) return;
  const trigger = current?.trigger;
  const hadFocus = popover.contains(document.activeElement);
  popover.hidden = true;
  current = undefined;
  if (hadFocus) trigger?.focus();
}

/** Shows the popover under `rect`, in the paragraph's block, so that Tab reaches it next. */
function show(quote: Quote, rect: DOMRect, focus: boolean): void {
  const pair = quote.paragraphs.at(-1)?.parentElement;
  if (!popover || !status || !pair) return;
  current = quote;
  pair.append(popover);
  status.textContent = '';
  const translation = popover.querySelector<HTMLElement>('[data-quote-copy="translation"]');
  if (translation) translation.hidden = !pair.querySelector('p[data-lang="en"]');
  void styled.then(() => {
    popover.hidden = false;
    const box = pair.getBoundingClientRect();
    // Placed through the CSSOM, which the Content-Security-Policy allows (style attributes not).
    popover.style.top = `${rect.bottom - box.top + 6}px`;
    popover.style.left = `${Math.max(0, Math.min(rect.left - box.left, box.width - popover.offsetWidth))}px`;
    if (focus) popover.querySelector('button')?.focus();
  });
}

const inPopover = (event: Event): boolean =>
  event.target instanceof Node && popover?.contains(event.target) === true;
/** Whether a mouse button is down; reader.ts knows, having watched since the page opened. */
let pressed = (): boolean => false;

let pending: ReturnType<typeof setTimeout> | undefined;
function onSelection(): void {
  clearTimeout(pending);
  // Wait until the selection stops moving (shift+arrows, touch handles) and a drag is released:
  // a popover shown mid-drag would be in the way of the rest of the drag.
  pending = setTimeout(() => {
    if (pressed()) {
      if (!current?.trigger) hide();
      return;
    }
    const selection = getSelection();
    const quote = fromSelection(selection);
    const rects = quote && selection?.getRangeAt(0).getClientRects();
    const rect = rects?.[rects.length - 1];
    if (quote && rect) show(quote, rect, false);
    else if (!current?.trigger) hide();
  }, 200);
}

/** Shows the popover for a paragraph's quote button, focus on its first action. */
export function quoteParagraph(button: HTMLElement): void {
  const quote = fromButton(button);
  if (quote) show(quote, button.getBoundingClientRect(), true);
}

export function watchSelection(isPressed: () => boolean): void {
  pressed = isPressed;
  document.addEventListener('selectionchange', onSelection);
  document.addEventListener('pointerup', (event) => {
    if (!inPopover(event)) onSelection();
  });
  onSelection();
}

// Keeps the selection when a popover button is pressed.
popover?.addEventListener('pointerdown', (event) => event.preventDefault());
popover?.addEventListener('click', (event) => {
  const button = event.target instanceof Element && event.target.closest('[data-quote-copy]');
  if (!button || !current || !status) return;
  const done = popover.dataset;
  const translation = button.getAttribute('data-quote-copy') === 'translation';
  // The selection as it is now: it may have moved since the popover last placed itself.
  const quote = current.trigger ? current : (fromSelection(getSelection()) ?? current);
  copy(clipboardText(quote, translation, done))
    .then(() => (status.textContent = done['copied'] ?? ''))
    .catch(() => (status.textContent = done['failed'] ?? ''));
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') hide();
});
document.addEventListener('pointerdown', (event) => {
  const target = event.target instanceof Node ? event.target : null;
  if (current?.trigger && !popover?.contains(target) && !current.trigger.contains(target)) hide();
});
