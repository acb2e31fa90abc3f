// The confirmation after a start form is submitted in Tasklist names the case:
//   流程已启动: 案件编号 HZ-JINGAN-2026-000001 查看案件
// the link opening the case's page in a new tab. Tasklist's own message ("流程已启动。", PROCESS_START_OK) names
// nothing and closes after 3 seconds.
//
// How: Tasklist submits every start form through the process-definition resource of its REST client (camAPI) and,
// once the dialog has closed, adds PROCESS_START_OK to its notifications. The submission is wrapped to keep the
// started instance (its business key is the case number, set when the case opens at the start), and the
// notification service is decorated to put the case into that one message. Both are AngularJS registrations on
// Tasklist's module for customisations (cam.tasklist.custom), made before Tasklist starts.

import { caseUrl } from './case-pages.js';
import { engineGet } from './server-api.js';

/** How long the confirmation stays (the user may want to note the number or open the case). */
const SHOWN_FOR = 30000;
/** A start whose confirmation did not come within this time is forgotten. */
const PAIRED_WITHIN = 60000;

let started = null;

function escape(text) {
  const holder = document.createElement('div');
  holder.textContent = text;
  return holder.innerHTML;
}

/** The started instance's case number: its business key, from the start's answer or else from the instance. */
function caseNoOf(instance) {
  if (instance.businessKey) {
    return Promise.resolve(instance.businessKey);
  }
  return engineGet(`process-instance/${encodeURIComponent(instance.id)}`)
    .then(found => found.businessKey || null, () => null);
}

function keepStarts(definitions) {
  if (!definitions || definitions.supervisionStarts) {
    return;
  }
  const submit = definitions.submitForm;
  definitions.submitForm = function (data, done) {
    return submit.call(this, data, (error, instance, ...rest) => {
      if (!error && instance && instance.id) {
        started = { caseNo: caseNoOf(instance), at: Date.now() };
      }
      if (typeof done === 'function') {
        done(error, instance, ...rest);
      }
    });
  };
  definitions.supervisionStarts = true;
}

function confirmation(message, caseNo) {
  const status = String(message.status).replace(/[。.]\s*$/, '');
  return {
    ...message,
    status: escape(status),
    message: `案件编号 <strong class="sv-started-case">${escape(caseNo)}</strong>　`
      + `<a class="sv-started-link" href="${escape(caseUrl(caseNo))}" target="_blank" rel="noopener">查看案件</a>`,
    unsafe: true,
    duration: SHOWN_FOR
  };
}

// Tasklist's translations load through its notifications: $translate is looked up when a message comes, not injected.
function decorateNotifications(notifications, $injector) {
  const addMessage = notifications.addMessage;
  notifications.addMessage = function (message) {
    const start = started;
    const startOk = start && message && message.status === $injector.get('$translate').instant('PROCESS_START_OK');
    if (!startOk || Date.now() - start.at > PAIRED_WITHIN) {
      return addMessage.call(this, message);
    }
    started = null;
    start.caseNo.then(caseNo => $injector.get('$rootScope').$applyAsync(() => {
      addMessage.call(notifications, caseNo ? confirmation(message, caseNo) : message);
    }));
    return undefined;
  };
  return notifications;
}

const angular = window.angular;
if (angular && !window.svStartConfirmation) {
  window.svStartConfirmation = true;
  angular.module('cam.tasklist.custom')
    .config(['$provide', $provide => $provide.decorator('Notifications',
      ['$delegate', '$injector', decorateNotifications])])
    .run(['camAPI', camAPI => keepStarts(camAPI.resource('process-definition'))]);
}

export default [];
