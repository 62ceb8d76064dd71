/**
 * The picker's highlight box and hint banner: Plainsight's own element inside
 * a closed shadow root, styled through CSSOM properties (not a stylesheet or a
 * style attribute, which a page's CSP could block). The page's own styles and
 * elements are never touched; the overlay ignores the pointer so the page
 * element underneath is what gets picked.
 */
export const PICKER_HOST_TAG = 'plainsight-picker';

export interface PickerOverlay {
  host: HTMLElement;
  highlight(element: Element | null): void;
  remove(): void;
}

function styled<K extends keyof HTMLElementTagNameMap>(document: Document, tag: K, style: Record<string, string>): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(style)) element.style.setProperty(name, value, 'important');
  return element;
}

export function createPickerOverlay(document: Document, hint: string): PickerOverlay {
  const host = styled(document, PICKER_HOST_TAG as 'div', {
    all: 'initial', position: 'fixed', inset: '0', 'pointer-events': 'none', 'z-index': '2147483647',
  });
  const shadow = host.attachShadow({ mode: 'closed' });
  const box = styled(document, 'div', {
    position: 'fixed', display: 'none', 'box-sizing': 'border-box', 'pointer-events': 'none',
    border: '2px solid #1a73e8', background: 'rgba(26, 115, 232, 0.15)', 'border-radius': '2px',
  });
  const banner = styled(document, 'div', {
    position: 'fixed', top: '12px', left: '50%', transform: 'translateX(-50%)', 'pointer-events': 'none',
    background: '#1b1f24', color: '#ffffff', padding: '8px 14px', 'border-radius': '8px',
    font: '14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif', 'box-shadow': '0 2px 10px rgba(0,0,0,0.3)',
    'max-width': '90vw', 'text-align': 'center',
  });
  banner.setAttribute('role', 'status');
  banner.textContent = hint;
  shadow.append(box, banner);
  document.documentElement.append(host);
  return {
    host,
    highlight(element) {
      const rect = element?.getBoundingClientRect();
      if (!rect) {
        box.style.setProperty('display', 'none', 'important');
        return;
      }
      for (const [name, value] of [['display', 'block'], ['top', `${rect.top}px`], ['left', `${rect.left}px`], ['width', `${rect.width}px`], ['height', `${rect.height}px`]]) {
        box.style.setProperty(name!, value!, 'important');
      }
    },
    remove: () => host.remove(),
  };
}
