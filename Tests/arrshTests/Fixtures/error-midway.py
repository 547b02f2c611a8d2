a = np.arange(4)
b = a[1:3]
print(undefined_name)
b[0] = 10
a[7]
a = = 1
a, b
b.base is a
