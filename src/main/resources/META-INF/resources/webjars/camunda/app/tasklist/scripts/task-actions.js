// On every open task of a case, in the task's header (Tasklist's plugin point tasklist.task.action, next to 添加备注):
//   案件 HZ-JINGAN-2026-000001（上海某化工有限公司）  案件详情  [转办] [委派] [完成委派]
// 案件详情 opens the case's page in a new tab. 转办 is offered to section chiefs and leaders, 委派 to the task's
// assignee, 完成委派 to the colleague a task was delegated to; each asks in a small dialog to whom (colleagues of the
// task's group in the case's district, by name) and why, and is carried out by the server's case API, which checks
// the right again and records the hand-over in the case's full-process record. Tasklist then reloads the task and
// the list.

import { caseUrl, newTabLink } from './case-pages.js';
import { openDialog } from './handover-dialog.js';
import { currentUserId, dashboardGet, dashboardPost, engineGet } from './server-api.js';
import { inTasklist, notify } from './tasklist-angular.js';

/** The groups whose members may 转办 (identity/Roles: SECTION_CHIEFS, LEADERS). */
const TRANSFERRING_GROUPS = ['section-chiefs', 'leaders'];
/** The people API's role for each work group (identity/Roles). */
const PEOPLE_ROLES = {
  'case-handlers': 'handler',
  'section-chiefs': 'chief',
  'leaders': 'leader',
  'legal-reviewers': 'legal'
};
const CASE_VARIABLES = ['caseNo', 'enterpriseName'];
const DELEGATED = 'PENDING';

const enc = encodeURIComponent;

function style() {
  const css = document.createElement('style');
  // The header is one line: a long enterprise name is cut short (the whole text is the label's tooltip).
  css.textContent = '.sv-case-bar{display:inline-flex;align-items:center;gap:8px;white-space:nowrap;margin-left:8px}'
    + '.sv-case-bar .sv-case{display:inline-block;max-width:clamp(16em,calc(100vw - 1040px),40em);'
    + 'overflow:hidden;text-overflow:ellipsis}'
    + '.sv-case-bar .btn{padding:1px 8px}';
  document.head.appendChild(css);
}

function nameOf(profile) {
  const name = `${profile.firstName || ''}${profile.lastName || ''}`.trim();
  return name || profile.id;
}

function profileOf(userId) {
  return engineGet(`user/${enc(userId)}/profile`)
    .then(profile => ({ id: profile.id, name: nameOf(profile) }), () => ({ id: userId, name: userId }));
}

/** What the header needs to know about the task: its case, and what the user may do with it. */
async function describe(task) {
  const [variables, userId] = await Promise.all([
    engineGet(`task/${enc(task.id)}/form-variables?variableNames=${CASE_VARIABLES.join(',')}&deserializeValues=false`),
    currentUserId()
  ]);
  const caseNo = variables.caseNo && variables.caseNo.value;
  if (!caseNo) {
    return null;
  }
  const groups = await engineGet(`group?member=${enc(userId)}`);
  const delegated = task.delegationState === DELEGATED;
  const mine = task.assignee === userId;
  return {
    caseNo: String(caseNo),
    enterprise: variables.enterpriseName && variables.enterpriseName.value,
    userId,
    mayTransfer: groups.some(group => TRANSFERRING_GROUPS.includes(group.id)),
    mayDelegate: mine && !delegated,
    mayResolve: mine && delegated
  };
}

/** Whom the task may go to: members of its candidate groups in the case's district, and users it names. */
async function candidatesFor(task, caseNo, except) {
  const links = await engineGet(`task/${enc(task.id)}/identity-links?type=candidate`);
  const roles = [...new Set(links.map(link => PEOPLE_ROLES[link.groupId]).filter(Boolean))];
  const lists = await Promise.all([
    ...roles.map(role => dashboardGet(`people?role=${role}&caseNo=${enc(caseNo)}`)),
    Promise.all(links.filter(link => link.userId).map(link => profileOf(link.userId)))
  ]);
  const people = new Map();
  lists.flat().forEach(person => {
    if (!except.includes(person.id) && !people.has(person.id)) {
      people.set(person.id, person);
    }
  });
  return [...people.values()];
}

