import numpy as np
a = np.zeros(3, int)
a[:] = np.nan
a[0] = np.inf
a[1] = -np.inf
a[:2] = [np.nan, 1]
a[0] = np.float64('nan')
a[0] = 1e30
a
b = np.zeros(2, np.int8)
b[0] = 300.0
b[0] = 1e10
b
np.array([np.nan, 1.5]).astype(int)
np.array([1e30]).astype(np.int32)
np.array([300.0]).astype(np.uint8)
np.array([-1.0]).astype(np.uint8)
np.float64(np.nan).astype(int)
int(np.float64(np.nan))
np.int64(np.nan)
np.array(np.nan, dtype=int)
np.array([np.nan], dtype=int)
np.full(2, np.nan, dtype=int)
np.zeros(2, int) + np.nan
c = np.zeros(2, int); c += 1.5
u = np.zeros(2, np.uint8)
u[0] = -1.0
u[0] = 2.9
u
u[:] = 256.0
u[:] = [1.5, 300.0]
u[:] = np.array([1.5, 300.0])
u
u[0] = np.float32(np.nan)
u[0] = np.float32(300)
u
a = np.zeros(2, int)
a[:] = np.array([np.nan])
a
np.array([300.0], dtype=np.int8)
np.array([1.5, 2.5], dtype=np.int8)
np.array([np.inf], dtype=np.int32)
np.array(2.5, dtype=np.uint8)
np.asarray([np.nan], dtype=int)
np.array([1e30]).astype(np.int8)
np.array([1e30]).astype(np.int16)
np.array([1e30]).astype(np.uint32)
np.array([1e30]).astype(np.uint64)
np.array([-1e30]).astype(np.uint64)
np.array([np.nan]).astype(np.uint8)
np.array([np.nan]).astype(bool)
np.array([np.inf, -np.inf]).astype(np.int16)
np.array([3e9]).astype(np.int32)
np.array([3e9]).astype(np.uint32)
np.array([-3.7]).astype(np.uint32)
np.array([70000.0]).astype(np.uint16)
np.array([np.nan], np.float32).astype(int)
a[0] = 1.0 + 0j
a[0] = True
a.fill(np.nan)
a.fill(2.7)
a
np.int8(300.0)
np.uint8(-1.0)
np.int64(2.5)
f = np.zeros(2)
f[0] = 1+0j
b = np.zeros(2, bool)
b[0] = 1j
b
f[:] = [1j, 2]
i = np.zeros(2, int)
i[:] = [1j, 2]
f.fill(2j)
np.float64(np.nan).astype(np.float32)
type(np.float64(2).astype(int))
np.int64(2.5).astype(float)
np.int16(70000.0)
np.int64(1e30)
np.uint64(-1.0)
np.int32(np.float32(3e9))
np.int8(np.nan)
np.int8(np.array(300.0))
np.int8([300.0, 1])
x = np.float64(2.5)
x.copy(), x.reshape(()), x.reshape(1), x.round(), x.view(np.int64), x.flatten()
x.astype(np.float32), x.clip(0, 1), x.sum(), x.transpose(), x.squeeze(), x.ravel()
np.int64(7).astype(np.uint8)
