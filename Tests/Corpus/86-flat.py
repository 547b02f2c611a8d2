a = np.arange(12).reshape(3, 4)
f = a.flat
f[3], f[-1], type(f[3])
f[12]
f[-13]
f[2:5]
f[::-5]
f[[1, 5]]
f[np.array([[0, 1], [2, 3]])]
f[a > 8]
f[...]
f[()]
f[1, 2]
f[1.5]
f[None]
f.base is a, f.index, f.coords
len(f)
f.copy()
b = a[:, ::2]
b.flat[3]
b.flat[:] = 0
a
b.flat = 7
a
a.flat[[0, 1]] = [-1, -2]
a.flat[::3] = [100, 200]
a
a.flat[a > 100] = 5
a
a.flat[15] = 1
a.flat[1:3] = []
list(np.arange(3).flat)
[x for x in np.arange(4).reshape(2, 2).T.flat]
f.shape
np.arange(3).flat[0] = 9.5
r = np.arange(3)
r.flags.writeable = False
r.flat[0] = 1
f2 = np.zeros(3).flat
f2[1] = 2
f2.base
np.array(a.flat)
n = np.arange(6).reshape(2, 3)[::-1, ::-1]
n.flat[0], n.flat[5], n.flat[1:4], n.flat.base is n
n.flat[[0, -1]] = 100
n
n.base
n.flat = [1, 2]
n
n.flat[np.array([True, False, True, False, True, False])]
n.flat[np.array([True, False])]
t = np.zeros((2, 2), np.int8)
t.flat = 300
t.flat[1] = 2.9
t
big = np.arange(5)
fl = big.flat
big.resize(7)
del fl
len(np.zeros((3, 0)).flat)
np.zeros((3, 0)).flat[0]
