#!/usr/bin/env python3
"""Mixed load on the running portal for the reliability benchmarks (bench/soak.sh,
bench/restart.sh), with every response accounted for.

  portal_load.py run --port P --catalogue FILE --out DIR [options]
      Attendees browse (home, result lists, filters, Chinese and English search, results,
      areas, hall, awards, live, contracts, /api/stats) and like results the way the
      portal's own script does (the masked CSRF token of the page in X-XSRF-TOKEN, the
      token's cookie, JSON answer); organizers log in and use the admin lists and search,
      create contracts and edit them through the admin forms. Writes to DIR:
        summary.json  requests, outcomes and latency per kind
        likes.tsv     every like the portal acknowledged (result, browser, counted, likes)
        contracts.tsv every contract number the portal acknowledged (success redirect)
        events.tsv    every request (start, end, kind, status) when --events is given
        heap.tsv      used heap after a full GC every --heap-interval s, with --heap-pid
  portal_load.py heap FILE --warmup S          trend of the used heap after GC (JSON)
  portal_load.py outage DIR --marks FILE       what attendees got around PostgreSQL
                                               outages, and when the portal recovered (JSON)

Outcomes: "ok" (2xx/3xx with the expected answer), "unavailable" (the friendly 503 page or
problem with Retry-After), "status" (any other status), "rejected" (an admin form answered
with the form again instead of the success redirect), "mismatch" (a like answer that
contradicts what this browser did before), "socket" (connection error or timeout), "leak"
(a body showing a stack trace, an exception or the Whitelabel page: counted on top of the
outcome above).
"""
import argparse
import http.client
import json
import os
import random
import re
import subprocess
import sys
import threading
import time
import urllib.parse
import uuid
from html.parser import HTMLParser

LEAK_MARKERS = ("Exception", "at org.", "at java.", "Whitelabel", "Caused by")
FRIENDLY_MARKERS = ("门户暂时繁忙", "The portal is busy for a moment")
ZH_WORDS = ["数控机床", "焊接", "机器人", "变电站", "动车组", "高炉", "检测", "智能", "节能", "故障诊断", "盾构机",
            "风力发电机", "起重机", "锅炉", "王", "李", "张伟", "北京", "上海", "装备制造", "电力", "模具", "齿轮箱"]
EN_WORDS = ["welding", "robot", "turbine", "inspection", "monitoring", "boilers", "cranes", "calibration", "energy",
            "Wang", "Li", "gearboxes", "moulds", "substations", "laser repair", "digital twin", "smart meters"]


