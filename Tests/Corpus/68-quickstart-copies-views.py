a = np.array([[ 0,  1,  2,  3],
              [ 4,  5,  6,  7],
              [ 8,  9, 10, 11]])
b = a            # no new object is created
b is a           # a and b are two names for the same ndarray object
def f(x):
    print(id(x))

id(a)  # id is a unique identifier of an object
f(a)
c = a.view()
c is a
c.base is a            # c is a view of the data owned by a
c.flags.owndata

c = c.reshape((2, 6))  # a's shape doesn't change, reassigned c is still a view of a
a.shape
c[0, 4] = 1234         # a's data changes
a
s = a[:, 1:3]
s[:] = 10  # s[:] is a view of s. Note the difference between s = 10 and s[:] = 10
a
d = a.copy()  # a new array object with new data is created
d is a
d.base is a  # d doesn't share anything with a
d[0, 0] = 9999
a
a = np.arange(int(1e6))
b = a[:100].copy()
del a  # the memory of ``a`` can be released.
b[:5], b.base is None
