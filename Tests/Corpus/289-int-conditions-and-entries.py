# Conditions decided in place for two ints, int operators and += matched in place,
# and dicts and sets keeping their entries in one array: results stay Python's.
x = 2**62
y = x + x
y
x * 4
z = 3
z += 2**63
z
w = -7
w //= 2
w
w %= 3
w
if 3 < 5:
    print("less")

if 5 <= 5 and 6 != 6:
    print("wrong")
else:
    print("and")

n = 0
while n < 10:
    n += 3

n
"big" if 2**64 > 2**63 else "small"
"int" if 1 == 1.0 else "other"
"bool" if True == 1 else "other"
if 2 < 3.5:
    print("mixed")

import numpy as np
a = np.arange(3)
if a[1] < 2:
    print("scalar")

if a < 2:
    print("never")

if None < 1:
    print("never")

if "a" < "b" < "c":
    print("chained")

d = {}
for i in range(20):
    d[i * 7 % 20] = i

len(d), d[13], list(d)[:5]
d.popitem()
d.pop(0)
del d[7]
list(d.items())[:4], len(d)
e = d.copy()
e[100] = 1
len(d), len(e), 100 in d, 100 in e
d[1.0] = "float key"
d[True] = "bool key"
d[1], list(d)[:3]
s = set()
for i in range(30):
    s.add(i % 7)

s
s.remove(3)
s.add(10)
s
s.pop(), s
f = frozenset(s)
f, {f: 1}[frozenset(s)]
[1j] * 3, ["text"] * 2, [np.float64] * 2
d2 = {"a": 1, (1, 2): 2, None: 3, 2.5: 4}
d2["a"], d2[(1, 2)], d2[None], d2[2.5]
d2
class Loud:
    def __init__(self, name, truth):
        self.name, self.truth = name, truth
    def __bool__(self):
        print("bool of", self.name)
        return self.truth

if Loud("a", False) and Loud("b", True):
    print("never")
else:
    print("else")

if Loud("c", True) or Loud("d", False):
    print("or")

if not Loud("e", False):
    print("not")

k = 0
while Loud("w", k < 2) and k < 5:
    k += 1

k
1 < k < 3 < 4.5
if 2**53 + 1 > float(2**53):
    print("exact")

x = 2**53 + 1
"equal" if x == float(2**53) else "differ"
