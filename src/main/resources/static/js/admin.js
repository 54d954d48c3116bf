// Admin pages: suggestions for fields that name a record from a long list, and the
// progress of a running import. Every form works without this file.
(function () {
	'use strict';

	function suggestions(input) {
		var list = document.getElementById(input.getAttribute('list'));
		var url = input.getAttribute('data-lookup');
		var timer = null;
		var asked = null;
		if (!list || !url) {
			return;
		}
		input.addEventListener('input', function () {
			window.clearTimeout(timer);
			timer = window.setTimeout(function () {
				var query = input.value.trim();
				if (query === asked) {
					return;
				}
				asked = query;
				fetch(url + '?q=' + encodeURIComponent(query), { headers: { 'Accept': 'application/json' } })
					.then(function (response) { return response.ok ? response.json() : []; })
					.then(function (items) {
						list.textContent = '';
						items.forEach(function (item) {
							var option = document.createElement('option');
							option.value = item.value;
							option.label = item.label || '';
							list.appendChild(option);
						});
					})
					.catch(function () { /* suggestions are a convenience; typing still works */ });
			}, 200);
		});
	}

	function progress(panel) {
		var url = panel.getAttribute('data-progress-url');
		var bar = panel.querySelector('progress');
		var text = panel.querySelector('[data-progress-text]');
		var status = panel.getAttribute('data-status');
		function poll() {
			fetch(url, { headers: { 'Accept': 'application/json' } })
				.then(function (response) { return response.json(); })
				.then(function (job) {
					if (job.total > 0) {
						bar.max = job.total;
						bar.value = job.processed;
					}
					if (text) {
						text.textContent = job.message;
					}
					if (job.status !== status) {
						window.location.reload();
					} else {
						window.setTimeout(poll, 700);
					}
				})
				.catch(function () { window.setTimeout(poll, 2000); });
		}
		window.setTimeout(poll, 500);
	}

	document.addEventListener('DOMContentLoaded', function () {
		document.querySelectorAll('input[data-lookup][list]').forEach(suggestions);
		document.querySelectorAll('[data-progress-url]').forEach(progress);
		var summary = document.getElementById('form-errors');
		if (summary) {
			summary.focus();
		}
	});
}());
