import numpy as np
np.ma.array([1, 2, 3, 4], mask=[0, 1, 0, 1])
print(np.ma.array([1, 2, 3, 4], mask=[0, 1, 0, 1]))
str(np.ma.array([1.5, 2], mask=[1, 0]))
np.ma.array([1.5, 2], mask=[1, 0])
np.ma.array([True, False], mask=[1, 0])
np.ma.array(['a', 'bc'], mask=[1, 0])
np.ma.array([b'a', b'bc'], mask=[0, 1])
np.ma.array([1j, 2 + 0.5j], mask=[0, 1])
np.ma.array([1], dtype=np.int8)
np.ma.array([1, 2], dtype=np.int32, mask=[1, 0])
np.ma.array([1, 2], dtype=np.uint8, mask=[1, 0])
np.ma.array([0.1, 2], dtype=np.float32, mask=[0, 1])
np.ma.array(np.arange(30), mask=np.arange(30) % 3 == 0)
np.ma.array(np.arange(30.) / 7, mask=np.arange(30) % 4 == 0)
print(np.ma.array(np.arange(30.) / 7, mask=np.arange(30) % 4 == 0))
np.ma.array(np.arange(12.).reshape(3, 4), mask=np.arange(12).reshape(3, 4) % 5 == 0)
print(np.ma.array(np.arange(12.).reshape(3, 4), mask=np.arange(12).reshape(3, 4) % 5 == 0))
np.ma.array(np.arange(8).reshape(2, 2, 2), mask=np.arange(8).reshape(2, 2, 2) == 3)
np.ma.array([[1, 2]], mask=[[0, 1]])
np.ma.array([[1, 2], [3, 4]])
np.ma.array([1, 2, 3])
np.ma.array(5)
np.ma.array(5, mask=True)
print(np.ma.array(5, mask=True))
np.ma.array([], dtype=float)
np.ma.array([1, 2], mask=True)
np.ma.array(np.arange(250), mask=np.arange(250) % 7 == 0)
np.ma.array(np.arange(2000) % 3, mask=np.arange(2000) % 5 == 0)
np.ma.masked
print(np.ma.masked)
repr(np.ma.masked); str(np.ma.masked)
np.ma.nomask
type(np.ma.masked)
type(np.ma.array([1]))
np.ma.array([1, 2], fill_value=5)
np.ma.array([1., 2], mask=[0, 1], fill_value=-9)
np.ma.array([1, 2], dtype=np.int8, fill_value=3)
np.ma.array(['a'], fill_value='zz')
np.ma.array([1, 2]).fill_value
np.ma.array([1.]).fill_value
np.ma.array([True]).fill_value
np.ma.array(['x']).fill_value
np.ma.array([1], dtype=np.int16).fill_value
np.ma.array([1], dtype=np.uint32).fill_value
np.ma.array([1j]).fill_value
x = np.ma.array([1, 2, 3], mask=[0, 1, 0])
x.fill_value = 7
x
x.fill_value = None
x
x.fill_value = 'a'
x.fill_value = 2 ** 70
np.ma.array([1, 2], mask=[1, 0, 1])
np.ma.zeros(3)
np.ma.ones((2, 2))
np.ma.arange(4)
mx = np.ma.array([1, 2, 3], mask=[0, 1, 0])
np.ma.masked == 1
np.ma.masked > np.ma.masked
np.ma.zeros(3, dtype=int)
mx.sum(keepdims=True)
mx.mean(keepdims=True)
np.ma.array(np.arange(3), mask=np.ma.nomask)
np.ma.array(np.arange(3), mask=False)
np.ma.array(mx, mask=[1, 0, 0], keep_mask=False)
np.ma.array(mx, mask=[1, 0, 0])
c = np.ma.array(mx, copy=True); c[0] = np.ma.masked; mx
h = np.ma.array([1, 2], hard_mask=True, mask=[1, 0]); h[0] = 5; h
h = np.ma.masked_array([1, 2], [1, 0], hard_mask=True); h[0] = 5; h
np.ma.array([1, 2], fill_value=1.5)
np.ma.array([1., 2], fill_value=np.nan)
np.ma.array([1, 2], mask=[0, 1], dtype=float)
np.ma.array(mx, dtype=float)
np.ma.array([1, 2], copy=True, dtype=np.int8)
np.ma.masked_values([1.0, 2.0], 2.0, atol=0.5)
np.ma.count_masked(np.ma.array([[1, 2], [3, 4]], mask=[[0, 1], [1, 1]]), axis=0)
np.ma.getmaskarray(np.ma.array([[1, 2]], mask=[[0, 1]]))
mx.count(keepdims=True)
np.ma.array([5., 7.]).var(ddof=1)
np.ma.array([1, 2]) * np.ma.masked
-np.ma.masked
np.ma.sqrt(np.ma.masked)
m = np.ma.array([1, 2], mask=[0, 1])
(m * 1.5).fill_value
m.fill_value
m * 1.5
m[:1]
np.ma.array(m, dtype=float)
m.sum(axis=0)
