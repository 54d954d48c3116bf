#!/usr/bin/env bash
# Makes the demo broadcasts' HLS stream into src/main/resources/static/hls/demo/: a 24-second
# clip drawn by ffmpeg (the conference's name in both languages over a moving test pattern, a
# running clock and the rendition's name, with a quiet 440 Hz tone), in three renditions
# (240p 250 kbit/s, 360p 450 kbit/s, 540p 800 kbit/s at most; H.264 Main + AAC mono) cut into
# 2-second MPEG-TS segments, with a master playlist from which the player picks a rendition
# by the measured bandwidth.
# Needs Debian's ffmpeg (libx264, libfreetype) and the Noto CJK fonts (fonts-noto-cjk).
# Bit-exact flags and one thread: the same ffmpeg gives the same files. LiveStreamTest holds
# the whole stream within 3 MB.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=src/main/resources/static/hls/demo
font=$(fc-match -f '%{file}' 'Noto Sans CJK SC:style=Bold')
rm -rf "$out"
mkdir -p "$out"

seconds=24
fps=25
scene="testsrc2=size=960x540:rate=$fps:duration=$seconds,hue=s=0.35,colorlevels=romax=0.55:gomax=0.45:bomax=0.45"
title="drawtext=fontfile=$font:text='大国工匠创新交流大会':fontsize=58:fontcolor=white:x=(w-text_w)/2:y=h*0.26:box=1:boxcolor=0x7a1212@0.85:boxborderw=18"
subtitle="drawtext=fontfile=$font:text='工匠云直播 · Artisan Cloud Live':fontsize=32:fontcolor=0xf6d58a:x=(w-text_w)/2:y=h*0.45:box=1:boxcolor=black@0.55:boxborderw=10"
clock="drawtext=fontfile=$font:text='%{pts\\:hms}':fontsize=40:fontcolor=white:x=(w-text_w)/2:y=h*0.72:box=1:boxcolor=black@0.6:boxborderw=10"

label() { # label <name>: the rendition's name in a corner
	echo "drawtext=fontfile=$font:text='$1':fontsize=28:fontcolor=white:x=w-text_w-24:y=24:box=1:boxcolor=black@0.6:boxborderw=8"
}

filter="[0:v]$title,$subtitle,$clock,split=3[a][b][c];"
filter+="[a]scale=426:240,$(label '240p · demo')[v0];"
filter+="[b]scale=640:360,$(label '360p · demo')[v1];"
filter+="[c]$(label '540p · demo')[v2]"

x264() { # x264 <stream> <crf> <maxrate>
	echo "-c:v:$1 libx264 -profile:v:$1 main -preset:v:$1 medium -crf:v:$1 $2 -maxrate:v:$1 $3 -bufsize:v:$1 $3"
}

# shellcheck disable=SC2046
ffmpeg -nostdin -loglevel error -y \
	-f lavfi -i "$scene" \
	-f lavfi -i "sine=frequency=440:sample_rate=44100:duration=$seconds,volume=0.08" \
	-filter_complex "$filter" \
	-map '[v0]' -map 1:a -map '[v1]' -map 1:a -map '[v2]' -map 1:a \
	$(x264 0 30 250k) $(x264 1 30 450k) $(x264 2 30 800k) \
	-pix_fmt yuv420p -g $((fps * 2)) -keyint_min $((fps * 2)) -sc_threshold 0 \
	-c:a aac -b:a 32k -ac 1 \
	-fflags +bitexact -flags:v +bitexact -flags:a +bitexact -map_metadata -1 -threads 1 \
	-f hls -hls_time 2 -hls_playlist_type vod -hls_flags independent_segments \
	-hls_segment_type mpegts -hls_segment_filename "$out/%v/segment-%03d.ts" \
	-master_pl_name master.m3u8 \
	-var_stream_map 'v:0,a:0,name:240p v:1,a:1,name:360p v:2,a:2,name:540p' \
	"$out/%v/index.m3u8"
du -cb "$out"/*/* "$out"/master.m3u8 | tail -1
