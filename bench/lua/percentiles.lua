-- wrk reporter: one machine-readable line with the request count, the latency percentiles
-- in milliseconds and the errors (non-2xx/3xx responses, socket errors).
done = function(summary, latency, requests)
	local errors = summary.errors
	io.write(string.format("RESULT requests=%d p50=%.3f p95=%.3f p99=%.3f status_errors=%d socket_errors=%d\n",
		summary.requests, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
		latency:percentile(99) / 1000, errors.status, errors.connect + errors.read + errors.write + errors.timeout))
end
