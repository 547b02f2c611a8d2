# Reductions walk a reversed axis in its own order, as NumPy's do: a float sum's last bits depend on it.
import numpy as np
v = np.sin(np.arange(2999) * 1.37) * np.exp(np.cos(np.arange(2999) * 0.71) * 20)
repr(v[::-1].sum()), repr(v.sum()), repr(v[::-1].copy().sum()), repr(v[::-1].mean())
m = v[:2990].reshape(130, 23)
repr(m[::-1].sum(axis=0)[4]), repr(m[:, ::-1].sum(axis=1)[4]), repr(m[::-1].T.sum(axis=0)[2]), repr(m[::-1].sum(axis=0, keepdims=True)[0, 5])
repr(m[::-1].max(axis=0)[3]), repr(m[:, ::-1].min(axis=1)[3]), repr(m[::-1].mean(axis=0)[7])
f = v.astype(np.float32)
repr(f[::-1].sum()), repr(f.reshape(-1, 1)[::-1].sum(axis=0)[0])
big = np.arange(2_300_000, dtype=np.float64).reshape(1000, 2300) / 7.0
repr(big[::-1].sum(axis=0)[11]), repr(big[:, ::-1].sum(axis=1)[11]), repr(big[::-1, ::-1].sum(axis=1)[-1])
np.arange(10)[::-1].sum(), np.arange(10)[::-1].max(), np.arange(12).reshape(3, 4)[::-1, ::-1].sum(axis=0), np.ones(0)[::-1].sum()
