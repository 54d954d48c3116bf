// A broadcast's live comments: follows the comment stream (server-sent events), adds each
// new comment in order, removes the ones organizers hide, shows the number watching now, and
// posts the form without a reload. Without this file the page still lists the latest
// comments and the form still posts. A comment needs no token: the portal refuses posts
// sent from other sites.
(function () {
	'use strict';

	var panel = document.getElementById('comments');
	if (!panel || !window.fetch) {
		return;
	}
	var log = panel.querySelector('.comments-log');
	var list = panel.querySelector('.comments-list');
	var empty = panel.querySelector('.comments-empty');
	var status = panel.querySelector('.comments-status');
	var count = panel.querySelector('.watching-count');
	var form = panel.querySelector('.comment-form');
	var input = form.querySelector('input[name=body]');
	var button = form.querySelector('button[type=submit]');
	var error = form.querySelector('.field-error');
	var numbers = new Intl.NumberFormat(document.documentElement.lang || undefined);
	var MAX_SHOWN = 200;
	var source = null;

	function newestId() {
		var last = list.lastElementChild;
		return last ? Number(last.dataset.id) : Number(panel.dataset.after || 0);
	}

	function atBottom() {
		return log.scrollHeight - log.scrollTop - log.clientHeight < 40;
	}

	function add(comment) {
		if (document.getElementById('comment-' + comment.id)) {
			return;
		}
		var item = document.createElement('li');
		item.className = 'comment is-new';
		item.id = 'comment-' + comment.id;
		item.dataset.id = comment.id;
		var time = document.createElement('time');
		time.dateTime = comment.postedAt;
		time.textContent = comment.time;
		var body = document.createElement('span');
		body.className = 'comment-body';
		body.textContent = comment.body;
		item.appendChild(time);
		item.appendChild(document.createTextNode(' '));
		item.appendChild(body);
		var follow = atBottom();
		var before = null;
		for (var node = list.lastElementChild; node; node = node.previousElementSibling) {
			if (Number(node.dataset.id) < comment.id) {
				break;
			}
			before = node;
		}
		list.insertBefore(item, before);
		while (list.children.length > MAX_SHOWN) {
			list.removeChild(list.firstElementChild);
		}
		if (empty) {
			empty.hidden = true;
		}
		if (follow) {
			log.scrollTop = log.scrollHeight;
		}
	}

	function hide(ids) {
		ids.forEach(function (id) {
			var item = document.getElementById('comment-' + id);
			if (item) {
				item.parentNode.removeChild(item);
			}
		});
	}

	function connect() {
		if (!window.EventSource) {
			return;
		}
		source = new EventSource(panel.dataset.stream + '?after=' + newestId());
		source.addEventListener('comment', function (event) {
			add(JSON.parse(event.data));
		});
		source.addEventListener('hide', function (event) {
			hide(JSON.parse(event.data).ids);
		});
		source.addEventListener('watching', function (event) {
			count.textContent = numbers.format(JSON.parse(event.data).watching);
		});
		source.addEventListener('open', function () {
			status.textContent = '';
			panel.classList.add('is-live');
		});
		source.addEventListener('error', function () {
			panel.classList.remove('is-live');
			if (source.readyState === EventSource.CLOSED) {
				// Refused (the node is full) or gone: try again in a while, from the newest shown.
				status.textContent = panel.dataset.offlineText;
				source = null;
				window.setTimeout(connect, 20000 + Math.random() * 20000);
			}
			else {
				status.textContent = panel.dataset.reconnectingText;
			}
		});
	}

	function showError(message) {
		error.textContent = message;
		error.hidden = false;
		input.setAttribute('aria-invalid', 'true');
		input.focus();
	}

	function clearError() {
		error.textContent = '';
		error.hidden = true;
		input.removeAttribute('aria-invalid');
	}

	form.addEventListener('submit', function (event) {
		event.preventDefault();
		if (!input.value.trim()) {
			showError(panel.dataset.emptyText);
			return;
		}
		button.disabled = true;
		fetch(form.action, {
			method: 'POST',
			headers: { 'Accept': 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ body: input.value }).toString(),
			credentials: 'same-origin'
		})
			.then(function (response) {
				return response.json().then(function (answer) {
					return { ok: response.ok, answer: answer };
				});
			})
			.then(function (result) {
				if (result.ok) {
					input.value = '';
					clearError();
					input.focus();
				}
				else {
					showError(result.answer.message || panel.dataset.failedText);
				}
			})
			.catch(function () {
				showError(panel.dataset.failedText);
			})
			.finally(function () {
				button.disabled = false;
			});
	});

	log.scrollTop = log.scrollHeight;
	connect();
	window.addEventListener('pagehide', function () {
		if (source) {
			source.close();
		}
	});
})();
