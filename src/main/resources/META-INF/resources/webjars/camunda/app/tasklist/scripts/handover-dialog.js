// The small dialog of 转办, 委派 and 完成委派: whom to (a list of colleagues by name, when the action names one) and
// why (required), the server's refusal shown in the dialog in its own words. Imported by task-actions.js.

let styled = false;

function style() {
  if (styled) {
    return;
  }
  styled = true;
  const css = document.createElement('style');
  css.textContent = '.sv-dialog-backdrop{position:fixed;inset:0;z-index:2050;background:rgba(0,0,0,.35);'
    + 'display:flex;align-items:flex-start;justify-content:center;padding-top:80px}'
    + '.sv-dialog{background:#fff;border-radius:4px;box-shadow:0 5px 15px rgba(0,0,0,.4);width:460px;max-width:94vw;'
    + 'padding:16px 20px}.sv-dialog h3{margin:0 0 8px;font-size:18px}.sv-dialog .sv-dialog-intro{color:#555}'
    + '.sv-dialog label{display:block;margin:10px 0 4px;font-weight:bold}.sv-dialog textarea{min-height:80px}'
    + '.sv-dialog .sv-dialog-error{color:#a94442;margin:10px 0 0}.sv-dialog-buttons{text-align:right;margin-top:14px}'
    + '.sv-dialog-buttons .btn{margin-left:8px}';
  document.head.appendChild(css);
}

function element(tag, attributes = {}, text) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

function personLabel(person) {
  return person.certificateNo ? `${person.name}（执法证 ${person.certificateNo}）` : person.name;
}

let opened = 0;

/**
 * Opens the dialog; resolves with what submit answered once it succeeded, or with null when the user cancels.
 *
 * @param options.title       e.g. 转办任务
 * @param options.intro       a line under the title (the task's name, to whom the task goes back)
 * @param options.person      {label, missing, load: () => Promise<[{id, name, certificateNo}]>} or nothing
 * @param options.reason      {label, missing, placeholder}
 * @param options.confirm     the confirming button's text, e.g. 确定转办
 * @param options.submit      ({person, reason}) => Promise; a rejection's message is shown in the dialog
 */
export function openDialog(options) {
  style();
  const id = `sv-dialog-${++opened}`;
  const backdrop = element('div', { class: 'sv-dialog-backdrop' });
  const dialog = element('form', { class: 'sv-dialog', role: 'dialog', 'aria-modal': 'true',
    'aria-labelledby': `${id}-title`, novalidate: '' });
  dialog.appendChild(element('h3', { id: `${id}-title` }, options.title));
  if (options.intro) {
    dialog.appendChild(element('p', { class: 'sv-dialog-intro' }, options.intro));
  }
  let people = null;
  let select = null;
  if (options.person) {
    dialog.appendChild(element('label', { for: `${id}-person` }, options.person.label));
    select = element('select', { id: `${id}-person`, name: 'person', class: 'form-control', disabled: '' });
    select.appendChild(element('option', { value: '' }, '正在读取人员名单…'));
    dialog.appendChild(select);
  }
  dialog.appendChild(element('label', { for: `${id}-reason` }, options.reason.label));
  const reason = element('textarea', { id: `${id}-reason`, name: 'reason', class: 'form-control', maxlength: '500',
    placeholder: options.reason.placeholder || '' });
  dialog.appendChild(reason);
  const error = element('p', { class: 'sv-dialog-error', role: 'alert' });
  error.hidden = true;
  dialog.appendChild(error);
  const buttons = element('div', { class: 'sv-dialog-buttons' });
  const cancel = element('button', { type: 'button', class: 'btn btn-default' }, '取消');
  const confirm = element('button', { type: 'submit', class: 'btn btn-primary' }, options.confirm);
  buttons.append(cancel, confirm);
  dialog.appendChild(buttons);
  backdrop.appendChild(dialog);
  document.body.appendChild(backdrop);

  const show = message => {
    error.textContent = message || '';
    error.hidden = !message;
  };

  if (select) {
    options.person.load().then(list => {
      people = list;
      select.innerHTML = '';
      select.appendChild(element('option', { value: '' }, list.length ? '请选择' : '没有可选的人员'));
      list.forEach(person => select.appendChild(element('option', { value: person.id }, personLabel(person))));
      select.disabled = list.length === 0;
      select.focus();
    }, failure => {
      select.innerHTML = '';
      select.appendChild(element('option', { value: '' }, '人员名单不可用'));
      show(`无法读取人员名单：${failure.message}`);
    });
  } else {
    reason.focus();
  }

  return new Promise(resolve => {
    const close = result => {
      backdrop.remove();
      document.removeEventListener('keydown', onKey, true);
      resolve(result);
    };
    const onKey = event => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        close(null);
      }
    };
    document.addEventListener('keydown', onKey, true);
    cancel.addEventListener('click', () => close(null));
    dialog.addEventListener('submit', event => {
      event.preventDefault();
      const chosen = select ? (people || []).find(person => person.id === select.value) : null;
      if (select && !chosen) {
        show(options.person.missing);
        return;
      }
      const why = reason.value.trim();
      if (!why) {
        show(options.reason.missing);
        reason.focus();
        return;
      }
      show(null);
      confirm.disabled = true;
      options.submit({ person: chosen, reason: why })
        .then(result => close(result === undefined ? true : result), failure => {
          show(failure.message);
          confirm.disabled = false;
        });
    });
  });
}
