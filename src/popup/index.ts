/** Popup entry: wires the controller to the real browser API. */
import { uiLocale } from '../shared/i18n.js';
import { createBrowserApi } from './api.js';
import { closeDisclosureOnEscape } from './keyboard.js';
import { PopupController } from './popup-controller.js';

const root = document.getElementById('app');
if (root) {
  document.documentElement.lang = uiLocale();
  closeDisclosureOnEscape(document);
  void new PopupController(root, createBrowserApi(location.search), { locale: uiLocale() }).start();
}
