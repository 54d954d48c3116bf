// Small progressive enhancements; every page works without this file.
(function () {
	'use strict';
	// On a phone the navigation folds behind the menu button; Escape folds it again.
	function enhanceMenuButton(button) {
		var nav = document.getElementById(button.getAttribute('aria-controls'));
		if (!nav) {
			return;
		}
		function setOpen(open) {
			button.setAttribute('aria-expanded', String(open));
			nav.classList.toggle('is-open', open);
		}
		button.addEventListener('click', function () {
			setOpen(button.getAttribute('aria-expanded') !== 'true');
		});
		nav.addEventListener('keydown', function (event) {
			if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
				setOpen(false);
				button.focus();
			}
		});
	}

	document.addEventListener('DOMContentLoaded', function () {
		document.querySelectorAll('.nav-toggle[aria-controls]').forEach(enhanceMenuButton);
		// Marks the navigation entry of the current section for screen readers and the eye.
		var path = window.location.pathname;
		document.querySelectorAll('.main-nav a').forEach(function (link) {
			var target = link.getAttribute('href').split('?')[0];
			if ((target === '/' && path === '/') || (target !== '/' && path.indexOf(target) === 0)) {
				link.setAttribute('aria-current', 'page');
			}
		});
	});
}());
