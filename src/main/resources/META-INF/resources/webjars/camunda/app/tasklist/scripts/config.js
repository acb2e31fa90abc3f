// Tasklist configuration of the supervision server: Chinese first, English kept for administrators.
export default {
  app: {
    name: '执法任务',
    vendor: '区应急管理局'
  },
  dateFormat: {
    normal: 'LLL',
    long: 'LLLL'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  // Chinese texts of Camunda Forms (form-js) and district names instead of tenant ids; dates as YYYY-MM-DD, a typed
  // date in another form refused, due dates with their light on the task cards; the case number in the start
  // confirmation; the case, 案件详情, 转办, 委派 and 完成委派 on every task; links out of Tasklist (documents, case
  // pages, 我的案件 in the navbar) in a new tab: see the scripts.
  customScripts: ['scripts/chinese-texts', 'scripts/supervision-dates', 'scripts/start-confirmation',
    'scripts/task-actions', 'scripts/outside-links'],
  // No "first visit" box pointing to the vendor's welcome page.
  disableWelcomeMessage: true,
  shortcuts: {
    claimTask: { key: 'ctrl+alt+c', description: '认领当前选中的任务' },
    focusFilter: { key: 'ctrl+shift+f', description: '焦点移到第一个过滤器' },
    focusList: { key: 'ctrl+alt+l', description: '焦点移到任务列表的第一个任务' },
    focusForm: { key: 'ctrl+alt+f', description: '焦点移到任务表单的第一个输入框' },
    startProcess: { key: 'ctrl+alt+p', description: '打开发起流程对话框' }
  }
};
