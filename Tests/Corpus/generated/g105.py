a = np.array([True, False, True, False, True, True], dtype=np.bool_)
b = np.full((1, 3), 7, dtype=np.uint16)
b = np.array([[7, -1, -8]], dtype=np.int16)
a.flags.owndata
a.dtype.name
b.dtype.name
np.negative(b)
np.less(a, False, out=a)
b.flags.writeable
a.reshape(7, 1)
np.may_share_memory(b, a)
np.greater(a, 1, out=a);
b / 3
v = np.reshape(a, (1, 6))
y = a.astype(np.uint64)
np.greater(v, 6, out=v);
type(b)
r = a[[-3, 4, -1]]
a[-2] = False
v.flags.owndata
type(a)
r = np.broadcast_to(a, (2, 1, 6))
r & True
b.mean()
c = a.flatten()
np.shares_memory(y, a)
r = np.squeeze(c)
r
y[...] = r
np.equal(y, 5, out=r)
b.base is a
c.cumsum(axis=0)
a != v
x = np.array([[], []], dtype=np.int32)
y[y < 1] = 4
a
y += 4
print(r)
c |= False
m = np.array([[], []], dtype=np.uint16)
x * -0.5
w = np.transpose(v)
t = x[..., None, :]
v | True
a[1]
np.min(v)
print(v)
np.may_share_memory(t, x)
