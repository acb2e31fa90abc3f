// A case worker's own cases: 我的已办 (cases in which the user completed a task, the latest first, with the steps
// done) and 我发起的 (cases the user reported or proposed), each linking to its case page.
'use strict';

const PAGE_SIZE = 20;
const HINTS = {
  done: '本人办理过环节的案件，按最近办理时间排列。',
  started: '本人上报、发起的案件，按发起时间排列。'
};
const state = { list: 'done', page: 0 };

function stepsDone(steps) {
  return steps.map(s => s.step + '（' + formatTime(s.at) + '）').join('；');
}

function render(result) {
  const done = result.list === 'done';
  const headers = ['案件编号', '业务', '企业名称', '当前环节', '办理期限', '期限状态',
    done ? '本人办理的环节' : '发起时间'];
  fillTable(document.getElementById('cases'), headers, result.items.map(c => [
    element('a', { href: 'case.html?caseNo=' + encodeURIComponent(c.caseNo), class: 'case-link', text: c.caseNo }),
    LABELS.lifecycle[c.lifecycle] || c.lifecycle, c.enterpriseName, c.closedAt ? '已办结' : c.stageName,
    formatDeadline(c), lightOf(c.light), done ? stepsDone(c.steps) : formatTime(c.lastAt)
  ]), done ? '暂无已办案件' : '暂无发起的案件');
  const pages = Math.max(1, Math.ceil(result.total / result.size));
  document.getElementById('page-info').textContent = '第 ' + (result.page + 1) + ' / ' + pages + ' 页，共 '
    + result.total + ' 件';
  document.getElementById('previous').disabled = result.page === 0;
  document.getElementById('next').disabled = result.page + 1 >= pages;
}

async function load() {
  const error = document.getElementById('error');
  error.hidden = true;
  document.body.dataset.loaded = 'false';
  document.querySelectorAll('.tab').forEach(tab =>
    tab.setAttribute('aria-selected', String(tab.dataset.list === state.list)));
  document.getElementById('list-hint').textContent = HINTS[state.list];
  try {
    render(await api('cases/mine?' + new URLSearchParams({ list: state.list, page: state.page, size: PAGE_SIZE })));
    document.body.dataset.list = state.list;
    document.body.dataset.loaded = 'true';
  } catch (e) {
    showError(error, e);
  }
}

document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('logout').addEventListener('click', logout);
  document.querySelectorAll('.tab').forEach(tab => tab.addEventListener('click', () => {
    state.list = tab.dataset.list;
    state.page = 0;
    load();
  }));
  document.getElementById('previous').addEventListener('click', () => {
    state.page -= 1;
    load();
  });
  document.getElementById('next').addEventListener('click', () => {
    state.page += 1;
    load();
  });
  load();
});
