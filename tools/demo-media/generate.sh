#!/usr/bin/env bash
# Makes the demo hotspots' media from the demo data, into src/main/resources/demo-media:
#   hotspot-NNN.svg   every hotspot's own poster (drawn by DemoMedia from its title and category)
#   category-NN.svg   the picture of each category's results
#   hotspot-NNN.mp3   audio guides: the title and description read by espeak-ng (Mandarin, then
#                     the English title), mono 16 kHz, 16 kbit/s
#   hotspot-NNN.mp4   videos: the poster with its Chinese title spoken, 480x270 at one frame a second,
#                     H.264 Main + AAC, faststart
#   hotspot-NNN.webm  the same video in VP9 + Opus, for browsers without H.264
# Needs a JDK, chromium (renders the posters), espeak-ng and ffmpeg (libx264, libvpx, libopus, libmp3lame).
# The same data always gives the same files; DemoMediaBudgetTest holds them to the size budget.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=src/main/resources/demo-media
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

./mvnw -B -q -o compile
rm -f "$out"/hotspot-* "$out"/category-*
java -cp target/classes org.craftsman.portal.demo.DemoMediaSources "$out" >"$work/hotspots.tsv"

bitexact=(-fflags +bitexact -flags:v +bitexact -flags:a +bitexact -map_metadata -1 -threads 1)

quiet='silenceremove=start_periods=1:start_threshold=-50dB:stop_periods=-1:stop_duration=0.3:stop_threshold=-50dB'

speak() { # speak <wav> <Chinese text> [English text]
	espeak-ng -v cmn -s 180 -w "$work/zh.wav" "$2"
	if [ -z "${3:-}" ]; then
		ffmpeg -nostdin -loglevel error -y -i "$work/zh.wav" -af "$quiet,aresample=16000" -ac 1 "$1"
		return
	fi
	espeak-ng -v en -s 170 -w "$work/en.wav" "$3"
	ffmpeg -nostdin -loglevel error -y -i "$work/zh.wav" -i "$work/en.wav" \
		-filter_complex "[0:a]$quiet[a];[1:a]$quiet[b];[a][b]concat=n=2:v=0:a=1,aresample=16000" -ac 1 "$1"
}

# Posters of the videos, rendered 32 to a sheet (one browser start per sheet).
grep -P '\tVIDEO\t' "$work/hotspots.tsv" | cut -f1 | split -l 32 - "$work/sheet-"
for list in "$work"/sheet-??; do
	{
		echo '<!DOCTYPE html><html><body style="margin:0">'
		while read -r name; do
			echo "<img src=\"file://$PWD/$out/$name.svg\" width=\"480\" height=\"270\" style=\"display:block\">"
		done <"$list"
		echo '</body></html>'
	} >"$list.html"
	rows=$(wc -l <"$list")
	chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
		--allow-file-access-from-files --window-size=480,$((rows * 270)) --screenshot="$list.png" \
		"file://$list.html" >/dev/null 2>&1
	row=0
	while read -r name; do
		echo "$list.png $((row * 270))" >"$work/$name.frame"
		row=$((row + 1))
	done <"$list"
done

while IFS=$'\t' read -r -u 3 name kind title_zh title_en text_zh text_en; do
	case "$kind" in
	AUDIO)
		speak "$work/voice.wav" "$title_zh。$text_zh" "$title_en."
		ffmpeg -nostdin -loglevel error -y -i "$work/voice.wav" -c:a libmp3lame -b:a 16k -ar 16000 -ac 1 \
			"${bitexact[@]}" -write_xing 0 "$out/$name.mp3"
		;;
	VIDEO)
		speak "$work/voice.wav" "$title_zh"
		read -r sheet top <"$work/$name.frame"
		seconds=$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$work/voice.wav")
		frame=(-loop 1 -framerate 1 -i "$sheet" -i "$work/voice.wav" -vf "crop=480:270:0:$top,format=yuv420p"
			-t "$seconds")
		ffmpeg -nostdin -loglevel error -y "${frame[@]}" -c:v libx264 -profile:v main -level 3.0 -preset veryslow \
			-tune stillimage -crf 32 -g 30 -c:a aac -b:a 16k -ar 16000 -ac 1 -movflags +faststart \
			"${bitexact[@]}" "$out/$name.mp4"
		ffmpeg -nostdin -loglevel error -y "${frame[@]}" -c:v libvpx-vp9 -crf 45 -b:v 0 -deadline good -cpu-used 2 \
			-row-mt 0 -g 30 -c:a libopus -b:a 12k -ac 1 "${bitexact[@]}" "$out/$name.webm"
		;;
	esac
done 3<"$work/hotspots.tsv"

du -cb "$out"/* | tail -1
