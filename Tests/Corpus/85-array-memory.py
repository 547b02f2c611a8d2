a = np.arange(6, dtype=np.int32).reshape(2, 3)
i = a.__array_interface__
i['shape'], i['typestr'], i['strides'], i['version'], i['descr']
type(i), len(i), list(i)
i['data'][0] == a.ctypes.data, i['data'][1]
a.T.__array_interface__['strides']
a[:, 1:].__array_interface__['data'][0] - a.ctypes.data
a[::-1].ctypes.data - a.ctypes.data
b = a[::-1, ::2]
b.__array_interface__['strides'], b.__array_interface__['shape']
r = np.arange(3.0)
r.flags.writeable = False
r.__array_interface__['data'][1], r.__array_interface__['typestr']
np.array(True).__array_interface__['typestr'], np.array(5, np.uint8).__array_interface__['shape']
i['foo']
np.zeros((2, 0)).__array_interface__['strides']
c = a.ctypes
c.data == a.ctypes.data
c.shape[0], c.strides[1]
type(c.data)
m = a.data
m.nbytes, m.format, m.itemsize, m.readonly, m.shape, m.strides, m.ndim
m.tolist()
m.obj is a
m.c_contiguous, m.f_contiguous, m.contiguous
a.T.data.strides, a.T.data.c_contiguous, a.T.data.f_contiguous
a[:, ::2].data.tolist()
r.data.readonly, r.data.format
np.arange(3.0, dtype=np.float32).data.format, np.zeros(2, bool).data.format, np.zeros(1, np.uint64).data.format
m[1, 2]
m[0]
len(m), len(a.T.data)
m.tobytes() == a.tobytes()
np.array(5).data.shape, np.array(5).data.tolist()
m2 = np.arange(4, dtype=np.uint8).data
m2[0], m2[1:3].tolist(), m2.tolist()
m2[0] = 200
m2.obj
lo, hi = np.lib.array_utils.byte_bounds(a)
hi - lo
lo == a.ctypes.data
l2, h2 = np.lib.array_utils.byte_bounds(a[::-1, ::2])
h2 - l2, l2 - lo
l3, h3 = np.lib.array_utils.byte_bounds(a.T)
h3 - l3, l3 - lo
e = np.zeros((2, 0))
l4, h4 = np.lib.array_utils.byte_bounds(e)
h4 - l4
s = np.arange(10.0)[::3]
s.data.strides, s.data.shape, s.data.nbytes, s.data.c_contiguous, s.data.contiguous
s.data.tolist(), s.data[1], s.data[-1]
s.data[4]
s.data['x']
ms = s.data
ms[0] = 2.5
ms[1] = 7
ms[2] = 'a'
s
mr = r.data
mr[0] = 1.0
u8 = np.zeros(3, np.uint8).data
u8[0] = 256
u8[0] = 1.5
np.array(5).data[()]
np.array(5).data[0]
len(np.array(5).data)
list(np.arange(3).data)
np.asarray(s.data), np.shares_memory(np.asarray(s.data), s)
s.real, s.real.base is s.base, s.imag, s.imag.flags.writeable
s.ctypes.data - np.lib.array_utils.byte_bounds(s)[0]
s.ctypes.shape[0], s.ctypes.strides[0], len(s.ctypes.shape)
len(i), i['descr'], 'data' in i
k = np.arange(3)
k[1:].__array_interface__['data'][0] - k.__array_interface__['data'][0]
np.lib.array_utils.byte_bounds(k)[1] - np.lib.array_utils.byte_bounds(k)[0]
from numpy.lib.array_utils import byte_bounds
w = np.arange(20.0).reshape(4, 5)
bl, bh = byte_bounds(w[1:3, ::-2])
bh - bl, bl - w.ctypes.data
