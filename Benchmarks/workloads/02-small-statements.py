# 100,000 small statements on small arrays: slicing, assignment through views,
# may_share_memory and `.base is`. The block below is written out 10,000 times
# by the runner (arrsh has no loops).
import numpy as np
a = np.arange(100)
k = 0
s = 0
t = 0
# bench-repeat 10_000
k = (k + 7) % 50
b = a[k:k + 30]
b[0] = k
c = b[::2]
c[1] = 3
m = np.may_share_memory(a, c)
o = c.base is a
d = a[k + 1]
s = s + d
t = t + m + o
# bench-end
print(s, t, a.sum())
