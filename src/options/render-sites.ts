/** Sites with their own setting (search, change, remove) and the blocks hidden by hand on each. */
import { button, el } from '../shared/dom.js';
import { t } from '../shared/i18n.js';
import type { Settings } from '../shared/settings-schema.js';
import type { OptionsActions } from './options-actions.js';

export function renderSites(settings: Settings, query: string, actions: OptionsActions): HTMLElement {
  const search = el('input', { type: 'search', id: 'site-search', value: query, autocomplete: 'off' });
  search.addEventListener('input', () => actions.search(search.value));
  const needle = query.trim().toLowerCase();
  const sites = Object.keys(settings.sites).sort().filter((site) => site.includes(needle));
  const list = el('ul', { class: 'rows', id: 'site-list' });
  for (const site of sites) list.append(renderSiteRow(site, settings.sites[site] === true, actions));
  const empty = Object.keys(settings.sites).length === 0 ? t('optionsNoSites') : sites.length === 0 ? t('optionsNoMatch') : null;
  return el('section', { class: 'card', 'aria-labelledby': 'sites-heading' },
    el('h2', { id: 'sites-heading' }, t('optionsSitesHeading')),
    el('div', { class: 'field' }, el('label', { for: 'site-search' }, t('optionsSearchSites')), search),
    empty ? el('p', { class: 'muted', id: 'sites-empty' }, empty) : list);
}

function renderSiteRow(site: string, on: boolean, actions: OptionsActions): HTMLLIElement {
  const id = `site-${site}`;
  const select = el('select', { id, 'aria-label': t('optionsSiteSetting', site) });
  for (const [value, label] of [['on', t('optionsSiteOn')], ['off', t('optionsSiteOff')]] as const) {
    const option = el('option', { value }, label);
    option.selected = (value === 'on') === on;
    select.append(option);
  }
  select.addEventListener('change', () => actions.change((s) => { s.sites[site] = select.value === 'on'; }));
  const remove = button(t('remove'), () => actions.change((s) => { delete s.sites[site]; }), { 'aria-label': t('optionsRemoveSite', site), class: 'danger' });
  return el('li', { class: 'row', 'data-site': site }, el('span', { class: 'site' }, site), select, remove);
}

export function renderRules(settings: Settings, actions: OptionsActions): HTMLElement {
  const section = el('section', { class: 'card', 'aria-labelledby': 'rules-heading' },
    el('h2', { id: 'rules-heading' }, t('optionsRulesHeading')));
  const sites = Object.keys(settings.rules).filter((site) => (settings.rules[site] ?? []).length > 0).sort();
  if (sites.length === 0) {
    section.append(el('p', { class: 'muted', id: 'rules-empty' }, t('optionsNoRules')));
    return section;
  }
  for (const site of sites) {
    const list = el('ul', { class: 'rows', 'aria-label': site });
    for (const selector of settings.rules[site] ?? []) {
      const remove = button(t('remove'), () => actions.change((s) => {
        s.rules[site] = (s.rules[site] ?? []).filter((rule) => rule !== selector);
        if (s.rules[site]!.length === 0) delete s.rules[site];
      }), { 'aria-label': t('optionsRemoveRule', [selector, site]), class: 'danger' });
      list.append(el('li', { class: 'row rule', 'data-site': site }, el('code', { class: 'selector' }, selector), remove));
    }
    section.append(el('h3', {}, site), list);
  }
  return section;
}
