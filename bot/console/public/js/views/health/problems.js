// A form's list of problems ("Controlla: …"), from the page's own checks or from the server's 400 answer,
// and the submit that shows them.
import { ApiError, errorText } from '../../api.js';
import { clear, h } from '../../dom.js';

export function problemBox(testid) {
  const element = h('div', { class: 'form-error', testid, role: 'alert', hidden: true });

  /** problems: texts; none hides the box. */
  function show(problems) {
    clear(element);
    element.hidden = problems.length === 0;
    if (problems.length) element.append(h('p', null, 'Controlla:'), h('ul', null, problems.map((problem) => h('li', null, problem))));
  }

  /** A refused save: a 400 lists what the server found wrong (naming the fields as the form does), anything else in words. */
  function showError(caught, fieldName = (path) => path) {
    if (caught instanceof ApiError && caught.status === 400 && caught.data.message) {
      show(String(caught.data.message).split('; ').map((issue) => {
        const at = issue.indexOf(': ');
        return at > 0 ? `${fieldName(issue.slice(0, at))}: ${issue.slice(at + 2)}` : issue;
      }));
    } else show([errorText(caught)]);
  }

  /**
   * Saves a form on submit: read() the values, check(values) → problems (shown, nothing sent), else
   * send(values) with the button disabled; a refusal is shown in the box.
   */
  function guard(form, button, { read, check, send, fieldName }) {
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const values = read();
      const found = check(values);
      show(found);
      if (found.length) return;
      button.disabled = true;
      try {
        await send(values);
      } catch (caught) {
        showError(caught, fieldName);
      } finally {
        button.disabled = false;
      }
    });
  }

  return { element, show, showError, guard };
}
