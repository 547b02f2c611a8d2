a = np.array([1, 'a', None], dtype=object)
a
print(a)
a.dtype, a.dtype.kind, a.dtype.char, a.dtype.itemsize, a.dtype.str, a.dtype.name
a[0], a[1], a[2]
type(a[0]), type(a[1])
b = a[1:]
b[0] = 'x'
a, b.base is a, np.may_share_memory(a, b)
r = np.array([[1], [1, 2]], dtype=object)
r, r.shape
r[1].append(3)
r
np.array([[1], [1, 2]])
np.array([None, {'k': 1}])
np.array([[1, 2], [3, [4]]], dtype=object)
np.array([(1, 2), (3,)], dtype=object)
np.empty(3, dtype=object)
z = np.zeros((2, 2), dtype=object)
z[0, 1] = [1, 2]
z
np.ones(2, dtype='O'), np.full(3, 'hi', dtype=object)
np.dtype(object), np.dtype('O') == np.dtype(object), np.object_
l = np.array([[1, 2], [3]], dtype=object)
d = l.copy()
d[0].append(9)
l
import copy
e = copy.deepcopy(l)
e[0].append(10)
l, e
n = np.empty(2, dtype=object)
n[0] = np.arange(3)
n[1] = np.arange(2)
n
print(n)
x = np.array(5, dtype=object)
x, x.item(), x.ndim, str(x)
c = np.array([[1, 2], [3, 4]], dtype=object)
c.T, c[:, 0], c[c > 1], c[[1, 0]], c.reshape(4)
o = np.array(['a', 1, 2.5], dtype=object)
o.astype(str), o == 'a', o == None
o.size, o.nbytes, o.itemsize, o.strides
np.concatenate([o, o])
o[:] = [1, [2], 'x']
o
o.fill(0)
o
m = np.empty(2, dtype=object)
m[0] = np.eye(2)
m[1] = 5
m
print(m)
m[1] = m
m
b = np.array([1, 2, 3], dtype=object)
b[[0, 2]] = ['x', [5]]
b[b == 'x'] = None
b
np.array([[1, 2], [3, 4]], dtype=object, ndmax=1)
np.array([[1, 2], [3, [4]]], dtype=object, ndmax=3)
np.array([np.arange(2), np.arange(2)], dtype=object, ndmax=1)
np.array([[1, 2], [3, 4]], ndmax=1)
np.array(np.arange(4).reshape(2, 2), dtype=object, ndmax=1)
np.array([[1, 2]], ndmax=65)
