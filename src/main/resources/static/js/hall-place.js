// Placing hotspots by pointing: a click in the scene's panorama chooses a place (yaw and
// pitch go into the form), a placed hotspot dragged to a new place is moved there, "Move"
// in the list picks a hotspot for the next click. Enter in the panorama chooses the middle
// of the view; the form's fields can be typed in as well.
(function () {
	'use strict';

	var box = document.getElementById('tour-viewer');
	var form = document.getElementById('place-form');
	if (!box || !form) {
		return;
	}
	var yawField = form.querySelector('#yaw');
	var pitchField = form.querySelector('#pitch');
	var idField = form.querySelector('#id');
	var versionField = form.querySelector('#version');
	var hotspotField = form.querySelector('#hotspotId');
	var where = document.getElementById('place-where');
	var viewer = null;
	var dragging = null;
	var pressedAt = null;

	function round(value) {
		return Math.round(value * 100) / 100;
	}

	function normalYaw(yaw) {
		var y = ((yaw + 180) % 360 + 360) % 360 - 180;
		return round(y);
	}

	function choose(pitch, yaw) {
		yawField.value = normalYaw(yaw);
		pitchField.value = round(Math.max(-90, Math.min(90, pitch)));
		where.textContent = where.getAttribute('data-chosen') + ': ' + yawField.value + ', ' + pitchField.value;
		if (viewer) {
			viewer.removeHotSpot('chosen');
			viewer.addHotSpot({ id: 'chosen', pitch: Number(pitchField.value), yaw: Number(yawField.value),
				cssClass: 'tour-spot tour-marker tour-marker-chosen' });
		}
	}

	function pick(button) {
		idField.value = button.getAttribute('data-place');
		versionField.value = button.getAttribute('data-version');
		hotspotField.value = button.getAttribute('data-hotspot');
	}

	document.querySelectorAll('button.place-move').forEach(function (button) {
		button.addEventListener('click', function () {
			pick(button);
			choose(Number(button.getAttribute('data-pitch')), Number(button.getAttribute('data-yaw')));
			var pano = document.getElementById('tour-pano');
			if (pano) {
				pano.focus();
			}
		});
	});

	function marker(button) {
		return function (div) {
			div.classList.add('tour-marker', 'tour-marker-' + button.getAttribute('data-kind'));
			div.setAttribute('data-place', button.getAttribute('data-place'));
			var label = document.createElement('span');
			label.className = 'tour-marker-label';
			label.textContent = button.getAttribute('data-title');
			div.appendChild(label);
			div.addEventListener('pointerdown', function (event) {
				event.stopPropagation();
				event.preventDefault();
				dragging = button;
			});
		};
	}

	document.addEventListener('pointerup', function (event) {
		if (!dragging || !viewer) {
			return;
		}
		var button = dragging;
		dragging = null;
		var coords = viewer.mouseEventToCoords(event);
		pick(button);
		choose(coords[0], coords[1]);
		form.submit();
	});

	function start() {
		var pano = document.getElementById('tour-pano');
		pano.setAttribute('tabindex', '0');
		pano.setAttribute('role', 'application');
		pano.setAttribute('aria-label', box.getAttribute('data-label'));
		var spots = [];
		document.querySelectorAll('button.place-move').forEach(function (button) {
			spots.push({ id: 'place-' + button.getAttribute('data-place'), pitch: Number(button.getAttribute('data-pitch')),
				yaw: Number(button.getAttribute('data-yaw')), cssClass: 'tour-spot', createTooltipFunc: marker(button) });
		});
		viewer = window.pannellum.viewer(pano, {
			type: 'equirectangular', panorama: box.getAttribute('data-panorama'), autoLoad: true,
			yaw: Number(box.getAttribute('data-yaw')), pitch: Number(box.getAttribute('data-pitch')), hfov: 100,
			showFullscreenCtrl: false, mouseZoom: false, keyboardZoom: true, hotSpots: spots
		});
		viewer.on('load', function () {
			box.classList.add('tour-loaded');
			if (yawField.value !== '' && pitchField.value !== '') {
				choose(Number(pitchField.value), Number(yawField.value));
			}
		});
		viewer.on('mousedown', function (event) {
			pressedAt = [event.clientX, event.clientY];
		});
		viewer.on('mouseup', function (event) {
			if (!pressedAt || dragging) {
				return;
			}
			var moved = Math.abs(event.clientX - pressedAt[0]) + Math.abs(event.clientY - pressedAt[1]);
			pressedAt = null;
			if (moved < 6) {
				var coords = viewer.mouseEventToCoords(event);
				choose(coords[0], coords[1]);
			}
		});
		pano.addEventListener('keydown', function (event) {
			if (event.key === 'Enter' && event.target === pano) {
				event.preventDefault();
				choose(viewer.getPitch(), viewer.getYaw());
			}
		});
		box.placeViewer = viewer;
		window.hallPlace = viewer;
	}

	var style = document.createElement('link');
	style.rel = 'stylesheet';
	style.href = box.getAttribute('data-pannellum-css');
	document.head.appendChild(style);
	var script = document.createElement('script');
	script.src = box.getAttribute('data-pannellum-js');
	script.onload = start;
	document.head.appendChild(script);
}());
