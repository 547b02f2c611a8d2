# Arrays over Python's own memory: bytes (read-only), bytearray (writeable, and
# fixed in size while an array views it), np.ndarray(buffer=...), np.frombuffer.
# NumPy's byte-swapping guide starts this way.
big_end_buffer = bytearray([0, 1, 3, 2])
big_end_buffer
big_end_arr = np.ndarray(shape=(2,), dtype='>i2', buffer=big_end_buffer)
big_end_arr
big_end_arr[0], big_end_arr[1]
big_end_arr.base is big_end_buffer
big_end_arr.flags.writeable
little_end_u4 = np.ndarray(shape=(1,), dtype='<u4', buffer=big_end_buffer)
little_end_u4[0] == 1 * 256**1 + 3 * 256**2 + 2 * 256**3
big_end_arr[0] = 5
big_end_buffer
np.may_share_memory(big_end_arr, little_end_u4)
del big_end_arr, little_end_u4
big_end_buffer.append(9)
big_end_buffer
# offsets, strides and order, and the checks on them
b = bytearray(range(8))
np.ndarray((2,), dtype='<i2', buffer=b, offset=1)
np.ndarray((2,), dtype='<i2', buffer=b, offset=7)
np.ndarray((2,), dtype='<i2', buffer=b, offset=9)
np.ndarray((3,), dtype=np.uint8, buffer=b, strides=(3,))
np.ndarray((3,), dtype=np.uint8, buffer=b, strides=(4,))
np.ndarray((3,), dtype=np.uint8, buffer=b, strides=(-2,), offset=7)
np.ndarray((3,), dtype=np.uint8, buffer=b, strides=(-2,), offset=3)
np.ndarray((2, 3), dtype=np.uint8, buffer=b, order='F')
np.ndarray((2, 3), dtype=np.uint8, buffer=b, order='F').strides
np.ndarray((2, 2), dtype=np.uint8, buffer=b, strides=(1, 2, 3))
np.ndarray((2,), dtype=np.uint8, buffer=b, order='X')
np.ndarray((2,), buffer=[1, 2])
np.ndarray((0,), dtype=np.uint8, buffer=b, offset=8)
# over bytes: read-only, the bytes object as base
ro = np.ndarray(3, dtype=np.uint8, buffer=b'xyz')
ro, ro.flags.writeable
ro.base
ro[0] = 1
# over an array: it must be contiguous; the view shares its memory
x = np.arange(6)
y = np.ndarray((3,), dtype=int, buffer=x, offset=8)
y
y.base is x
y[0] = 100
x
np.ndarray((3,), dtype=int, buffer=x[::2])
# without a buffer: new memory of the shape and order asked for
np.ndarray((2, 3)).shape, np.ndarray((2, 3), order='F').strides
np.ndarray(-1)
# np.frombuffer and np.asarray reach a bytearray through a memoryview
c = np.frombuffer(b, dtype=np.uint8)
c[0] = 200
b[:2]
type(c.base), c.base.obj is b
b.append(1)
d = np.asarray(bytearray(b'ab'))
d, type(d.base)
del c
b.append(1)
len(b)
# bytes and bytearray themselves
bytes([1, 2, 3]), bytes(3), bytearray(2)
bytes(np.arange(3, dtype=np.uint8)), bytearray(np.arange(3, dtype='>i2'))
bytes('abc', 'utf-8'), bytearray('é', 'utf-8')
bytes([256])
bytes('a')
bytes(-1)
bytes(1.5)
bytearray([1, 'a'])
ba = bytearray(b'abc')
ba[0], ba[-1], ba[1:], ba[::2], type(ba[1:])
ba[0] = 65
ba[1:2] = b'XYZ'
ba
ba[::2] = b'12'
ba[::2] = b'123'
ba[0] = 256
ba[9]
ba['a']
ba.pop(), ba.pop(0), ba
bytearray().pop()
ba.extend(b'!?')
ba.extend([1, 2])
ba.extend(range(3))
ba.extend('x')
ba += b'..'
ba
ba + b'x', b'x' + ba, ba * 2
ba == bytearray(ba), ba == bytes(ba), bytes(ba)
ba.hex(), ba.decode()[:3], list(bytearray(b'ab'))
str(bytearray(b'a')), type(ba), isinstance(ba, bytearray), isinstance(ba, bytes)
b'ab'.hex(), b'caf\xc3\xa9'.decode()
bytes(2)[0] = 1
d = {b'a': 1}
d[b'a'], b'a' in {b'a'}
hash(bytearray())
{bytearray(): 1}
# a.dtype = t reads the same bytes as another type in place; memoryview() of bytes, bytearrays and arrays; bytes() of a memoryview
x = np.array([1, 2, 3, 4], dtype=np.uint8)
x.dtype = "<i2"
x
x.strides, x.shape
x.dtype = "<i4"
x
x.dtype = "f8"
y = np.arange(6).reshape(2, 3).T
y.dtype = np.int32
z = np.arange(2)
z.dtype = np.float64
z
e = np.array(5)
e.dtype = np.int8
m = memoryview(b'abc')
m[0], m.readonly, m.format, m.nbytes, m.obj, bytes(m), list(m)
ba = bytearray(b'xy')
mb = memoryview(ba)
mb[0] = 65
ba
ba.append(1)
del mb
ba.append(1)
ba
memoryview(3)
mv = memoryview(np.arange(3))
mv.format, mv.itemsize, mv.tolist(), type(memoryview(mv))
x = np.array([1, 2, 3], dtype=np.int32)
bytes(x.data), bytearray(x.data[1:])
