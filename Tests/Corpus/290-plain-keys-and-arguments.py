# d[key] = v and lst.append(arg) with the key or argument names and literals joined by
# operators (the dict or list in the variable lent while it is set): Python's results,
# its errors in its order, and the general way for anything else.
n = 10
d = {}
for i in range(n):
    d[i * 7 % n] = i

d
d[2**62 + 2**62] = "big"
d[2**63]
d[n * 1.5] = "float"
d[15]
d[True + 1] = "two"
d[2]
d["a" + "b"] = "text"
d["ab"]
d[n // 0] = 1
d[missing * 2] = 1
nothing[missing * 2] = 1
nothing[1 + 1] = 1
t = (1, 2)
t[0 + 0] = 5
s = "abc"
s[1 * 1] = "x"
lst = [0, 1, 2]
lst[1 + 1] = 9
lst
lst[5 - 1] = 9
out = []
for i in range(5):
    out.append(i * 7 % n)

out
out.append(2**63 - 1 + 1)
out.append(n / 4)
out.append(n % 0)
out
import numpy as np
a = np.zeros(4)
a[1 + 1] = 5
a
d2 = {}
d2[np.int64(3) * 2] = "numpy"
d2[6]
d2[np.float64(1.5) + 1] = "numpy float"
d2
def f():
    local = {}
    for k in range(3):
        local[k * k + 1] = k
    return local

f()
class Key:
    pass

k = Key()
d3 = {}
d3[k] = 1
d3[k]
