import numpy as np
a = np.arange(4)
m = np.ma.array(a)
m.data is a
np.shares_memory(m.data, a)
m.data.base is a
m.data is m.data
m[0] = 10
a
m = np.ma.array(a, copy=True)
np.shares_memory(m.data, a)
m = np.ma.MaskedArray(a)
np.shares_memory(m.data, a)
np.ma.masked_array(a, mask=[0, 1, 0, 0])
b = np.array([True, False, False, False])
m = np.ma.array(a, mask=b)
np.shares_memory(m.mask, b)
m.mask is m.mask
b[1] = True
m
mx = np.ma.array([1, 2, 3], mask=[0, 1, 0])
v = mx[1:]
v[1] = np.ma.masked
mx
v[0] = 10
mx
mx.mask[0] = True
mx
mx[1]
mx[0]
mx[::2]
mx[[0, 2]]
mx[mx.mask]
mx[5]
len(mx); list(mx)
g = np.ma.array(np.arange(6).reshape(2, 3), mask=[[0, 1, 0], [1, 1, 1]])
g[1]
g[0, 1]
g[0, 0]
print(g[1])
g[:, 1]
g.T
g[0, 1] = 5
g
g[1] = np.ma.masked
g[1] = [7, 8, 9]
g
h = np.ma.array([1, 2], mask=[0, 1])
h.harden_mask()
h[1] = 5
h
h.hardmask
h.soften_mask()
h[1] = 5
h
h.mask = True
h
h.mask = np.ma.nomask
h
h.mask = [1, 0]
h
n = np.ma.array([1, 2, 3])
n.mask = np.ma.nomask
n
n.mask
n[0] = np.ma.masked
n
n.shape; n.dtype; n.ndim; n.size
n.filled(); n.filled(0)
np.ma.array([1.5, 2], mask=[1, 0]).filled()
n.compressed()
n.tolist()
np.ma.array([[1., 2], [3, 4]], mask=[[0, 1], [1, 0]]).tolist()
np.ma.masked_where(np.arange(4) > 1, np.arange(4))
np.ma.masked_where([True, False], [1, 2, 3])
np.ma.masked_where(np.arange(4) > 5, np.arange(4))
np.ma.masked_equal([1, 2, 1], 1)
np.ma.masked_not_equal([1, 2, 1], 1)
np.ma.masked_greater([1, 2, 3], 2)
np.ma.masked_greater_equal([1, 2, 3], 2)
np.ma.masked_less([1, 2, 3], 2)
np.ma.masked_less_equal([1, 2, 3], 2)
np.ma.masked_inside([1, 2, 3, 4], 2, 3)
np.ma.masked_inside([1, 2, 3, 4], 3, 2)
np.ma.masked_outside([1, 2, 3, 4], 2, 3)
np.ma.masked_invalid([1., np.nan, np.inf])
np.ma.masked_invalid([1., 2.])
np.ma.masked_values([1., 1.1, 2], 1.1)
np.ma.masked_values([1, 2, 1], 1)
np.ma.masked_values([1, 2, 1], 5)
np.ma.getmask(np.ma.array([1, 2], mask=[0, 1]))
np.ma.getmask([1, 2])
np.ma.getmaskarray([1, 2])
np.ma.getdata(np.ma.array([1, 2], mask=[0, 1]))
np.ma.is_masked(np.ma.array([1, 2], mask=[0, 1]))
np.ma.is_masked(np.ma.array([1, 2]))
np.ma.isMaskedArray(np.ma.array([1, 2])); np.ma.isMaskedArray([1]); np.ma.isMA(np.ma.masked)
np.ma.count_masked(np.ma.array([1, 2], mask=[0, 1]))
isinstance(n, np.ndarray); isinstance(n, np.ma.MaskedArray)
n.foo
n.foo = 1
n.foo
x = np.ma.array(np.arange(4), mask=[1, 1, 0, 0])
x.shape = (2, 2)
x
x.argmin(axis=0, fill_value=-1)
x.reshape(4, 1)
x.ravel()
x.T
np.ma.reshape(x, (1, 4))
x.squeeze()
m = np.ma.masked_array(np.arange(10), np.arange(10) > 5)
m[8] = 42
hardened = np.ma.harden_mask(m)
hardened is m
m[:] = 23
m
y = np.ma.array([[1, 2], [3, 4]], mask=[0] * 4)
y.shrink_mask()
y.mask
a = np.ma.array([1, 2, 3], mask=[1, 0, 0])
a.set_fill_value(-999)
a
a.get_fill_value()
np.ma.set_fill_value(a, 5)
a
b = np.ma.array(a)
b.shape = (3, 1)
a
a.repeat(2)
import numpy.ma as ma
x = np.array([1, 2, 3])
v = x.view(ma.MaskedArray)
v
v[0] = ma.masked
v[1] = 7
x
v
mx = np.ma.array([1, 2, 3, 4], mask=[0, 1, 0, 0])
mx[mx > 1]
mx[mx > 1] = 0
mx
np.ma.array([1, 2], mask=[[1, 0]])
np.ma.masked[0]
np.ma.masked.mask
len(np.ma.masked)
mx[np.ma.array([0, 1])]
mx.sum(axis=(0,))
mx.sum(axis=1)
mx.argmax(axis=1)
mx.min(fill_value='a')
np.ma.array([1, 2], mask='x')
np.ma.array([[1, 2], [3]])
np.ma.masked_where([[True]], [1, 2])
for v in np.ma.array([1, 2], mask=[0, 1]): print(v)
[v for v in np.ma.masked_equal([[1, 2], [2, 1]], 2)]
np.ma.array([1.5, np.nan]).sum()
np.ma.masked_invalid([1.5, np.nan]).sum()
np.ma.array([1, 2]) + 'a'
np.ma.array([[1, 2]]).mean(axis=0)
