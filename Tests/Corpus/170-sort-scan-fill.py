import numpy as np
v = (np.arange(200) * 7919 % 211) - 100
np.sort(v)[:12]
np.sort(v)[-5:]
np.argsort(v, kind='stable')[:12]
np.argsort(v)[-6:]
np.sort(v.astype(np.int8))[::20]
np.sort(v.astype(np.uint8))[::25]
np.sort(v.astype(np.int16) * 300)[::25]
np.sort(v.astype(np.uint16))[-4:]
np.sort(v.astype(np.int32) * 10**7)[::40]
np.sort(v.astype(np.uint32))[:3]
np.sort(v.astype(np.uint64) * 2**40)[-3:]
np.sort(v * 2**50)[:4]
f = v / 7.0
f[[3, 50, 90]] = np.nan
f[[4, 60]] = np.inf
f[7] = -np.inf
np.sort(f)[:5]
np.sort(f)[-7:]
np.argsort(f, kind='stable')[-7:]
np.argsort(f, kind='stable')[:5]
np.sort(f.astype(np.float32))[-5:]
np.sort(f.astype(np.float16))[:6]
np.argsort(f.astype(np.float16), kind='stable')[-5:]
np.sort(f.astype('>f8'))[:4]
np.sort(np.array([2, -1, 0], dtype='>i2'))
m = v[:60].reshape(3, 4, 5)
np.sort(m, axis=0)[:, 1]
np.sort(m, axis=1)[0]
np.sort(m)[2]
np.sort(m, axis=None)[::10]
np.argsort(m, axis=1, kind='stable')[1]
np.argsort(m, axis=0, kind='stable')[:, 2]
np.argsort(m, axis=None, kind='stable')[:8]
np.sort(m[:, ::-2, 1:])
b = v % 3 == 0
np.sort(b)[60:75]
np.argsort(b, kind='stable')[:10]
w = f.copy()
w.sort()
w[-4:]
t = np.arange(60).reshape(6, 10).T.copy()[::-1]
t.sort(axis=0)
t[:3]
np.argsort(np.zeros((2, 0)), kind='stable')
np.sort(np.array([5]))
np.cumsum(v)[-3:]
np.cumsum(v.astype(np.int8))[-3:]
np.cumsum(v.astype(np.uint8), dtype=np.uint8)[-3:]
np.cumprod(v[1:30].astype(np.int64) + 101)[-2:]
np.cumprod(v[1:30].astype(np.int32), dtype=np.int32)[-3:]
np.cumsum(f)[:8]
np.cumsum(f[8:50])[-3:]
np.cumprod(f[8:20] / 10)
np.cumsum(f.astype(np.float32)[8:40])[-3:]
np.cumsum(f.astype(np.float16)[8:40])[-3:]
np.cumprod(np.arange(1, 12, dtype=np.float16))
np.cumsum(np.arange(10) + 1j * np.arange(10))
np.cumprod(np.array([1+2j, 3-1j, 0.5j, -2+1j], dtype=np.complex64))
np.cumsum(b)[-3:]
np.cumsum(b, dtype=bool)[:5]
np.cumprod(b[:8], dtype=bool)
np.cumsum(m, axis=0)[-1]
np.cumsum(m, axis=1)[:, -1]
np.cumprod(m % 5 + 1, axis=2)[1]
m.cumsum()[-4:]
m[:, ::-1, ::2].cumsum(axis=1)[2]
np.cumsum(np.zeros((3, 0)), axis=0)
np.cumsum(np.zeros((0, 3)), axis=1)
np.cumsum(np.array([3, 1, 2], dtype='>i4'))
out = np.zeros(200)
r = np.cumsum(v, out=out)
r is out
out[-2:]
np.ones(5, dtype=np.int8)
np.ones(4, dtype=np.uint16)
np.ones((2, 3), dtype=np.float16)
np.ones(3, dtype=np.complex64)
np.ones(3, dtype=bool)
np.full(6, -3, dtype=np.int64)
np.full((2, 2), 2.5, dtype=np.float32)
np.full(3, 1 + 2j)
np.full(4, 2, dtype=bool)
np.full(3, 7, dtype='>i4').view(np.uint8)
np.ones_like(m[:, :2, :2], dtype=np.int16)
np.full_like(f[:4], 9.5)
z = np.zeros((4, 6), dtype=np.int16)
z[::2, 1::2] = 7
z[1].fill(-2)
z
z.T.fill(3)
z
y = np.zeros(5, dtype='>f4')
y.fill(1.5)
y.view(np.uint8)[:4]
y[...] = 300
y
c = np.zeros(4, dtype=np.complex128)
c[1:3] = 2 - 1j
c
