// Applies the reader's choices before the first paint, so the page never flashes another
// reading mode or theme: ?view= in the URL wins (and is remembered), then the stored choice,
// then the page's default. Kept tiny and blocking on purpose; everything else is deferred.
(function () {
  var root = document.documentElement;
  var views = ['kk', 'en', 'both'];
  function read(key) {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null;
    }
  }
  var view = new URLSearchParams(window.location.search).get('view');
  if (views.indexOf(view) !== -1) {
    try {
      window.localStorage.setItem('suhbat-view', view);
    } catch {
      /* storage may be unavailable; the URL still applies to this page */
    }
  } else {
    view = read('suhbat-view');
  }
  if (views.indexOf(view) === -1) view = root.getAttribute('data-default-view') || 'both';
  root.setAttribute('data-view', view);
  var theme = read('suhbat-theme');
  if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
})();
