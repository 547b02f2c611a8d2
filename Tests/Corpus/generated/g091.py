b = np.array([[], []], dtype='uint16')
m = np.array([11, 15, 6, 6, 12, 2], dtype=np.uint32)
b.dtype.name
m.argmin(axis=0)
m[9]
b.dtype.name
np.where(b > 4, b, 4)
m.all()
np.may_share_memory(m, b)
b <= b
w = np.squeeze(m)
w[-3]
w - 1
w[5] = 2
_ = np.add(b, 3, out=b)
w[...] = m
m + m
w.mean(axis=-1, keepdims=True)
_ = np.add(w, 7, out=w)
m[-3] = 6
np.count_nonzero(w, axis=-1)
np.argmin(w, axis=-1)
