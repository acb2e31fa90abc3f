// Chinese for the parts of Tasklist that its locale file cannot reach (loaded as a customScript, see config.js).
//
// 1. Camunda Forms: Tasklist 7.24 renders task forms with form-js, whose texts are English literals in the shipped
//    bundle (lib/deps.js): validation messages ("Field is required."), the select placeholder ("Select"), the search
//    placeholder, the empty-list message; form-js has no translation API and Tasklist creates the form itself, so
//    there is no module to pass. The texts are replaced in the page as form-js renders them, only inside a form and
//    only when Tasklist shows Chinese. The date picker (flatpickr) gets a Chinese locale (month and weekday names,
//    Monday first) and the date format 2026-03-10 through its own API.
// 2. Districts: the task card shows the task's tenant id ("jingan") verbatim, with no translation key; tenants are
//    districts, so the id is replaced by the district's name (静安区).
//
// The two tables below are read by TasklistFormTextsUnitTest: every English text form-js 7.24 can show in our
// forms must have an entry, every entry must still occur in the shipped bundle (so a Camunda upgrade that changes a
// text fails the build), and the districts must be those of the District enum.

// BEGIN DISTRICTS
const DISTRICTS = {
  "huangpu": "黄浦区",
  "xuhui": "徐汇区",
  "changning": "长宁区",
  "jingan": "静安区",
  "putuo": "普陀区",
  "hongkou": "虹口区",
  "yangpu": "杨浦区",
  "minhang": "闵行区",
  "baoshan": "宝山区",
  "jiading": "嘉定区",
  "pudong": "浦东新区",
  "jinshan": "金山区",
  "songjiang": "松江区",
  "qingpu": "青浦区",
  "fengxian": "奉贤区",
  "chongming": "崇明区",
  "city": "上海市（市级）"
};
// END DISTRICTS

// English text of form-js → Chinese; {} stands for a value form-js puts in, {0}, {1} for the same values in order.
// BEGIN FORM_TEXTS
const FORM_TEXTS = {
  "Field is required.": "此项为必填项。",
  "Field must have minimum length of {}.": "至少需填写 {0} 个字符。",
  "Field must have maximum length of {}.": "不能超过 {0} 个字符。",
  "Field must have minimum value of {}.": "不能小于 {0}。",
  "Field must have maximum value of {}.": "不能大于 {0}。",
  "Field must match pattern {}.": "格式不正确。",
  "Field must be a valid email.": "请输入有效的电子邮箱地址。",
  "Field must be a valid  international phone number. (e.g. +4930664040900)": "请输入有效的电话号码（国际格式，如 +862123456789）。",
  "Value is not a number.": "请输入数字。",
  "Value is expected to be an integer.": "请输入整数。",
  "Value is expected to have at most {} decimal digit{}.": "最多保留 {0} 位小数。",
  "Please select a valid value, the two nearest valid values are {} and {}.": "请输入有效的值，最接近的有效值为 {0} 和 {1}。",
  "Date and time must both be entered.": "日期和时间须同时填写。",
  "Select": "请选择",
  "Search": "搜索",
  "No results": "无匹配项",
  "All values selected": "已全部选择",
  "Increment": "增加",
  "Decrement": "减少",
  "Remove tag": "移除"
};
// END FORM_TEXTS

const FLATPICKR_ZH = {
  weekdays: {
    shorthand: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
    longhand: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']
  },
  months: {
    shorthand: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
    longhand: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月']
  },
  firstDayOfWeek: 1,
  ordinal: () => '',
  rangeSeparator: ' 至 ',
  weekAbbreviation: '周',
  scrollTitle: '滚动切换',
  toggleTitle: '点击切换',
  amPM: ['上午', '下午'],
  yearAriaLabel: '年',
  monthAriaLabel: '月',
  hourAriaLabel: '时',
  minuteAriaLabel: '分'
};

// Tasklist's own choice (config.js: availableLocales ['zh', 'en'], fallback 'zh'): the browser's first language if
// it is available, otherwise Chinese. Only a browser asking for English first sees English.
const CHINESE = (() => {
  const nav = window.navigator;
  const first = (Array.isArray(nav.languages) && nav.languages[0]) || nav.language || '';
  return first.split('-')[0].toLowerCase() !== 'en';
})();

