// Calls a Tasklist script makes with the user's Tasklist login: the engine's REST API as Tasklist itself calls it
// (reading tasks, variables, users) and the case API under /dashboard/api (转办, 委派, 归还, people), where the
// Tasklist login is valid too. Failures become errors with a Chinese message, the server's own when it gives one.
// Imported by the other scripts; not a customScript of its own.

import { DASHBOARD } from './case-pages.js';

const BASE = document.querySelector('base');
const ENGINE = (/\/app\/tasklist\/([^/?#]+)/.exec(window.location.pathname) || [])[1] || 'default';
const ENGINE_API = `${BASE.getAttribute('engine-api')}engine/${ENGINE}`;
const ADMIN_API = BASE.getAttribute('admin-api');

/** The case API's protection against forged requests: the cookie's value goes back in the header. */
const CSRF_COOKIE = 'SUPERVISION-XSRF-TOKEN';
const CSRF_HEADER = 'X-SUPERVISION-XSRF-TOKEN';

export class ServerError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function csrfToken() {
  const match = new RegExp(`(?:^|;\\s*)${CSRF_COOKIE}=([^;]*)`).exec(document.cookie);
  return match ? decodeURIComponent(match[1]) : null;
}

async function call(url, options = {}) {
  let response;
  try {
    response = await fetch(url, { credentials: 'same-origin', ...options,
      headers: { Accept: 'application/json', ...(options.headers || {}) } });
  } catch (unreachable) {
    throw new ServerError(0, '无法连接服务器，请检查网络后重试');
  }
  const body = await response.json().catch(() => null);
  if (response.ok) {
    return body;
  }
  if (response.status === 401) {
    throw new ServerError(401, '登录已失效，请重新登录后再试');
  }
  // The case API answers Problem Details (detail), the engine's API its own body (message).
  const said = body && [body.detail, body.message].find(text => typeof text === 'string' && text.trim());
  const message = said || `操作未成功（服务器答复 ${response.status}），请稍后重试或联系系统管理员`;
  throw new ServerError(response.status, message);
}

/** GET on the engine's REST API of Tasklist, e.g. engineGet('task/42/identity-links'). */
export function engineGet(path) {
  return call(`${ENGINE_API}/${path}`);
}

/** The id of the user logged in to Tasklist (asked each time: a user may log out and another log in). */
export function currentUserId() {
  return call(`${ADMIN_API}auth/user/${ENGINE}`).then(auth => auth.userId);
}

/** GET on the case API, e.g. dashboardGet('people?role=handler&caseNo=HZ-…'). */
export function dashboardGet(path) {
  return call(`${DASHBOARD}/api/${path}`);
}

/**
 * POST on the case API with the CSRF token. Without the token's cookie yet (the first change of the session), the
 * server refuses the request, having done nothing, and sets the cookie: the request is sent once more with it.
 */
export async function dashboardPost(path, body) {
  const send = () => {
    const token = csrfToken();
    return call(`${DASHBOARD}/api/${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token ? { [CSRF_HEADER]: token } : {}) },
      body: JSON.stringify(body)
    });
  };
  const hadToken = csrfToken() !== null;
  try {
    return await send();
  } catch (error) {
    if (!hadToken && error.status === 403 && csrfToken() !== null) {
      return send();
    }
    throw error;
  }
}
