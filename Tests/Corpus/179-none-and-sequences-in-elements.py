# None and sequences stored into arrays as NumPy's setitem takes them: None is NaN in floats and complex numbers, False in booleans, 'None' in text, and int() refuses it; a list, a tuple or an array with dimensions stored into one element is refused in each dtype's own words (booleans take its truth), where a slice or a row broadcasts it. The scalar types, `np.full` and `np.full_like` make the same of None.
import numpy as np
f = np.arange(5.0)
f[1] = None
f[[2, 3]] = None
f
a = np.arange(5)
a[1] = None
a[1:3] = None
a[a > 2] = None
a[1] = [7]
a[1] = (7,)
a[1] = np.array([7])
a[1] = np.array(7)
a
f[1] = [7]
f[0] = [[3]]
f[1] = np.array([2.0])
f[:2] = [8]
f
u = np.zeros(3, dtype=np.uint8)
u[0] = None
u[0] = [1]
u[0] = np.array([1])
h = np.zeros(2, dtype=np.float16)
h[0] = None
h
c = np.zeros(2, dtype=complex)
c[0] = None
c[1] = [1]
c[1] = (1, 2)
c[1] = np.array([1])
c
b = np.ones(6, dtype=bool)
b[0] = None
b[1] = ()
b[2] = []
b[3] = [0]
b[4] = np.array([0])
b[5] = np.array([[0]])
b
b[0] = np.array([1, 2])
b[0] = np.array([])
b
s = np.zeros(2, dtype='U3')
s[0] = None
s[1] = ['ab']
y = np.zeros(2, dtype='S3')
y[0] = None
y[1] = (b'a',)
s, y
m = np.zeros((2, 3))
m[0, 1] = [5]
m[(1, 2)] = np.array([4.0])
m[-1, -1] = []
m[0] = [1, 2, 3]
m[1] = None
m
mi = np.zeros((2, 2), dtype=int)
mi[1, 1] = [3]
mi[..., 0] = [1, 2]
mi[0, 0] = np.array(7)
mi
i = 1
a[i] = [1]
a[np.int64(0)] = None
def store(x, v):
    x[0] = v
    return x

store(np.zeros(2), None), store(np.zeros(2, dtype=bool), [1])
store(np.zeros(2, dtype=int), [1])
f.fill(None)
f
np.float64(None), np.float32(None), np.float16(None), np.complex128(None), np.complex64(None), np.bool_(None)
np.int64(None)
np.uint8(None)
np.full(2, None, dtype=float), np.full(2, None, dtype=bool), np.full((1, 2), None, dtype=complex)
np.full(2, None, dtype=int)
np.full(2, None)
np.full_like(np.zeros(3), None)
np.full_like(np.zeros(3, dtype=int), None)
np.full(2, None, dtype='U4')
np.full(2, np.nan, dtype=int)
np.full(2, 2.7, dtype=int)
