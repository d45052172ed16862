/**
 * The 复制链接 buttons that src/plugins/rehype-copy-link-buttons.ts puts beside answer headings:
 * copy the answer's absolute URL and say 已复制 in the button's live region for a moment.
 */
import { answerUrl } from './answer-url.ts';

const CONFIRMATION_MS = 2000;
const timers = new WeakMap<Element, number>();

document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-copy-anchor]') : null;
  const id = button?.dataset.copyAnchor;
  if (!button || !id) return;
  const url = answerUrl(location.href, id);
  void copyText(url, button).then((copied) => {
    if (!copied) history.replaceState(history.state, '', url);
    confirm(button, copied ? '已复制' : '已放入地址栏，请手动复制');
  });
});

/** The Clipboard API where there is one (secure contexts), else the older selection-based copy. */
async function copyText(text: string, returnFocusTo: HTMLElement): Promise<boolean> {
  if (navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Denied or unavailable (plain http, old browser, no permission): try the fallback.
    }
  }
  const field = document.createElement('textarea');
  field.value = text;
  field.readOnly = true;
  field.className = 'kb-copy-link__field';
  field.setAttribute('aria-hidden', 'true');
  document.body.append(field);
  field.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  field.remove();
  returnFocusTo.focus();
  return copied;
}

function confirm(button: HTMLButtonElement, message: string): void {
  const status = button.parentElement?.querySelector('.kb-copy-link__status');
  if (!status) return;
  status.textContent = message;
  button.dataset.copied = 'true';
  window.clearTimeout(timers.get(button));
  timers.set(
    button,
    window.setTimeout(() => {
      status.textContent = '';
      delete button.dataset.copied;
    }, CONFIRMATION_MS),
  );
}
