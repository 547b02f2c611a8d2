d = {'shape': (2, 3), 'dtype': 'int64'}
d
d['shape'], d.get('size'), d.get('size', 0), len(d), 'dtype' in d
d['size'] = 6
d['missing']
del d['dtype']
d
list(d.keys()), list(d.values()), list(d.items())
d.keys(), d.items()
for key, value in d.items():
    print(key, '->', value)

d.pop('size'), d.setdefault('ndim', 2), d
d.update(a=1, b=2); d.update({'c': 3}); d
{**d, 'a': 100}
d | {'z': 0}
dict(a=1, b=2), dict([('x', 1), ('y', 2)]), dict(zip('abc', range(3)))
sizes = {n: np.zeros(n).nbytes for n in range(4)}
sizes
{k: v for k, v in sizes.items() if v > 8}
{1: 'int', 1.0: 'float', True: 'bool'}
{[1]: 2}
{np.int64(1): 'x'}[1]
s = {3, 1, 2, 3}
s, len(s), 2 in s, 5 not in s
s.add(10); s.discard(1); s
s.remove(99)
{1, 2, 3} | {3, 4}, {1, 2, 3} & {2, 3, 4}, {1, 2, 3} - {2}, {1, 2} ^ {2, 3}
{1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2} == {2, 1}
set(), set([3, 3, 1]), frozenset({5, 4}), {x % 3 for x in range(10)}
sorted({10, -1, 7}), sum({1, 2, 3}), max({4, 9, 2})
set(np.array([3, 1, 3])) == {1, 3}
counts = {}
for word in ['a', 'b', 'a', 'c', 'a']:
    counts[word] = counts.get(word, 0) + 1

counts
sorted(counts, key=counts.get, reverse=True)
dict.fromkeys(['x', 'y'], 0)
{'a': [1, 2]} == {'a': [1, 2]}, {'a': 1} != {'a': 2}
d.clear(); d
