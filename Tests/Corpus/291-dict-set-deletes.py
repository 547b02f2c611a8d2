# Deleting from dicts and sets leaves the order of the rest, the look-ups and the growth as Python keeps them: deletes in the middle, at the end (popitem), of every other key of a big dict, deletes then re-inserts of the same keys, and a dict emptied and filled again.
d = {i: i * i for i in range(200000)}
for i in range(0, 200000, 2):
    del d[i]

len(d), list(d)[:3], list(d)[-3:], d[199999], 4 in d, 5 in d
d.popitem(), d.popitem(), len(d), list(d)[-2:]
for i in range(0, 1000, 2):
    d[i] = -i

len(d), list(d)[-3:], d[998], d[1], list(d.items())[99997:100000]
e = {'a': 1, 'b': 2, 'c': 3, 'd': 4}
del e['b']
e['b'] = 20
e, list(e.values()), e.pop('a'), e
for k in list(e):
    del e[k]

e, len(e), e.get('c')
e['z'] = 26
e['y'] = 25
e, e.popitem(), e
f = {}
for r in range(50):
    f[r] = r
    f[r + 1000] = r
    del f[r]

len(f), list(f)[:3], list(f)[-3:], sum(f.values())
s = set(range(100000))
for i in range(0, 100000, 3):
    s.discard(i)

len(s), min(s), max(s), 3 in s, 4 in s, sorted(s)[:5]
t = {'x', 'y'}
t.remove('x')
t.add('w')
sorted(t), len(t)
g = {i: None for i in range(10)}
for i in range(10):
    g.popitem()

g, len(g)
g[1] = 'one'
g
