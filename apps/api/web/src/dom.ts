// Building the pages: every text goes in through text nodes, never through innerHTML, so job text
// (titles, companies, reasons: from job boards, untrusted) can never become markup or script.

type Child = Node | string | number | null | undefined | false;
type Attr = string | number | boolean | null | undefined;
type Props = Record<string, Attr | ((event: Event) => void)>;

/** An element with attributes (`class`, `for`, `aria-*`…), `on…` listeners and text or node children. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (typeof value === 'function') node.addEventListener(name.slice(2), value);
    else if (value === true) node.setAttribute(name, '');
    else if (value !== false && value !== null && value !== undefined) node.setAttribute(name, String(value));
  }
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** Replaces what `parent` holds. */
export function fill(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

/** A link that opens a job's page, only for http(s) addresses (a `javascript:` URL from a board is shown as text). */
export function externalLink(href: string, text: string, props: Props = {}): HTMLElement {
  if (!/^https?:\/\//i.test(href)) return el('span', {}, text);
  return el('a', { href, target: '_blank', rel: 'noopener noreferrer', ...props }, text);
}

/** A labelled control: the label names it for screen readers and is clickable. */
export function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  const id = control.id || `f-${Math.random().toString(36).slice(2, 9)}`;
  control.id = id;
  const hintNode = hint ? el('span', { class: 'hint', id: `${id}-hint` }, hint) : null;
  if (hintNode) control.setAttribute('aria-describedby', hintNode.id);
  return el('div', { class: 'field' }, el('label', { for: id }, label), control, hintNode);
}
