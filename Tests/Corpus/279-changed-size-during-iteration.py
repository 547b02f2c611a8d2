d = {1: 2}
for k in d:
    d[k + 1] = 0

d
s = {1, 2}
for v in s:
    s.add(v + 10)

s
d = {1: 2, 3: 4}
for k in d:
    d[k] = 5

d
for k in d:
    if k == 3: d[9] = 0

d
for k, v in d.items():
    del d[k]
    break

d
for v in d.values():
    d.clear()

it = iter(d)
d[5] = 1
next(it)
e = {1: 1}
[k for k in e if e.setdefault(k + 1, 0) is not None]
sum(v for v in {1, 2})
f = {1: 1}
for k in list(f):
    f[k + 1] = 2

f
