# Comparisons with NaN are quiet in NumPy: no RuntimeWarning from <, <=, >, >= on arrays long enough for vector loops, of every float type, with broadcasting and out=; arithmetic on NaN and inf still warns where it should.
import numpy as np
t = np.full(1000, np.nan)
(t < 0).sum(), (t <= 0).sum(), (t > 0).sum(), (t >= 0).sum(), (t == t).sum(), (t != t).sum()
x = np.where(np.arange(64) % 3 == 0, np.nan, np.arange(64.0))
(x < 10).sum(), (x >= 10).sum(), np.less(x, x[::-1]).sum(), np.greater_equal(x.reshape(8, 8), x[:8]).sum()
f = x.astype(np.float32)
h = x.astype(np.float16)
(f < 5).sum(), (h > 5).sum(), (f <= np.float32(np.nan)).sum(), (h >= h).sum()
out = np.zeros(64, dtype=bool)
np.less(x, 3.0, out=out).sum()
c = x + 1j
(c == c).sum(), (c != c).sum()
np.maximum(x, 1.0)[:4], np.fmin(x, 2.0)[:4]
(np.arange(4.0) / 0 < 1), np.arange(3.0) - np.inf
(np.inf - np.full(40, np.inf)).sum()
