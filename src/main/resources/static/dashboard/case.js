// One case for everyone who works it: its ledger row, the cases linked to it, open tasks (back to Tasklist), parties,
// 流转记录, documents (open the issued ones, issue those the case is ready for), evidence (open, upload), urging
// (leaders), and the full-process record with its chain check.
'use strict';

const caseNo = new URLSearchParams(location.search).get('caseNo') || '';
const TASKLIST = '/camunda/app/tasklist/default/#/?task=';
/** Party numbers to names (penalty cases), for the documents served on them. */
let partyNames = {};

function renderSummary(c) {
  const rows = [
    ['业务', LABELS.lifecycle[c.lifecycle] || c.lifecycle], ['所属区', LABELS.district[c.district] || c.district],
    ['所属街镇', c.street], ['企业名称', c.enterpriseName], ['统一社会信用代码', c.enterpriseUscc],
    ['行业领域', LABELS.sector[c.sector] || c.sector], ['当前环节', c.stageName], ['等级', c.gradeName],
    ['立案时间', formatTime(c.openedAt)], ['办理期限', formatDeadline(c)], ['结案时间', formatTime(c.closedAt)],
    ['是否逾期', c.overdue ? '是' : '否'], ['催办次数', c.urgeCount]
  ];
  const list = document.getElementById('summary');
  list.replaceChildren(...rows.flatMap(([name, value]) => [element('dt', { text: name }),
    element('dd', { text: text(value) })]));
  document.getElementById('urge-section').hidden = Boolean(c.closedAt);
  document.getElementById('evidence-form').hidden = Boolean(c.closedAt);
}

const RELATIONS = { EARLIER_REPORT: '先报案件', LATER_REPORT: '后报案件' };

/** Reports of the same unit confirmed not to be duplicates of each other, each linking to its own page. */
function renderRelated(related) {
  document.getElementById('related-section').hidden = related.length === 0;
  fillTable(document.getElementById('related'), ['案件编号', '关系', '业务', '当前环节', '报告时间', '确认人', '确认时间'],
    related.map(r => [element('a', { href: 'case.html?caseNo=' + encodeURIComponent(r.caseNo), text: r.caseNo }),
      RELATIONS[r.relation] || r.relation, LABELS.lifecycle[r.lifecycle] || r.lifecycle, r.stageName,
      formatTime(r.openedAt), r.confirmedBy, formatTime(r.linkedAt)]));
}

function renderTasks(tasks) {
  fillTable(document.getElementById('tasks'), ['环节', '办理人', '候选组', '期限', '操作'], tasks.map(t => [
    t.name, t.assignee || '未认领', t.candidateGroups.map(g => LABELS.group[g] || g).join('、'), formatTime(t.due),
    element('a', { href: TASKLIST + encodeURIComponent(t.id), class: 'task-link', text: '在任务列表中办理' })
  ]), '无待办任务');
}

function renderParties(penalty) {
  partyNames = Object.fromEntries(penalty.parties.map(p => [p.partyNo, p.name]));
  fillTable(document.getElementById('parties'), ['序号', '类别', '姓名/名称', '适用条款', '罚款金额（元）', '状态'],
    penalty.parties.map(p => [p.partyNo, p.kindName, p.name, p.legalBasis || p.legalBasisArticle,
      p.fineYuan === null ? '—' : Number(p.fineYuan).toLocaleString('zh-CN'), p.statusName]));
  document.getElementById('parties-section').hidden = false;
}

function renderHistory(steps) {
  fillTable(document.getElementById('history'), ['时间', '环节', '办理人', '结论', '意见'],
    steps.map(s => [s.time, s.step, s.by, s.outcome, s.opinion]));
}

function partyLabel(partyNo) {
  return partyNo ? '第' + partyNo + '个当事人' + (partyNames[partyNo] ? '（' + partyNames[partyNo] + '）' : '') : '';
}

/** What an issued document was issued for: a party, an acceptance check, a review decision, or the case. */
function subjectLabel(subject) {
  const match = subject.match(/^(?:party-(\d+))?-?(?:(round|review)-(\d+))?$/);
  if (!match || subject === '') {
    return subject === '' ? '本案' : subject;
  }
  const parts = [partyLabel(match[1]), match[2] ? '第' + match[3] + (match[2] === 'round' ? '次复查' : '次审核') : ''];
  return parts.filter(Boolean).join(' ');
}

function documentUrl(type, subject) {
  return 'api/' + casePath(caseNo, 'documents', encodeURIComponent(type) + '.pdf') + '?subject='
    + encodeURIComponent(subject);
}

function renderDocuments(available, issued) {
  fillTable(document.getElementById('documents'), ['文书', '当事人', '状态'], available.map(d => {
    let state;
    if (d.state === 'ISSUED') {
      state = element('a', { href: documentUrl(d.type, d.subject), target: '_blank', class: 'document-link',
        text: '已出具 ' + d.documentNo });
    } else if (d.state === 'ISSUABLE') {
      state = element('button', { type: 'button', class: 'issue', 'data-type': d.type, 'data-party': d.party || '',
        text: '出具' });
    } else {
      state = element('span', { class: 'hint', text: '暂不能出具：' + d.reason });
    }
    return [d.title, partyLabel(d.party) || '—', state];
  }), '本案没有执法文书');
  fillTable(document.getElementById('issued'), ['文书', '文号', '对象', '出具日期', '出具人'], issued.map(d => [
    d.title, element('a', { href: documentUrl(d.type, d.subject), target: '_blank', class: 'document-link',
      text: d.documentNo }), subjectLabel(d.subject), d.issuedOn, d.issuedBy
  ]), '尚未出具文书');
}

