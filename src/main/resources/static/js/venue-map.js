// The floor plan: zoom buttons for phones (the viewport scrolls to pan), shown once this
// script runs; without it the plan fits the screen and the list below says the same.
(function () {
	'use strict';
	document.querySelectorAll('.venue-map').forEach(function (map) {
		var tools = map.querySelector('.venue-map-tools');
		var svg = map.querySelector('.venue-map-svg');
		var viewport = map.querySelector('.venue-map-viewport');
		if (!tools || !svg || !viewport) {
			return;
		}
		var zoom = 1;
		function apply() {
			svg.style.width = (zoom * 100) + '%';
			map.classList.toggle('is-zoomed', zoom > 1);
		}
		tools.hidden = false;
		tools.addEventListener('click', function (event) {
			var button = event.target.closest('[data-map-zoom]');
			if (!button) {
				return;
			}
			var before = zoom;
			zoom = button.getAttribute('data-map-zoom') === 'in' ? Math.min(zoom * 1.5, 5) : Math.max(zoom / 1.5, 1);
			var centreX = (viewport.scrollLeft + viewport.clientWidth / 2) / before;
			var centreY = (viewport.scrollTop + viewport.clientHeight / 2) / before;
			apply();
			viewport.scrollLeft = centreX * zoom - viewport.clientWidth / 2;
			viewport.scrollTop = centreY * zoom - viewport.clientHeight / 2;
		});
		var marked = svg.querySelector('.is-highlighted');
		if (marked && marked.getBBox) {
			var box = marked.getBBox();
			var view = svg.viewBox.baseVal;
			if (view && view.width > 0 && window.matchMedia('(max-width: 40rem)').matches) {
				zoom = 2;
				apply();
				viewport.scrollLeft = ((box.x + box.width / 2 - view.x) / view.width) * svg.clientWidth - viewport.clientWidth / 2;
				viewport.scrollTop = ((box.y + box.height / 2 - view.y) / view.height) * svg.clientHeight - viewport.clientHeight / 2;
			}
		}
	});
}());
