a = np.arange(4, dtype=np.int16)
b = a.tobytes()
b
type(b), len(b)
a[::-1].tobytes()
np.arange(6).reshape(2, 3).tobytes(order='F')
np.array([1.5]).tobytes()
np.array([True, False]).tobytes()
np.array([9, 10, 13, 39, 92, 34, 65, 127, 128, 255], dtype=np.uint8).tobytes()
x = np.frombuffer(b, dtype=np.int16)
x
x.flags.writeable, x.flags.owndata, x.base is b
x.base
x[0] = 5
np.frombuffer(b, dtype=np.int16, count=2, offset=2)
np.frombuffer(b, dtype=np.int32)
np.frombuffer(b)
np.frombuffer(b, dtype=np.int64, count=2)
np.frombuffer(b, dtype=np.int16, offset=9)
np.frombuffer(b, dtype=np.int32, count=-1, offset=2)
np.frombuffer(a, dtype=np.uint8)
y = np.frombuffer(a.data, dtype=np.int8)
y.flags.writeable
y[0] = 9
a
np.frombuffer(a[::2])
np.frombuffer([1, 2])
b[0], b[1:3], b[-1], b[::2], len(b), list(b)[:4]
b[8]
b['x']
b == a.tobytes(), b == a[::-1].tobytes(), b == 5
e = np.arange(0, dtype=np.int16).tobytes()
e, len(e)
np.frombuffer(e, dtype=np.int16)
np.frombuffer(a.tobytes(), dtype=np.int16, count=0)
np.frombuffer(a, count=-2, dtype=np.int8)
np.frombuffer(a, offset=-1)
np.frombuffer(np.float64(3.0))
np.frombuffer(5)
np.frombuffer(a.T.data)
np.arange(6).reshape(2, 3).tobytes(order='A') == np.arange(6).reshape(2, 3).tobytes()
np.arange(6).reshape(2, 3).T.tobytes(order='A') == np.arange(6).reshape(2, 3).tobytes()
np.arange(6).reshape(2, 3).T.tobytes(order='K') == np.arange(6).reshape(2, 3).tobytes()
np.arange(3).tobytes(order='X')
z = np.frombuffer(b, dtype=np.int16)
z.base is b, type(z.base)
z2 = z[1:]
z2.base is b
np.frombuffer(b, dtype=np.uint8, offset=7)
g = np.arange(4, dtype=np.uint8)
gv = np.frombuffer(g, dtype=np.uint16)
gv
gv[0] = 258
g
np.shares_memory(gv, g), gv.base is g
