a = np.arange(6)
a.resize((2, 4))
a
a.resize(3)
a
b = a
a.resize(5)
del b
a.resize(5)
a
v = a[1:]
a.resize(2)
del v
a.resize(2)
a
a.resize(2, 2)
a
a.resize((3, 3), refcheck=False)
a
c = np.arange(4).reshape(2, 2)
c.resize(8)
c.base.resize(8)
f = np.asfortranarray(np.arange(6).reshape(2, 3))
f.resize(3, 3)
f
z = np.zeros(3)
z.resize(-1)
z.resize((2, -1))
z.resize()
z
z.resize(3)
z.resize(0)
z
z.resize(2, refcheck=True)
z
l = [z]
z.resize(4)
np.resize(np.arange(5), (2, 4))
np.resize(np.arange(5), 3)
np.resize(np.arange(5)[::-1], (3, 3))
np.resize([1, 2], 5)
np.resize(np.arange(3), 0)
np.resize(np.array([]), 3)
np.resize(np.arange(3), (-1,))
m = np.arange(6)
n = np.resize(m, 6)
n.base is None, n is m
q = np.arange(4)
q.resize(2, 3, refcheck=False)
q
q.resize(None)
q.resize(())
q.resize((1,), refcheck=False)
q
h = np.arange(3.0)
h.resize(6)
h.resize((2, 3)) is None
s = np.arange(10)[::2]
s.resize(5)
s.resize(3)
t = np.arange(6).reshape(2, 3).T
t.resize(6)
np.resize(np.arange(6).reshape(2, 3).T, (4, 2))
np.resize(np.arange(6).reshape(2, 3).T, (4, 2)).base
np.resize(np.array(7), (2, 2))
np.resize(np.arange(3), 7)
np.resize(np.arange(3), new_shape=(2,))
