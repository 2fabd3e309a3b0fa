// @ts-check
/**
 * Search, sort and filter for a shortlist page, in the browser, on what the page already holds.
 * report.html inlines this text in its one script element, allowed by its hash (CSP script-src 'sha256-…');
 * the web app serves the same file for its results page. Plain JS that runs as written (no build
 * step, no imports, no eval, no inline handlers, never innerHTML): it only reads data-* attributes
 * and text, and moves, hides and shows elements the page rendered.
 *
 * The contract, by data attributes only:
 * - [data-sl-root]: one shortlist view. Each is wired once, at load (or by
 *   globalThis.jobHunterShortlist.wire(root) for a view rendered later; .apply(root) after the
 *   lists change).
 * - [data-sl-list] inside a root: a list whose [data-sl-item] children are sorted and filtered
 *   (each list on its own: a shortlist and its near misses stay apart).
 * - On each item, data-KEY attributes hold its facets. Lists of values are separated by "|".
 *   Numbers are plain decimals. A facet the item does not know is left out.
 * - Controls inside the root (any subset):
 *   - input[data-sl-search]: every word must occur in the item's text (case and accents ignored);
 *   - select[data-sl-sort]: option values "KEY asc" or "KEY desc"; numbers compare as numbers,
 *     other values as text; items without the KEY come last; ties keep the page's order;
 *   - select[data-sl-filter=KEY]: value "" for any, else items whose data-KEY contains the value;
 *   - select[data-sl-max=KEY]: value "" for any, else items whose data-KEY is a number <= the value;
 *   - input[type=checkbox][data-sl-flag=KEY]: when checked, only items that have data-KEY.
 * - [data-sl-count]: gets "N of M" (items shown of all items in the root's lists).
 * - [data-sl-empty]: shown only when no item is.
 * - [data-sl-controls]: rendered hidden, shown once wired (controls that work, or none at all).
 * - details[data-sl-open-wide]: opened on screens at least 48em wide (kept shut on phones so
 *   the first screen shows jobs).
 */
(function shortlistControls() {
  'use strict';

  /** @type {WeakMap<Element, number>} the page's order of each item, for stable sorting */
  const pageOrder = new WeakMap();
  let seen = 0;

  /** @param {string} text */
  function fold(text) {
    return text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  }

  /** @param {Element} item @param {string} key */
  function facet(item, key) {
    const value = item.getAttribute('data-' + key);
    return value === null || value === '' ? null : value;
  }

  /** @param {string | null} value */
  function asNumber(value) {
    if (value === null || value.trim() === '') return null;
    const n = Number(value);
    return Number.isFinite(n) ? n : null;
  }

  /** @param {Element} item */
  function orderOf(item) {
    let n = pageOrder.get(item);
    if (n === undefined) {
      n = seen++;
      pageOrder.set(item, n);
    }
    return n;
  }

  /**
   * @param {Element} root
   * @param {string} selector
   * @returns {Array<HTMLInputElement | HTMLSelectElement>}
   */
  function controls(root, selector) {
    return Array.from(root.querySelectorAll(selector)).filter(
      (el) => el instanceof HTMLInputElement || el instanceof HTMLSelectElement,
    );
  }

  /**
   * One test per control that narrows the lists.
   * @param {Element} root
   * @returns {Array<(item: Element) => boolean>}
   */
  function tests(root) {
    /** @type {Array<(item: Element) => boolean>} */
    const out = [];
    for (const input of controls(root, 'input[data-sl-search]')) {
      const words = fold(input.value).split(/\s+/).filter(Boolean);
      if (words.length) {
        out.push((item) => {
          const text = fold(item.textContent || '');
          return words.every((w) => text.includes(w));
        });
      }
    }
    for (const select of controls(root, 'select[data-sl-filter]')) {
      const key = select.getAttribute('data-sl-filter') || '';
      const wanted = select.value;
      if (wanted) out.push((item) => (facet(item, key) || '').split('|').includes(wanted));
    }
    for (const select of controls(root, 'select[data-sl-max]')) {
      const key = select.getAttribute('data-sl-max') || '';
      const max = asNumber(select.value);
      if (max !== null) {
        out.push((item) => {
          const n = asNumber(facet(item, key));
          return n !== null && n <= max;
        });
      }
    }
    for (const box of controls(root, 'input[data-sl-flag]')) {
      const key = box.getAttribute('data-sl-flag') || '';
      if (box instanceof HTMLInputElement && box.checked) out.push((item) => facet(item, key) !== null);
    }
    return out;
  }

  /**
   * The order the sort control asks for, or null to keep the page's order.
   * @param {Element} root
   * @returns {((a: Element, b: Element) => number) | null}
   */
  function comparator(root) {
    const select = controls(root, 'select[data-sl-sort]')[0];
    if (!select || !select.value) return null;
    const [key = '', direction = 'asc'] = select.value.split(/\s+/);
    const sign = direction === 'desc' ? -1 : 1;
    return (a, b) => {
      const x = facet(a, key);
      const y = facet(b, key);
      if (x === null || y === null) {
        return x === y ? orderOf(a) - orderOf(b) : x === null ? 1 : -1;
      }
      const nx = asNumber(x);
      const ny = asNumber(y);
      const byValue =
        nx !== null && ny !== null ? nx - ny : x.localeCompare(y, undefined, { sensitivity: 'base', numeric: true });
      return byValue !== 0 ? sign * byValue : orderOf(a) - orderOf(b);
    };
  }

  /**
   * Sorts and filters every list of the root from its controls' current values.
   * @param {Element} root
   */
  function apply(root) {
    const passes = tests(root);
    const order = comparator(root);
    let shown = 0;
    let total = 0;
    for (const list of Array.from(root.querySelectorAll('[data-sl-list]'))) {
      const items = Array.from(list.children).filter((el) => el.hasAttribute('data-sl-item'));
      items.forEach(orderOf);
      const sorted = order ? items.slice().sort(order) : items.slice().sort((a, b) => orderOf(a) - orderOf(b));
      for (const item of sorted) {
        const visible = passes.every((test) => test(item));
        item.toggleAttribute('hidden', !visible);
        list.appendChild(item);
        total++;
        if (visible) shown++;
      }
    }
    for (const count of Array.from(root.querySelectorAll('[data-sl-count]'))) {
      count.textContent = shown + ' of ' + total;
    }
    for (const empty of Array.from(root.querySelectorAll('[data-sl-empty]'))) {
      empty.toggleAttribute('hidden', shown > 0);
    }
  }

  /** @param {Element} root */
  function wire(root) {
    if (root.hasAttribute('data-sl-wired')) return;
    root.setAttribute('data-sl-wired', '');
    root.addEventListener('input', () => apply(root));
    root.addEventListener('change', () => apply(root));
    for (const el of Array.from(root.querySelectorAll('[data-sl-controls]'))) el.removeAttribute('hidden');
    apply(root);
  }

  function start() {
    const wide = window.matchMedia('(min-width: 48em)').matches;
    for (const details of Array.from(document.querySelectorAll('details[data-sl-open-wide]'))) {
      if (wide && details instanceof HTMLDetailsElement) details.open = true;
    }
    for (const root of Array.from(document.querySelectorAll('[data-sl-root]'))) wire(root);
  }

  Object.defineProperty(globalThis, 'jobHunterShortlist', { value: Object.freeze({ wire, apply }) });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
