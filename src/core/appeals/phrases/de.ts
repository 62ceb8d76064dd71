/** German appeal wording. */
import { phrases } from './phrase-entry.js';

export const DE = [
  ...phrases('donation', [
    ['unterstützen sie uns', 2], ['jetzt unterstützen', 2], ['unterstützen', 0.5], ['ihre unterstützung', 1.5],
    ['spende*', 1.5], ['jetzt spenden', 2], ['mitglied werden', 1.5], ['freiwillig bezahlen', 1.5],
    ['unabhängigen journalismus', 1], ['monatlich', 0.5],
  ]),
  ...phrases('newsletter', [
    ['newsletter abonnieren', 2], ['für unseren newsletter', 2], ['melden sie sich', 1], ['in ihr postfach', 1.5],
    ['in ihrem postfach', 1.5], ['ihre e-mail-adresse', 1], ['e-mail-adresse', 0.5], ['jetzt anmelden', 1],
    ['kostenlos anmelden', 1.5], ['abmeldung jederzeit', 1.5],
  ]),
  ...phrases('subscription', [
    ['jetzt abonnieren', 1.5], ['abo abschließen', 2], ['im abo', 1], ['weiterlesen mit', 1.5], ['kostenlose artikel', 1.5],
    ['probeabo', 1.5], ['abonnent*', 1], ['jederzeit kündbar', 1.5], ['für abonnenten', 1.5], ['abonnieren', 0.5],
  ]),
  ...phrases(null, [
    ['später erinnern', 1.5], ['nein danke', 1], ['nein, danke', 1], ['datenschutzerklärung', 0.5],
  ]),
];
