"""Client-side latency of list calls against a running Baton on the generated company.

python3 docs/bench/list-latency.py BASE N PATH... signs in as staff0 (an administrator) with a
bearer token, calls each PATH max(20, N/4) times to warm up, then N times each, and prints the
median and p95 in ms. Paths under /api are asked as JSON, others as HTML pages.
"""
import json
import sys
import time
import urllib.request

base, n, paths = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
login = urllib.request.Request(base + '/api/auth/login', data=json.dumps(
    {'email': 'staff0@bench.baton', 'password': 'baton-bench-2026'}).encode(), headers={'Content-Type': 'application/json'})
token = json.loads(urllib.request.urlopen(login).read())['token']


def call(path):
    accept = 'application/json' if path.startswith('/api') else 'text/html'
    request = urllib.request.Request(base + path, headers={'Authorization': 'Bearer ' + token, 'Accept': accept})
    started = time.perf_counter()
    urllib.request.urlopen(request).read()
    return (time.perf_counter() - started) * 1000


for path in paths:
    for _ in range(max(20, n // 4)):
        call(path)
for path in paths:
    times = sorted(call(path) for _ in range(n))
    print(f"{path}: median {times[len(times) // 2]:.1f} ms, p95 {times[int(len(times) * 0.95)]:.1f} ms")
