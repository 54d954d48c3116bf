// Opens a picture's full-size link in the page's <dialog> lightbox; without this file
// (or without <dialog>) the link simply opens the picture.
(function () {
	'use strict';
	document.addEventListener('DOMContentLoaded', function () {
		var dialog = document.getElementById('lightbox');
		if (!dialog || typeof dialog.showModal !== 'function') {
			return;
		}
		var picture = dialog.querySelector('img');
		document.querySelectorAll('a[data-lightbox]').forEach(function (link) {
			link.addEventListener('click', function (event) {
				if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
					return;
				}
				event.preventDefault();
				picture.src = link.getAttribute('href');
				picture.alt = link.getAttribute('data-alt') || '';
				dialog.showModal();
			});
		});
		// a click on the dimmed backdrop closes it, as Escape does
		dialog.addEventListener('click', function (event) {
			if (event.target === dialog) {
				dialog.close();
			}
		});
	});
}());
