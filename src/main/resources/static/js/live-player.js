// A broadcast's HLS player. Browsers with Media Source Extensions play the stream through
// hls.js (served by the portal, loaded only here), which picks the rendition for the
// connection and lets the viewer fix one; browsers without them but with HLS of their own
// (Safari on the iPhone) play it natively. A stream that cannot be played shows what to do:
// try again, watch a replay, or go back to the programme.
(function () {
	'use strict';

	var video = document.getElementById('broadcast-media');
	if (!video || !video.getAttribute('data-hls')) {
		return;
	}
	var source = video.getAttribute('data-hls');
	var offline = document.getElementById('player-offline');
	var bar = document.getElementById('player-bar');
	var quality = document.getElementById('player-quality');
	var retry = document.getElementById('player-retry');
	var hls = null;
	var recoveries = 0;

	function mediaSource() {
		return window.ManagedMediaSource || window.MediaSource;
	}

	function showOffline() {
		if (hls) {
			hls.destroy();
			hls = null;
		}
		video.setAttribute('data-player-state', 'offline');
		offline.hidden = false;
	}

	function hideOffline() {
		offline.hidden = true;
		video.removeAttribute('data-player-state');
	}

	function listLevels() {
		while (quality.options.length > 1) {
			quality.remove(1);
		}
		hls.levels.forEach(function (level, index) {
			var option = document.createElement('option');
			option.value = String(index);
			option.textContent = level.height ? level.height + 'p' : Math.round(level.bitrate / 1000) + ' kbit/s';
			quality.appendChild(option);
		});
		quality.value = '-1';
		bar.hidden = hls.levels.length < 2;
	}

	function startHlsJs() {
		var Hls = window.Hls;
		if (!Hls || !Hls.isSupported()) {
			startNative();
			return;
		}
		// No worker: the Content-Security-Policy allows no blob: scripts.
		hls = new Hls({ enableWorker: false, capLevelToPlayerSize: false, startLevel: -1 });
		video.setAttribute('data-player', 'hls.js');
		hls.on(Hls.Events.MANIFEST_PARSED, listLevels);
		hls.on(Hls.Events.LEVEL_LOADED, function (event, data) {
			video.setAttribute('data-level-loaded', String(data.level));
		});
		hls.on(Hls.Events.LEVEL_SWITCHED, function (event, data) {
			video.setAttribute('data-level', String(data.level));
		});
		hls.on(Hls.Events.ERROR, function (event, data) {
			if (!data.fatal) {
				return;
			}
			if (data.type === Hls.ErrorTypes.MEDIA_ERROR && recoveries < 1) {
				recoveries++;
				hls.recoverMediaError();
				return;
			}
			showOffline();
		});
		hls.loadSource(source);
		hls.attachMedia(video);
	}

	function startNative() {
		if (!video.canPlayType('application/vnd.apple.mpegurl')) {
			showOffline();
			return;
		}
		video.setAttribute('data-player', 'native');
		video.src = source;
		video.load();
	}

	function start() {
		hideOffline();
		recoveries = 0;
		if (mediaSource()) {
			if (window.Hls) {
				startHlsJs();
				return;
			}
			var script = document.createElement('script');
			script.src = video.getAttribute('data-hls-js');
			script.onload = startHlsJs;
			script.onerror = startNative;
			document.head.appendChild(script);
			return;
		}
		startNative();
	}

	video.addEventListener('error', function () {
		if (video.getAttribute('data-player') === 'native') {
			showOffline();
		}
	});
	quality.addEventListener('change', function () {
		if (hls) {
			// -1 lets the player choose by the measured bandwidth again.
			hls.currentLevel = parseInt(quality.value, 10);
		}
	});
	retry.addEventListener('click', function () {
		start();
		video.focus();
	});
	start();
}());
