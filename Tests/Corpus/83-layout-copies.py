a = np.arange(12).reshape(3, 4)
c = np.ascontiguousarray(a)
c is a
t = np.ascontiguousarray(a.T)
t.flags.c_contiguous, t.base is None, t.strides
np.ascontiguousarray(a, dtype=float)
np.ascontiguousarray(5)
np.ascontiguousarray(np.array(5)).shape
np.ascontiguousarray([[1, 2], [3, 4]])
np.ascontiguousarray(a[:, ::2]).strides
f = np.asfortranarray(a)
f.flags.f_contiguous, f.strides, f.base is None
np.asfortranarray(f) is f
np.asfortranarray(5).shape
np.asfortranarray(a.T) is a.T
x = a.T
np.asfortranarray(x) is x
np.asfortranarray(np.arange(3)) 
r = np.require(a, dtype=float, requirements=['C'])
r.dtype, r.flags.c_contiguous
np.require(a, requirements='F').flags.f_contiguous
np.require(a, requirements=['A', 'O', 'W']) is a
np.require(a, requirements=['O']) is a
np.require(a[::2], requirements='C').strides
np.require(a, requirements='X')
np.require(a, requirements=['E'])
np.require(a, requirements=['C', 'F'])
np.require(a) is a
np.require(a, np.int64) is a
ro = np.arange(3); ro.flags.writeable = False
np.require(ro, requirements='W').flags.writeable
d = np.zeros((2, 3))
np.copyto(d, [1, 2, 3])
d
np.copyto(d, 7, where=[True, False, True])
d
np.copyto(d, np.arange(6).reshape(2, 3), where=d > 5)
d
i = np.zeros(3, dtype=int)
np.copyto(i, [1.5, 2, 3])
np.copyto(i, [1.5, 2, 3], casting='unsafe')
i
np.copyto(i, 3.0)
np.copyto(i, np.float64(3.0))
np.copyto(i, [1, 2])
np.copyto(i, i[::-1])
i
np.copyto(d.T, np.ones((3, 2)))
np.copyto(ro, 1)
np.copyto([1, 2], 3)
np.copyto(i, 5, casting='no')
np.copyto(i, np.int32(5), casting='no')
np.copyto(i, np.int32(5), casting='foo')
b = np.zeros(3, dtype=np.uint8)
np.copyto(b, 300)
np.copyto(b, -1)
np.copyto(b, np.array([300, -1]))
np.copyto(b, np.array([300, -1, 2]), casting='unsafe')
b
np.copyto(i, np.array([1.0, 2, 3]), casting='same_value')
np.copyto(i, 3, casting=1)
np.copyto(i, np.array(3.0))
np.copyto(i, 3.0, casting='unsafe')
i
f32 = np.zeros(2, np.float32)
np.copyto(f32, np.float64(1.0), casting='no')
np.copyto(f32, 1.0, casting='no')
f32
np.copyto(i, True, casting='no')
np.copyto(i, [1, 2, 3], where=[1, 0, 1])
i
np.copyto(i, [7, 8, 9], where=np.array([1, 0, 1], bool))
i
np.copyto(i, [1, 2, 3], where=[True, False])
g = np.arange(12).reshape(3, 4)
np.copyto(g[::-1, ::2], [[-1], [-2], [-3]])
g
np.copyto(g[:, 1:], g[:, :-1])
g
np.copyto(g.T, 0, where=g.T > 5)
g
x = np.arange(5)
x.put([0, 2], [10, 20])
x
x.put([-1, 7], [1, 2], mode='wrap')
x
x.put([9], [3], mode='clip')
x
x.put([9], [3])
x.put([9], [3], mode='foo')
x.put([0], [])
x.put([0, 1, 2, 3], [7, 8])
x
y = np.arange(6).reshape(2, 3)[:, ::-1]
y.put([0, 4], [-1, -2])
y
y.base
np.put(y, 1, 3.7)
y
np.put(y, [0, 5], [1, 2], mode='clip')
y
np.put([1, 2], 0, 1)
x.put([], [])
x
r = np.arange(3)
r.flags.writeable = False
r.put(0, 1)
x.put(np.array([[0, 1], [2, 3]]), 9)
x
u = np.zeros(3, np.uint8)
u.put(0, 300)
u.put([0, 1], np.array([300, 2]))
u
np.zeros(0).put([], 1)
np.zeros(0).put([0], 1)
np.asfortranarray(a, dtype=np.float32).strides, np.asfortranarray([[1, 2], [3, 4]], dtype=float)
