// "Save for offline" and its undo, loaded on the first press: asks the service worker
// (./sw.ts), which does the downloading, and shows the progress and the size. The strings come
// in the control's data attributes, from the interface's dictionary.
import type { Lang } from '../../i18n/ui.ts';
import type { SaveReply, SaveRequest } from '../shared/caches.ts';

const kilobytes = (bytes: number): string => String(Math.round(bytes / 1024));

const fill = (template: string | undefined, values: Record<string, number>): string =>
  (template ?? '').replace(/\{(\w+)\}/g, (_, key: string) => kilobytes(values[key] ?? 0));

async function ask(request: SaveRequest, onReply: (reply: SaveReply) => void): Promise<void> {
  const { active } = await navigator.serviceWorker.ready;
  const channel = new MessageChannel();
  channel.port1.onmessage = (event: MessageEvent<SaveReply>) => onReply(event.data);
  active?.postMessage(request, [channel.port2]);
}

export function toggleSaved(control: HTMLElement, button: HTMLButtonElement, lang: Lang): void {
  const status = control.querySelector('[role="status"]');
  const progress = control.querySelector('progress');
  if (!status || !progress) return;
  const strings = control.dataset;
  const saved = button.getAttribute('aria-pressed') === 'true';
  button.disabled = true;
  const request: SaveRequest = {
    type: saved ? 'remove' : 'save',
    interview: strings.offlineSave ?? '',
    lang,
  };
  void ask(request, (reply) => {
    if (reply.type === 'progress') {
      progress.hidden = false;
      progress.value = reply.total > 0 ? reply.done / reply.total : 0;
      status.textContent = fill(strings.progress, { done: reply.done, total: reply.total });
      return;
    }
    progress.hidden = true;
    button.disabled = false;
    if (reply.type === 'saved') {
      button.setAttribute('aria-pressed', 'true');
      status.textContent = fill(strings.saved, { size: reply.bytes });
    } else if (reply.type === 'removed') {
      button.setAttribute('aria-pressed', 'false');
      status.textContent = strings.removed ?? '';
    } else {
      status.textContent = (reply.reason === 'stale' ? strings.stale : strings.failed) ?? '';
    }
  });
}
