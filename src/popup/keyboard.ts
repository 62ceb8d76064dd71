/**
 * Escape closes the expanded hidden-block item that holds the focus (and
 * returns focus to its summary) instead of closing the whole popup.
 */
export function closeDisclosureOnEscape(document: Document): void {
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    const details = (event.target as Element | null)?.closest?.('details[open]');
    if (!details) return;
    event.preventDefault();
    event.stopPropagation();
    details.removeAttribute('open');
    details.querySelector<HTMLElement>('summary')?.focus();
  });
}
