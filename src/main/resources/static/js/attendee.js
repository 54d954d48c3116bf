// Attendee pages: likes without a page reload. Without this file the like form posts and
// the portal sends the visitor back to the result, so everything works without script.
// The page itself is the same for every visitor (it may come from the portal's page
// cache): whether this browser liked the result, and the count of this moment, are asked
// for separately. A like needs no token: the portal refuses likes sent from other sites.
(function () {
	'use strict';

	function csrfHeaders() {
		var token = document.querySelector('meta[name="_csrf"]');
		var header = document.querySelector('meta[name="_csrf_header"]');
		var headers = { 'Accept': 'application/json' };
		if (token && header) {
			headers[header.getAttribute('content')] = token.getAttribute('content');
		}
		return headers;
	}

	function showCount(count, likes) {
		if (count) {
			count.textContent = new Intl.NumberFormat(document.documentElement.lang).format(likes);
		}
	}

	function enhanceLikeForm(form) {
		var box = form.closest('.like-box');
		var button = form.querySelector('button');
		var label = form.querySelector('.like-label');
		var count = box && box.querySelector('.like-count');
		var status = box && box.querySelector('.like-status');
		fetch(form.action, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
			.then(function (response) {
				return response.ok ? response.json() : null;
			})
			.then(function (state) {
				if (!state) {
					return;
				}
				showCount(count, state.likes);
				if (state.liked) {
					label.textContent = form.dataset.likedText;
					button.classList.add('is-liked');
				}
			})
			.catch(function () {
				// The page as served stays: a like still works.
			});
		form.addEventListener('submit', function (event) {
			event.preventDefault();
			if (button.getAttribute('aria-busy') === 'true') {
				return;
			}
			button.setAttribute('aria-busy', 'true');
			fetch(form.action, { method: 'POST', headers: csrfHeaders(), credentials: 'same-origin' })
				.then(function (response) {
					if (response.status === 429) {
						return response.json().then(function (refusal) {
							throw { refusal: refusal.message };
						});
					}
					if (!response.ok) {
						throw new Error('HTTP ' + response.status);
					}
					return response.json();
				})
				.then(function (like) {
					showCount(count, like.likes);
					label.textContent = form.dataset.likedText;
					button.classList.add('is-liked');
					if (status) {
						status.textContent = like.counted ? form.dataset.thanksText : form.dataset.alreadyText;
					}
				})
				.catch(function (error) {
					if (status) {
						status.textContent = (error && error.refusal) || form.dataset.failedText;
					}
				})
				.then(function () {
					button.removeAttribute('aria-busy');
				});
		});
	}

	document.addEventListener('DOMContentLoaded', function () {
		document.querySelectorAll('form.like-form').forEach(enhanceLikeForm);
	});
}());
