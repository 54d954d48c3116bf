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
		showLatest(data.latest || []);
		drawCharts(data);
		var time = document.getElementById('screen-read-at');
		time.setAttribute('datetime', data.readAt);
		time.textContent = data.readAtText;
		setText(status, '');
	}

	// The ticker: one entry per contract, then the same entries again (hidden from screen
	// readers) so that the rolling track loops without a gap.
	var ticker = document.getElementById('screen-latest');

	function tickerItem(contract, copy) {
		var item = document.createElement('li');
		[['screen-ticker-no', contract.contractNo, 'span'], ['screen-ticker-result', contract.result, 'span'],
			['screen-ticker-transferee', contract.transferee, 'span'], ['screen-ticker-amount', contract.amount, 'span'],
			['screen-ticker-day', contract.signedOn, 'span']].forEach(function (part) {
			var element = document.createElement(part[2]);
			element.className = part[0];
			element.textContent = part[1];
			item.appendChild(element);
		});
		if (copy) {
			item.setAttribute('aria-hidden', 'true');
		}
		return item;
	}

	function showLatest(latest) {
		if (!ticker) {
			return;
		}
		var text = latest.map(function (c) { return c.contractNo + c.result + c.transferee + c.amount + c.signedOn; }).join('|');
		if (ticker.getAttribute('data-shown') === text) {
			return;
		}
		var items = latest.map(function (c) { return tickerItem(c, false); })
			.concat(latest.map(function (c) { return tickerItem(c, true); }));
		ticker.replaceChildren.apply(ticker, items);
		ticker.setAttribute('data-shown', text);
		var box = ticker.closest('.screen-ticker');
		box.classList.toggle('is-rolling', latest.length > 0);
		// About a tenth of the screen's width per second, whatever the track's length.
		var seconds = Math.max(20, (ticker.scrollWidth / 2) / Math.max(100, document.documentElement.clientWidth / 10));
		ticker.style.setProperty('--ticker-seconds', seconds.toFixed(1) + 's');
	}

	// Charts, drawn with Chart.js where it loaded; the figures and the ranking stand without them.
	var charts = {};
	var reducedMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
	var PALETTE = ['#f3d79b', '#e0674f', '#c9962b', '#f6e7e2', '#b56576', '#8fb8a8', '#d9a05b'];

	function chartOptions(extra) {
		var language = document.documentElement.lang || 'zh-CN';
		var compact = new Intl.NumberFormat(language, { notation: 'compact', maximumFractionDigits: 1 });
		var size = Math.max(12, Math.round(window.innerHeight / 60));
		var options = {
			responsive: true,
			maintainAspectRatio: false,
			animation: reducedMotion ? false : { duration: 600 },
			font: { size: size },
			plugins: { legend: { display: false } },
			scales: {
				x: { ticks: { color: '#f6e7e2', font: { size: size } }, grid: { color: 'rgba(255,255,255,.08)' } },
				y: { beginAtZero: true, ticks: { color: '#f6e7e2', font: { size: size }, callback: function (v) { return compact.format(v); } },
					grid: { color: 'rgba(255,255,255,.12)' } }
			}
		};
		return Object.assign(options, extra || {});
	}

	function drawChart(id, config, labels, values) {
		var canvas = document.getElementById(id);
		if (!canvas || typeof window.Chart === 'undefined') {
			return;
		}
		window.Chart.defaults.font.family = window.getComputedStyle(document.body).fontFamily;
		var chart = charts[id];
		if (chart) {
			chart.data.labels = labels;
			chart.data.datasets[0].data = values;
			chart.update(reducedMotion ? 'none' : undefined);
			return;
		}
		config.data.labels = labels;
		config.data.datasets[0].data = values;
		charts[id] = new window.Chart(canvas, config);
	}

	function drawCharts(data) {
		var size = Math.max(12, Math.round(window.innerHeight / 60));
		var days = data.days || [];
		drawChart('screen-chart-days', {
			type: 'bar',
			data: { datasets: [{ label: document.getElementById('screen-days-heading').textContent, backgroundColor: '#e0674f', borderColor: '#f3d79b', borderWidth: 1 }] },
			options: chartOptions()
		}, days.map(function (d) { return d.label; }), days.map(function (d) { return Number(d.amount); }));
		var categories = data.categories || [];
		drawChart('screen-chart-categories', {
			type: 'doughnut',
			data: { datasets: [{ label: document.getElementById('screen-categories-heading').textContent, backgroundColor: PALETTE, borderColor: '#2a0f0f' }] },
			options: chartOptions({ scales: {}, cutout: '55%', plugins: { legend: { display: true, position: 'right',
				labels: { color: '#f6e7e2', boxWidth: size, font: { size: size } } } } })
		}, categories.map(function (c) { return c.name; }), categories.map(function (c) { return Number(c.amount); }));
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
	// The first reading draws the charts and fills the ticker at once; later ones keep them current.
	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', refresh);
	}
	else {
		refresh();
	}
}());
