import numpy as np
def last_double(xs):
    ys = [last := x * 2 for x in xs]
    return last, ys

last_double([1, 2, 3])
def first_big(xs):
    if any((found := x) > 2 for x in xs):
        return found
    return None

first_big([1, 5, 2])
def running():
    total = 0
    [total := total + x for x in range(4)]
    return total

running()
def keys():
    {(k := i): i for i in range(3)}
    return k

keys()
def nested():
    [[(m := i * j) for j in range(3)] for i in range(2)]
    return m

nested()
def lazy():
    g = ((seen := x) for x in 'ab')
    next(g)
    return seen

lazy()
def declared_global():
    global g_name
    [g_name := v for v in range(5)]

declared_global()
g_name
[y := 5 for _ in range(2)]
y
{w := 1, w + 1}
(t := 2, t * 10)
print(z := 3, z + 1)
np.arange(5)[i := 2]
i
def bad():
    return [j := 0 for j in range(3)]

[q for q in (r := [1, 2])]
class C:
    [c := 1 for _ in range(2)]

x := 1
d = {'a': 1, 'b': 2}
'a' in d
1 in d
[1] in d
[1] in {1, 2}
np.int64(1) in {1: 'x'}
1.0 in {1, 2}
(1, 2) in {(1, 2): 0}
'b' in d.keys()
2 in d.values()
('a', 1) in d.items()
('a', 2) in d.items()
'a' in d.items()
10**4 - 1 in set(range(10**4))
dict.fromkeys('abc')
dict.fromkeys([1, 2], 0)
d.fromkeys(range(3), [])
dict.fromkeys([[1]])
dict.fromkeys()
dict.fromkeys(1, 2, 3)
dict.fromkeys(1)
np.set_printoptions(nanstr='NaN', infstr='Inf')
np.array([1.0, np.nan, np.inf, -np.inf])
np.array([np.nan])
np.float64(np.nan)
str(np.array([np.nan, 1.5]))
np.array([1+2j, np.nan+1j])
np.get_printoptions()['nanstr']
np.set_printoptions(nanstr='nan', infstr='Infinity')
np.array(np.nan)
np.array([np.inf, -np.inf, 1.5])
print(np.array([[np.nan, 1], [2, -np.inf]]))
np.set_printoptions(infstr='inf')
with np.printoptions(nanstr='?'):
    print(np.array([np.nan, 2.0]))

np.array([np.nan, 2.0])
