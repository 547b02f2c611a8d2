# Dicts and sets: keys equal across types, order kept through deletes and growth, copies, and sums of ints past 64 bits.
import numpy as np
d = {1: 'a', 1.0: 'b', True: 'c'}
d
d[np.int64(1)]
d = {i: i * i for i in range(0, 40, 3)}
len(d)
del d[9]
del d[0]
d
d[9] = 'back'
list(d)[-3:]
9 in d, 10 in d, 9.0 in d, 39 in d
d.get(12), d.get(13)
e = d.copy()
e[100] = 1
len(d), len(e)
d.pop(36)
list(d.items())[:3]
t = {(1, 2): 'pair', 'x': 1, None: 2, 2.5: 3, -1: 4, 2**70: 5, frozenset({1, 2}): 6}
t[(1, 2)], t['x'], t[None], t[2.5], t[-1], t[2**70], t[frozenset({2, 1})]
t[1.5]
t[[1]]
float('nan') in {float('nan'): 1}
n = 10000
big = {}
for i in range(n): big[i * 7919 % n] = i
len(big), big[0], big[n - 1], list(big)[:5]
for i in range(0, n, 2): del big[i * 7919 % n]
len(big), list(big)[:5], 7919 in big
s = {x % 17 for x in range(1000)}
s
len(s), 3 in s, 17 in s
s.remove(3)
s.add(3)
s
s2 = set(range(20, 0, -2))
s2
sorted(s2 - s)
k = {str(i): i for i in range(200)}
k['150'], len(k), '200' in k
w = {-(2**63): 'low', 2**63 - 1: 'high', 0: 'zero', -1: 'minus one', -2: 'minus two'}
w[-(2**63)], w[2**63 - 1], w[-1], w[-2], w[0]
sum([2**62, 2**62, 2**62])
sum([-(2**63), -1])
sum([1, 2, 3.5, True])
sum([1, 2], 10)
sum(x * x for x in range(10**6))
sum([2**62, 2**62, -(2**62), 0.5])
sum([9223372036854775807, 1, -1])
sum([1, 'a'])
sum(d.values() for d in [])
float(2**53 + 1), float(-7), float(2**63 - 1), int(3), int(3.9), float(1.5)
