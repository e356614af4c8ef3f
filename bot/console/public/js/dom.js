// DOM helpers. Server data only ever goes through textContent / attributes, never innerHTML.

/**
 * h('div', {class: 'x', testid: 'y', dir: 'auto', on: {click}}, child, 'text', [more])
 * Strings become text nodes: nothing is ever parsed as HTML.
 */
export function h(tag, attrs, ...children) {
  const element = document.createElement(tag);
  if (attrs) {
    for (const [key, value] of Object.entries(attrs)) {
      if (value === undefined || value === null || value === false) continue;
      if (key === 'class') element.className = Array.isArray(value) ? value.filter(Boolean).join(' ') : value;
      else if (key === 'testid') element.setAttribute('data-testid', value);
      else if (key === 'on') for (const [event, handler] of Object.entries(value)) element.addEventListener(event, handler);
      else if (key === 'dataset') for (const [name, data] of Object.entries(value)) element.dataset[name] = String(data);
      else if (key === 'text') element.textContent = String(value);
      else if (key === 'value') element.value = value;
      else if (key === 'checked' || key === 'disabled' || key === 'selected' || key === 'hidden' || key === 'required' || key === 'multiple') element[key] = Boolean(value);
      else if (value === true) element.setAttribute(key, '');
      else element.setAttribute(key, String(value));
    }
  }
  append(element, children);
  return element;
}

function append(parent, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else if (child instanceof Node) parent.appendChild(child);
    else parent.appendChild(document.createTextNode(String(child)));
  }
}

export function clear(element) {
  while (element.firstChild) element.removeChild(element.firstChild);
  return element;
}

export const $ = (selector, root = document) => root.querySelector(selector);
