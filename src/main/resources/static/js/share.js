// The share button: a native dialog with the page's link to copy (Clipboard API, else the
// selected text is copied the old way, else the visitor copies it) and its QR code.
(function () {
	'use strict';
	var button = document.querySelector('.share-button');
	var dialog = document.getElementById('share-dialog');
	if (!button || !dialog || typeof dialog.showModal !== 'function') {
		return;
	}
	var link = dialog.querySelector('#share-link');
	var copy = dialog.querySelector('.share-copy');
	var status = dialog.querySelector('.share-status');
	var slot = dialog.querySelector('.share-qr-slot');
	button.hidden = false;
	button.addEventListener('click', function () {
		if (slot && !slot.querySelector('img')) {
			var qr = document.createElement('img');
			qr.className = 'share-qr';
			qr.width = 240;
			qr.height = 240;
			qr.alt = slot.getAttribute('data-alt');
			qr.src = slot.getAttribute('data-src');
			slot.appendChild(qr);
		}
		status.textContent = '';
		dialog.showModal();
		link.focus();
		link.select();
	});
	function copied(ok) {
		status.textContent = copy.getAttribute(ok ? 'data-copied' : 'data-failed');
		if (!ok) {
			link.focus();
			link.select();
		}
	}
	function fallback() {
		link.focus();
		link.select();
		var ok = false;
		try {
			ok = document.execCommand('copy');
		} catch (e) {
			ok = false;
		}
		copied(ok);
	}
	copy.addEventListener('click', function () {
		if (navigator.clipboard && window.isSecureContext) {
			navigator.clipboard.writeText(link.value).then(function () { copied(true); }, fallback);
		} else {
			fallback();
		}
	});
	dialog.addEventListener('close', function () {
		button.focus();
	});
}());
