// Administrators publish a year's official holiday arrangement; provisional deadlines of running cases follow it.
'use strict';

const KIND_NAMES = { TASK: '待办任务', TIMER: '定时器', VARIABLE: '流程日期' };

function table(id, headers, rows) {
  fillTable(document.getElementById(id), headers, rows);
}

function holidayRow(block = { name: '', from: '', to: '' }) {
  const row = element('div', { class: 'holiday-row' },
    element('input', { class: 'name', value: block.name, placeholder: '名称，如：春节', 'aria-label': '名称' }),
    element('input', { class: 'from', value: block.from, placeholder: 'YYYY-MM-DD', 'aria-label': '起' }),
    element('input', { class: 'to', value: block.to, placeholder: 'YYYY-MM-DD', 'aria-label': '止' }));
  const remove = element('button', { type: 'button', class: 'secondary', text: '删除' });
  remove.addEventListener('click', () => row.remove());
  row.append(remove);
  document.getElementById('holidays').append(row);
}

async function loadYears() {
  const years = await api('calendar/years');
  table('years', ['年度', '状态', '通知', '发布日期', '版本', '录入人', '录入时间'],
    years.map(y => [y.year + '年', y.statusName, y.title, y.issuedOn, y.version, y.publishedBy, formatTime(y.publishedAt)]));
  const select = document.getElementById('year');
  if (select.options.length === 0) {
    years.forEach(y => select.append(element('option', { value: y.year, text: String(y.year) })));
    const firstProvisional = years.find(y => y.status === 'PROVISIONAL');
    select.value = String((firstProvisional || years[years.length - 1]).year);
  }
}

/** Fills the form with the year in force: the official notice, or the statutory days it is provisionally run on. */
async function loadYear() {
  const year = document.getElementById('year').value;
  const detail = await api('calendar/years/' + year);
  document.getElementById('title').value = detail.year.title || '';
  document.getElementById('issued-on').value = detail.year.issuedOn || '';
  document.getElementById('holidays').replaceChildren();
  detail.holidays.forEach(holidayRow);
  document.getElementById('workdays').value = detail.workdays.join(', ');
  const versions = await api('admin/calendar/' + year + '/versions');
  table('versions', ['版本', '通知', '发布日期', '来源', '录入人', '录入时间'],
    versions.map(v => [v.version, v.title, v.issuedOn, v.origin === 'SHIPPED' ? '随系统提供' : '管理员录入',
      v.publishedBy, formatTime(v.publishedAt)]));
}

async function publish(event) {
  event.preventDefault();
  const error = document.getElementById('error');
  const result = document.getElementById('result');
  error.hidden = true;
  result.hidden = true;
  const year = document.getElementById('year').value;
  const body = {
    title: document.getElementById('title').value.trim(),
    issuedOn: document.getElementById('issued-on').value.trim(),
    holidays: [...document.querySelectorAll('#holidays .holiday-row')].map(row => ({
      name: row.querySelector('.name').value.trim(), from: row.querySelector('.from').value.trim(),
      to: row.querySelector('.to').value.trim() })),
    workdays: document.getElementById('workdays').value.split(/[,，\s]+/).filter(d => d !== '')
  };
  try {
    const published = await api('admin/calendar/' + year, { method: 'PUT', body: JSON.stringify(body) });
    result.textContent = year + '年节假日安排已发布（第' + published.published.version + '版），校正在办案件期限 '
      + published.moved.length + ' 项。';
    result.hidden = false;
    table('moved', ['案件编号', '环节', '类型', '原期限', '校正后'],
      published.moved.map(m => [m.caseNo, m.step, KIND_NAMES[m.kind] || m.kind, m.previous,
        m.corrected + (m.stillProvisional ? '（仍为暂定）' : '')]));
    await loadYears();
    await loadYear();
  } catch (e) {
    showError(error, e);
  }
}

document.addEventListener('DOMContentLoaded', async () => {
  document.getElementById('logout').addEventListener('click', logout);
  document.getElementById('add-holiday').addEventListener('click', () => holidayRow());
  document.getElementById('publish-form').addEventListener('submit', publish);
  document.getElementById('year').addEventListener('change', () => loadYear().catch(e =>
    showError(document.getElementById('error'), e)));
  try {
    await loadYears();
    await loadYear();
    document.body.dataset.loaded = 'true';
  } catch (e) {
    showError(document.getElementById('error'), e);
  }
});
