// One case of the ledger: its row, the cases linked to it, its full-process record with the chain check, and urging
// (leaders only).
'use strict';

const caseNo = new URLSearchParams(location.search).get('caseNo') || '';

function renderSummary(c) {
  const rows = [
    ['业务', LABELS.lifecycle[c.lifecycle] || c.lifecycle], ['所属区', LABELS.district[c.district] || c.district],
    ['所属街镇', c.street], ['企业名称', c.enterpriseName], ['统一社会信用代码', c.enterpriseUscc],
    ['行业领域', LABELS.sector[c.sector] || c.sector], ['当前环节', c.stageName], ['等级', c.grade],
    ['立案时间', formatTime(c.openedAt)], ['办理期限', formatDeadline(c)], ['结案时间', formatTime(c.closedAt)],
    ['是否逾期', c.overdue ? '是' : '否'], ['催办次数', c.urgeCount]
  ];
  const list = document.getElementById('summary');
  list.replaceChildren(...rows.flatMap(([name, value]) => [element('dt', { text: name }),
    element('dd', { text: text(value) })]));
  document.getElementById('urge-section').hidden = Boolean(c.closedAt);
}

const RELATIONS = { EARLIER_REPORT: '先报案件', LATER_REPORT: '后报案件' };

/** Reports of the same unit confirmed not to be duplicates of each other, each linking to its own page. */
function renderRelated(related) {
  document.getElementById('related-section').hidden = related.length === 0;
  const table = document.getElementById('related');
  table.replaceChildren(element('thead', {}, element('tr', {},
    ...['案件编号', '关系', '业务', '当前环节', '报告时间', '确认人', '确认时间'].map(h => element('th', { text: h })))));
  const body = element('tbody');
  related.forEach(r => body.append(element('tr', {},
    element('td', {}, element('a', { href: 'case.html?caseNo=' + encodeURIComponent(r.caseNo), text: r.caseNo })),
    ...[RELATIONS[r.relation] || r.relation, LABELS.lifecycle[r.lifecycle] || r.lifecycle, r.stageName,
      formatTime(r.openedAt), r.confirmedBy, formatTime(r.linkedAt)].map(v => element('td', { text: text(v) })))));
  table.append(body);
}

function renderTimeline(records) {
  const table = document.getElementById('timeline');
  table.replaceChildren(element('thead', {}, element('tr', {},
    ...['序号', '时间', '类型', '环节', '办理人', '结论', '意见'].map(h => element('th', { text: h })))));
  const body = element('tbody');
  records.forEach(r => body.append(element('tr', {},
    ...[r.seq, formatTime(r.occurredAt), r.kind, r.activityName, r.actor, r.outcome, r.opinion]
      .map(v => element('td', { text: text(v) })))));
  table.append(body);
}

async function load() {
  const error = document.getElementById('error');
  document.getElementById('case-no').textContent = caseNo;
  try {
    const c = await api('cases/' + encodeURIComponent(caseNo));
    renderSummary(c);
    renderRelated(c.relatedCases || []);
    renderTimeline(c.timeline);
    const chain = await api('cases/' + encodeURIComponent(caseNo) + '/records/verify');
    document.getElementById('chain').textContent = chain.intact
      ? '记录链完整（' + chain.records + ' 条，SHA-256 校验通过）'
      : '记录链被篡改：第 ' + chain.firstBrokenSeq + ' 条 ' + text(chain.reason);
    document.body.dataset.loaded = 'true';
  } catch (e) {
    showError(error, e);
  }
}

async function urge(event) {
  event.preventDefault();
  const result = document.getElementById('urge-result');
  try {
    const reason = document.getElementById('urge-reason').value;
    const answer = await api('cases/' + encodeURIComponent(caseNo) + '/urge',
      { method: 'POST', body: JSON.stringify({ reason }) });
    result.hidden = false;
    result.textContent = '已催办（第 ' + answer.urgeCount + ' 次）';
    load();
  } catch (e) {
    showError(document.getElementById('error'), e);
  }
}

document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('logout').addEventListener('click', logout);
  document.getElementById('urge-form').addEventListener('submit', urge);
  load();
});
