// The public page of a 检查码 (the QR code of the inspection notice): verify the inspection and its officers, read
// the unit's rights, evaluate the inspection once it took place. Everything shown is set as text, never as HTML.
(function () {
  'use strict';
  const code = new URLSearchParams(window.location.search).get('code') || '';
  const api = '/api/public/inspections/' + encodeURIComponent(code.trim());
  const $ = (id) => document.getElementById(id);

  function chineseDate(iso) {
    if (!iso) {
      return '—';
    }
    const [y, m, d] = iso.split('-');
    return y + '年' + Number(m) + '月' + Number(d) + '日';
  }

  function fail(message) {
    $('message').textContent = message;
    $('message').classList.add('error');
  }

  function show(inspection) {
    $('message').textContent = inspection.status === 'VOIDED' ? '该检查码已作废，不能凭此码检查。' : '检查码有效，信息如下。';
    $('message').classList.toggle('error', inspection.status === 'VOIDED');
    $('code').textContent = inspection.code;
    $('status').textContent = inspection.statusName;
    $('bureau').textContent = inspection.bureau;
    $('enterprise').textContent = inspection.enterpriseName;
    $('basis').textContent = inspection.basisName;
    $('planned').textContent = chineseDate(inspection.plannedOn);
    $('valid').textContent = chineseDate(inspection.validUntil);
    $('inspected').textContent = chineseDate(inspection.inspectedOn);
    const officers = $('officers');
    officers.replaceChildren(...inspection.officers.map((officer) => {
      const row = document.createElement('tr');
      [officer.name, officer.certificateNo].forEach((text) => {
        const cell = document.createElement('td');
        cell.textContent = text;
        row.appendChild(cell);
      });
      return row;
    }));
    $('rights').replaceChildren(...inspection.rights.map((right) => {
      const item = document.createElement('li');
      item.textContent = right;
      return item;
    }));
    $('evaluation').hidden = !inspection.evaluable;
    $('evaluation-state').textContent = inspection.evaluationName ? '已评价：' + inspection.evaluationName + '。谢谢！'
      : inspection.evaluable ? '检查已完成，请对本次检查作出评价。' : '检查完成后可在此评价。';
    $('inspection').hidden = false;
  }

  async function load() {
    if (!code.trim()) {
      fail('缺少检查码，请重新扫描检查通知书上的二维码。');
      return;
    }
    const response = await fetch(api, { headers: { Accept: 'application/json' } });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      fail(body.detail || '查询失败，请稍后再试。');
      return;
    }
    show(body);
  }

  $('evaluation').addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = new FormData(event.target);
    const response = await fetch(api + '/evaluation', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ rating: form.get('rating'), comment: form.get('comment') })
    });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      fail(body.detail || '提交失败，请稍后再试。');
      return;
    }
    show(body);
  });

  load().catch(() => fail('查询失败，请检查网络后重试。'));
}());
