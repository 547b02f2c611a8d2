from numpy.lib.stride_tricks import as_strided, sliding_window_view
a = np.arange(6)
w = as_strided(a, shape=(4, 3), strides=(8, 8))
w
w.base is a, w.base.base is a, w.flags.owndata, w.flags.writeable
np.shares_memory(w, a), np.may_share_memory(w, a)
w[0, 1] = 100
a
w
w[1, 0]
w.sum(axis=0)
as_strided(a)
as_strided(a, (3,))
as_strided(a, shape=(3,), strides=(16,))
as_strided(a, shape=(3,), strides=(16,), writeable=False).flags.writeable
r = a[::-1]
as_strided(r, shape=(2, 2), strides=(-8, -16))
as_strided(a[::2], shape=(2, 2), strides=(16, 16))
as_strided(a, shape=(3, 4), strides=(0, 8))
z = as_strided(a, shape=(2, 3), strides=(0, 8))
z[0, 0] = -1
z
as_strided(np.arange(4.0).reshape(2, 2).T, shape=(2,), strides=(8,))
as_strided([1, 2, 3], shape=(2,), strides=(8,))
as_strided(a, shape=(-1,), strides=(8,))
as_strided(a, shape=(2,), strides=(8, 8))
as_strided(a, shape=(2, 2), strides=(8,))
as_strided(a, shape=2, strides=8)
ro = np.arange(4)
ro.flags.writeable = False
as_strided(ro, shape=(2, 2), strides=(8, 8)).flags.writeable
import numpy.lib.stride_tricks as st
st.as_strided(a, (2,), (24,))
np.lib.stride_tricks.sliding_window_view(np.arange(4), 2)
v = sliding_window_view(a, 3)
v
v.flags.writeable, v.base is a, v.strides, v.shape
v[0, 0] = 1
sliding_window_view(a, 3, writeable=True).flags.writeable
sliding_window_view(a[::-1], 4)
sliding_window_view(a[::-2], 2).strides
b = np.arange(12).reshape(3, 4)
sliding_window_view(b, (2, 2))
sliding_window_view(b, 2, axis=1)
sliding_window_view(b, 3, axis=0).strides
sliding_window_view(b, (2, 3), axis=(1, 0)).shape
sliding_window_view(b, (2, 2), axis=(1, 1))
sliding_window_view(b.T, (2, 2)).strides
sliding_window_view(b, 2, axis=-1).sum(axis=-1)
sliding_window_view(a, 7)
sliding_window_view(a, -1)
sliding_window_view(a, (2, 2))
sliding_window_view(b, 2, axis=(0, 0))
sliding_window_view(b, (2,), axis=(0, 1))
sliding_window_view(b, 2, axis=2)
sliding_window_view(a, 0).shape
w = as_strided(a, shape=(4, 3), strides=(8, 8))
w.base is a, type(w.base), w.base.base is a, w.base is w.base, w[0].base is w.base
v = sliding_window_view(a, 3)
type(v.base), v.base.base is a
np.asarray(w.base)
w.base.__array_interface__['shape']
np.asarray(v.base).flags.writeable, w[1:].base is w, w.T.base is w
