# A bool as an index is a 0-d mask: NumPy adds an axis of length 1 (True) or 0 (False) and consumes no axis; a scalar is indexed as a 0-d array.
import numpy as np
m = np.arange(12.0).reshape(3, 4)
m[1, True]
m[True, 1]
np.arange(3)[True]
np.arange(3)[False]
m[np.True_]
m[1, np.False_]
m[True]
m[..., True]
m[1, 2, True]
np.float64(5)[True]
m[True, True]
m = np.arange(12.0).reshape(3, 4)
m[1, True] = -1
m
m[True, 0] = 9
m
m[False] = 3
m
v = np.arange(5)
v[True] += 1
v
v[..., False]
v[None, True]
m[[0, 2], True]
m[True, [0, 2]]
m[True, :, [1]]
m[:, True, 1:3]
v = np.arange(5)
v[np.True_] += 1
v
v[1, ...] -= 1
v
v[np.int64(2)] *= 10
v
m = np.ones((2,2))
m[0, True] += 1
m
v = np.arange(5)
v[True] = 7
v
v[True] = np.array([[1, 2, 3, 4, 5]])
v
m = np.zeros((2, 3))
m[True] = 1
m
m[True, 1] = 5
m
x = np.float64(5)
x[()]
x[...]
x[None]
x[True]
x[False]
x[np.True_]
x[0]
np.int64(3)[True, None]
x[1.5]
x['a']
x[[0]]
x[np.array(True)]
x[:]
x[..., None]
x[()] 
np.bool_(True)[()]
np.str_('ab')[0]
np.datetime64('2020-01-01')[None]
