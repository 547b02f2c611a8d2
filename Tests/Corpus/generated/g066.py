m = np.arange(6, dtype=np.int32).reshape(3, 1, 2)
m = np.array([[], []], dtype=np.int16)
a = np.array([[[14, 20, 16], [0, 16, 3]], [[12, 4, 11], [0, 0, 6]]], dtype=np.uint8)
m[..., :] = 1
s = a[2:, 2:2]
abs(m)
y = m[0:1, ...]
s.flags.owndata
a[::2, ...] = 1
a.shape
s - s
a.flags.writeable = False
a < 2
len(y)
c = a[a < 4]
r = m[1:2]
np.shares_memory(a, y)
_ = np.maximum(s, 7, out=s)
a.base is None
c.sum()
r.dtype.name
r = m.view('uint16')
