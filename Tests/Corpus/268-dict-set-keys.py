# Dict and set look-ups compare the key given with the key object kept (the first given): ints at once, every other kind as a key again: floats, bools, NumPy scalars, tuples of mixed numbers, frozensets, strings, bytes, None, types, through growth, deletes and copies.
import numpy as np
d = {True: 'bool first'}
d[1], d[1.0], d[np.int64(1)], d[np.float32(1.0)], d[np.bool_(True)]
d[1.0] = 'replaced'
d
k = {(1, 2.0): 'a', (np.int64(3), 'x'): 'b', frozenset({1.0, 2}): 'c', b'raw': 'd', None: 'e', int: 'f', 2.5: 'g'}
k[(1.0, 2)], k[(3, 'x')], k[frozenset({2, 1})], k[b'raw'], k[None], k[int], k[np.float64(2.5)]
(1, 2) in k, (1, 3) in k, 2.5 in k, 2.50001 in k
k[(1, 2, 3)]
s = {1, 2.0, np.int64(3), 'three', (4, 5)}
len(s)
1.0 in s, 2 in s, 3.0 in s, np.float64(3.0) in s, (4.0, 5) in s, 'three' in s, 'four' in s
s.add(2)
s.add(np.float64(2.0))
len(s)
s.remove(np.int32(1))
len(s), 1 in s
s.discard((4.0, 5.0))
len(s), (4, 5) in s
fs = frozenset([1, 2.0, 'a'])
{fs: 1}[frozenset(['a', 2, 1.0])]
g = {}
for i in range(3000):
    g[str(i)] = i
    g[i + 0.5] = -i

len(g), g['2999'], g[2999.5], g.get('3000'), g.get(0.5)
for i in range(0, 3000, 3):
    del g[str(i)]

len(g), '3' in g, '4' in g, g['4'], list(g)[:4]
h = g.copy()
h['new'] = 1
'new' in g, 'new' in h, len(h) - len(g)
t = set()
for i in range(2000):
    t.add((i % 50, float(i % 7)))

len(t), (3, 3.0) in t, (3, 4.0) in t
u = {x: x for x in [1, 1.0, True, np.int8(1)]}
u
