import numpy as np
x = np.arange(9).reshape(3, 3)
x.item((0, 1))
x.item((2, 2))
x.item((3, 0))
x.item((0,))
x.item(())
x.item((1, 2), 3)
x.item(1, 2)
x.item(10)
x.item(-1)
x.item(1.5)
np.array(5).item(())
np.array(5).item(0)
np.array(5).item((0,))
np.arange(3).item((1,))
x.item(-1, 0)
x.item(0, 5)
x.item((0, -4))
np.uint
np.uint(5)
np.asanyarray([1, 2])
a = np.arange(3)
np.asanyarray(a) is a
np.asanyarray(a, dtype=float)
np.uint is np.uint64
np.dtype(np.uint)
np.short, np.ushort, np.byte, np.ubyte, np.intc, np.uintc, np.long, np.ulong, np.uintp
np.intc(3), np.zeros(2, dtype=np.ubyte)
np.asanyarray(np.arange(6).reshape(2, 3), order='F').flags.f_contiguous
b2 = np.arange(3)
np.asanyarray(b2, copy=True) is b2, np.asanyarray(b2, copy=False) is b2
