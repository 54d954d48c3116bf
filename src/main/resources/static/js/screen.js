// The big screen refreshes its figures in place: every few seconds it asks the portal for
// the figures, already worded in the screen's language, and replaces only the text that
// changed, briefly highlighting it. It never reloads the page.
(function () {
	'use strict';

	var screen = document.querySelector('main.screen');
	if (!screen || !window.fetch) {
		return;
	}
	var source = screen.getAttribute('data-source');
	var seconds = Math.max(2, Number(screen.getAttribute('data-refresh-seconds')) || 5);
	var status = document.getElementById('screen-status');

	function setText(element, text) {
		if (element && element.textContent !== text) {
			element.textContent = text;
			return true;
		}
		return false;
	}

	function highlight(element) {
		element.classList.remove('screen-changed');
		void element.offsetWidth;
		element.classList.add('screen-changed');
	}

	function showFigures(data) {
		data.figures.forEach(function (figure) {
			var element = screen.querySelector('[data-figure="' + figure.key + '"]');
			if (!element) {
				return;
			}
			var changed = setText(element.querySelector('.screen-value'), figure.value);
			changed = setText(element.querySelector('.screen-detail'), figure.detail) || changed;
			if (changed) {
				highlight(element);
			}
		});
		var list = document.getElementById('screen-regions');
		var items = data.regions.map(function (region) {
			var item = document.createElement('li');
			if (region.others) {
				item.className = 'screen-region-others';
			}
			var name = document.createElement('span');
			name.className = 'screen-region-name';
			name.textContent = region.name;
			var amount = document.createElement('span');
			amount.className = 'screen-region-amount';
			amount.textContent = region.amount;
			item.appendChild(name);
			item.appendChild(amount);
			return item;
		});
		if (list.textContent.replace(/\s+/g, '') !== items.map(function (i) { return i.textContent; }).join('').replace(/\s+/g, '')) {
			list.replaceChildren.apply(list, items);
		}
		document.getElementById('screen-regions-empty').hidden = items.length > 0;
		var time = document.getElementById('screen-read-at');
		time.setAttribute('datetime', data.readAt);
		time.textContent = data.readAtText;
		setText(status, '');
	}

	function refresh() {
		fetch(source, { headers: { Accept: 'application/json' }, credentials: 'same-origin', cache: 'no-store' })
			.then(function (response) {
				var json = (response.headers.get('Content-Type') || '').indexOf('application/json') === 0;
				if (response.ok && json) {
					return response.json().then(showFigures);
				}
				setText(status, screen.getAttribute(response.ok || response.status === 401 || response.status === 403
					? 'data-signed-out' : 'data-offline'));
			})
			.catch(function () {
				setText(status, screen.getAttribute('data-offline'));
			})
			.then(function () {
				window.setTimeout(refresh, seconds * 1000);
			});
	}

	var fullscreen = document.getElementById('screen-fullscreen');
	if (fullscreen && document.documentElement.requestFullscreen) {
		fullscreen.hidden = false;
		fullscreen.addEventListener('click', function () {
			if (document.fullscreenElement) {
				document.exitFullscreen();
			}
			else {
				document.documentElement.requestFullscreen();
			}
		});
	}
	window.setTimeout(refresh, seconds * 1000);
}());
