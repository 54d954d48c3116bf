-- wrk reporter: one JSON line with throughput, latency percentiles and failures.
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local failures = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  io.write(string.format(
    '{"requests":%d,"seconds":%.2f,"rps":%.1f,"p50_ms":%.2f,"p95_ms":%.2f,"p99_ms":%.2f,"max_ms":%.2f,"failures":%d,"status_errors":%d,"bytes_per_request":%d}\n',
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, failures, summary.errors.status,
    summary.requests > 0 and math.floor(summary.bytes / summary.requests) or 0))
end
