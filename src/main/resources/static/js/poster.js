// The print button of a booth poster.
(function () {
	'use strict';
	var button = document.querySelector('.poster-print');
	if (button) {
		button.hidden = false;
		button.addEventListener('click', function () { window.print(); });
	}
}());