class FormParser(HTMLParser):
    """The fields of the page's admin form (class admin-form) and the page's CSRF meta."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.meta = {}
        self.action = None
        self.fields = {}
        self._in_form = False
        self._select = None
        self._textarea = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta" and a.get("name") in ("_csrf", "_csrf_header"):
            self.meta[a["name"]] = a.get("content", "")
        elif tag == "form" and "admin-form" in (a.get("class") or ""):
            self._in_form = True
            self.action = a.get("action")
        elif not self._in_form:
            return
        elif tag == "input" and a.get("name") and a.get("type") not in ("submit", "button", "file"):
            if a.get("type") in ("checkbox", "radio") and "checked" not in a:
                return
            self.fields[a["name"]] = a.get("value") or ""
        elif tag == "select" and a.get("name"):
            self._select = a["name"]
            self.fields.setdefault(self._select, "")
        elif tag == "option" and self._select and "selected" in a:
            self.fields[self._select] = a.get("value") or ""
        elif tag == "textarea" and a.get("name"):
            self._textarea = a["name"]
            self.fields[self._textarea] = ""

    def handle_endtag(self, tag):
        if tag == "form":
            self._in_form = False
        elif tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None

    def handle_data(self, data):
        if self._textarea:
            self.fields[self._textarea] += data


def parse_page(body):
    parser = FormParser()
    parser.feed(body)
    return parser


class Stats:
    """Thread-safe tallies per kind, per 10-second bucket and (optionally) per request."""

    def __init__(self, record_events):
        self.lock = threading.Lock()
        self.kinds = {}
        self.buckets = {}
        self.events = [] if record_events else None
        self.samples = []
        self.likes = []
        self.likes_unknown = 0
        self.contracts = []
        self.contracts_unknown = 0
        self.edits = 0
        self.started = time.time()

    def add(self, kind, outcome, status, start, end, leak, body):
        with self.lock:
            k = self.kinds.setdefault(kind, {"requests": 0, "outcomes": {}, "statuses": {}, "leaks": 0,
                                             "latencies": []})
            k["requests"] += 1
            k["outcomes"][outcome] = k["outcomes"].get(outcome, 0) + 1
            k["statuses"][str(status)] = k["statuses"].get(str(status), 0) + 1
            k["latencies"].append(end - start)
            if leak:
                k["leaks"] += 1
            b = self.buckets.setdefault(int((end - self.started) // 10) * 10, {})
            b[outcome] = b.get(outcome, 0) + 1
            if self.events is not None:
                self.events.append((start, end, kind, status, outcome, int(leak)))
            if (outcome not in ("ok", "unavailable") or leak) and len(self.samples) < 20:
                self.samples.append({"kind": kind, "status": status, "outcome": outcome, "body": body[:600]})


class Browser:
    """One visitor: a keep-alive connection and a cookie jar."""

    def __init__(self, port, timeout, stats, lang):
        self.port = port
        self.timeout = timeout
        self.stats = stats
        self.lang = lang
        self.cookies = {}
        self.conn = None

    def forget(self):
        self.cookies = {}

    def fetch(self, kind, method, path, body=None, headers=None, expect=None):
        """Sends one request and records its outcome; returns (status, headers, body) or None
        on a socket error. expect(status, headers, body) -> outcome overrides the rule
        "2xx/3xx is ok"."""
        h = {"Accept-Language": self.lang, "Accept": "text/html,application/xhtml+xml"}
        if headers:
            h.update(headers)
        if self.cookies:
            h["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if body is not None:
            h["Content-Type"] = "application/x-www-form-urlencoded"
        start = time.time()
        try:
            if self.conn is None:
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout)
            self.conn.request(method, path, body=body.encode() if body is not None else None, headers=h)
            resp = self.conn.getresponse()
            data = resp.read().decode("utf-8", "replace")
            status = resp.status
            rheaders = {k.lower(): v for k, v in resp.getheaders() if k.lower() != "set-cookie"}
            for name, value in resp.getheaders():
                if name.lower() == "set-cookie":
                    cname, _, rest = value.partition("=")
                    cvalue = rest.split(";", 1)[0]
                    if "Max-Age=0" in value:
                        self.cookies.pop(cname, None)
                    else:
                        self.cookies[cname] = cvalue
            if resp.will_close:
                self.conn.close()
                self.conn = None
        except (OSError, http.client.HTTPException) as ex:
            end = time.time()
            if self.conn is not None:
                self.conn.close()
                self.conn = None
            self.stats.add(kind, "socket", "socket", start, end, False, repr(ex))
            return None
        end = time.time()
        leak = any(marker in data for marker in LEAK_MARKERS)
        if status == 503 and rheaders.get("retry-after") and (
                any(m in data for m in FRIENDLY_MARKERS) or "application/problem+json" in rheaders.get("content-type", "")):
            outcome = "unavailable"
        elif expect is not None:
            outcome = expect(status, rheaders, data)
        else:
            outcome = "ok" if 200 <= status < 400 else "status"
        self.stats.add(kind, outcome, status, start, end, leak, data)
        return status, rheaders, data


class Catalogue:
    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            c = json.load(f)
        self.results = c["results"]
        self.hot = self.results[:500]
        self.areas = c["areas"]
        self.codes = c["codes"]
        self.organizations = c["organizations"]
        self.contracts = c["contracts"]
        self.categories = c["categories"]
        self.regions = c["regions"]

    def result(self, rnd):
        return rnd.choice(self.hot) if rnd.random() < 0.4 else rnd.choice(self.results)


def q(value):
    return urllib.parse.quote(value, safe="")


def attendee(index, args, cat, stats, stop):
    rnd = random.Random(args.seed * 1000 + index)

    def new_browser():
        lang = "zh-CN,zh;q=0.9" if rnd.random() < 0.7 else "en-GB,en;q=0.9"
        return Browser(args.port, args.timeout, stats, lang), {}

    browser, liked = new_browser()
    pages = [
        ("home", 8, lambda: "/"),
        ("results", 6, lambda: "/results" if rnd.random() < 0.5 else f"/results?page={rnd.randint(2, 200)}"),
        ("results-filtered", 8, lambda: rnd.choice([
            f"/results?area={rnd.choice(cat.areas)}",
            f"/results?category={q(rnd.choice(cat.categories))}&signed={rnd.choice(['yes', 'no'])}",
            f"/results?region={q(rnd.choice(cat.regions))}&sort={rnd.choice(['likes', 'title', 'newest'])}",
            f"/results?category={q(rnd.choice(cat.categories))}&region={q(rnd.choice(cat.regions))}&page=2"])),
        ("search-zh", 7, lambda: f"/results?q={q(rnd.choice(ZH_WORDS))}"
            + (f"&area={rnd.choice(cat.areas)}" if rnd.random() < 0.2 else "")),
        ("search-en", 5, lambda: f"/results?q={q(rnd.choice(EN_WORDS))}&lang=en"),
        ("result", 20, lambda: f"/results/{cat.result(rnd)}"),
        ("area", 8, lambda: f"/areas/{rnd.choice(cat.areas)}"),
        ("hall", 5, lambda: "/hall" if rnd.random() < 0.6 else f"/hall?page={rnd.randint(2, 50)}"),
        ("awards", 1, lambda: "/awards"),
        ("live", 2, lambda: "/live"),
        ("contracts", 5, lambda: "/contracts" if rnd.random() < 0.6 else f"/contracts?page={rnd.randint(2, 100)}"),
        ("api-stats", 5, lambda: "/api/stats"),
        ("like", 12, None),
    ]
    kinds = [p for p in pages for _ in range(p[1])]
    actions = 0
    while not stop.is_set():
        kind, _, path = rnd.choice(kinds)
        if kind == "like":
            like(browser, liked, rnd, cat, stats)
        else:
            browser.fetch(kind, "GET", path(),
                          headers={"Accept": "application/json"} if kind == "api-stats" else None)
        actions += 1
        stop.wait(rnd.uniform(0, 2 * args.think))
        if actions % 25 == 0 or rnd.random() < 0.02:
            browser, liked = new_browser()


def like(browser, liked, rnd, cat, stats):
    """Opens a result and likes it the way the page's script does; sometimes likes again a
    result this browser has already liked (the portal must not count it twice)."""
    acked = [r for r, sure in liked.items() if sure]
    again = bool(acked) and rnd.random() < 0.2
    result = rnd.choice(acked) if again else cat.result(rnd)
    page = browser.fetch("result", "GET", f"/results/{result}")
    if page is None or page[0] != 200:
        return
    meta = parse_page(page[2]).meta
    # Kept pages carry no token: the page's script says the like comes from the portal's own
    # page (Sec-Fetch-Site), and sends a token only where the page has one.
    like_headers = {"Accept": "application/json", "Sec-Fetch-Site": "same-origin"}
    if "_csrf" in meta:
        like_headers[meta.get("_csrf_header", "X-XSRF-TOKEN")] = meta["_csrf"]
    # A like whose answer was lost may or may not have been counted: either answer is fine.
    expected_counted = None if result in liked and not liked[result] else result not in liked

    def check(status, headers, body):
        if status != 200 or "application/json" not in headers.get("content-type", ""):
            return "status"
        answer = json.loads(body)
        if expected_counted is not None and answer.get("counted") != expected_counted:
            return "mismatch"
        return "ok"

    answer = browser.fetch("like", "POST", f"/results/{result}/like", body="",
                           headers=like_headers, expect=check)
    if answer is not None and answer[0] == 200 and answer[2].startswith("{"):
        like_answer = json.loads(answer[2])
        liked[result] = True
        with stats.lock:
            stats.likes.append((result, browser.cookies.get("portal-browser", ""), like_answer["counted"],
                                like_answer["likes"]))
    else:
        liked.setdefault(result, False)
        with stats.lock:
            stats.likes_unknown += 1


def organizer(index, args, cat, stats, stop):
    rnd = random.Random(args.seed * 1000 + 500 + index)
    browser = Browser(args.port, args.timeout, stats, "zh-CN,zh;q=0.9")
    own_contracts = [c for i, c in enumerate(cat.contracts) if i % args.organizers == index]
    created = 0
    while not stop.is_set():
        if "SESSION" not in browser.cookies and not login(browser, args):
            time.sleep(1)
            continue
        choice = rnd.random()
        if choice < 0.15:
            created += 1
            create_contract(browser, args, cat, rnd, stats, f"{args.prefix}-{index}-{created}")
        elif choice < 0.30:
            edit_contract(browser, rnd.choice(own_contracts), stats, rnd)
        else:
            path = rnd.choice([
                "/admin/contracts", f"/admin/contracts?page={rnd.randint(2, 50)}",
                f"/admin/contracts?q={q(args.prefix)}", f"/admin/results?q={q(rnd.choice(ZH_WORDS))}",
                f"/admin/results?q={q(rnd.choice(cat.codes))}", "/admin/areas", "/admin/organizations",
                f"/admin/organizations?q={q(rnd.choice(cat.organizations)[:4])}", "/admin", "/dashboard"])
            page = browser.fetch("admin-" + path.split("?")[0].strip("/").replace("/", "-"), "GET", path,
                                 expect=lambda s, h, b: "ok" if s == 200 else "status")
            if page is not None and page[0] in (302, 303) and "/login" in page[1].get("location", ""):
                browser.forget()
        stop.wait(rnd.uniform(0, 2 * args.organizer_think))


def login(browser, args):
    browser.forget()
    page = browser.fetch("login", "GET", "/login")
    if page is None or page[0] != 200:
        return False
    token = parse_page(page[2]).meta.get("_csrf", "")
    if not token:
        hidden = re.search(r'name="_csrf" value="([^"]*)"', page[2])
        token = hidden.group(1) if hidden else ""
    body = urllib.parse.urlencode({"username": args.user, "password": args.password, "_csrf": token})
    answer = browser.fetch("login", "POST", "/login", body=body,
                           expect=lambda s, h, b: "ok" if s == 302 and "error" not in h.get("location", "") else "status")
    return answer is not None and "SESSION" in browser.cookies and answer[0] == 302


def submit(browser, kind, form, changes, stats, label):
    fields = dict(form.fields)
    fields.update(changes)
    fields["_csrf"] = form.fields.get("_csrf") or form.meta.get("_csrf", "")

    def check(status, headers, body):
        if status == 302 and re.search(r"/admin/contracts(/new)?$", headers.get("location", "")):
            return "ok"
        return "rejected" if status == 200 else "status"

    answer = browser.fetch(kind, "POST", form.action, body=urllib.parse.urlencode(fields), expect=check)
    if answer is not None and answer[0] == 302 and re.search(r"/admin/contracts(/new)?$", answer[1].get("location", "")):
        return True
    if answer is not None and answer[0] in (302, 303) and "/login" in answer[1].get("location", ""):
        browser.forget()
    return False


def create_contract(browser, args, cat, rnd, stats, number):
    page = browser.fetch("admin-contract-new-form", "GET", "/admin/contracts/new")
    if page is None or page[0] != 200:
        return
    form = parse_page(page[2])
    if form.action is None:
        return
    changes = {
        "contractNo": number, "kind": rnd.choice(["TRANSFER", "LICENCE", "JOINT_DEVELOPMENT", "EQUITY", "TECH_SERVICE"]),
        "resultCode": rnd.choice(cat.codes), "transfereeName": rnd.choice(cat.organizations),
        "amount": f"{rnd.randint(1000, 5000000)}.{rnd.randint(0, 99):02d}",
        "signedOn": f"2022-0{rnd.randint(4, 9)}-{rnd.randint(10, 28)}", "note": f"load test {number}"}
    if submit(browser, "admin-contract-create", form, changes, stats, number):
        with stats.lock:
            stats.contracts.append(number)
    else:
        with stats.lock:
            stats.contracts_unknown += 1


def edit_contract(browser, contract, stats, rnd):
    page = browser.fetch("admin-contract-edit-form", "GET", f"/admin/contracts/{contract}/edit")
    if page is None or page[0] != 200:
        return
    form = parse_page(page[2])
    if form.action is None:
        return
    if submit(browser, "admin-contract-edit", form, {"note": f"checked on site, visit {rnd.randint(1, 10**6)}"},
              stats, contract):
        with stats.lock:
            stats.edits += 1


def heap_sampler(pid, interval, path, stop):
    """Used heap after a full GC, from the JVM itself (jcmd GC.run, then GC.heap_info)."""
    commands = path + ".jcmd"
    with open(commands, "w") as f:
        f.write("GC.run\nGC.heap_info\n")
    with open(path, "w") as out:
        out.write("epoch\tused_kb\tcommitted_kb\n")
        while not stop.wait(interval):
            try:
                text = subprocess.run(["jcmd", str(pid), "-f", commands], capture_output=True, text=True,
                                      timeout=60).stdout
            except (subprocess.SubprocessError, OSError):
                continue
            m = re.search(r"total (\d+)K, used (\d+)K", text)
            if m:
                out.write(f"{time.time():.1f}\t{m.group(2)}\t{m.group(1)}\n")
                out.flush()


def run(args):
    cat = Catalogue(args.catalogue)
    os.makedirs(args.out, exist_ok=True)
    stats = Stats(args.events)
    stop = threading.Event()
    threads = [threading.Thread(target=attendee, args=(i, args, cat, stats, stop), daemon=True)
               for i in range(args.attendees)]
    threads += [threading.Thread(target=organizer, args=(i, args, cat, stats, stop), daemon=True)
                for i in range(args.organizers)]
    heap_stop = threading.Event()
    if args.heap_pid:
        threads.append(threading.Thread(target=heap_sampler,
                                        args=(args.heap_pid, args.heap_interval, os.path.join(args.out, "heap.tsv"),
                                              heap_stop), daemon=True))
    stats.started = time.time()
    with open(os.path.join(args.out, "started"), "w") as f:
        f.write(f"{stats.started:.3f}\n")
    for t in threads:
        t.start()
    deadline = stats.started + args.duration
    while time.time() < deadline:
        if args.stop_file and os.path.exists(args.stop_file):
            break
        time.sleep(min(1 if args.stop_file else 10, max(0.1, deadline - time.time())))
        if args.progress:
            with stats.lock:
                total = sum(k["requests"] for k in stats.kinds.values())
                bad = sum(n for k in stats.kinds.values() for o, n in k["outcomes"].items() if o != "ok")
            print(f"  {time.time() - stats.started:6.0f} s  {total} requests, {bad} not ok", file=sys.stderr, flush=True)
    stop.set()
    heap_stop.set()
    for t in threads:
        t.join(timeout=args.timeout + 5)
    elapsed = time.time() - stats.started
    summary = {"elapsed": elapsed, "attendees": args.attendees, "organizers": args.organizers, "kinds": {},
               "buckets": stats.buckets, "samples": stats.samples,
               "likes": {"acknowledged": len(stats.likes), "counted": sum(1 for like in stats.likes if like[2]),
                         "unanswered": stats.likes_unknown},
               "contracts": {"acknowledged": len(stats.contracts), "unanswered": stats.contracts_unknown,
                             "edits": stats.edits}}
    for kind, k in sorted(stats.kinds.items()):
        lat = sorted(k["latencies"])
        summary["kinds"][kind] = {"requests": k["requests"], "outcomes": k["outcomes"], "statuses": k["statuses"],
                                  "leaks": k["leaks"],
                                  "p50_ms": round(lat[len(lat) // 2] * 1000, 1),
                                  "p95_ms": round(lat[min(len(lat) - 1, int(len(lat) * 0.95))] * 1000, 1),
                                  "max_ms": round(lat[-1] * 1000, 1)}
    with open(os.path.join(args.out, "summary.json"), "w") as f:
        json.dump(summary, f, indent=1, ensure_ascii=False)
    with open(os.path.join(args.out, "likes.tsv"), "w") as f:
        for result, browser, counted, likes in stats.likes:
            f.write(f"{result}\t{browser}\t{'t' if counted else 'f'}\t{likes}\n")
    with open(os.path.join(args.out, "contracts.tsv"), "w") as f:
        for number in stats.contracts:
            f.write(number + "\n")
    if stats.events is not None:
        with open(os.path.join(args.out, "events.tsv"), "w") as f:
            for e in sorted(stats.events):
                f.write("%.3f\t%.3f\t%s\t%s\t%s\t%d\n" % e)


def heap(args):
    rows = []
    with open(args.file) as f:
        next(f)
        for line in f:
            epoch, used, committed = line.split()
            rows.append((float(epoch), int(used) / 1024, int(committed) / 1024))
    if not rows:
        print(json.dumps({"samples": 0}))
        return
    t0 = rows[0][0] - args.interval
    after = [(t - t0, u) for t, u, _ in rows if t - t0 >= args.warmup]
    n = len(after)
    slope = None
    if n >= 2:
        mx = sum(t for t, _ in after) / n
        my = sum(u for _, u in after) / n
        sxx = sum((t - mx) ** 2 for t, _ in after)
        slope = sum((t - mx) * (u - my) for t, u in after) / sxx * 60
    print(json.dumps({
        "samples": len(rows), "post_warmup_samples": n,
        "first_mb": round(rows[0][1], 1), "first_post_warmup_mb": round(after[0][1], 1) if after else None,
        "end_mb": round(rows[-1][1], 1), "max_mb": round(max(u for _, u, _ in rows), 1),
        "min_post_warmup_mb": round(min(u for _, u in after), 1) if after else None,
        "max_post_warmup_mb": round(max(u for _, u in after), 1) if after else None,
        "committed_end_mb": round(rows[-1][2], 1),
        "slope_mb_per_min": round(slope, 3) if slope is not None else None,
        "series": [[round(t - t0), round(u, 1)] for t, u, _ in rows]}))


def outage(args):
    print(json.dumps(outage_analysis(args.dir, args.marks), ensure_ascii=False))


def outage_analysis(directory, marks_file):
    """Reads events.tsv and marks (label<TAB>epoch lines: '<name> down', '<name> up', '<name> end')
    and tells per outage what answers requests got and when the portal served 200s again."""
    events = []
    with open(os.path.join(directory, "events.tsv")) as f:
        for line in f:
            start, end, kind, status, outcome, leak = line.rstrip("\n").split("\t")
            events.append((float(start), float(end), kind, status, outcome, int(leak)))
    marks = {}
    with open(marks_file) as f:
        for line in f:
            label, epoch = line.rstrip("\n").rsplit("\t", 1)
            marks[label] = float(epoch)
    names = [label[:-5] for label in marks if label.endswith(" down")]
    db_pages = {"home", "results", "results-filtered", "search-zh", "search-en", "result", "area", "hall", "awards",
                "live", "contracts", "api-stats"}
    report = []
    for name in names:
        down, up = marks[name + " down"], marks[name + " up"]
        window_end = marks.get(name + " end", up + 20)
        during = [e for e in events if e[1] >= down and e[0] <= window_end]
        first_ok = next((e for e in sorted(events, key=lambda e: e[1])
                         if e[1] >= up and e[0] >= up and e[2] in db_pages and e[4] == "ok"), None)
        failures_after = [e for e in events if up <= e[0] <= window_end and e[4] != "ok"]
        last_failure = max((e[1] for e in failures_after), default=None)
        last_failed_answer = max((e[1] for e in events if e[1] >= down and e[0] <= window_end and e[4] != "ok"),
                                 default=None)
        tally = {}
        for e in during:
            key = f"{e[2] if e[2] in ('like',) or e[2].startswith('admin') or e[2] == 'login' else 'pages'}|{e[3]}|{e[4]}"
            tally[key] = tally.get(key, 0) + 1
        report.append({
            "name": name, "down_to_up_s": round(up - down, 2),
            "first_page_200_after_up_s": round(first_ok[1] - up, 2) if first_ok else None,
            "last_failure_after_up_s": round(last_failure - up, 2) if last_failure else 0.0,
            "failures_started_after_up": len(failures_after),
            "last_failed_answer_after_up_s": round(last_failed_answer - up, 2) if last_failed_answer else None,
            "first_failed_answer_after_down_s": round(min((e[1] for e in during if e[4] != "ok"), default=down) - down, 2),
            "window_requests": len(during), "window_tally": tally,
            "window_leaks": sum(e[5] for e in during)})
    return report


def read_facts(path):
    facts = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if "=" in line:
                key, _, value = line.rstrip("\n").partition("=")
                facts[key] = value
    return facts


def kinds_table(summary):
    lines = ["| kind | requests | ok | not ok | statuses | leaks | p50 ms | p95 ms | max ms |",
             "|---|---:|---:|---:|---|---:|---:|---:|---:|"]
    total = ok = 0
    for kind, k in summary["kinds"].items():
        good = k["outcomes"].get("ok", 0)
        total += k["requests"]
        ok += good
        statuses = ", ".join(f"{s}: {n}" for s, n in sorted(k["statuses"].items()))
        lines.append(f"| {kind} | {k['requests']} | {good} | {k['requests'] - good} | {statuses} | {k['leaks']} "
                     f"| {k['p50_ms']} | {k['p95_ms']} | {k['max_ms']} |")
    lines.append(f"| **all** | **{total}** | **{ok}** | **{total - ok}** | | "
                 f"**{sum(k['leaks'] for k in summary['kinds'].values())}** | | | |")
    return lines, total, ok


def outcome_totals(summary):
    totals = {}
    for k in summary["kinds"].values():
        for outcome, n in k["outcomes"].items():
            totals[outcome] = totals.get(outcome, 0) + n
    return totals


def verdict(ok):
    return "**met**" if ok else "**MISSED**"


def soak_report(args):
    f = read_facts(args.facts)
    with open(os.path.join(args.dir, "summary.json"), encoding="utf-8") as fh:
        summary = json.load(fh)
    heap_info = json.loads(f["heap_json"])
    out = []
    table, total, ok = kinds_table(summary)
    outcomes = outcome_totals(summary)
    leaks = sum(k["leaks"] for k in summary["kinds"].values())
    errors = total - ok
    likes = summary["likes"]
    like_ok = (int(f["likes_delta"]) == likes["counted"] == int(f["like_rows_delta"]) and int(f["likes_missing"]) == 0)
    contracts = summary["contracts"]
    contract_ok = int(f["contracts_in_db"]) == contracts["acknowledged"] and int(f["contracts_missing"]) == 0
    slope = heap_info.get("slope_mb_per_min")
    heap_ok = slope is not None and slope < 1.0
    out += [f"# Soak: {f['minutes']} minutes of mixed load",
            "",
            f"Measured {f['date']} by `bench/soak.sh --minutes {f['minutes']}` on {f['machine']}; a shared machine.",
            f"The portal (jar, Java {f['java']}, `{f['java_opts']}`, demo data off) ran on `{f['db']}`, a fresh copy of",
            f"`{f['template']}` ({f['db_size']}), with PostgreSQL {f['pg_version']}. Load came from",
            f"`bench/load/portal_load.py`: {summary['attendees']} attendee connections pausing 0 to {2 * float(f['attendee_think']):g} s between actions (browsing,",
            "searching in Chinese and English, opening results and areas, liking results with the page's CSRF token",
            "in `X-XSRF-TOKEN` and its cookie, as `attendee.js` does) and "
            f"{summary['organizers']} organizer sessions (admin lists and",
            "searches, the dashboard, new contracts and contract edits through the admin forms with their CSRF",
            f"token, 0 to {2 * float(f['think']):g} s between actions). Each attendee connection becomes a new browser every",
            f"25 actions. A request fails after {f['timeout']} s without an answer.",
            "",
            "## Verdict",
            "",
            "| requirement | measured | |",
            "|---|---|---|",
            f"| no failed request (non-2xx/3xx, socket error, timeout, rejected form, wrong like answer) | {errors} of {total} | {verdict(errors == 0)} |",
            f"| no stack trace, exception or Whitelabel page in any body | {leaks} | {verdict(leaks == 0)} |",
            f"| no error logged by the portal | {f['log_errors']} ERROR lines, {f['log_exceptions']} lines naming an exception | {verdict(f['log_errors'] == '0')} |",
            f"| no heap growth trend: least-squares slope of the used heap after a full GC, after {f['warmup']} s of warm-up, < 1 MB/min | {slope} MB/min | {verdict(heap_ok)} |",
            f"| every acknowledged like is in the database, and nothing else | {likes['counted']} counted likes acknowledged; like counts rose by {f['likes_delta']}, like rows by {f['like_rows_delta']}; {f['likes_missing']} acknowledged likes missing | {verdict(like_ok)} |",
            f"| every acknowledged contract is in the database, and nothing else | {contracts['acknowledged']} acknowledged, {f['contracts_in_db']} in the database, {f['contracts_missing']} missing | {verdict(contract_ok)} |",
            f"| the dashboard's summaries still match the rows (`bench/check-summaries.sh`) | {f['summaries']} | {verdict(f['summaries'] == 'match')} |",
            "",
            f"Outcomes over all requests: {', '.join(f'{o}: {n}' for o, n in sorted(outcomes.items()))}. Throughput:",
            f"{total / summary['elapsed']:.1f} requests/s over {summary['elapsed']:.0f} s"
            f" ({likes['acknowledged']} likes answered, of which {likes['counted']} counted and"
            f" {likes['acknowledged'] - likes['counted']} repeats from the same browser answered \"already liked\";"
            f" {contracts['acknowledged']} contracts created, {contracts['edits']} contracts edited).",
            "",
            "## Requests per kind",
            "",
            "Latency is measured by the client and includes the machine's other load. A like is preceded by",
            "opening the result (counted under `result`). `admin-*` are the organizer's requests.",
            ""]
    out += table
    out += ["", "## Requests per minute", "", "| minute | ok | not ok |", "|---:|---:|---:|"]
    per_minute = {}
    for second, outcomes_in in summary["buckets"].items():
        minute = int(second) // 60 + 1
        m = per_minute.setdefault(minute, [0, 0])
        for outcome, n in outcomes_in.items():
            m[0 if outcome == "ok" else 1] += n
    for minute in sorted(per_minute):
        out.append(f"| {minute} | {per_minute[minute][0]} | {per_minute[minute][1]} |")
    series = heap_info.get("series", [])
    out += ["", "## Heap",
            "",
            f"Every {f['heap_interval']} s the sampler forced a full GC (`jcmd <pid> GC.run`) and read the used heap",
            "(`jcmd <pid> GC.heap_info`): the live set, without garbage waiting to be collected. The slope is a",
            f"least-squares fit over the samples after the first {f['warmup']} s (class loading, JIT, caches filling).",
            "",
            "| samples | first | first after warm-up | end | min / max after warm-up | max | committed at end | slope after warm-up |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|",
            f"| {heap_info.get('samples')} | {heap_info.get('first_mb')} MB | {heap_info.get('first_post_warmup_mb')} MB "
            f"| {heap_info.get('end_mb')} MB | {heap_info.get('min_post_warmup_mb')} / {heap_info.get('max_post_warmup_mb')} MB "
            f"| {heap_info.get('max_mb')} MB | {heap_info.get('committed_end_mb')} MB | {slope} MB/min |",
            ""]
    if series:
        first_after = heap_info.get("first_post_warmup_mb") or series[0][1]
        end = heap_info.get("end_mb")
        out.append(f"End against the first sample after warm-up: {end - first_after:+.1f} MB"
                   f" ({(end - first_after) / first_after * 100:+.1f}%; the second criterion, within 10%:"
                   f" {'met' if abs(end - first_after) <= 0.1 * first_after else 'MISSED'}).")
        out += ["", "Used heap after GC, one sample a minute (MB): "
                + ", ".join(f"{t // 60}:{t % 60:02d} {u}" for t, u in series if t % 60 < float(f['heap_interval']))]
    out += ["", "## Likes and contracts, counted in the database after the run", "",
            f"- Like counts (`sum(like_count)`) before {f['likes_before']}, after {f['likes_after']}: +{f['likes_delta']}.",
            f"- Like rows (`result_likes`) before {f['like_rows_before']}, after {f['like_rows_after']}: +{f['like_rows_delta']}.",
            f"- Likes the portal acknowledged (200 JSON): {likes['acknowledged']}, of which `counted: true`:"
            f" {likes['counted']}; each acknowledged (result, browser) pair looked up in `result_likes`:"
            f" {f['likes_missing']} missing. Likes without an answer: {likes['unanswered']}.",
            f"- Contracts the portal acknowledged (redirect to the list after saving): {contracts['acknowledged']};"
            f" contracts with the run's number prefix in the database: {f['contracts_in_db']}; acknowledged but"
            f" missing: {f['contracts_missing']}. Edits acknowledged: {contracts['edits']}.",
            ""]
    if summary["samples"]:
        out += ["## First failed responses", ""]
        for sample in summary["samples"][:5]:
            out.append(f"- {sample['kind']} {sample['status']} {sample['outcome']}: `{sample['body'][:200]!r}`")
    print("\n".join(out))
    log_ok = f["log_errors"] == "0" and f["summaries"] == "match"
    return 0 if errors == 0 and leaks == 0 and heap_ok and like_ok and contract_ok and log_ok else 1


def restart_report(args):
    f = read_facts(args.facts)
    with open(os.path.join(args.dir, "summary.json"), encoding="utf-8") as fh:
        summary = json.load(fh)
    outages = outage_analysis(args.dir, args.marks)
    table, total, ok = kinds_table(summary)
    outcomes = outcome_totals(summary)
    leaks = sum(k["leaks"] for k in summary["kinds"].values())
    wrong = {o: n for o, n in outcomes.items() if o not in ("ok", "unavailable")}
    staff_kinds = [k for k in summary["kinds"] if k.startswith("admin") or k == "login"]
    wrong_attendees, wrong_organizers = {}, {}
    for kind, k in summary["kinds"].items():
        target = wrong_organizers if kind in staff_kinds else wrong_attendees
        for o, n in k["outcomes"].items():
            if o not in ("ok", "unavailable"):
                target[o] = target.get(o, 0) + n
    unavailable_attendees = sum(k["outcomes"].get("unavailable", 0) for kind, k in summary["kinds"].items()
                                if kind not in staff_kinds)
    likes, contracts = summary["likes"], summary["contracts"]
    like_excess = int(f["likes_delta"]) - likes["counted"]
    like_rows_excess = int(f["like_rows_delta"]) - likes["counted"]
    contract_excess = int(f["contracts_in_db"]) - contracts["acknowledged"]
    likes_ok = (int(f["likes_missing"]) == 0 and 0 <= like_excess <= likes["unanswered"]
                and like_excess == like_rows_excess)
    contracts_ok = int(f["contracts_missing"]) == 0 and 0 <= contract_excess <= contracts["unanswered"]
    limit = float(f["recovery_limit"])
    recovered = all(o["first_page_200_after_up_s"] is not None and o["first_page_200_after_up_s"] <= limit
                    and (o["last_failure_after_up_s"] or 0) <= limit for o in outages)
    graceful = f.get("graceful_ok") == "yes"
    out = [f"# PostgreSQL restarted under load",
           "",
           f"Measured {f['date']} by `bench/restart.sh` on {f['machine']}; a shared machine. The portal (jar,",
           f"Java {f['java']}, `{f['java_opts']}`, demo data off, Hikari pool as in `application.yml`) ran on `{f['db']}`",
           f"({f['db_size']}) on a PostgreSQL {f['pg_version']} cluster of its own (port {f['pg_port']}), which the script",
           "restarted twice under load: `pg_ctlcluster restart` (fast shutdown, then start), and a stop, "
           f"{f['down_seconds']} s of",
           "outage and a start. Load came from `bench/load/portal_load.py`: "
           f"{summary['attendees']} attendee connections (pages, searches and",
           f"likes with the page's CSRF token, 0 to {2 * float(f['attendee_think']):g} s between actions) and "
           f"{summary['organizers']} organizer sessions (admin lists, new",
           "contracts and contract edits through the admin forms), every request recorded with its start, end and",
           f"status. A request fails after {f['timeout']} s without an answer.",
           "",
           "## Verdict",
           "",
           "| requirement | measured | |",
           "|---|---|---|"]
    for o in outages:
        out.append(f"| {o['name']}: the portal serves pages with 200 again within {limit:g} s of PostgreSQL being back,"
                   f" by itself | first 200 {o['first_page_200_after_up_s']} s after; last failed request started after"
                   f" it: {o['last_failure_after_up_s']} s | {verdict(o['first_page_200_after_up_s'] is not None and o['first_page_200_after_up_s'] <= limit and (o['last_failure_after_up_s'] or 0) <= limit)} |")
    out += [f"| meanwhile every failed answer to attendees is the portal's friendly 503 (page with Retry-After, or problem JSON on /api) | "
            f"{unavailable_attendees} friendly 503; other failures: {wrong_attendees or 'none'} | {verdict(not wrong_attendees)} |",
            f"| the same for the logged-in organizers | {outcomes.get('unavailable', 0) - unavailable_attendees} friendly 503;"
            f" other failures: {wrong_organizers or 'none'} | {verdict(not wrong_organizers)} |",
            f"| no body shows a stack trace, \"Exception\", \"at org.\" or the Whitelabel page | {leaks} | {verdict(leaks == 0)} |",
            f"| every acknowledged like is in the database; any excess only from likes whose answer was lost | "
            f"{likes['counted']} counted likes acknowledged, {f['likes_missing']} missing; like counts +{f['likes_delta']},"
            f" like rows +{f['like_rows_delta']}: excess {like_excess}, likes without an answer {likes['unanswered']} | {verdict(likes_ok)} |",
            f"| every acknowledged contract is in the database; any excess only from saves whose answer was lost | "
            f"{contracts['acknowledged']} acknowledged, {f['contracts_missing']} missing; {f['contracts_in_db']} in the"
            f" database: excess {contract_excess}, saves without a success answer {contracts['unanswered']} | {verdict(contracts_ok)} |",
            f"| the dashboard's summaries still match the rows (`bench/check-summaries.sh`) | {f['summaries']} | {verdict(f['summaries'] == 'match')} |",
            f"| graceful shutdown: requests in flight when the portal gets SIGTERM finish with 200 | {f.get('graceful_summary', 'not run')} | {verdict(graceful)} |",
            "",
            "## The outages",
            "",
            "Times in seconds. *Down* is when the script began stopping PostgreSQL, *up* when `pg_ctlcluster`",
            "returned with the server accepting connections again. The window of an outage holds the requests",
            "in flight at *down* or started after it, up to 15 s after *up* (5 s before the next outage) or",
            "to the end of the load.",
            "",
            "| outage | down to up | first failed answer after down | last failed answer after up | first 200 (page) started after up | failures among requests started after up | answers in the window |",
            "|---|---:|---:|---:|---:|---:|---|"]
    for o in outages:
        tally = ", ".join(f"{k.replace('|', ' ')}: {n}" for k, n in sorted(o["window_tally"].items()))
        out.append(f"| {o['name']} | {o['down_to_up_s']} | {o['first_failed_answer_after_down_s']} |"
                   f" {o['last_failed_answer_after_up_s']} | {o['first_page_200_after_up_s']} |"
                   f" {o['failures_started_after_up']} | {tally} |")
    out += ["", "Per answer: kind (attendee pages grouped as `pages`), status, outcome. The portal's log:",
            f"{f['log_warnings']} warnings naming the outage (`Database unavailable for ...`), {f['log_errors']} ERROR lines"
            f" ({f.get('log_error_kinds') or 'none'}).",
            "", "## Requests per kind", ""]
    out += table
    out += ["", "## Likes and contracts, counted in the database after the run", "",
            f"- Like counts (`sum(like_count)`) before {f['likes_before']}, after {f['likes_after']}: +{f['likes_delta']}.",
            f"- Like rows (`result_likes`) before {f['like_rows_before']}, after {f['like_rows_after']}: +{f['like_rows_delta']}.",
            f"- Likes acknowledged (200 JSON): {likes['acknowledged']}, of which `counted: true`: {likes['counted']};"
            f" each acknowledged (result, browser) pair looked up in `result_likes`: {f['likes_missing']} missing.",
            f"- Likes sent without a 200 answer (503 or lost): {likes['unanswered']}; of these {like_excess} were"
            " nevertheless counted (the statement committed, the answer did not arrive).",
            f"- Contracts acknowledged (redirect to the list after saving): {contracts['acknowledged']}; in the database"
            f" with the run's prefix: {f['contracts_in_db']}; missing: {f['contracts_missing']}; saves without a success"
            f" answer: {contracts['unanswered']}, of which {contract_excess} were saved nevertheless. Edits acknowledged:"
            f" {contracts['edits']}.",
            "", "## Graceful shutdown", "", f.get("graceful_text", "Not run."), ""]
    if summary["samples"]:
        out += ["## First failed answers other than the friendly 503", ""]
        for sample in summary["samples"][:6]:
            out.append(f"- {sample['kind']} {sample['status']} {sample['outcome']}: `{sample['body'][:300]!r}`")
    print("\n".join(out))
    return 0 if recovered and not wrong and leaks == 0 and likes_ok and contracts_ok and graceful else 1


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    r = sub.add_parser("run")
    r.add_argument("--port", type=int, required=True)
    r.add_argument("--catalogue", required=True, help="JSON: results, areas, codes, organizations, contracts...")
    r.add_argument("--out", required=True)
    r.add_argument("--duration", type=float, default=60)
    r.add_argument("--attendees", type=int, default=22)
    r.add_argument("--organizers", type=int, default=2)
    r.add_argument("--think", type=float, default=0.5, help="mean pause of an attendee between actions (s)")
    r.add_argument("--organizer-think", type=float, default=0.5)
    r.add_argument("--user", default="bench")
    r.add_argument("--password", default="bench-organizer-password")
    r.add_argument("--prefix", default="LOAD", help="contract numbers created start with this")
    r.add_argument("--timeout", type=float, default=60, help="socket timeout of a request (s)")
    r.add_argument("--seed", type=int, default=1)
    r.add_argument("--events", action="store_true", help="write every request to events.tsv")
    r.add_argument("--heap-pid", type=int)
    r.add_argument("--heap-interval", type=float, default=10)
    r.add_argument("--progress", action="store_true")
    r.add_argument("--stop-file", help="stop before --duration once this file exists")
    h = sub.add_parser("heap")
    h.add_argument("file")
    h.add_argument("--warmup", type=float, default=60)
    h.add_argument("--interval", type=float, default=10)
    o = sub.add_parser("outage")
    o.add_argument("dir")
    o.add_argument("--marks", required=True)
    rep = sub.add_parser("soak-report")
    rep.add_argument("dir")
    rep.add_argument("--facts", required=True)
    rr = sub.add_parser("restart-report")
    rr.add_argument("dir")
    rr.add_argument("--facts", required=True)
    rr.add_argument("--marks", required=True)
    args = parser.parse_args()
    sys.exit({"run": run, "heap": heap, "outage": outage, "soak-report": soak_report,
              "restart-report": restart_report}[args.command](args) or 0)


if __name__ == "__main__":
    main()
