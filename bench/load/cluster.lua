-- wrk script of bench/cluster.sh: attendees' mix through nginx. Each request draws what it
-- asks for: 90 % pages (home, results list, search, a result, areas, contracts, awards, the
-- hall's list), 10 % likes (POST without a browser cookie, as the page's script sends it, so
-- every answered like is a new one). Environment:
--   BENCH_IDS   result ids, separated by commas
--   BENCH_TERMS search terms, URL-encoded, separated by |
-- The done() reporter writes one line: RESULT {json} with requests, rate, latency, failed
-- requests (socket errors and statuses of 500 and more), and likes acknowledged (200 with
-- "counted":true), which bench/cluster.sh compares with the rows in the database.
local ids = {}
for id in string.gmatch(os.getenv("BENCH_IDS") or "1", "[^,]+") do
	ids[#ids + 1] = id
end
local terms = {}
for term in string.gmatch(os.getenv("BENCH_TERMS") or "", "[^|]+") do
	terms[#terms + 1] = term
end
local pages = { "/", "/results", "/results?q={q}", "/results/{id}", "/results/{id}", "/areas", "/contracts",
	"/awards", "/hall/list" }
local like_headers = { ["Sec-Fetch-Site"] = "same-origin", ["Accept"] = "application/json", ["Content-Length"] = "0" }
local page_headers = { ["Accept"] = "text/html", ["Accept-Language"] = "zh-CN,zh;q=0.9" }

local threads = {}
local counter = 0
setup = function(thread)
	counter = counter + 1
	thread:set("seed", counter)
	threads[#threads + 1] = thread
end

init = function(args)
	math.randomseed(os.time() * 100 + (seed or 0))
	likes_acked = 0
	failed = 0
end

local function fill(path)
	path = string.gsub(path, "{id}", ids[math.random(1, #ids)])
	if #terms > 0 then
		path = string.gsub(path, "{q}", (string.gsub(terms[math.random(1, #terms)], "%%", "%%%%")))
	end
	return path
end

request = function()
	if math.random(1, 10) == 1 then
		return wrk.format("POST", fill("/results/{id}/like"), like_headers)
	end
	return wrk.format("GET", fill(pages[math.random(1, #pages)]), page_headers)
end

response = function(status, headers, body)
	if status >= 500 then
		failed = failed + 1
	elseif status == 200 and string.find(body, '"counted":true', 1, true) then
		likes_acked = likes_acked + 1
	end
end

done = function(summary, latency, requests)
	local acked, failures = 0, 0
	for _, thread in ipairs(threads) do
		acked = acked + (thread:get("likes_acked") or 0)
		failures = failures + (thread:get("failed") or 0)
	end
	local seconds = summary.duration / 1e6
	local socket = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
	io.write(string.format(
		'RESULT {"requests":%d,"seconds":%.2f,"rps":%.1f,"p50_ms":%.2f,"p99_ms":%.2f,"failed":%d,"socket_errors":%d,"likes_acked":%d}\n',
		summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1000,
		latency:percentile(99) / 1000, failures + socket, socket, acked))
end
