/** Options page entry: the real environment (Blob download, File reading, clock). */
import { t, uiLocale } from '../shared/i18n.js';
import { OptionsPage, type OptionsEnvironment } from './options-page.js';

const environment: OptionsEnvironment = {
  download(fileName, text) {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
    // Revoke later: Firefox cancels the download if the URL goes away immediately.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  },
  readFile: (file) => file.text(),
  now: () => new Date(),
};

const root = document.getElementById('app');
if (root) {
  document.documentElement.lang = uiLocale();
  document.title = t('optionsTitle');
  void new OptionsPage(root, environment).start();
}
