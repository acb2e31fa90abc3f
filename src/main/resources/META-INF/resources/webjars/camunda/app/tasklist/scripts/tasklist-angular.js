// Tasklist's own AngularJS services, so that what the scripts add speaks through Tasklist's notifications and
// refreshes its lists the way Tasklist's own buttons do. Imported by the other scripts; not a customScript of its own.

/** A service of the running Tasklist (null before Tasklist has started). */
export function service(name) {
  const angular = window.angular;
  const injector = angular && angular.element(document.documentElement).injector();
  return injector ? injector.get(name) : null;
}

/** Runs the change inside Tasklist's digest, so that the page shows it. */
export function inTasklist(change) {
  const rootScope = service('$rootScope');
  if (rootScope) {
    rootScope.$applyAsync(change);
  }
}

/** A notification in Tasklist's own panel; closes by itself after the given time (milliseconds). */
export function notify(status, message, duration = 6000) {
  inTasklist(() => service('Notifications').addMessage({ status, message, duration }));
}
