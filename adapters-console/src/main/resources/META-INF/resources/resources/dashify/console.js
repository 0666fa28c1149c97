// Dashify admin console: the little behaviour the pages need, without inline scripts (the
// Content-Security-Policy forbids them).
document.addEventListener('DOMContentLoaded', function () {
    // A setup link carries its one-time secret in the fragment, which never reaches a server log.
    var secret = document.querySelector('input[data-setup-secret]');
    if (secret && window.location.hash.length > 1) {
        secret.value = decodeURIComponent(window.location.hash.substring(1));
        history.replaceState(null, '', window.location.pathname);
    }
    document.querySelectorAll('[data-confirm]').forEach(function (element) {
        element.addEventListener('click', function (event) {
            if (!window.confirm(element.getAttribute('data-confirm'))) {
                event.preventDefault();
            }
        });
    });
    // One submission per click: a second click while the first post is on its way does nothing.
    document.querySelectorAll('form').forEach(function (form) {
        form.addEventListener('submit', function (event) {
            if (form.dataset.submitted) {
                event.preventDefault();
            }
            form.dataset.submitted = 'true';
        });
    });
    document.querySelectorAll('[data-copy]').forEach(function (button) {
        button.addEventListener('click', function () {
            var field = document.getElementById(button.getAttribute('data-copy'));
            field.select();
            if (navigator.clipboard) {
                navigator.clipboard.writeText(field.value);
            } else {
                document.execCommand('copy');
            }
            button.textContent = 'Copied';
        });
    });
});
