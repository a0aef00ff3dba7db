// Where focus goes, for people who use a keyboard or a screen reader (WCAG 2.4.3):
// - after a save that failed, to the error summary; after one that succeeded, to the confirmation;
// - after moving to another page, to its heading;
// - an in-page link (the skip link, an error-summary link) moves focus to its target, not only the view.
(() => {
    const fields = 'input, select, textarea, button, a[href], [tabindex]';

    function focus(element) {
        if (!element.matches(fields)) {
            element.setAttribute('tabindex', '-1');
        }
        element.focus();
    }

    function afterLoad(moved) {
        const message = document.querySelector('.error-summary, .alert.success');
        if (message) {
            focus(message);
        } else if (moved) {
            const heading = document.querySelector('main h1');
            if (heading) {
                focus(heading);
            }
        }
    }

    document.addEventListener('click', event => {
        const link = event.target.closest('a[href*="#"]');
        if (!link) {
            return;
        }
        const url = new URL(link.href, location.href);
        const target = url.pathname === location.pathname && url.hash.length > 1 && document.getElementById(decodeURIComponent(url.hash.slice(1)));
        if (!target) {
            return;
        }
        event.preventDefault();
        history.replaceState(history.state, '', url.hash);
        focus(target.matches(fields) ? target : target.querySelector('input, select, textarea') ?? target);
    });

    // A print button: the page's print stylesheet leaves out navigation and forms.
    document.addEventListener('click', event => {
        if (event.target.closest('[data-print]')) {
            window.print();
        }
    });

    let path = location.pathname;
    document.addEventListener('DOMContentLoaded', () => afterLoad(false));
    window.Blazor?.addEventListener('enhancedload', () => {
        afterLoad(location.pathname !== path);
        path = location.pathname;
    });
})();
