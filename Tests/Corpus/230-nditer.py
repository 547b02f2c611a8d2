# np.nditer: elements in memory order ('K') unless order= says otherwise, as
# 0-d views that write through with op_flags=['readwrite'], inner runs with
# external_loop, indices, several operands broadcast together, cast copies.
a = np.arange(6).reshape(2,3)
for x in np.nditer(a):
    print(x)

for x in np.nditer(a.T):
    print(x)

for x in np.nditer(a.T.copy(order='C')):
    print(x)

for x in np.nditer(a, order='F'):
    print(x)

for x in np.nditer(a.T, order='C'):
    print(x)

for x in np.nditer(a[:, ::-1]):
    print(x)

for x in np.nditer(a[::-1, ::2], flags=['multi_index']):
    print(x)

with np.nditer(a, op_flags=['readwrite']) as it:
    for x in it:
        x[...] = 2 * x

a
for x in np.nditer(a):
    x[...] = 1

for x in np.nditer(a, flags=['external_loop']):
    print(x)

for x in np.nditer(a, flags=['external_loop'], order='F'):
    print(x)

for x in np.nditer(a, flags=['external_loop','buffered'], order='F'):
    print(x)

for x in np.nditer(np.arange(10), flags=['external_loop','buffered'], buffersize=4):
    print(x)

for x in np.nditer(np.arange(12).reshape(3, 4)[:, 1:3], flags=['external_loop']):
    print(x)

it = np.nditer(a, flags=['f_index'])
for x in it:
    print("%d <%d>" % (x, it.index))

it = np.nditer(a, flags=['multi_index'])
for x in it:
    print("%d <%s>" % (x, it.multi_index))

with np.nditer(a, flags=['multi_index'], op_flags=['writeonly']) as it:
    for x in it:
        x[...] = it.multi_index[1] - it.multi_index[0]

a
it = np.nditer(a, flags=['c_index'])
while not it.finished:
    print("%d <%d>" % (it[0], it.index))
    is_not_finished = it.iternext()

it.finished, it.itersize, it.ndim, it.nop, it.shape
it.multi_index
it = np.nditer(a, flags=['c_index', 'external_loop'])
it = np.nditer(a, flags=['bogus'])
it = np.nditer(a, op_flags=['bogus'])
a = np.arange(6).reshape(2,3) - 3
for x in np.nditer(a, op_dtypes=['complex128']):
    print(np.sqrt(x))

for x in np.nditer(a, op_flags=['readonly','copy'], op_dtypes=['complex128']):
    print(np.sqrt(x))

for x in np.nditer(a, flags=['buffered'], op_dtypes=['complex128']):
    print(np.sqrt(x))

a = np.arange(6.)
for x in np.nditer(a, flags=['buffered'], op_dtypes=['float32']):
    print(x)

for x in np.nditer(a, flags=['buffered'], op_dtypes=['float32'], casting='same_kind'):
    print(x)

a = np.arange(6)
for x in np.nditer(a, flags=['buffered'], op_flags=['readwrite'], op_dtypes=['float64'], casting='same_kind'):
    x[...] = x / 2.0

a = np.arange(3)
b = np.arange(6).reshape(2,3)
for x, y in np.nditer([a,b]):
    print("%d:%d" % (x,y))

for x, y in np.nditer([np.arange(2), b]):
    print("%d:%d" % (x,y))

def square(a):
    with np.nditer([a, None]) as it:
        for x, y in it:
            y[...] = x*x
        return it.operands[1]

square([1,2,3])
def square(a, out=None):
    it = np.nditer([a, out],
            flags = ['external_loop', 'buffered'],
            op_flags = [['readonly'],
                        ['writeonly', 'allocate', 'no_broadcast']])
    with it:
        for x, y in it:
            y[...] = x*x
        return it.operands[1]

square([1,2,3])
b = np.zeros((3,))
square([1,2,3], out=b)
b
square(np.arange(6).reshape(2,3), out=b)
len(list(np.nditer(np.zeros((0, 3)), flags=['zerosize_ok'])))
a = np.arange(6).reshape(2,3)
it = np.nditer(a, flags=['c_index'])
for x in it:
    pass

it.finished
it.itersize
it.ndim
it.nop
it.shape
it.index
it.value
it[0]
it.operands[0] is a
it = np.nditer(a, flags=['bogus'])
it = np.nditer(a)
it.multi_index
it.index
it[5]
it.value
repr(it)[:20]
it.iternext(), it.iternext()
np.nditer(a.T).shape, np.nditer(a[:, :2]).shape, np.nditer(a, flags=['multi_index']).shape, np.nditer(a, order='F').shape
