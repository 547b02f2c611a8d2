# np.array of a flat list or tuple of Python floats or ints (written straight into the array), and every neighbouring case the general path decides: mixed types, bools, None, big ints, nesting, a dtype asked.
import numpy as np
np.array([1.5, 2.0, -0.0, float('nan')])
np.array([1, 2, 2**62])
np.array([1, 2, 2**63])
np.array([1, 2.5])
np.array([2.5, 1])
np.array((1.0, 2.0), dtype=np.float64)
np.array((1.0, 2.0), dtype=np.float32)
np.array([1, 2], dtype=float)
np.array([1, 2], dtype='>i8')
np.array([1.0, True])
np.array([True, 1.0])
np.array([1, None])
np.array([1.0, [2.0]])
np.array([])
np.array([1.0]).dtype, np.array([1]).dtype, np.array((3,)).flags.writeable
np.sum([1.5, 2.5]), np.mean([1, 2, 3])
a = np.array([float(i) for i in range(10)])
a.base is None, a.flags.c_contiguous, a.flags.owndata
lst = [1.0, 2.0]
b = np.array(lst)
lst[0] = 9.0
b
np.asarray([1.0, 2.0])
