import numpy as np
np.interp(np.nan, [1], [5])
np.interp([np.nan, 0, 2], [1], [5j])
np.interp(np.nan, [1, 2], [5j, 1])
np.interp(1.5, [1, 2], [1, 2], left=1j)
np.interp(1.5, [1, 2], [1j, 2], left=1)
np.interp(1.5, [1, 2], np.array([1j, 2], np.complex64))
np.interp(1.3, [1, 1.7, 2], [0.1j, 0.7, 3+0.3j])
np.interp(1.3, [1, 1.7, 2], [0.1, 0.7, 3])
np.interp([1.5], [1, 2], [1j, 2])
np.interp([0, 5], [1, 2, 3], [1j, 2, 3+1j], left=5j, right=1)
np.interp([0, 2.5], [1, 2, 3], [1j, 2, 3j], period=4)
np.interp(1.5, [1, 2], [1.5, 2], left='a')
np.interp(1.5, [1, 2], [1, np.inf*1j])
x = [0, 1, 1.5, 2.72, 3.14]
np.interp(x, [1, 2, 3], [1.0j, 0, 2+3j])
np.mgrid[-1:1:5j]
np.ogrid[-1:1:5j]
np.r_[-1:1:6j, [0]*3, 5, 6]
np.r_[0:1:3j]
np.mgrid[0:1:3j, 0:2:2j]
np.ogrid[0:1:3j, 0:3]
np.mgrid[0:5:1j]
np.mgrid[2:5:1j, 0:2]
np.r_[3:5:1j]
np.c_[0:1:3j]
np.mgrid[:1:3j]
np.mgrid[0:1:2.5j]
np.mgrid[0:1:np.complex128(3j)]
np.mgrid[0:1:0j]
np.r_[0:1:0j]
np.ogrid[0:10:-3j]
import no_such_package.pyplot as plt
import math.foo
from math.x import y
np.binary_repr(3)
np.binary_repr(-3)
np.binary_repr(3, width=4)
np.binary_repr(-3, width=3)
np.binary_repr(-3, width=5)
np.binary_repr(0)
np.binary_repr(0, width=5)
np.binary_repr(-4, width=3)
np.binary_repr(-4, width=8)
np.binary_repr(-4)
np.binary_repr(5, width=2)
np.binary_repr(-5, width=2)
np.binary_repr(2**70)
np.binary_repr(np.int8(-128), width=8)
np.binary_repr(np.uint64(2**64 - 1))
np.binary_repr(1.5)
np.binary_repr(True)
np.binary_repr(0, width=0)
np.binary_repr(-3, width=0)
np.base_repr(5)
np.base_repr(6, 5)
np.base_repr(7, base=5, padding=3)
np.base_repr(10, base=16)
np.base_repr(32, base=16)
np.base_repr(-35, 36)
np.base_repr(0, padding=2)
np.base_repr(0)
np.base_repr(-7, padding=2)
np.base_repr(5.9)
np.base_repr(5, 37)
np.base_repr(5, 1)
np.base_repr(3**50, 3)
np.base_repr(5, padding=-1)
from numpy import linalg as LA
a = np.arange(9) - 4
LA.norm(a, -1)
LA.norm(a, -2)
LA.norm(a, -3)
LA.norm(a, 3)
LA.norm(a, 0.5)
LA.norm(np.array([0., 1.]), -0.5)
LA.norm(np.array([[0., 1.], [2, 0]]), -1, axis=1)
np.mgrid[0:1:1e18j]
np.ogrid[0:1:1e18j, 0:1:2j]
np.r_[0:1:1e15j]
np.mgrid[0:1:complex(np.nan, 0)]
np.binary_repr(-2**200, width=5)
len(np.base_repr(10**100, 36))
f = np.zeros(0).flat
next(f, 'end')
f.coords
np.zeros((0, 3)).flat.coords
np.full((), [])
np.full((2,), [[1, 2]])
a = np.zeros(3, np.int8)
a[:] = [1e300, 1]
a[0] = -0.0
np.uint64(2**64 - 1.0)
np.int8(-128.9)
np.interp(np.array([]), [1, 2], [1j, 2])
np.interp(1, [], [])
np.clip(np.arange(3), None)
np.clip(np.arange(3), a_max=None)