const PATTERNS = Object.entries(FORM_TEXTS).map(([english, chinese]) => {
  const source = english.split('{}').map(part => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('(.*?)');
  return { regex: new RegExp('^' + source + '$'), chinese };
});

function translateFormText(text) {
  const trimmed = text.trim();
  if (!trimmed) {
    return null;
  }
  for (const { regex, chinese } of PATTERNS) {
    const match = regex.exec(trimmed);
    if (match) {
      const translated = chinese.replace(/\{(\d)\}/g, (all, i) => match[Number(i) + 1] ?? '');
      return text.replace(trimmed, translated);
    }
  }
  return null;
}

// The date placeholder form-js derives from the browser's date format, e.g. yyyy/mm/dd, and the time placeholder.
function translatePlaceholder(text) {
  if (/^(y+|m+|d+)([/.\-\s]+(y+|m+|d+))+$/i.test(text)) {
    return text.replace(/y+/gi, '年').replace(/m+/gi, '月').replace(/d+/gi, '日');
  }
  if (text === 'hh:mm') {
    return '时:分';
  }
  if (text === 'hh:mm ?m') {
    return '时:分 上午/下午';
  }
  return translateFormText(text);
}

const FORM = '.fjs-container';
const FORM_TEXT_HOLDERS = '.fjs-form-field-error li, .fjs-select-display, .fjs-dropdownlist-empty';
const FORM_ATTRIBUTES = ['placeholder', 'aria-label', 'title'];
const TENANT_HOLDERS = '.tenant-id, .tooltip-inner';

function districtName(text) {
  const name = DISTRICTS[text.trim()];
  return name ? text.replace(text.trim(), name) : null;
}

function translateTextNode(node) {
  const parent = node.parentElement;
  if (!parent) {
    return;
  }
  let translated = null;
  if (parent.closest(TENANT_HOLDERS)) {
    translated = districtName(node.data);
  } else if (CHINESE && parent.closest(FORM_TEXT_HOLDERS) && parent.closest(FORM)) {
    // A read-only select without a value (e.g. no accident grade) is empty, not a prompt to choose.
    const emptyReadOnly = node.data.trim() === 'Select' && parent.closest('.fjs-input-group.readonly');
    translated = emptyReadOnly ? '（无）' : translateFormText(node.data);
  }
  if (translated !== null && translated !== node.data) {
    node.data = translated;
  }
}

function translateAttribute(element, name) {
  if (!CHINESE || !element.closest(FORM)) {
    return;
  }
  const value = element.getAttribute(name);
  const translated = value && (name === 'placeholder' ? translatePlaceholder(value) : translateFormText(value));
  if (translated && translated !== value) {
    element.setAttribute(name, translated);
  }
}

// Dates as Chinese staff write them (2026-03-10), whatever date format the operating system's locale would give
// and whatever language Tasklist shows; the picker shows and reads the field in this format, form-js keeps
// receiving the picked date. A date typed in another form is refused by supervision-dates.js.
function localizeDatePicker(input) {
  const picker = input._flatpickr;
  if (picker && !picker.supervisionDates) {
    picker.supervisionDates = true;
    picker.set(CHINESE ? { locale: FLATPICKR_ZH, dateFormat: 'Y-m-d', ariaDateFormat: 'Y年n月j日' }
      : { dateFormat: 'Y-m-d' });
    input.setAttribute('placeholder', CHINESE ? '年-月-日' : 'YYYY-MM-DD');
  }
}

function translateTree(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    translateTextNode(root);
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  const inForm = root.closest(FORM) || root.querySelector(FORM);
  const withTenant = root.closest(TENANT_HOLDERS) || root.querySelector(TENANT_HOLDERS);
  if (!inForm && !withTenant) {
    return;
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    translateTextNode(node);
  }
  if (inForm) {
    const elements = [root, ...root.querySelectorAll('*')];
    for (const element of elements) {
      for (const name of FORM_ATTRIBUTES) {
        if (element.hasAttribute(name)) {
          translateAttribute(element, name);
        }
      }
      if (element.tagName === 'INPUT') {
        localizeDatePicker(element);
      }
    }
  }
}

const observer = new MutationObserver(records => {
  for (const record of records) {
    if (record.type === 'childList') {
      record.addedNodes.forEach(translateTree);
    } else if (record.type === 'characterData') {
      translateTextNode(record.target);
    } else if (record.type === 'attributes') {
      translateAttribute(record.target, record.attributeName);
    }
  }
});

observer.observe(document.body, {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: FORM_ATTRIBUTES
});
translateTree(document.body);

// A date picker created after its input was added is localized when it is first used.
document.addEventListener('focusin', event => {
  if (event.target instanceof HTMLInputElement) {
    localizeDatePicker(event.target);
  }
}, true);
