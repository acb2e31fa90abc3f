// The server's own pages a Tasklist user opens from Tasklist, and how such a link is made: always in a new tab, so
// that Tasklist (and what the user has typed into a form) stays where it is. Imported by the other scripts; not a
// customScript of its own.

export const DASHBOARD = '/dashboard';

/** The page of one case: ledger, open tasks, full-process record, documents. */
export function caseUrl(caseNo) {
  return `${DASHBOARD}/case.html?caseNo=${encodeURIComponent(caseNo)}`;
}

/** The user's cases: 我的已办, 我发起的. */
export const MY_CASES_URL = `${DASHBOARD}/my-cases.html`;

const TASKLIST = new URL(document.querySelector('base').getAttribute('app-root') + '/app/tasklist/',
  window.location.href);

/** Whether following the link would leave Tasklist (another page of the server, a document, another site). */
export function leadsOutOfTasklist(anchor) {
  const href = anchor.getAttribute('href');
  if (!href || href.startsWith('#') || /^(javascript|mailto|tel):/i.test(href)) {
    return false;
  }
  const target = new URL(href, window.location.href);
  return !(target.origin === TASKLIST.origin && target.pathname.startsWith(TASKLIST.pathname));
}

/** Makes the link open in a new tab that cannot reach back into Tasklist. */
export function inNewTab(anchor) {
  if (anchor.getAttribute('target') !== '_blank') {
    anchor.setAttribute('target', '_blank');
  }
  const rel = new Set((anchor.getAttribute('rel') || '').split(/\s+/).filter(Boolean));
  if (!rel.has('noopener')) {
    rel.add('noopener');
    anchor.setAttribute('rel', [...rel].join(' '));
  }
  return anchor;
}

/** A link that opens in a new tab, e.g. newTabLink(caseUrl(caseNo), '案件详情'). */
export function newTabLink(href, text, className) {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.textContent = text;
  if (className) {
    anchor.className = className;
  }
  return inNewTab(anchor);
}
