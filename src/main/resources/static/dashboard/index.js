// The leaders' dashboard: KPI tiles, monthly trend, breakdown and overdue cases for the chosen filters.
'use strict';

const GROUPS = [
  { title: '隐患排查治理', lifecycle: 'hazard-closed-loop' },
  { title: '事故调查', lifecycle: 'accident-investigation' },
  { title: '行政处罚与公示', lifecycle: ['dual-penalty', 'decision-publication'] },
  { title: '执法检查', lifecycle: 'enforcement-inspection' }
];
const TREND_SERIES = [
  ['hazardsFound', '发现隐患'], ['hazardsRectified', '已整改'], ['majorHazards', '重大事故隐患'],
  ['accidents', '事故'], ['penaltyCases', '处罚案件']
];
const BREAKDOWN_COLUMNS = [
  ['hazardsFound', '发现隐患'], ['hazardsRectified', '已整改'], ['rectificationRate', '整改率（%）'],
  ['majorHazards', '重大事故隐患'], ['majorListed', '挂牌督办'], ['openOverdue', '逾期未整改'],
  ['accidents', '事故'], ['penaltyCases', '处罚案件']
];

const charts = {};

function filterQuery() {
  const params = new URLSearchParams();
  new FormData(document.getElementById('filters')).forEach((value, name) => {
    if (String(value).trim() !== '') {
      params.set(name, String(value).trim());
    }
  });
  return params;
}

function renderKpis(report) {
  const target = document.getElementById('kpis');
  target.replaceChildren();
  document.getElementById('period').textContent = report.from + ' 至 ' + report.to + '（按立案日期）';
  GROUPS.forEach(group => {
    const lifecycles = [].concat(group.lifecycle);
    const tiles = element('div', { class: 'tiles' });
    report.kpis.filter(kpi => lifecycles.includes(kpi.lifecycle)).forEach(kpi => {
      const ratio = kpi.denominator === null ? '' : formatNumber(kpi.numerator) + ' / ' + formatNumber(kpi.denominator);
      tiles.append(element('div', { class: 'tile', 'data-kpi': kpi.code, title: kpi.definition },
        element('div', { class: 'name', text: kpi.name }),
        element('div', { class: 'figure' }, element('span', { class: 'value', text: formatNumber(kpi.value) }),
          element('span', { class: 'unit', text: kpi.value === null ? '' : kpi.unit })),
        element('div', { class: 'ratio', text: ratio })));
    });
    target.append(element('div', { class: 'group-title', text: group.title }), tiles);
  });
  target.setAttribute('aria-busy', 'false');
}

function chart(id) {
  if (!charts[id]) {
    charts[id] = echarts.init(document.getElementById(id), null, { renderer: 'canvas' });
    window.addEventListener('resize', () => charts[id].resize());
  }
  return charts[id];
}

function renderTrend(trend) {
  const months = trend.months.map(m => m.month);
  chart('trend-chart').setOption({
    tooltip: { trigger: 'axis' },
    legend: { data: TREND_SERIES.map(s => s[1]) },
    xAxis: { type: 'category', data: months },
    yAxis: { type: 'value', minInterval: 1 },
    series: TREND_SERIES.map(([key, name]) => ({ name, type: key === 'hazardsFound' ? 'bar' : 'line',
      data: trend.months.map(m => m[key]) }))
  }, true);
  fillTable(document.getElementById('trend-table'), ['月份', ...TREND_SERIES.map(s => s[1])],
    trend.months.map(m => [m.month, ...TREND_SERIES.map(([key]) => m[key])]));
}

function renderBreakdown(breakdown) {
  const rows = breakdown.rows;
  chart('breakdown-chart').setOption({
    tooltip: { trigger: 'axis' },
    legend: { data: ['发现隐患', '已整改', '整改率（%）'] },
    grid: { bottom: 80 },
    xAxis: { type: 'category', data: rows.map(r => r.label), axisLabel: { rotate: 30 } },
    yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', max: 100, name: '%' }],
    series: [
      { name: '发现隐患', type: 'bar', data: rows.map(r => r.hazardsFound) },
      { name: '已整改', type: 'bar', data: rows.map(r => r.hazardsRectified) },
      { name: '整改率（%）', type: 'line', yAxisIndex: 1, data: rows.map(r => r.rectificationRate) }
    ]
  }, true);
  fillTable(document.getElementById('breakdown-table'), ['名称', ...BREAKDOWN_COLUMNS.map(c => c[1])],
    rows.map(r => [r.label, ...BREAKDOWN_COLUMNS.map(([key]) => r[key])]));
}

function renderOverdue(page) {
  document.getElementById('overdue-total').textContent = '共 ' + page.total + ' 件' +
    (page.total > page.items.length ? '，显示最近 ' + page.items.length + ' 件' : '');
  fillTable(document.getElementById('overdue-table'),
    ['案件编号', '业务', '所属区', '所属街镇', '企业名称', '当前环节', '办理期限'],
    page.items.map(c => [
      element('a', { href: 'case.html?caseNo=' + encodeURIComponent(c.caseNo), class: 'case-link', text: c.caseNo }),
      LABELS.lifecycle[c.lifecycle] || c.lifecycle, LABELS.district[c.district] || c.district, c.street,
      c.enterpriseName, c.stageName, formatDeadline(c)]));
}

async function load() {
  const error = document.getElementById('error');
  error.hidden = true;
  const query = filterQuery();
  const by = document.getElementById('breakdown-by').value;
  document.getElementById('export-link').href = 'api/cases/export.xlsx?' + query;
  const overdue = new URLSearchParams(query);
  overdue.set('overdue', 'true');
  overdue.set('closed', 'false');
  overdue.set('size', '50');
  try {
    const [report, trend, breakdown, cases] = await Promise.all([
      api('kpis?' + query), api('kpis/trend?' + query), api('kpis/breakdown?by=' + by + '&' + query),
      api('cases?' + overdue), loadCodeNames()]);
    renderKpis(report);
    renderTrend(trend);
    renderBreakdown(breakdown);
    renderOverdue(cases);
    document.body.dataset.loaded = 'true';
  } catch (e) {
    showError(error, e);
  }
}

/** Administrators only (the call is refused for others): which years' deadlines are provisional, and where to act. */
async function showCalendarBanner() {
  let overview;
  try {
    overview = await api('admin/calendar');
  } catch (e) {
    return;
  }
  document.getElementById('calendar-link').hidden = false;
  if (overview.provisionalYears.length === 0) {
    return;
  }
  const years = overview.provisionalYears.map(y => y + '年').join('、');
  const banner = document.getElementById('calendar-banner');
  banner.replaceChildren(years + '尚无国务院节假日安排：涉及的法定期限按法定节假日暂定计算。通知发布后，请在',
    element('a', { href: 'calendar.html', text: '节假日安排' }), '中录入，系统将自动校正暂定期限。');
  banner.hidden = false;
}

function fillSelect(id, labels) {
  const select = document.getElementById(id);
  Object.entries(labels).forEach(([value, label]) => select.append(element('option', { value, text: label })));
}

document.addEventListener('DOMContentLoaded', async () => {
  document.getElementById('filters').addEventListener('submit', event => {
    event.preventDefault();
    load();
  });
  document.getElementById('breakdown-by').addEventListener('change', load);
  document.getElementById('logout').addEventListener('click', logout);
  try {
    await loadCodeNames();
  } catch (e) {
    showError(document.getElementById('error'), e);
    return;
  }
  fillSelect('district', LABELS.district);
  fillSelect('sector', LABELS.sector);
  load();
  showCalendarBanner();
});
