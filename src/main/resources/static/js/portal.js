// Small progressive enhancements; every page works without this file.
(function () {
	'use strict';
	document.addEventListener('DOMContentLoaded', function () {
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
