// Progressive enhancement only: the portal works without this file.
document.addEventListener('DOMContentLoaded', function () {
  var summary = document.querySelector('[data-error-summary]');
  if (summary) {
    summary.focus();
  }
});
