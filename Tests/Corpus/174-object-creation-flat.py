q = np.array([3, 'a', None], dtype=object)
np.zeros_like(q), np.empty_like(q), np.ones_like(q), np.full_like(q, 'x')
np.eye(2, dtype=object)
np.diag(np.array([1, 2], dtype=object)), np.tri(2, dtype=object)
np.arange(3, dtype=object), np.arange(0, 1, 0.25, dtype=object)
np.insert(q, 1, 'z'), np.append(q, [1, 2]), np.delete(q, 0)
np.resize(q, 5)
q.resize(4, refcheck=False)
q
np.vstack([q, q])
o = np.array([[1, 'a'], [None, [2]]], dtype=object)
list(o.flat), o.flat[3], o.flat[1:3], next(o.flat)
o.flat[0] = 'z'
o
s = np.array(['ab', 'c'])
list(s.flat), s.flat[0]
f = np.arange(4.).flat
list(f)
b2 = np.empty((2, 2), dtype=object)
b2[:, :] = [[[1, 2, 3], ['a', 'b', 'c']], [[(), (), ()], [{}, {}, {}]]]
b2
np.array([1, None], dtype=float)
np.array([None, 1], dtype=bool)
np.array([None], dtype=complex)
np.array([1, None], dtype=int)
np.array([None, 2.5], dtype=np.float32)
np.array([[1, None], [None, 4]], dtype=float)
np.array([1, None, {}], dtype=float)
np.array([None, 1]).astype(float)
for x in np.nditer(q):
    print(x)

for x in np.nditer(q, flags=['refs_ok'], op_flags=['readwrite']):
    x[...] = [x.item()]

q
