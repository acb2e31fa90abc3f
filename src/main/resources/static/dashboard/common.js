// Shared by the dashboard's pages: calls to /dashboard/api with the session, Chinese labels and formatting.
'use strict';

const LABELS = {
  lifecycle: {
    'hazard-closed-loop': '隐患排查治理', 'accident-investigation': '事故调查', 'dual-penalty': '一案双罚',
    'legal-review': '法制审核'
  },
  // district, sector: the server's code sets, added by loadCodeNames()
  group: {
    'case-handlers': '承办人', 'section-chiefs': '科室负责人', 'legal-reviewers': '法制审核人员',
    leaders: '分管/主要负责人'
  },
  light: { red: '已逾期', yellow: '即将到期', green: '期限内' }
};

class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** The dashboard's CSRF token (its own cookie: the webapps' XSRF-TOKEN is Camunda's). */
function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)SUPERVISION-XSRF-TOKEN=([^;]+)/);
  return match ? decodeURIComponent(match[1]) : '';
}

/**
 * Calls the dashboard's API and answers the response; a lost session goes back to the login page, other errors carry
 * the server's message. Changes carry the CSRF token; a string body is JSON, a FormData body multipart.
 */
async function call(path, options = {}) {
  const headers = { Accept: 'application/json', ...(options.headers || {}) };
  if (options.method && options.method !== 'GET') {
    headers['X-SUPERVISION-XSRF-TOKEN'] = csrfToken();
    if (typeof options.body === 'string') {
      headers['Content-Type'] = 'application/json';
    }
  }
  const response = await fetch('api/' + path, { credentials: 'same-origin', ...options, headers });
  if (response.status === 401) {
    location.href = 'login.html';
    throw new ApiError(401, '请先登录');
  }
  if (!response.ok) {
    const body = await response.json().catch(() => null);
    throw new ApiError(response.status, (body && (body.detail || body.message)) || ('请求失败（' + response.status + '）'));
  }
  return response;
}

/** Calls the dashboard's API for JSON. */
async function api(path, options = {}) {
  const response = await call(path, options);
  return response.json().catch(() => null);
}

let codeNames = null;

/** The Chinese names of the districts and sectors (LABELS.district, LABELS.sector), from the server's enums, once. */
function loadCodeNames() {
  codeNames = codeNames || api('code-sets').then(sets => Object.assign(LABELS, sets));
  return codeNames;
}

/** The API path of a case: {@code cases/<caseNo>} and what follows. */
function casePath(caseNo, ...rest) {
  return ['cases', encodeURIComponent(caseNo), ...rest].join('/');
}

function text(value) {
  return value === null || value === undefined || value === '' ? '—' : String(value);
}

function formatNumber(value) {
  if (value === null || value === undefined) {
    return '—';
  }
  return Number(value).toLocaleString('zh-CN', { maximumFractionDigits: 1 });
}

/** The zone statutory days begin and end in, as on the server. */
const BUREAU_ZONE = 'Asia/Shanghai';

function formatTime(iso) {
  if (!iso) {
    return '—';
  }
  // YYYY-MM-DD HH:mm in Shanghai, as dates are written everywhere in the system.
  return new Date(iso).toLocaleString('sv-SE', { timeZone: BUREAU_ZONE, hour12: false }).slice(0, 16);
}

/** A case's deadline as a date, marked when it was computed from a year without the State Council's notice. */
function formatDeadline(c) {
  if (!c.deadlineAt) {
    return '—';
  }
  const day = new Date(c.deadlineAt).toLocaleDateString('sv-SE', { timeZone: BUREAU_ZONE });
  return c.deadlineProvisional ? day + '（暂定）' : day;
}

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => {
    if (name === 'text') {
      node.textContent = value;
    } else {
      node.setAttribute(name, value);
    }
  });
  children.forEach(child => node.append(child));
  return node;
}

/** Fills a table: a header row, then one row per entry; a cell is text (numbers right-aligned) or a node. */
function fillTable(table, headers, rows, empty = '暂无') {
  table.replaceChildren(element('thead', {}, element('tr', {}, ...headers.map(h => element('th', { text: h })))));
  const body = element('tbody');
  rows.forEach(cells => body.append(element('tr', {}, ...cells.map(cell =>
    cell instanceof Node ? element('td', {}, cell)
      : element('td', { class: typeof cell === 'number' ? 'number' : '', text: text(cell) })))));
  if (rows.length === 0) {
    body.append(element('tr', {}, element('td', { class: 'empty', colspan: String(headers.length), text: empty })));
  }
  table.append(body);
}

/** A deadline's light: a coloured dot and its meaning. */
function lightOf(light) {
  return light ? element('span', { class: 'light light-' + light, title: LABELS.light[light] },
    element('span', { class: 'dot' }), LABELS.light[light]) : element('span', { class: 'hint', text: '—' });
}

function showError(target, error) {
  target.hidden = false;
  target.textContent = error.message;
}

function logout() {
  const form = element('form', { method: 'post', action: 'logout' },
    element('input', { type: 'hidden', name: '_csrf', value: csrfToken() }));
  document.body.append(form);
  form.submit();
}
