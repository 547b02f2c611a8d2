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
