// Draws each dashboard chart from the table beside it: the table is the single source of the
// numbers, so the chart, the page and the exports never disagree. Without this script (or
// without Chart.js) the tables still show everything.
(function () {
	'use strict';

	var RED = '#9e1b1b';
	var GOLD = '#c9962b';
	var PALETTE = ['#9e1b1b', '#c9962b', '#4f6d8a', '#6b8e4e', '#8a5a83', '#c76b3b', '#3f7f7a', '#a3872f',
		'#5d5d8a', '#b04a5a', '#7a7a7a'];

	function cellText(cell) {
		return cell ? cell.textContent.trim() : '';
	}

	// Bar charts leave out the row folding the groups beyond the top, which would dwarf them.
	function readTable(table, withFolded) {
		var headings = Array.prototype.map.call(table.querySelectorAll('thead th'), cellText);
		var series = (table.getAttribute('data-series') || '').split(',').filter(Boolean).map(Number);
		var rows = Array.prototype.filter.call(table.querySelectorAll('tbody tr'), function (row) {
			return withFolded || row.getAttribute('data-folded') !== 'true';
		});
		return {
			labels: rows.map(function (row) { return cellText(row.cells[0]); }),
			series: series.map(function (column) {
				return {
					label: headings[column],
					values: rows.map(function (row) {
						var value = row.cells[column] && row.cells[column].getAttribute('data-value');
						return value ? Number(value) : 0;
					})
				};
			})
		};
	}

	function config(type, data) {
		var language = document.documentElement.lang || 'zh-CN';
		var format = new Intl.NumberFormat(language);
		var compact = new Intl.NumberFormat(language, { notation: 'compact', maximumFractionDigits: 1 });
		var tooltip = { callbacks: { label: function (item) { return item.dataset.label + ': ' + format.format(item.raw); } } };
		if (type === 'doughnut') {
			return {
				type: 'doughnut',
				data: { labels: data.labels, datasets: [{ label: data.series[0].label, data: data.series[0].values, backgroundColor: PALETTE }] },
				options: { responsive: true, maintainAspectRatio: false, plugins: { legend: { position: 'bottom' }, tooltip: tooltip } }
			};
		}
		var datasets = data.series.map(function (serie, index) {
			var line = index > 0;
			return {
				type: line ? 'line' : 'bar',
				label: serie.label,
				data: serie.values,
				backgroundColor: line ? GOLD : RED,
				borderColor: line ? GOLD : RED,
				yAxisID: line ? 'y2' : 'y'
			};
		});
		var many = data.labels.length > 6 && data.series.length === 1;
		var scales = { x: { ticks: { autoSkip: true } }, y: { beginAtZero: true, ticks: { callback: function (v) { return compact.format(v); } } } };
		if (data.series.length > 1) {
			scales.y2 = { position: 'right', beginAtZero: true, grid: { drawOnChartArea: false },
				ticks: { precision: 0, callback: function (v) { return compact.format(v); } } };
		}
		if (many) {
			scales = { x: scales.y, y: { ticks: { autoSkip: false } } };
		}
		return {
			type: 'bar',
			data: { labels: data.labels, datasets: datasets },
			options: {
				indexAxis: many ? 'y' : 'x',
				responsive: true,
				maintainAspectRatio: false,
				animation: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? false : undefined,
				plugins: { legend: { display: data.series.length > 1 }, tooltip: tooltip },
				scales: scales
			}
		};
	}

	document.addEventListener('DOMContentLoaded', function () {
		if (typeof window.Chart === 'undefined') {
			return;
		}
		window.Chart.defaults.font.family = window.getComputedStyle(document.body).fontFamily;
		window.Chart.defaults.color = '#555';
		document.querySelectorAll('canvas[data-table]').forEach(function (canvas) {
			var table = document.getElementById(canvas.getAttribute('data-table'));
			if (!table) {
				return;
			}
			var type = table.getAttribute('data-chart');
			var data = readTable(table, type === 'doughnut');
			if (data.labels.length === 0 || data.series.length === 0) {
				return;
			}
			canvas.chart = new window.Chart(canvas, config(type, data));
		});
	});
}());
