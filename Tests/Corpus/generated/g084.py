a = np.array(7)
x = np.array([0.25, 2.0, 1.5, 1.0], dtype=np.float32)
x = np.array([-2.5, 2.0, -2.5, -0.5, -2.5], dtype=np.float32)
x > a
w = x[-4]
a > -2.0
w = a[None]
w.base is x
w[:-1] += -2
a.argmin()
np.may_share_memory(x, w)
np.mean(x, axis=0)
np.any(x, axis=-1)
w[...] = a
w.mean(keepdims=True)
w = a.flatten()
np.cumsum(a)
x[3] = 1.5
c = a[None]
_ = np.add(a, 3, out=a)
w.argmax(axis=0)
c = a.copy()
np.minimum(c, 2, out=w)
a / w
w
w[:] = 1
w.flags.c_contiguous, w.flags.f_contiguous
np.count_nonzero(w, axis=0)
w.sum(keepdims=True)
r = a[()]
c[()] = 0
a + x
np.may_share_memory(w, x)
a[...] = -2
c.strides
np.negative(w)
s = a[...]
x
x.dtype
a.reshape(-1, -1)
w.flags.writeable = False
r = s[None]
s.min()
