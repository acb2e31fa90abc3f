// Admin configuration of the supervision server: Chinese first, English kept for administrators.
// Everything not set here keeps the defaults of the shipped app (csrfCookieName 'XSRF-TOKEN', metrics).
export default {
  app: {
    name: '系统管理',
    vendor: '区应急管理局'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  // No "first visit" box pointing to the vendor's welcome page.
  disableWelcomeMessage: true
};