function transfer(task, facts) {
  return openDialog({
    title: '转办任务',
    intro: `「${task.name}」转给本组的其他同事办理。`,
    person: { label: '转办给', missing: '请选择转办给谁',
      load: () => candidatesFor(task, facts.caseNo, [task.assignee].filter(Boolean)) },
    reason: { label: '转办理由', missing: '请填写转办理由', placeholder: '例如：承办人外出培训，转同组办理' },
    confirm: '确定转办',
    submit: ({ person, reason }) => dashboardPost(`tasks/${enc(task.id)}/transfer`,
      { assignee: person.id, reason }).then(() => notify('已转办', `任务已转给 ${person.name}`))
  });
}

function delegate(task, facts) {
  return openDialog({
    title: '委派任务',
    intro: `「${task.name}」请同组同事代为办理，办完后归还给您，仍由您完成。`,
    person: { label: '委派给', missing: '请选择委派给谁',
      load: () => candidatesFor(task, facts.caseNo, [facts.userId]) },
    reason: { label: '委派事项或理由', missing: '请填写委派事项或理由', placeholder: '例如：请代为拟写督办措施' },
    confirm: '确定委派',
    submit: ({ person, reason }) => dashboardPost(`tasks/${enc(task.id)}/delegation`,
      { delegate: person.id, reason }).then(() => notify('已委派', `任务已委派给 ${person.name}，办完后将归还给您`))
  });
}

async function resolve(task) {
  const owner = task.owner ? await profileOf(task.owner) : null;
  const to = owner ? owner.name : '委派人';
  return openDialog({
    title: '完成委派',
    intro: `「${task.name}」办完，归还给 ${to}。`,
    reason: { label: '办理情况', missing: '请填写办理情况', placeholder: '例如：督办措施已拟写完毕，请审阅' },
    confirm: '确定归还',
    submit: ({ reason }) => dashboardPost(`tasks/${enc(task.id)}/resolution`, { note: reason })
      .then(() => notify('已完成委派', `任务已归还给 ${to}`))
  });
}

function button(text, className, action) {
  const node = document.createElement('button');
  node.type = 'button';
  node.className = `btn btn-default btn-sm ${className}`;
  node.textContent = text;
  node.addEventListener('click', action);
  return node;
}

function show(bar, task, facts, done) {
  bar.innerHTML = '';
  if (!facts) {
    return;
  }
  const label = document.createElement('span');
  label.className = 'sv-case';
  label.append('案件 ');
  const number = document.createElement('strong');
  number.className = 'sv-case-no';
  number.textContent = facts.caseNo;
  label.append(number);
  if (facts.enterprise) {
    label.append(`（${facts.enterprise}）`);
  }
  label.title = label.textContent;
  bar.append(label, newTabLink(caseUrl(facts.caseNo), '案件详情', 'sv-case-link'));
  const act = action => () => action().then(result => {
    if (result) {
      done();
    }
  });
  if (facts.mayTransfer) {
    bar.append(button('转办', 'sv-transfer', act(() => transfer(task, facts))));
  }
  if (facts.mayDelegate) {
    bar.append(button('委派', 'sv-delegate', act(() => delegate(task, facts))));
  }
  if (facts.mayResolve) {
    bar.append(button('完成委派', 'sv-resolve', act(() => resolve(task))));
  }
}

function signature(task) {
  return task ? [task.id, task.assignee, task.owner, task.delegationState].join('|') : '';
}

const caseBar = {
  id: 'supervision-case-bar',
  pluginPoint: 'tasklist.task.action',
  priority: 200,
  render(node, api, scope) {
    const bar = document.createElement('span');
    bar.className = 'sv-case-bar';
    node.appendChild(bar);
    let shown = 0;
    const reload = () => inTasklist(() => {
      scope.taskData.changed('task');
      scope.taskData.changed('taskList');
    });
    scope.$watch(() => signature(scope.task), () => {
      const task = scope.task;
      const asked = ++shown;
      bar.innerHTML = '';
      if (!task) {
        return;
      }
      describe(task).then(facts => {
        if (asked === shown) {
          show(bar, task, facts, reload);
        }
      }, () => {
        // Not a case's task the user may read: nothing to show.
      });
    });
  }
};

if (!window.svTaskActions) {
  window.svTaskActions = true;
  style();
}

export default [caseBar];
