import numpy as np
array_a = np.arange(6)
array_a
array_b = array_a
id(array_a), id(array_b)
id(array_a) == id(array_b)
array_b is array_a
array_b = array_a[0:3]
array_b
id(array_a), id(array_b)
id(array_a) == id(array_b)
array_b is array_a
array_b[0] = 100
array_a
array_b
array_c = np.copy(array_a)
array_c
id(array_c) == id(array_a)
array_c[0] = 0
array_a
array_b
array_c
np.may_share_memory(array_a, array_b)
np.may_share_memory(array_a, array_c)
np.may_share_memory(array_b, array_c)
array_a.base is None
array_b.base is None
array_b.base is array_a
array_c.base is None
array_c.base is array_a
print(array_a)
print(array_b)
print(array_c)
print(array_a.base is None, array_b.base is array_a)
array_d = array_a.copy()
array_d.base is None
array_d[1] = -1
print(array_a, array_d)
id(array_a), id(array_b), id(array_c), id(array_d)
