# Names read and written by slot: locals, globals and builtins from a function and at the top level, builtins shadowed and restored, range() of ints and of everything else.
import numpy as np
range(5)
range(2, 9, 3)
range(9, 2, -2)
list(range(-3))
range(True)
range(np.int64(4))
range(1, 5, 0)
range(1, 2, 3, 4)
range()
range(stop=3)
range(1, stop=3)
range(1.5)
range(1, 2.0)
def count(n):
    total = 0
    for i in range(n):
        total += i
    return total

count(10)
range = lambda n: [n]
count(3)
range(2)
del range
count(3)
range(3)
len = 5
len
del len
len([1, 2])
def reads():
    y = x + 1
    x = 2
    return y

reads()
def plain():
    a = 1
    b = 2.5
    c = None
    d = 'text'
    e = a
    return a, b, c, d, e

plain()
x = 7
def outer_read():
    return x + 1

outer_read()
x = 1.5
outer_read()
m = np.arange(12.0).reshape(3, 4)
s = 0.0
for i in range(3):
    for j in range(4):
        s = s + m[i, j]

s
type(s)
_
1 + 1
_
