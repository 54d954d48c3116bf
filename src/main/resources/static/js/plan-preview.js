// The admin's floor-plan preview: draws the area where its numbers put it, as they are
// typed, and marks it when it leaves its hall. The server checks the same on saving.
(function () {
	'use strict';
	var svg = document.querySelector('.plan-preview svg');
	var shape = svg && svg.querySelector('.plan-preview-area');
	if (!shape) {
		return;
	}
	var fields = ['planHallCode', 'planX', 'planY', 'planWidth', 'planHeight'].map(function (id) {
		return document.getElementById(id);
	});
	function number(field) {
		var value = field && field.value.trim() !== '' ? Number(field.value) : NaN;
		return isFinite(value) ? value : NaN;
	}
	function draw() {
		var hallCode = fields[0] ? fields[0].value : '';
		var hall = hallCode ? svg.querySelector('[data-hall="' + CSS.escape(hallCode) + '"]') : null;
		var x = number(fields[1]), y = number(fields[2]), w = number(fields[3]), h = number(fields[4]);
		if (!hall || isNaN(x) || isNaN(y) || isNaN(w) || isNaN(h) || w <= 0 || h <= 0) {
			shape.setAttribute('hidden', '');
			return;
		}
		var hx = Number(hall.getAttribute('data-x')), hy = Number(hall.getAttribute('data-y'));
		var outside = x < 0 || y < 0 || x + w > Number(hall.getAttribute('data-width')) || y + h > Number(hall.getAttribute('data-height'));
		shape.setAttribute('x', hx + x);
		shape.setAttribute('y', hy + y);
		shape.setAttribute('width', w);
		shape.setAttribute('height', h);
		shape.classList.toggle('is-outside', outside);
		shape.removeAttribute('hidden');
	}
	fields.forEach(function (field) {
		if (field) {
			field.addEventListener('input', draw);
			field.addEventListener('change', draw);
		}
	});
	draw();
}());
