import numpy as np
a = (np.arange(300_007) % 251 - 125).astype(np.int8)
a.sum()
a.sum(dtype=np.int32)
a.astype(np.uint16).sum()
a.astype('>i2').sum()
np.prod(a[:100_000] % 2 + 1, dtype=np.uint8)
m = a[:300_000].reshape(600, 500)
m.sum(axis=0)[:5]
m.sum(axis=1)[-3:]
m.sum(axis=(0, 1))
m.sum(axis=0, keepdims=True).shape
m.T.sum(axis=1)[:3]
m[::-1, ::3].sum(axis=0)[-2:]
np.prod(a[:70_000].reshape(7, 10_000) % 2 + 1, axis=0)[:3]
b = a > 0
b.sum()
np.sum(b, initial=5)
b[:300_000].reshape(1000, 300).sum(axis=1)[:4]
np.zeros((0, 100_000), dtype=np.int8).sum(axis=1)
np.ones((3, 100_000), dtype=np.uint8).sum(axis=1)
a.reshape(1, -1).sum(axis=1)
