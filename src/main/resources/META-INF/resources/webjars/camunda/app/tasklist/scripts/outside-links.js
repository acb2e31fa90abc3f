// Links that lead out of Tasklist open in a new tab, so that Tasklist stays open and nothing typed into a form is
// lost: every link of a task or start form that leads elsewhere (documents as PDF, case pages) gets
// target="_blank" rel="noopener" as the form renders it (and again when it is followed, should the form have
// re-rendered it in between). The navbar gets 我的案件, the user's cases (我的已办, 我发起的), also in a new tab.

import { inNewTab, leadsOutOfTasklist, MY_CASES_URL, newTabLink } from './case-pages.js';

const FORMS = '.fjs-container, [cam-tasklist-form]';

function fromForm(anchor) {
  return anchor.closest(FORMS) !== null && leadsOutOfTasklist(anchor);
}

function openOutsideInNewTab(root) {
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  const anchors = root.matches('a[href]') ? [root] : root.querySelectorAll('a[href]');
  anchors.forEach(anchor => {
    if (fromForm(anchor)) {
      inNewTab(anchor);
    }
  });
}

if (!window.svOutsideLinks) {
  window.svOutsideLinks = true;
  new MutationObserver(records => records.forEach(record => {
    if (record.type === 'attributes') {
      openOutsideInNewTab(record.target);
    } else {
      record.addedNodes.forEach(openOutsideInNewTab);
    }
  })).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['href'] });
  document.addEventListener('click', event => {
    const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (anchor && fromForm(anchor)) {
      inNewTab(anchor);
    }
  }, true);
}

const myCases = {
  id: 'supervision-my-cases',
  pluginPoint: 'tasklist.navbar.action',
  priority: 50,
  render(node) {
    const link = newTabLink(MY_CASES_URL, ' 我的案件', 'sv-my-cases');
    link.title = '我的已办、我发起的案件（在新标签页打开）';
    const icon = document.createElement('span');
    icon.className = 'glyphicon glyphicon-folder-open';
    link.prepend(icon);
    node.appendChild(link);
  }
};

export default [myCases];
