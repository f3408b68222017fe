#!/usr/bin/env python3
"""CPU per call of a running Baton and of its MariaDB, from /proc, around N sequential calls.

Sequential calls and CPU time (not wall time) make the figure usable on a busy shared machine.
The calls go over one kept-alive connection, as the benchmark's clients do (until the seventh
session each call opened a connection of its own, which added Netty's accept and close to the
application's figure).
usage: cpu-per-call.py BASE_URL BATON_PID MARIADBD_PID [N] [acknowledge]
e.g.   cpu-per-call.py http://127.0.0.1:18123 $(pgrep -f quarkus-run.jar) $(cat /tmp/benchdb.pid) 300
With "acknowledge" it measures acknowledging instead: each round first creates N requests
(untimed), then acknowledges them (timed), twice after a round of warm-up.
"""
import http.client, json, os, random, sys, time, urllib.parse, urllib.request

base, app, db = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
n = int(sys.argv[4]) if len(sys.argv) > 4 else 300
tick = os.sysconf('SC_CLK_TCK')


def cpu_ms(pid):
    fields = open('/proc/%d/stat' % pid).read().rsplit(')', 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / tick


connection = http.client.HTTPConnection(urllib.parse.urlsplit(base).netloc)


def call(req):
    url = urllib.parse.urlsplit(req.full_url)
    connection.request(req.get_method(), url.path + ('?' + url.query if url.query else ''), body=req.data,
                       headers=dict(req.header_items()))
    response = connection.getresponse()
    body = response.read()
    if response.status >= 400:
        raise SystemExit('%s %s answered %d' % (req.get_method(), req.full_url, response.status))
    return body


login = urllib.request.Request(base + '/api/auth/login', data=json.dumps(
    {'email': 'staff0@bench.baton', 'password': 'baton-bench-2026'}).encode(),
    headers={'Content-Type': 'application/json'})
token = json.loads(urllib.request.urlopen(login).read())['token']
auth = {'Authorization': 'Bearer ' + token}


created = []


def create():
    body = {'type': random.randint(1, 115), 'title': 'CPU probe', 'client': random.randint(1, 100000)}
    created.append(json.loads(call(urllib.request.Request(base + '/api/tickets', data=json.dumps(body).encode(),
                                                          headers={**auth, 'Content-Type': 'application/json'})))['key'])


member = {}  # department code -> one of its people, the assignee an acknowledgement names


def read_members():
    for page in range(5):  # the generated company has 500 people, 100 a page
        users = json.loads(call(urllib.request.Request(base + '/api/users?size=100&page=%d' % page, headers=auth)))
        member.update((code, u['id']) for u in users['items'] for code in u['departments'])


def acknowledge():
    key = created.pop()
    body = json.dumps({'assignee': member[key.rsplit('-', 1)[0]]}).encode()
    call(urllib.request.Request(base + '/api/tickets/%s/acknowledge' % key, data=body,
                                headers={**auth, 'Content-Type': 'application/json'}))


def get():
    call(urllib.request.Request(base + '/api/tickets/SRVV-%d' % random.randint(1, 5000), headers=auth))


def me():
    # the floor of an API call: authentication, the signed-in person read, JSON out
    call(urllib.request.Request(base + '/api/users/me', headers=auth))


rounds = (('warm-up', create), ('warm-up', get), ('warm-up', me), ('create', create), ('get ticket', get),
          ('me', me), ('create', create), ('get ticket', get), ('me', me))
if sys.argv[5:] == ['acknowledge']:
    read_members()
    rounds = (('warm-up', acknowledge), ('acknowledge', acknowledge), ('acknowledge', acknowledge))
for name, op in rounds:
    if op is acknowledge:
        del created[:]
        for _ in range(n):
            create()
    a, d, t = cpu_ms(app), cpu_ms(db), time.time()
    for _ in range(n):
        op()
    if name != 'warm-up':
        print('%-10s application %.2f ms CPU/call, mariadbd %.2f ms CPU/call, wall %.1f ms/call, load %s' % (
            name, (cpu_ms(app) - a) / n, (cpu_ms(db) - d) / n, (time.time() - t) * 1000 / n,
            open('/proc/loadavg').read().split()[0]))
