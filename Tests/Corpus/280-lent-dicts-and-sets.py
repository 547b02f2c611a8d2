d = {1: 'a', 2.5: 'b', 'k': 'c', (1, 2): 'd', None: 'e'}
s = {3, 4.0, 'x', (5, 6), frozenset({7})}
1 in d, 1.0 in d, True in d, 2.5 in d, 'k' in d, (1, 2) in d, None in d
0 in d, False in d, 'K' in d, (2, 1) in d, 3 in d
1 not in d, 0 not in d, 'k' not in d
3 in s, 3.0 in s, 4 in s, 'x' in s, (5, 6) in s, frozenset({7}) in s
2 in s, 3 not in s, 2 not in s
np.int64(1) in d, np.float64(2.5) in d, np.str_('k') in d, np.str_('x') in s, np.int8(4) in s
[1] in d
{1} in s
{} not in d
d[1], d[1.0], d[True], d[2.5], d['k'], d[(1, 2)], d[None]
k = 'k'
d[k]
d[0]
d['missing']
d[[1]]
d[{}]
d[np.str_('k')]
d[np.int64(1)]
fs = frozenset({1, 2})
3 in fs, 1 in fs
lst = [1, 2, 3]
2 in lst, 5 in lst, 2 not in lst
t = (1, 2)
1 in t
text = 'hello'
'ell' in text, 'z' not in text
a = np.arange(5)
3 in a, 9 in a
a[2]
r = range(10)
5 in r
r[3]
undefined_name_here in d
1 in undefined_name_here
undefined_name_here[1]
def f(x):
    local = {x: x * 2}
    return x in local, x + 1 in local, local[x], x in d, d[1]

f(4)
def g(key):
    return key in d, d[key]

g(2.5)
g('nope')
def h():
    d = 5
    return 1 in d

h()
d = [10, 20]
1 in d, 10 in d, d[1]
d = {'a': 1}
'a' in d, d['a']
class K:
    def __init__(self, v): self.v = v

obj = K(1)
m = {obj: 'obj'}
obj in m, K(1) in m, m[obj]
n = {1: 1}
count = 0
for i in range(1000):
    if i in n:
        count += n[i]
    n[i + 1] = i

count, len(n)
seen = set()
hits = 0
for i in range(100):
    if i % 7 in seen:
        hits += 1
    seen.add(i % 7)

hits, sorted(seen)
class Box:
    def __contains__(self, x): return x == 5

class Counted:
    def __contains__(self, x): return x

class Listed:
    def __iter__(self): return iter([1, 2])

class Plain:
    pass

box = Box()
5 in box, 1 in box, 5 not in box, 1 not in box
0 in Counted(), 3 in Counted(), [] in Counted(), 'a' not in Counted()
2 in Listed(), 3 in Listed()
1 in Plain()
1 in 5.0
1 in None
