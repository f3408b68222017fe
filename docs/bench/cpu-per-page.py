#!/usr/bin/env python3
"""CPU per call of a running Baton and of its MariaDB for one page, from /proc, around N sequential GETs.

The page is asked as the benchmark asks it (bearer token, Accept: text/html); like cpu-per-call.py
the figure is CPU time, not wall time, so a busy machine does not fake it.
usage: cpu-per-page.py BASE_URL BATON_PID MARIADBD_PID PATH [N]
(as staff0@bench.baton, an administrator; BENCH_EMAIL=staff210@bench.baton asks as someone else;
BENCH_SIGN_IN=form signs in through the login form and asks with the page-session cookie, as a browser does)
e.g.   cpu-per-page.py http://127.0.0.1:18123 $(pgrep -f quarkus-run.jar) $(cat /tmp/benchdb.pid) '/queues/SRVV?view=overdue' 300
"""
import http.cookiejar, json, os, re, sys, time, urllib.parse, urllib.request

base, app, db, path = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
n = int(sys.argv[5]) if len(sys.argv) > 5 else 300
tick = os.sysconf('SC_CLK_TCK')


def cpu_ms(pid):
    fields = open('/proc/%d/stat' % pid).read().rsplit(')', 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / tick


email = os.environ.get('BENCH_EMAIL', 'staff0@bench.baton')
if os.environ.get('BENCH_SIGN_IN') == 'form':
    browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    form = {'j_username': email, 'j_password': 'baton-bench-2026'}
    csrf = re.search(r'name="csrf-token" value="([^"]+)"', browser.open(base + '/login').read().decode())
    if csrf:
        form['csrf-token'] = csrf.group(1)
    browser.open(base + '/j_security_check', data=urllib.parse.urlencode(form).encode()).read()
    page = urllib.request.Request(base + path, headers={'Accept': 'text/html'})
    open_page = browser.open
else:
    login = urllib.request.Request(base + '/api/auth/login', data=json.dumps(
        {'email': email, 'password': 'baton-bench-2026'}).encode(), headers={'Content-Type': 'application/json'})
    token = json.loads(urllib.request.urlopen(login).read())['token']
    page = urllib.request.Request(base + path, headers={'Authorization': 'Bearer ' + token, 'Accept': 'text/html'})
    open_page = urllib.request.urlopen

for name in ('warm-up', 'warm-up', 'page', 'page'):
    a, d, t = cpu_ms(app), cpu_ms(db), time.time()
    for _ in range(n):
        open_page(page).read()
    if name != 'warm-up':
        print('%s application %.2f ms CPU/call, mariadbd %.2f ms CPU/call, wall %.1f ms/call, load %s' % (
            path, (cpu_ms(app) - a) / n, (cpu_ms(db) - d) / n, (time.time() - t) * 1000 / n,
            open('/proc/loadavg').read().split()[0]))
