x
x = 5
x
1 +
x + 1
a = = 1
x * 2
)
x - 1
]
x * 3
(1, 2]
x = 5 5
x
a = np.arange(6)
a[10]
a[2]
a[-7]
a[-1]
a.foo
a.size
len(5)
len(a)
len(1, 2)
np.arange(3)(1)
del x
x
y = undefined_name + 1
y
print(undefined)
'abc' + 1
1 / 0
7 // 0
int('abc')
a[1, 2]
np.foo
a[0]
