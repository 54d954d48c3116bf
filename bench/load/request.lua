-- wrk script of bench/load.sh: each request draws its own address from a template, so that the
-- portal's caches and PostgreSQL's buffers see a realistic spread of ids and search terms.
--   BENCH_PATH    the path; {id} becomes a random id in [BENCH_ID_MIN, BENCH_ID_MAX], {q} a
--                 random term of BENCH_TERMS (separated by |, already URL-encoded)
--                 or, when BENCH_ID_FILE names a file of ids (one per line), one of those
--   BENCH_METHOD  GET (default) or POST
--   BENCH_HEADERS extra headers, "Name: value" separated by ;;
-- The done() reporter writes one JSON line with throughput, latency percentiles and failures.
local path = os.getenv("BENCH_PATH") or "/"
local method = os.getenv("BENCH_METHOD") or "GET"
local id_min = tonumber(os.getenv("BENCH_ID_MIN") or "1")
local id_max = tonumber(os.getenv("BENCH_ID_MAX") or "1")
local ids = {}
local id_file = os.getenv("BENCH_ID_FILE")
if id_file and id_file ~= "" then
	for line in io.lines(id_file) do
		ids[#ids + 1] = line
	end
end
local terms = {}
for term in string.gmatch(os.getenv("BENCH_TERMS") or "", "[^|]+") do
	terms[#terms + 1] = term
end
local headers = {}
for header in string.gmatch((os.getenv("BENCH_HEADERS") or "") .. ";;", "(.-);;") do
	local name, value = string.match(header, "^%s*([^:]+):%s*(.*)$")
	if name then
		headers[name] = value
	end
end
if method == "POST" then
	headers["Content-Length"] = "0"
end

local counter = 0
setup = function(thread)
	counter = counter + 1
	thread:set("seed", counter)
end
init = function(args)
	math.randomseed(os.time() * 100 + (seed or 0))
end

request = function()
	local p = path
	if string.find(p, "{id}", 1, true) then
		local id = #ids > 0 and ids[math.random(1, #ids)] or tostring(math.random(id_min, id_max))
		p = string.gsub(p, "{id}", id)
	end
	if #terms > 0 and string.find(p, "{q}", 1, true) then
		p = string.gsub(p, "{q}", (string.gsub(terms[math.random(1, #terms)], "%%", "%%%%")))
	end
	return wrk.format(method, p, headers)
end

done = function(summary, latency, requests)
	local seconds = summary.duration / 1e6
	local failures = summary.errors.connect + summary.errors.read + summary.errors.write
		+ summary.errors.status + summary.errors.timeout
	io.write(string.format(
		'RESULT {"requests":%d,"seconds":%.2f,"rps":%.1f,"p50_ms":%.2f,"p95_ms":%.2f,"p99_ms":%.2f,"max_ms":%.2f,"failures":%d,"status_errors":%d,"bytes_per_request":%d}\n',
		summary.requests, seconds, summary.requests / seconds,
		latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
		latency.max / 1000, failures, summary.errors.status,
		summary.requests > 0 and math.floor(summary.bytes / summary.requests) or 0))
end
