// One enforcement document of a case, opened from a Tasklist form or the case page: an issued document is shown at
// once; one the case can issue now is issued by the user's click (POST), then shown; otherwise why not.
'use strict';

const params = new URLSearchParams(location.search);
const caseNo = params.get('caseNo') || '';
const type = params.get('type') || '';
const party = params.get('party') || '';
/** The document shown: its entry of the case's available documents. */
let current = null;

/** The document's path under the case: issued by POST, read with '.pdf'. */
function documentPath(suffix, partyNo) {
  const query = partyNo ? '?party=' + encodeURIComponent(partyNo) : '';
  return casePath(caseNo, 'documents', encodeURIComponent(type) + suffix) + query;
}

function show(entry) {
  current = entry;
  document.getElementById('title').textContent = entry.title + (entry.party ? '（第' + entry.party + '个当事人）' : '');
  document.body.dataset.state = entry.state;
  const state = document.getElementById('state');
  if (entry.state === 'ISSUED') {
    state.textContent = '已出具（' + entry.documentNo + '），正在打开…';
    location.replace('api/' + documentPath('.pdf', entry.party));
  } else if (entry.state === 'ISSUABLE') {
    state.textContent = '本文书尚未出具。';
    document.getElementById('issue-box').hidden = false;
  } else {
    state.textContent = '暂不能出具：' + entry.reason;
  }
}

/** Several parties and none named: one link per party. */
function choose(entries) {
  document.getElementById('title').textContent = entries[0].title;
  document.getElementById('state').textContent = '本案有多个当事人，请选择：';
  const list = document.getElementById('choices');
  list.replaceChildren(...entries.map(e => element('li', {}, element('a', {
    href: 'document.html?' + new URLSearchParams({ caseNo, type, party: e.party }),
    text: '第' + e.party + '个当事人'
  }))));
  list.hidden = false;
}

/** Documents of the type issued before (an earlier review round), each openable. */
async function showEarlier() {
  const issued = (await api(casePath(caseNo, 'documents'))).filter(d => d.type === type
    && (!party || d.subject === 'party-' + party || d.subject.startsWith('party-' + party + '-')));
  if (issued.length === 0) {
    return;
  }
  const target = document.getElementById('earlier');
  target.replaceChildren('已出具的：', ...issued.map(d => element('a', {
    href: 'api/' + casePath(caseNo, 'documents', encodeURIComponent(type) + '.pdf') + '?subject='
      + encodeURIComponent(d.subject), target: '_blank', class: 'document-link', text: d.documentNo
  })));
  target.hidden = false;
}

async function load() {
  document.getElementById('case-no').textContent = caseNo;
  document.getElementById('case-link').href = 'case.html?caseNo=' + encodeURIComponent(caseNo);
  try {
    const entries = (await api(casePath(caseNo, 'documents', 'available')))
      .filter(d => d.type === type && (!party || String(d.party) === party));
    if (entries.length === 0) {
      throw new Error('本案没有这种执法文书：' + type + (party ? '（第' + party + '个当事人）' : ''));
    }
    if (entries.length > 1) {
      choose(entries);
    } else {
      show(entries[0]);
      if (entries[0].state !== 'ISSUED') {
        await showEarlier();
      }
    }
    document.body.dataset.loaded = 'true';
  } catch (e) {
    showError(document.getElementById('error'), e);
  }
}

async function issue() {
  const button = document.getElementById('issue');
  button.disabled = true;
  try {
    await call(documentPath('', current.party),
      { method: 'POST', headers: { Accept: 'application/pdf, application/json' } });
    location.replace('api/' + documentPath('.pdf', current.party));
  } catch (e) {
    button.disabled = false;
    showError(document.getElementById('error'), e);
  }
}

document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('logout').addEventListener('click', logout);
  document.getElementById('issue').addEventListener('click', issue);
  load();
});