function renderEvidence(files, steps) {
  fillTable(document.getElementById('evidence'), ['文件', '所属环节', '说明', '上传人', '上传时间', '大小'],
    files.map(e => [
      element('a', { href: 'api/' + casePath(caseNo, 'evidence', e.id), target: '_blank', class: 'evidence-link',
        text: e.fileName }),
      e.stepName, e.description, e.uploadedBy, formatTime(e.uploadedAt), Math.ceil(e.sizeBytes / 1024) + ' KB']),
    '尚无证据材料');
  const select = document.getElementById('evidence-step');
  select.replaceChildren(...steps.map(s => element('option', { value: s.id,
    text: s.name + (s.open ? '（办理中）' : '（已办）') })));
}

function renderTimeline(records) {
  fillTable(document.getElementById('timeline'), ['序号', '时间', '类型', '环节', '办理人', '结论', '意见'],
    records.map(r => [r.seq, formatTime(r.occurredAt), r.kindName, r.activityName, r.actor, r.outcomeName,
      r.opinion]));
}

async function loadRecord() {
  const [c, chain] = await Promise.all([api(casePath(caseNo)), api(casePath(caseNo, 'records', 'verify')),
    loadCodeNames()]);
  renderSummary(c);
  renderRelated(c.relatedCases || []);
  renderTimeline(c.timeline);
  const anchored = chain.anchoredRecords
    ? '；前 ' + chain.anchoredRecords + ' 条已于 ' + formatTime(chain.anchoredAt) + ' 锚定于库外'
    : '；尚未锚定于库外';
  document.getElementById('chain').textContent = chain.intact
    ? '记录链完整（' + chain.records + ' 条，SHA-256 校验通过' + anchored + '）'
    : '记录链被篡改：' + text(chain.reason);
  return c;
}

async function loadDocuments() {
  const [available, issued] = await Promise.all([api(casePath(caseNo, 'documents', 'available')),
    api(casePath(caseNo, 'documents'))]);
  renderDocuments(available, issued);
}

async function loadEvidence() {
  const [files, steps] = await Promise.all([api(casePath(caseNo, 'evidence')),
    api(casePath(caseNo, 'evidence', 'steps'))]);
  renderEvidence(files, steps);
}

async function load() {
  document.getElementById('case-no').textContent = caseNo;
  try {
    const c = await loadRecord();
    const [tasks, history] = await Promise.all([api(casePath(caseNo, 'tasks')), api(casePath(caseNo, 'history')),
      c.lifecycle === 'dual-penalty' ? api('penalties/' + casePath(caseNo)).then(renderParties) : null]);
    renderTasks(tasks);
    renderHistory(history);
    await Promise.all([loadDocuments(), loadEvidence()]);
    document.body.dataset.loaded = 'true';
  } catch (e) {
    showError(document.getElementById('error'), e);
  }
}

async function issue(button) {
  const result = document.getElementById('documents-result');
  button.disabled = true;
  try {
    const party = button.dataset.party;
    await call(casePath(caseNo, 'documents', encodeURIComponent(button.dataset.type)) + (party ? '?party=' + party : ''),
      { method: 'POST', headers: { Accept: 'application/pdf, application/json' } });
    await Promise.all([loadDocuments(), loadRecord()]);
    result.hidden = false;
    result.textContent = '已出具，点击文号打开。';
  } catch (e) {
    button.disabled = false;
    showError(document.getElementById('error'), e);
  }
}

async function upload(event) {
  event.preventDefault();
  const form = document.getElementById('evidence-form');
  const button = document.getElementById('evidence-upload');
  const result = document.getElementById('evidence-result');
  button.disabled = true;
  try {
    const added = await api(casePath(caseNo, 'evidence'), { method: 'POST', body: new FormData(form) });
    form.reset();
    await Promise.all([loadEvidence(), loadRecord()]);
    result.hidden = false;
    result.textContent = '已上传：' + added.fileName;
  } catch (e) {
    showError(document.getElementById('error'), e);
  } finally {
    button.disabled = false;
  }
}

async function urge(event) {
  event.preventDefault();
  const result = document.getElementById('urge-result');
  try {
    const reason = document.getElementById('urge-reason').value;
    const answer = await api(casePath(caseNo, 'urge'), { method: 'POST', body: JSON.stringify({ reason }) });
    result.hidden = false;
    result.textContent = '已催办（第 ' + answer.urgeCount + ' 次）';
    await Promise.all([loadRecord(), api(casePath(caseNo, 'history')).then(renderHistory)]);
  } catch (e) {
    showError(document.getElementById('error'), e);
  }
}

document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('logout').addEventListener('click', logout);
  document.getElementById('urge-form').addEventListener('submit', urge);
  document.getElementById('evidence-form').addEventListener('submit', upload);
  document.getElementById('documents').addEventListener('click', event => {
    if (event.target.matches('button.issue')) {
      issue(event.target);
    }
  });
  load();
});
