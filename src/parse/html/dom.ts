// The slice of the DOM the HTML reader uses, typed here so that lede compiles without the browser
// DOM library (lib "DOM" would declare a global `document` for every file). linkedom provides it.

/** A node: element, text, comment or document. */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  parentNode: DomNode | null;
  childNodes: ArrayLike<DomNode>;
}

/** An element. */
export interface DomElement extends DomNode {
  localName: string;
  id: string;
  className: string;
  children: ArrayLike<DomElement>;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
  contains(other: DomNode): boolean;
}

/** A document. */
export interface DomDocument extends DomNode {
  documentElement: DomElement | null;
  body: DomElement | null;
  head: DomElement | null;
  title: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Whether a node is an element. */
export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

/** An element's class and id, lowercased, as one string to match words against. */
export function classAndId(el: DomElement): string {
  return `${el.className || ''} ${el.id || ''}`.toLowerCase();
}
