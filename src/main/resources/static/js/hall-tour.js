// The real-scene hall: a 360° view of the scene (Pannellum, loaded after the page so that the
// light preview shows first), its doors and hotspots in place, and a hotspot's media in a
// panel over the scene. Without this script, or without WebGL, the preview and the lists of
// doors and hotspots beside it still lead everywhere.
(function () {
	'use strict';

	var viewerBox = document.getElementById('tour-viewer');
	var panel = document.getElementById('hotspot-panel');
	var panelBody = document.getElementById('panel-body');
	var returnFocus = null;

	function number(value) {
		var parsed = parseFloat(value);
		return isNaN(parsed) ? 0 : parsed;
	}

	function closePanel() {
		panelBody.querySelectorAll('audio, video').forEach(function (media) {
			media.pause();
		});
		panelBody.replaceChildren();
		panel.removeAttribute('aria-labelledby');
		if (returnFocus && document.contains(returnFocus)) {
			returnFocus.focus();
		}
	}

	function openPanel(link) {
		if (!panel || typeof panel.showModal !== 'function') {
			window.location.href = link.href;
			return;
		}
		returnFocus = document.activeElement;
		fetch(link.getAttribute('data-panel'), { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
			.then(function (response) {
				if (!response.ok) {
					throw new Error('HTTP ' + response.status);
				}
				return response.text();
			})
			.then(function (html) {
				var content = new DOMParser().parseFromString(html, 'text/html').body;
				panelBody.replaceChildren.apply(panelBody, Array.prototype.slice.call(content.childNodes));
				if (document.getElementById('panel-title')) {
					panel.setAttribute('aria-labelledby', 'panel-title');
				}
				panel.showModal();
				var heading = panelBody.querySelector('h2');
				if (heading) {
					heading.setAttribute('tabindex', '-1');
					heading.focus();
				}
			})
			.catch(function () {
				window.location.href = link.href;
			});
	}

	function byHotspot(id) {
		return document.querySelector('a.tour-hotspot-link[data-hotspot="' + id + '"]');
	}

	document.querySelectorAll('a.tour-hotspot-link[data-panel]').forEach(function (link) {
		link.addEventListener('click', function (event) {
			if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
				return;
			}
			event.preventDefault();
			openPanel(link);
		});
	});
	if (panel) {
		panel.addEventListener('close', closePanel);
	}

	if (!viewerBox) {
		return;
	}

	function webglAvailable() {
		try {
			var canvas = document.createElement('canvas');
			return !!(window.WebGLRenderingContext && (canvas.getContext('webgl') || canvas.getContext('experimental-webgl')));
		}
		catch (e) {
			return false;
		}
	}

	// A marker in the panorama acts like the link it stands for, with the mouse and the keyboard.
	function marker(link, kind) {
		return function (div) {
			div.classList.add('tour-marker', 'tour-marker-' + kind);
			div.setAttribute('role', kind === 'door' ? 'link' : 'button');
			div.setAttribute('tabindex', '0');
			div.setAttribute('aria-label', link.getAttribute('data-title'));
			if (kind !== 'door') {
				div.setAttribute('data-hotspot', link.getAttribute('data-hotspot'));
			}
			var label = document.createElement('span');
			label.className = 'tour-marker-label';
			label.textContent = link.getAttribute('data-title');
			div.appendChild(label);
			div.addEventListener('keydown', function (event) {
				if (event.key === 'Enter' || event.key === ' ') {
					event.preventDefault();
					event.stopPropagation();
					activate(link, kind);
				}
			});
		};
	}

	function activate(link, kind) {
		if (kind === 'door') {
			window.location.href = link.href;
		}
		else {
			openPanel(link);
		}
	}

	function hotSpots() {
		var spots = [];
		document.querySelectorAll('a.tour-door-link').forEach(function (link) {
			spots.push({ pitch: number(link.getAttribute('data-pitch')), yaw: number(link.getAttribute('data-yaw')),
				cssClass: 'tour-spot', createTooltipFunc: marker(link, 'door'),
				clickHandlerFunc: function () { activate(link, 'door'); } });
		});
		document.querySelectorAll('a.tour-hotspot-link').forEach(function (link) {
			var kind = link.getAttribute('data-kind');
			spots.push({ pitch: number(link.getAttribute('data-pitch')), yaw: number(link.getAttribute('data-yaw')),
				cssClass: 'tour-spot', createTooltipFunc: marker(link, kind),
				clickHandlerFunc: function () { activate(link, kind); } });
		});
		return spots;
	}

	function start() {
		var pano = document.getElementById('tour-pano');
		pano.setAttribute('tabindex', '0');
		pano.setAttribute('role', 'application');
		pano.setAttribute('aria-label', viewerBox.getAttribute('data-label'));
		pano.setAttribute('aria-describedby', 'tour-help');
		if (focusWhenStarted) {
			// The button that started the view is gone: the view takes the focus.
			pano.focus();
		}
		var viewer = window.pannellum.viewer(pano, {
			type: 'equirectangular',
			panorama: viewerBox.getAttribute('data-panorama'),
			autoLoad: true,
			yaw: number(viewerBox.getAttribute('data-yaw')),
			pitch: number(viewerBox.getAttribute('data-pitch')),
			hfov: 100,
			minHfov: 40,
			maxHfov: 110,
			showZoomCtrl: true,
			showFullscreenCtrl: true,
			keyboardZoom: true,
			mouseZoom: false,
			hotSpots: hotSpots(),
			strings: { loadingLabel: viewerBox.getAttribute('data-loading'), genericWebGLError: viewerBox.getAttribute('data-failed') }
		});
		viewer.on('load', function () {
			viewerBox.classList.add('tour-loaded');
		});
		viewer.on('error', function () {
			viewerBox.classList.add('tour-failed');
		});
		viewerBox.tourViewer = viewer;
		window.hallTour = viewer;
		var target = window.location.hash.match(/^#hotspot-([0-9]+)$/);
		if (target && byHotspot(target[1])) {
			var link = byHotspot(target[1]);
			viewer.setYaw(number(link.getAttribute('data-yaw')), false);
			viewer.setPitch(number(link.getAttribute('data-pitch')), false);
		}
	}

	var focusWhenStarted = false;

	function load() {
		if (!webglAvailable()) {
			document.getElementById('tour-no-webgl').hidden = false;
			return;
		}
		var style = document.createElement('link');
		style.rel = 'stylesheet';
		style.href = viewerBox.getAttribute('data-pannellum-css');
		document.head.appendChild(style);
		var script = document.createElement('script');
		script.src = viewerBox.getAttribute('data-pannellum-js');
		script.onload = start;
		document.head.appendChild(script);
	}

	// On a phone (a touch screen) or when the visitor saves data, the viewer and the full
	// panorama load when asked for: the preview shows first with a button over it. With a
	// mouse they load as soon as the page has.
	function begin() {
		var saveData = navigator.connection && navigator.connection.saveData;
		var button = document.getElementById('tour-start');
		var touch = window.matchMedia && window.matchMedia('(pointer: coarse)').matches;
		if (button && (touch || saveData) && !window.location.hash) {
			button.hidden = false;
			button.addEventListener('click', function () {
				button.hidden = true;
				focusWhenStarted = true;
				load();
			}, { once: true });
			return;
		}
		load();
	}

	if (document.readyState === 'complete') {
		begin();
	}
	else {
		window.addEventListener('load', begin);
	}
}());
