// Progressive enhancement only: the portal works without this file.
document.addEventListener('DOMContentLoaded', function () {
  var summary = document.querySelector('[data-error-summary]');
  if (summary) {
    summary.focus();
    // A link of the summary takes the user into the field it names (GOV.UK), not only to its place on the page.
    summary.addEventListener('click', function (event) {
      var link = event.target.closest('a[href^="#"]');
      var field = link && document.getElementById(link.getAttribute('href').slice(1));
      if (field && field.matches('input, select, textarea, button, [tabindex]')) {
        event.preventDefault();
        field.scrollIntoView({block: 'center'});
        field.focus();
      }
    });
  }
});
