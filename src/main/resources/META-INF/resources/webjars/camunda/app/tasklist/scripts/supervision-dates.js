// Dates in Tasklist the way Chinese case work writes them. The Camunda Forms date picker shows and reads
// YYYY-MM-DD (chinese-texts.js sets it up, in Chinese, Monday first); here a date typed in another form is refused
// with a message and never reinterpreted. Task cards show the absolute due date with a light: red past due, yellow
// from the follow-up date (which the server sets 3 working days before the due date, on the statutory calendar),
// else green.

const ISO_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const MESSAGE = '日期格式应为 年-月-日，例如 2027-02-26';
/** The zone statutory days begin and end in, as on the server. */
const BUREAU_ZONE = 'Asia/Shanghai';

/** The day a typed text names, or null when it is not a real YYYY-MM-DD date. */
export function isoDay(text) {
  const match = ISO_DAY.exec(text.trim());
  if (!match) {
    return null;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : null;
}

// The message lives outside the form's own elements (which the form re-renders, replacing the input) and follows
// the field by its id until the field holds a real date or is typed into again.
const problems = new Map();

function showProblem(input, problem) {
  let note = problems.get(input.id);
  if (!problem) {
    if (note) {
      note.remove();
      problems.delete(input.id);
    }
    return;
  }
  if (!note) {
    note = document.createElement('div');
    note.className = 'sv-date-problem';
    note.setAttribute('role', 'alert');
    document.body.appendChild(note);
    problems.set(input.id, note);
  }
  note.textContent = problem;
  place(input, note);
}

function place(input, note) {
  const box = input.getBoundingClientRect();
  note.style.left = `${box.left + window.scrollX}px`;
  note.style.top = `${box.bottom + window.scrollY + 2}px`;
  note.style.display = box.width > 0 ? 'block' : 'none';
}

/** Keeps each message under its field; drops it once the field holds a real date or is gone with its form. */
function follow() {
  problems.forEach((note, id) => {
    const input = document.getElementById(id);
    if (!input) {
      note.remove();
      problems.delete(id);
    } else if (input.value.trim() !== '' && isoDay(input.value)) {
      showProblem(input, null);
    } else {
      place(input, note);
    }
  });
}

/**
 * Checked on the document in the capture phase, before the form and the picker see the blur or the Enter (the
 * picker would otherwise read "30/12/2026" as 2026-01-01): text that is not a real YYYY-MM-DD date is taken out
 * and the user told why; the field is then empty, never a guessed date.
 */
function checkTyped(event) {
  const input = event.target;
  if (!(input instanceof HTMLInputElement) || !input._flatpickr || input._flatpickr.config.dateFormat !== 'Y-m-d') {
    return;
  }
  if (event.type === 'keydown' && event.key !== 'Enter' && event.keyCode !== 13) {
    return;
  }
  const text = input.value.trim();
  if (text === '') {
    return;  // nothing typed (or just taken out): a message already shown stays
  }
  if (isoDay(text)) {
    showProblem(input, null);
    return;
  }
  input.value = '';
  showProblem(input, `「${text}」不是有效日期。${MESSAGE}`);
}

/** The day of an instant in bureau time (China Standard Time), whatever zone the browser is set to. */
function day(date) {
  return date.toLocaleDateString('sv-SE', { timeZone: BUREAU_ZONE });
}

/** The absolute due date and its light on one task card of the list. */
function markDue(card) {
  const angular = window.angular;
  const task = angular && angular.element(card).scope() && angular.element(card).scope().task;
  if (!task || !task.due) {
    return;
  }
  const due = new Date(task.due);
  const soon = task.followUp ? new Date(task.followUp) : null;
  const now = new Date();
  const light = now > due ? 'red' : soon && now >= soon ? 'yellow' : 'green';
  const title = light === 'red' ? '已逾期' : light === 'yellow' ? '即将到期（3个工作日内）' : '期限内';
  let mark = card.querySelector('.sv-due');
  if (!mark) {
    mark = document.createElement('div');
    mark.className = 'sv-due';
    (card.querySelector('.names') || card).appendChild(mark);
  }
  const text = `期限 ${day(due)}`;
  if (mark.dataset.light !== light || mark.dataset.text !== text) {
    mark.dataset.light = light;
    mark.dataset.text = text;
    mark.title = title;
    mark.innerHTML = '';
    const dot = document.createElement('span');
    dot.className = `sv-light sv-light-${light}`;
    mark.appendChild(dot);
    mark.appendChild(document.createTextNode(` ${text}（${title}）`));
  }
}

function style() {
  const css = document.createElement('style');
  css.textContent = '.sv-due{font-size:12px;margin-top:2px}'
    + '.sv-date-problem{position:absolute;z-index:2000;color:#d9534f;background:#fff;font-size:12px;padding:1px 4px}'
    + '.sv-light{display:inline-block;width:10px;height:10px;border-radius:50%;vertical-align:middle}'
    + '.sv-light-red{background:#d9534f}.sv-light-yellow{background:#f0ad4e}.sv-light-green{background:#5cb85c}';
  document.head.appendChild(css);
}

function scan() {
  follow();
  document.querySelectorAll('.tasks-list li.task').forEach(markDue);
}

if (typeof document !== 'undefined' && !window.svDates) {
  window.svDates = true;
  style();
  document.addEventListener('blur', checkTyped, true);
  document.addEventListener('keydown', checkTyped, true);
  let pending = false;
  new MutationObserver(() => {
    if (!pending) {
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        scan();
      });
    }
  }).observe(document.documentElement, {childList: true, subtree: true});
  setInterval(scan, 60000);
}

export default [];
