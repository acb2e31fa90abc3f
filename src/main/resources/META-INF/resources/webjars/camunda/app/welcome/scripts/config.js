// Welcome page configuration of the supervision server: Chinese first, English kept for administrators.
export default {
  app: {
    name: '安全生产监管执法',
    vendor: '区应急管理局'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  // No "first visit" box pointing to the vendor's welcome page.
  disableWelcomeMessage: true
};
